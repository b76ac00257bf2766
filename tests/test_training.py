"""End to end: train.py on a tiny model and corpus writes a loadable, self-describing checkpoint."""

from __future__ import annotations

import json

import torch
import yaml
from conftest import LABELS, REPO, TYPE_WORDS

from meetingtype.inference import MeetingClassifier
from meetingtype.taxonomy import Taxonomy

NAMES = [name for name, _ in LABELS]


def test_checkpoint_has_every_file(trained_tiny):
    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "metrics.json",
        "data_summary.json",
        "training_config.yaml",
        "confusion_matrix.png",
    ):
        assert (trained_tiny / name).is_file(), name


def test_config_carries_labels_definitions_and_chunking(trained_tiny):
    config = json.loads((trained_tiny / "config.json").read_text())
    assert config["id2label"] == {str(i): n for i, n in enumerate(NAMES)}
    assert config["label2id"] == {n: i for i, n in enumerate(NAMES)}
    meta = config["meetingtype"]
    taxonomy = Taxonomy.from_yaml(REPO / "configs" / "labels.yaml")
    assert meta["labels"] == taxonomy.to_list()  # definitions travel with the model
    assert (meta["max_length"], meta["stride"], meta["aggregation"]) == (64, 8, "mean")


def test_metrics_are_meeting_level_and_the_model_learned(trained_tiny):
    metrics = json.loads((trained_tiny / "metrics.json").read_text())
    for split in ("validation", "test"):
        report = metrics[split]
        assert report["n_meetings"] == 18
        assert set(report["per_class"]) == set(NAMES)
        assert sum(row["support"] for row in report["per_class"].values()) == 18
    # Marker words make the tiny corpus learnable: far above the 1/9 chance level.
    assert metrics["test"]["accuracy"] >= 0.5


def test_resolved_config_and_data_summary_saved(trained_tiny):
    cfg = yaml.safe_load((trained_tiny / "training_config.yaml").read_text())
    assert cfg["model"]["max_length"] == 64
    assert cfg["training"]["epochs"] == 4
    summary = json.loads((trained_tiny / "data_summary.json").read_text())
    assert summary["train"]["n_meetings"] == 36
    assert summary["train"]["per_label"]["Support"] == 4


def test_classifier_loads_checkpoint_and_tags(trained_tiny):
    clf = MeetingClassifier.from_pretrained(trained_tiny)
    long_meeting = "\n".join(f"Alice: {TYPE_WORDS[4]} we ship it today okay" for _ in range(80))
    (pred,) = clf.predict(long_meeting)
    assert pred.n_chunks > 5  # 80 turns do not fit one 64-token window: nothing is truncated
    assert pred.label in NAMES
    assert set(pred.scores) == set(NAMES)
    assert abs(sum(pred.scores.values()) - 1) < 1e-3
    ranked = sorted(pred.scores.values(), reverse=True)
    assert abs(pred.margin - (ranked[0] - ranked[1])) < 1e-3
    assert pred.needs_review == (pred.confidence < 0.5)


def test_selection_score_breaks_macro_f1_ties_by_loss_only():
    from meetingtype.training import selection_score

    # Same macro-F1: the lower validation loss wins (the Trainer would keep the earlier one on a tie).
    assert selection_score(0.9861, 0.20) > selection_score(0.9861, 0.53)
    # Macro-F1 comes rounded to 4 decimals: no loss, however bad, outranks its smallest step.
    assert selection_score(0.9579, 100.0) > selection_score(0.9578, 0.0)


def test_meeting_log_loss_is_cross_entropy_of_meeting_logits():
    import numpy as np

    from meetingtype.training import meeting_log_loss

    logits = np.array([[0.0, 0.0], [np.log(3.0), 0.0]])
    # Meeting 0: p(label 1) = 1/2; meeting 1: p(label 0) = 3/4.
    assert abs(meeting_log_loss(logits, [1, 0]) - (np.log(2) + np.log(4 / 3)) / 2) < 1e-12


def test_best_checkpoint_is_chosen_by_the_selection_score(trained_tiny):
    states = (trained_tiny / "checkpoints").glob("checkpoint-*/trainer_state.json")
    last = max(states, key=lambda p: int(p.parent.name.rsplit("-", 1)[1]))  # holds every evaluation
    state = json.loads(last.read_text())
    evals = [e for e in state["log_history"] if "eval_selection_score" in e]
    assert evals and all("eval_meeting_loss" in e for e in evals)
    best = max(evals, key=lambda e: (e["eval_selection_score"], -e["step"]))
    assert state["best_model_checkpoint"].endswith(f"checkpoint-{best['step']}")
    args = torch.load(trained_tiny / "training_args.bin", weights_only=False)
    assert (args.metric_for_best_model, args.greater_is_better) == ("selection_score", True)


def _tiny_trainer(trained_tiny, tiny_corpus, tmp_path, *overrides: str):
    """A Trainer as train.py builds it (configs/tiny.yaml, the tiny corpus) around the trained tiny
    checkpoint, freshly loaded; with the taxonomy and splits it was built from."""
    from conftest import tiny_train_overrides
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from meetingtype import training
    from meetingtype.config import load_config
    from meetingtype.data import load_splits

    cfg = load_config(
        REPO / "configs" / "tiny.yaml",
        [*tiny_train_overrides(trained_tiny, tiny_corpus, tmp_path), *overrides],
    )
    taxonomy = Taxonomy.from_yaml(cfg.labels)
    splits = load_splits(cfg.data, taxonomy)
    model = AutoModelForSequenceClassification.from_pretrained(trained_tiny)
    tokenizer = AutoTokenizer.from_pretrained(trained_tiny)
    trainer = training.build_trainer(cfg, taxonomy, splits, model, tokenizer, tmp_path, {})
    return trainer, taxonomy, splits


