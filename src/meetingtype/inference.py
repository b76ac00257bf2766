"""Tag meetings with a trained checkpoint: `MeetingClassifier.from_pretrained(dir).predict(texts)`.

Each meeting is cut into the same overlapping windows the model was trained on (see `chunking`),
windows from a group of meetings are batched together sorted by length (so padding is minimal),
and chunk logits are averaged per meeting (see `aggregate`). Memory is set by `group_size` and
`batch_size`, never by the number of meetings: `predict_iter` streams.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import numpy as np
import torch

from .aggregate import Prediction, aggregate_logits, make_prediction
from .chunking import chunk_meetings, spread_indices
from .readers import normalize_transcript

REQUIRED_FILES = ("config.json",)
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "model.safetensors.index.json")


class CheckpointError(RuntimeError):
    """A checkpoint folder is missing files or holds weights that cannot be loaded."""


def pick_device(device: str | None = None) -> torch.device:
    if device:
        return torch.device(device)
    if torch.cuda.is_available():
        return torch.device("cuda")
    return torch.device("cpu")


def resolve_checkpoint(
    name_or_path: str | Path, revision: str | None = None, token: str | None = None
) -> Path:
    """A local checkpoint folder, or a hub repo id downloaded to the local cache."""
    path = Path(name_or_path).expanduser()
    if path.exists():
        if not path.is_dir():
            raise CheckpointError(f"{path}: a checkpoint is a folder (the one train.py wrote), not a file")
        missing = [f for f in REQUIRED_FILES if not (path / f).exists()]
        if not any((path / f).exists() for f in WEIGHT_FILES):
            missing.append("model.safetensors")
        if not (path / "tokenizer.json").exists() and not (path / "vocab.txt").exists():
            missing.append("tokenizer.json")
        if missing:
            raise CheckpointError(
                f"{path}: not a complete checkpoint (missing {', '.join(missing)}); "
                "pass the folder train.py wrote (its --output-dir)"
            )
        return path
    if str(name_or_path).count("/") == 1 and not str(name_or_path).startswith((".", "/")):
        from huggingface_hub import snapshot_download

        try:
            return Path(snapshot_download(str(name_or_path), revision=revision, token=token))
        except Exception as err:  # noqa: BLE001 - network, auth and not-found errors all end here
            raise CheckpointError(
                f"{name_or_path}: not a local folder, and the hub download failed "
                f"({type(err).__name__}: {err})"
            ) from err
    raise CheckpointError(
        f"{path}: checkpoint folder not found; pass the folder train.py wrote (its --output-dir) "
        "or a hub repo id (owner/name)"
    )


def int8_full_range() -> bool:
    """Whether int8 activations may use all 8 bits on this CPU: yes where it has VNNI.

    PyTorch's dynamic int8 Linear quantizes activations to 7 bits (`reduce_range=True`) because
    without VNNI fbgemm multiplies u8 x s8 pairs with `vpmaddubsw`, whose 16-bit sums would saturate
    with 8-bit activations. VNNI (`vpdpbusd`) sums into 32 bits, so the eighth bit is free there and
    halves the activation rounding error at the same speed (on the default checkpoint: the same label
    as fp32 on 41 of 41 real meetings against 40 of 41 with 7 bits; see the README's Performance).
    """
    supported = getattr(torch.cpu, "_is_vnni_supported", None)
    return bool(supported and supported())


class _FullRangeDynamicLinear(torch.ao.nn.quantized.dynamic.Linear):
    """PyTorch's dynamic int8 Linear with activations quantized to the full 8 bits (see `int8_full_range`)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        packed = self._packed_params._packed_params
        return torch.ops.quantized.linear_dynamic(x, packed, reduce_range=False).to(x.dtype)


def quantize_int8(
    model: torch.nn.Module, inplace: bool = False, full_range: bool | None = None
) -> torch.nn.Module:
    """Dynamic int8 quantization of the Linear layers (CPU). Done at load time: it does not survive saving.

    Weights are int8 with one scale per output channel (so a fused Q/K/V weight loses nothing to the
    widest of the three); activations are quantized per batch at run time, to 8 bits where the CPU
    has VNNI and to 7 bits elsewhere (`full_range`, default `int8_full_range()`), and the int8 GEMMs
    run in fbgemm (torch.backends.quantized.engine "x86"). Attention scores, softmax, GELU and the
    layer norms stay fp32. `torch.ao.quantization.quantize_dynamic` is still in torch 2.13 but
    marked for migration to torchao; the warning it prints about that is silenced here.
    """
    import warnings

    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    full_range = int8_full_range() if full_range is None else full_range
    linear = _FullRangeDynamicLinear if full_range else torch.ao.nn.quantized.dynamic.Linear
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return quantize_dynamic(
            model,
            {torch.nn.Linear: per_channel_dynamic_qconfig},
            dtype=torch.qint8,
            mapping={torch.nn.Linear: linear},
            inplace=inplace,
        )


def tune_allocator() -> bool:
    """Let glibc keep large freed blocks for reuse instead of returning them to the kernel (CPU tagging).

    glibc serves allocations above its mmap threshold (at most 32 MB even after its own adaptation)
    with a fresh mmap and unmaps them on free. A batch of 16 x 512 tokens has 50 MB FFN activations, so
    every forward pass faults its buffers in again: ~140,000 minor page faults per batch, about a tenth
    of the CPU time spent in the kernel. Raising the mmap and trim thresholds makes freed buffers
    reusable (measured on 2 cores: faults 0, kernel time 0, forward 5-20% faster).
    Process-wide and harmless elsewhere; MEETINGTYPE_MALLOC_TUNING=0 leaves malloc alone.
    Returns whether the setting was applied.
    """
    import ctypes
    import os
    import sys

    if not sys.platform.startswith("linux") or os.environ.get("MEETINGTYPE_MALLOC_TUNING", "1") == "0":
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        m_trim_threshold, m_mmap_threshold = -1, -3
        return bool(libc.mallopt(m_mmap_threshold, 1 << 30)) and bool(libc.mallopt(m_trim_threshold, 1 << 30))
    except (OSError, AttributeError):  # not glibc (musl, ...): nothing to tune
        return False


class _Stack(torch.nn.Module):
    """Several projections of the same input, concatenated: the fallback when they cannot be fused."""

    def __init__(self, parts: list[torch.nn.Module]):
        super().__init__()
        self.parts = torch.nn.ModuleList(parts)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([p(x) for p in self.parts], dim=-1)


def _fuse(linears: list[torch.nn.Module]) -> torch.nn.Module:
    """One Linear computing all of `linears` (one wide GEMM runs closer to peak than several narrow ones)."""
    if not all(type(m) is torch.nn.Linear and m.bias is not None for m in linears):
        return _Stack(linears)
    first = linears[0].weight
    fused = torch.nn.Linear(
        first.shape[1], sum(m.out_features for m in linears), device=first.device, dtype=first.dtype
    )
    with torch.no_grad():
        fused.weight.copy_(torch.cat([m.weight for m in linears]))
        fused.bias.copy_(torch.cat([m.bias for m in linears]))
    return fused.requires_grad_(False)


class _FastBlock(torch.nn.Module):
    """One DistilBERT transformer block for inference; `cls_only` computes its output for token 0 only."""

    def __init__(self, block, cls_only: bool):
        super().__init__()
        att = block.attention
        self.n_heads = att.n_heads
        self.cls_only = cls_only
        if cls_only:
            self.q = att.q_lin
            self.kv = _fuse([att.k_lin, att.v_lin])
        else:
            self.qkv = _fuse([att.q_lin, att.k_lin, att.v_lin])
        self.out_lin = att.out_lin
        self.sa_layer_norm = block.sa_layer_norm
        self.lin1 = block.ffn.lin1
        self.activation = block.ffn.activation
        self.lin2 = block.ffn.lin2
        self.output_layer_norm = block.output_layer_norm

    def forward(self, h: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        b, length, dim = h.shape
        heads, head_dim = self.n_heads, dim // self.n_heads
        if self.cls_only:
            k, v = self.kv(h).view(b, length, 2, heads, head_dim).permute(2, 0, 3, 1, 4)
            h = h[:, :1]
            q = self.q(h).view(b, 1, heads, head_dim).transpose(1, 2)
        else:
            q, k, v = self.qkv(h).view(b, length, 3, heads, head_dim).permute(2, 0, 3, 1, 4)
        # DistilBERT scales scores by 1/sqrt(head_dim): SDPA's default
        att = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        att = self.sa_layer_norm(self.out_lin(att.transpose(1, 2).reshape(b, -1, dim)) + h)
        return self.output_layer_norm(self.lin2(self.activation(self.lin1(att))) + att)


class FastDistilBertClassifier(torch.nn.Module):
    """Inference-only forward of a `DistilBertForSequenceClassification`: the same logits, less work.

    * Q, K and V are one fused projection (one GEMM three times as wide).
    * The classifier reads only the last layer's [CLS] row, so the last layer computes K and V for
      every token but its query, attention output, feed-forward and layer norms for token 0 only:
      with 6 layers that skips about 14% of the model's FLOPs (`bench.encoder_flops` counts both).
    * Attention is `scaled_dot_product_attention`, with no mask at all when no row of the batch is
      padded (the unmasked kernel is the fastest path) and a boolean mask otherwise.

    Modules other than Q/K/V are shared with `model`; the fused Q/K/V weights are a copy taken at
    construction, so build it again after changing the model's weights.
    """

    def __init__(self, model):
        super().__init__()
        base = model.distilbert
        self.embeddings = base.embeddings
        blocks = list(base.transformer.layer)
        self.blocks = torch.nn.ModuleList(
            _FastBlock(block, cls_only=i == len(blocks) - 1) for i, block in enumerate(blocks)
        )
        self.pre_classifier = model.pre_classifier
        self.classifier = model.classifier
        self.eval()

    @staticmethod
    def supports(model) -> bool:
        return type(model).__name__ == "DistilBertForSequenceClassification" and hasattr(model, "distilbert")

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor | None = None) -> torch.Tensor:
        h = self.embeddings(input_ids)
        mask = None
        if attention_mask is not None and not bool(attention_mask.all()):
            mask = attention_mask.bool()[:, None, None, :]
        for block in self.blocks:
            h = block(h, mask)
        return self.classifier(torch.relu(self.pre_classifier(h[:, 0])))


class MeetingClassifier:
    """A trained meeting-type classifier with the long-transcript chunking it was trained with."""

    def __init__(
        self,
        model,
        tokenizer,
        *,
        max_length: int = 512,
        stride: int = 64,
        aggregation: str = "mean",
        review_threshold: float = 0.5,
        batch_size: int = 16,
        max_chunks: int | None = None,
        device: torch.device | None = None,
        fast: bool = True,
    ):
        self.model = model.eval()
        # The fast forward (FastDistilBertClassifier) for DistilBERT; any other model runs as it is.
        use_fast = fast and FastDistilBertClassifier.supports(model)
        self.fast = FastDistilBertClassifier(model) if use_fast else None
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.stride = stride
        self.aggregation = aggregation
        self.review_threshold = review_threshold
        self.batch_size = batch_size
        self.max_chunks = max_chunks
        self.device = device or next(model.parameters()).device
        self.names = [model.config.id2label[i] for i in range(model.config.num_labels)]
        meta = getattr(model.config, "meetingtype", None) or {}
        self.definitions = {d["name"]: d.get("definition", "") for d in meta.get("labels", [])}

    @classmethod
    def from_pretrained(
        cls,
        name_or_path: str | Path,
        *,
        device: str | None = None,
        quantize: bool = False,
        revision: str | None = None,
        token: str | None = None,
        **overrides,
    ) -> MeetingClassifier:
        """Load a checkpoint folder or hub repo. `overrides` replace the checkpoint's own settings
        (max_length, stride, aggregation, review_threshold, batch_size, max_chunks)."""
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        path = resolve_checkpoint(name_or_path, revision=revision, token=token)
        try:
            config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise CheckpointError(f"{path / 'config.json'}: unreadable or not valid JSON ({err})") from err
        dev = pick_device(device)
        if dev.type == "cpu":
            tune_allocator()
        from transformers.utils import logging as hf_logging

        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()  # a "Loading weights" bar per load is noise in a tagging run
        try:
            model = AutoModelForSequenceClassification.from_pretrained(path)
            tokenizer = AutoTokenizer.from_pretrained(path)
        except Exception as err:  # noqa: BLE001 - safetensors/torch raise many types for a corrupt file
            raise CheckpointError(
                f"{path}: cannot load the model weights ({type(err).__name__}: {str(err).splitlines()[0]}); "
                "the checkpoint is damaged: re-copy it or retrain"
            ) from err
        finally:
            if bars:
                hf_logging.enable_progress_bar()
        if quantize:
            if dev.type != "cpu":
                raise CheckpointError(
                    "--quantize (int8 dynamic quantization) runs on the CPU only; add --device cpu"
                )
        elif dev.type == "cuda":
            model = model.to(dev, dtype=torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16)
        meta = config.get("meetingtype", {})
        settings = {
            "max_length": meta.get("max_length", min(512, getattr(tokenizer, "model_max_length", 512))),
            "stride": meta.get("stride", 64),
            "aggregation": meta.get("aggregation", "mean"),
            "review_threshold": meta.get("review_threshold", 0.5),
        }
        settings.update({k: v for k, v in overrides.items() if v is not None})
        classifier = cls(model, tokenizer, device=dev, **settings)
        if quantize:
            classifier.quantize()
        return classifier

    def quantize(self) -> MeetingClassifier:
        """Switch to int8 dynamic quantization (CPU), in place; the fp32 Linear weights are released."""
        if self.fast is not None:
            quantize_int8(self.fast, inplace=True)  # fuses Q/K/V first, then quantizes the fused GEMM
        self.model = quantize_int8(self.model, inplace=True)
        return self

    # -- core -------------------------------------------------------------------------------------

    def _run(self, chunks: list[list[int]]) -> np.ndarray:
        """Logits for a list of token-id chunks, batched longest-first with dynamic padding."""
        order = sorted(range(len(chunks)), key=lambda i: -len(chunks[i]))
        out = np.zeros((len(chunks), len(self.names)), dtype=np.float32)
        pad = self.tokenizer.pad_token_id or 0
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                idx = order[start : start + self.batch_size]
                width = len(chunks[idx[0]])
                ids = torch.full((len(idx), width), pad, dtype=torch.long)
                mask = torch.zeros((len(idx), width), dtype=torch.long)
                for row, i in enumerate(idx):
                    ids[row, : len(chunks[i])] = torch.tensor(chunks[i])
                    mask[row, : len(chunks[i])] = 1
                ids, mask = ids.to(self.device), mask.to(self.device)
                if self.fast is not None:
                    logits = self.fast(ids, mask)
                else:
                    logits = self.model(input_ids=ids, attention_mask=mask).logits
                out[idx] = logits.float().cpu().numpy()
        return out

    def _predict_group(self, texts: list[str]) -> list[Prediction]:
        chunked = chunk_meetings(self.tokenizer, texts, self.max_length, self.stride)
        keep: list[int] = []
        start = 0
        for n in chunked.n_chunks:
            keep.extend(start + i for i in spread_indices(n, self.max_chunks))
            start += n
        logits = self._run([chunked.input_ids[i] for i in keep])
        by_meeting: dict[int, list[int]] = {}
        for row, i in enumerate(keep):
            by_meeting.setdefault(chunked.meeting_index[i], []).append(row)
        results = []
        for m in range(len(texts)):
            rows = by_meeting[m]
            weights = [len(chunked.input_ids[keep[r]]) for r in rows]
            meeting_logits = aggregate_logits(logits[rows], weights, self.aggregation)
            results.append(
                make_prediction(
                    meeting_logits,
                    self.names,
                    self.review_threshold,
                    chunked.n_chunks[m],
                    chunked.n_tokens[m],
                )
            )
        return results

    def predict_iter(self, texts: Iterable[str], group_size: int = 32) -> Iterator[Prediction]:
        """Tag a stream of transcripts, yielding predictions in input order, `group_size` at a time."""
        it = (normalize_transcript(t, source=f"meeting {i}") for i, t in enumerate(texts))
        while group := list(islice(it, group_size)):
            yield from self._predict_group(group)

    def predict(self, texts: str | list[str]) -> list[Prediction]:
        """Tag one transcript or a list of transcripts (raw text: normalised as files are; see readers)."""
        if isinstance(texts, str):
            texts = [texts]
        return list(self.predict_iter(texts))
