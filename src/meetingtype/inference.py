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
    raise CheckpointError(f"{path}: checkpoint folder not found")


def quantize_int8(model: torch.nn.Module) -> torch.nn.Module:
    """Dynamic int8 quantization of the Linear layers (CPU). Done at load time: it does not survive saving."""
    from torch.ao.quantization import quantize_dynamic

    return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


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
    ):
        self.model = model.eval()
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
            model = quantize_int8(model)
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
        return cls(model, tokenizer, device=dev, **settings)

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
                logits = self.model(input_ids=ids.to(self.device), attention_mask=mask.to(self.device)).logits
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