def test_cpu_evaluation_through_the_fast_forward_matches_the_plain_model(
    trained_tiny, tiny_corpus, tmp_path, monkeypatch
):
    from meetingtype import training

    # fp32 throughout: with bf16 autocast (auto on a CPU with native bf16) the plain path would
    # evaluate in bf16, while the fast path always evaluates in fp32, as tagging does.
    fp32 = "training.mixed_precision=no"
    trainer, taxonomy, splits = _tiny_trainer(trained_tiny, tiny_corpus, tmp_path, fp32)
    calls = []
    forward = training.FastDistilBertClassifier.forward
    monkeypatch.setattr(
        training.FastDistilBertClassifier, "forward", lambda self, *a: calls.append(1) or forward(self, *a)
    )
    fast = trainer.evaluate()
    assert calls, "evaluation on the CPU did not go through FastDistilBertClassifier"
    # The Trainer's meeting-level figures are the tagging path's: the meeting index fits the rows it read.
    report, _ = training.evaluate_meetings(
        MeetingClassifier.from_pretrained(trained_tiny), splits["validation"], taxonomy.names
    )
    assert (fast["eval_accuracy"], fast["eval_macro_f1"]) == (report["accuracy"], report["macro_f1"])
    monkeypatch.setattr(training.FastDistilBertClassifier, "supports", staticmethod(lambda model: False))
    plain = _tiny_trainer(trained_tiny, tiny_corpus, tmp_path, fp32)[0].evaluate()
    assert fast["eval_macro_f1"] == plain["eval_macro_f1"]
    for key in ("eval_loss", "eval_meeting_loss"):
        assert abs(fast[key] - plain[key]) < 1e-4, key


def _flags(
    monkeypatch,
    choice: str,
    *,
    cuda: bool = False,
    gpu_bf16: bool = True,
    native_bf16: bool = False,
    other_accelerator: bool = False,
) -> dict:
    from meetingtype import training

    monkeypatch.setattr(torch.cuda, "is_available", lambda: cuda)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: gpu_bf16)
    monkeypatch.setattr(training, "cpu_has_native_bf16", lambda: native_bf16)
    monkeypatch.setattr(training, "_other_accelerator", lambda: other_accelerator)
    return training.mixed_precision_flags(choice)


def test_auto_precision_is_bf16_on_a_cpu_with_native_bf16_and_fp32_elsewhere(monkeypatch):
    fp32, bf16 = {"bf16": False, "fp16": False}, {"bf16": True, "fp16": False}
    assert _flags(monkeypatch, "auto", native_bf16=True) == bf16
    assert _flags(monkeypatch, "auto", native_bf16=False) == fp32
    assert _flags(monkeypatch, "no", native_bf16=True) == fp32
    assert _flags(monkeypatch, "bf16", native_bf16=True) == bf16
    assert _flags(monkeypatch, "auto", cuda=True) == bf16
    assert _flags(monkeypatch, "auto", cuda=True, gpu_bf16=False) == {"bf16": False, "fp16": True}
    assert _flags(monkeypatch, "fp16", cuda=True) == {"bf16": False, "fp16": True}
    assert _flags(monkeypatch, "no", cuda=True) == fp32
    # another accelerator (XPU, MPS ...): CPU bf16 would need use_cpu and move the run off it
    assert _flags(monkeypatch, "auto", native_bf16=True, other_accelerator=True) == fp32


def test_bf16_or_fp16_the_cpu_cannot_run_falls_back_to_fp32_with_a_warning(monkeypatch, caplog):
    with caplog.at_level("WARNING", logger="meetingtype.training"):
        assert _flags(monkeypatch, "bf16", native_bf16=False) == {"bf16": False, "fp16": False}
        assert _flags(monkeypatch, "fp16", native_bf16=True) == {"bf16": False, "fp16": False}
    assert [r.getMessage() for r in caplog.records] == [
        "training.mixed_precision=bf16 needs a GPU or a CPU with native bf16 (AVX512-BF16 or AMX); "
        "training in fp32 on the CPU",
        "training.mixed_precision=fp16 needs a GPU; training in fp32 on the CPU",
    ]


def test_cpu_bf16_reaches_the_trainer_with_use_cpu(trained_tiny, tiny_corpus, tmp_path, monkeypatch):
    # TrainingArguments refuses bf16 without a GPU unless use_cpu is set; build_trainer must set both.
    from meetingtype import training

    monkeypatch.setattr(training, "cpu_has_native_bf16", lambda: True)
    monkeypatch.setattr(training, "_other_accelerator", lambda: False)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.delenv("WORLD_SIZE", raising=False)
    trainer, _, _ = _tiny_trainer(trained_tiny, tiny_corpus, tmp_path)
    assert trainer.args.bf16 and trainer.args.use_cpu


def test_model_to_train_is_set_up_as_the_config_says(tiny_base_model_dir):
    # train() and the benchmark both build their model here, so the benchmark times the real recipe.
    from meetingtype import training
    from meetingtype.config import load_config

    overrides = ["model.attention_dropout=0.25", "model.freeze_layers=1", "model.freeze_embeddings=true"]
    cfg = load_config(REPO / "configs" / "tiny.yaml", overrides)
    taxonomy = Taxonomy.from_yaml(cfg.labels)
    model = training.model_to_train(cfg, tiny_base_model_dir, taxonomy)
    assert model.config.attention_dropout == 0.25
    assert model.config.id2label == taxonomy.id2label
    base = model.distilbert
    assert not any(p.requires_grad for p in base.embeddings.word_embeddings.parameters())
    assert not any(p.requires_grad for p in base.transformer.layer[0].parameters())
    assert all(p.requires_grad for p in base.transformer.layer[1].parameters())
