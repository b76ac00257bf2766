"""The generated model card: metadata that huggingface_hub parses back, and a body that says what matters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import LABELS
from huggingface_hub import ModelCard
from huggingface_hub.repocard_data import model_index_to_eval_results

from meetingtype.model_card import (
    OFFLINE_BASE_MODEL,
    CheckpointError,
    build_model_card,
    resolve_base_model,
)


def _set_meta(checkpoint: Path, **changes: object) -> None:
    config_file = checkpoint / "config.json"
    config = json.loads(config_file.read_text())
    config["meetingtype"].update(changes)
    config_file.write_text(json.dumps(config))


def _parsed(checkpoint: Path, repo_id: str | None = "acme/meeting-types") -> tuple[ModelCard, dict]:
    """Build the card, then read it back from its text the way the hub client does."""
    card = ModelCard(str(build_model_card(checkpoint, repo_id)))
    return card, card.data.to_dict()


def test_metadata_parses_with_the_hub_client(tiny_checkpoint: Path) -> None:
    card, data = _parsed(tiny_checkpoint)
    assert data["license"] == "apache-2.0"
    assert data["language"] == "en"
    assert data["library_name"] == "transformers"
    assert data["pipeline_tag"] == "text-classification"
    assert {"text-classification", "meetingtype"} <= set(data["tags"])
    assert data["metrics"] == ["accuracy", "f1"]
    assert data["base_model"] == "tiny-random-distilbert"  # the fixture's value is a valid hub id: kept

    name, results = model_index_to_eval_results(data["model-index"])
    assert name == "meeting-types"
    found = {(r.dataset_split, r.metric_type): r for r in results}
    assert set(found) == {(s, m) for s in ("test", "validation") for m in ("accuracy", "f1")}
    assert found["test", "accuracy"].metric_value == 0.5
    assert found["test", "f1"].metric_args == {"average": "macro"}
    assert all(r.task_type == "text-classification" for r in results)
    assert len(card.data.eval_results) == 4


def test_card_saved_to_readme_round_trips(tiny_checkpoint: Path, tmp_path: Path) -> None:
    build_model_card(tiny_checkpoint).save(tmp_path / "README.md")
    loaded = ModelCard.load(tmp_path / "README.md")
    assert loaded.data.pipeline_tag == "text-classification"
    assert loaded.text.lstrip().startswith("# meetingtype classifier")


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("packaged:all-MiniLM-L6-v2", OFFLINE_BASE_MODEL),
        ("all-MiniLM-L6-v2 weights mapped into DistilBERT", OFFLINE_BASE_MODEL),
        ("distilbert/distilbert-base-uncased", "distilbert/distilbert-base-uncased"),
        ("/home/someone/models/base", None),
        ("./runs/base", None),
        ("a local description, not an id", None),
        (None, None),
    ],
)
def test_base_model_is_a_hub_id_or_omitted(base: str | None, expected: str | None) -> None:
    assert resolve_base_model(base) == expected


def test_local_base_model_is_left_out(
    tiny_checkpoint: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "base").mkdir()
    monkeypatch.chdir(tmp_path)
    assert resolve_base_model("base") is None  # looks like a hub id, but it is a folder here
    _set_meta(tiny_checkpoint, base_model=str(tmp_path / "base"))
    card, data = _parsed(tiny_checkpoint)
    assert "base_model" not in data
    assert "fine-tuned from a local base model" in card.text


def test_offline_base_model_links_to_its_hub_page(tiny_checkpoint: Path) -> None:
    _set_meta(tiny_checkpoint, base_model="packaged:all-MiniLM-L6-v2")
    card, data = _parsed(tiny_checkpoint)
    assert data["base_model"] == OFFLINE_BASE_MODEL
    assert f"https://huggingface.co/{OFFLINE_BASE_MODEL}" in card.text


def test_every_label_appears_with_its_definition(tiny_checkpoint: Path) -> None:
    card, _ = _parsed(tiny_checkpoint)
    for i, (name, definition) in enumerate(LABELS):
        assert f"| {i} | **{name}** | {definition} |" in card.text


def test_multi_paragraph_definitions_stay_in_one_table_row(tiny_checkpoint: Path) -> None:
    labels = [{"name": n, "definition": d} for n, d in LABELS]
    labels[7]["definition"] = (
        "A check-in with a customer.\n\nIt is not an onboarding call | nor a sales call."
    )
    _set_meta(tiny_checkpoint, labels=labels)
    card, _ = _parsed(tiny_checkpoint)
    assert (
        "| 7 | **Sync Call** | A check-in with a customer.<br>"
        "It is not an onboarding call \\| nor a sales call. |" in card.text
    )


def test_results_overall_and_per_class(tiny_checkpoint: Path) -> None:
    per_class = {n: {"precision": 0.9, "recall": 0.8, "f1": 0.85, "support": 4} for n, _ in LABELS}
    per_class["Sync Call"] = {"precision": 0.25, "recall": 0.5, "f1": 1 / 3, "support": 2}
    metrics = {
        "test": {
            "accuracy": 0.8125,
            "macro_f1": 0.79,
            "per_class": per_class,
            "n_meetings": 34,
            "extra": [1],
        },
        "validation": {"accuracy": 0.75, "macro_f1": 0.7, "n_meetings": 30},
        "baseline": {"name": "tf-idf", "test": {"accuracy": 0.41, "macro_f1": 0.38}},
    }
    (tiny_checkpoint / "metrics.json").write_text(json.dumps(metrics))
    card, data = _parsed(tiny_checkpoint)
    text = card.text
    assert "| **test** | 34 | 0.812 | 0.790 |" in text
    assert "| **validation** | 30 | 0.750 | 0.700 |" in text
    assert "| Baseline (tf-idf), test | — | 0.410 | 0.380 |" in text
    assert "| Sales Demo | 0.900 | 0.800 | 0.850 | 4 |" in text
    assert "| Sync Call | 0.250 | 0.500 | 0.333 | 2 |" in text
    assert "weakest: **Sync Call** (F1 0.333)" in text
    assert "accuracy **0.812** and macro F1 **0.790** on 34 held-out meetings" in text
    _, results = model_index_to_eval_results(data["model-index"])
    assert {(r.dataset_split, r.metric_type, r.metric_value) for r in results} >= {("test", "f1", 0.79)}


def test_long_transcript_section_shows_both_ways(tiny_checkpoint: Path) -> None:
    card, _ = _parsed(tiny_checkpoint)
    text = card.text
    assert "## How long transcripts are handled" in text
    assert "**64-token windows**" in text  # the fixture's max_length
    assert "sees **only the first window**" in text
    assert "consecutive windows sharing 8 tokens" in text and "averages the windows' logits" in text
    assert 'MeetingClassifier.from_pretrained("acme/meeting-types")' in text
    assert 'pipeline("text-classification", model="acme/meeting-types")' in text
    assert "truncation=True, max_length=64" in text


def test_max_aggregation_is_described(tiny_checkpoint: Path) -> None:
    _set_meta(tiny_checkpoint, aggregation="max", max_length=512)
    card, _ = _parsed(tiny_checkpoint)
    assert "takes, for each type, the highest logit over the windows" in card.text
    assert "**512-token windows**" in card.text


def test_transcript_lengths_from_the_data_summary(tiny_checkpoint: Path) -> None:
    summary = json.loads((tiny_checkpoint / "data_summary.json").read_text())
    summary["train"]["words"] = {"min": 300, "median": 4200, "mean": 4410.5, "max": 9000}
    summary["test"] = {"n_meetings": 3, "per_label": {"Support": 3}}
    (tiny_checkpoint / "data_summary.json").write_text(json.dumps(summary))
    _set_meta(tiny_checkpoint, max_length=512, version="0.1.0")
    card, _ = _parsed(tiny_checkpoint)
    assert "| Words per transcript, median (max) | 4200 (9000) | — |" in card.text
    assert "median of 4,200 words, about 11 windows each" in card.text  # 512 tokens ~ 384 words
    assert "roughly the first 384 words, about 2.5 minutes of conversation" in card.text
    assert "| meetingtype (training) | 0.1.0 |" in card.text
    assert "(0.5) comes back with `needs_review=True`" in card.text


def test_training_data_hyperparameters_and_versions(tiny_checkpoint: Path) -> None:
    import transformers

    card, _ = _parsed(tiny_checkpoint)
    text = card.text
    assert "## Training data" in text and "| **Total** | **18** |" in text
    assert "| Project Kick-off | 2 |" in text
    assert "| `learning_rate` | `5e-05` |" in text and "| `epochs` | `1` |" in text
    assert "| Window length (tokens) | 64 |" in text and "| Window aggregation | mean |" in text
    assert "[`training_config.yaml`](training_config.yaml)" in text
    assert f"| Transformers | {transformers.__version__} |" in text
    assert "## Intended use" in text and "## Limitations" in text
    assert "| `model.safetensors` | fine-tuned weights |" in text


def test_missing_metrics_gives_a_valid_card_without_results(tiny_checkpoint: Path) -> None:
    (tiny_checkpoint / "metrics.json").unlink()
    (tiny_checkpoint / "data_summary.json").unlink()
    (tiny_checkpoint / "training_config.yaml").unlink()
    card, data = _parsed(tiny_checkpoint)
    assert "model-index" not in data and "metrics" not in data
    assert card.data.eval_results is None
    assert "## Evaluation" not in card.text and "## Training data" not in card.text
    assert "No evaluation results were published" in card.text
    assert data["pipeline_tag"] == "text-classification"


def test_tolerates_odd_metrics_and_summary(tiny_checkpoint: Path) -> None:
    (tiny_checkpoint / "metrics.json").write_text(
        json.dumps({"validation": {"accuracy": 0.6}, "baseline": 3, "notes": "x"})
    )
    summary = {
        "source": "synthetic",
        "validation": {"n_meetings": 9, "seed": 1},
        "train": {"per_label": {"Support": 3}},
    }
    (tiny_checkpoint / "data_summary.json").write_text(json.dumps(summary))
    (tiny_checkpoint / "training_config.yaml").write_text("just a string\n")
    card, data = _parsed(tiny_checkpoint, repo_id=None)
    assert "| **validation** | — | 0.600 | — |" in card.text
    assert "* source: synthetic" in card.text and "* validation — seed: 1" in card.text
    _, results = model_index_to_eval_results(data["model-index"])
    assert [(r.metric_type, r.dataset_split) for r in results] == [("accuracy", "validation")]
    assert 'pipeline("text-classification", model="path/to/model-folder")' in card.text


def test_checkpoint_errors_are_clear(tmp_path: Path, tiny_checkpoint: Path) -> None:
    with pytest.raises(CheckpointError, match=f"^checkpoint folder not found: {tmp_path / 'nope'}$"):
        build_model_card(tmp_path / "nope")
    config = json.loads((tiny_checkpoint / "config.json").read_text())
    config["id2label"] = {str(i): f"LABEL_{i}" for i in range(9)}
    config.pop("meetingtype")
    (tiny_checkpoint / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match="no meeting type names in id2label"):
        build_model_card(tiny_checkpoint)
