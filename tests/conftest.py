"""Shared fixtures: tiny random DistilBERT models and tiny tokenizers, so tests run offline in seconds."""

from __future__ import annotations

import json
import os
import string
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Tiny models run fastest on one thread, and two-thread OpenMP barriers stall badly when other
# processes share the 2 cores (set before torch is imported; subprocesses inherit it).
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

LABELS = [
    ("Sales Intro Call", "A first call with a prospect about their needs, with no product demo."),
    ("Sales Demo", "A call with a prospect that walks them through the product."),
    ("Candidate Interview", "A conversation with a job candidate to assess skills and fit."),
    ("One on One", "A regular conversation between a manager and one team member."),
    ("Support", "A session about training, updates, or a guided tour of new features."),
    ("Project Sync", "A project group collaborating on an existing project."),
    ("Project Kick-off", "A first meeting that outlines a new project and assigns the first tasks."),
    ("Sync Call", "A check-in between a customer success manager and an existing customer."),
    ("Partner Discovery", "A call introducing a potential partner to a partnership program."),
]

# A small English vocabulary: enough real words that tokenised meetings are not all word pieces.
WORDS = (
    "the a an and or but so to of in on for with at by from is are was were be been it this that we you i they "
    "he she our your my their me us them do did does have has had will would can could should not no yes yeah "
    "okay ok um uh like know mean think just really right well hello hi thanks thank bye good great "
    "meeting call project sync demo sales intro candidate interview support partner customer product team "
    "manager role plan task tasks next week today tomorrow kick off kickoff new feature features release "
    "training question questions answer price pricing renewal program api app agency growth solution "
    "experience skills job hire hiring goal goals feedback progress update updates status blocker blockers "
    "design budget deadline timeline launch ship test tests data model screen share see hear audio"
).split()


def build_tiny_tokenizer(max_length: int = 512):
    """A DistilBERT WordPiece tokenizer over a few hundred words plus single letters and digits."""
    from transformers import DistilBertTokenizer

    chars = list(string.ascii_lowercase + string.digits + string.punctuation)
    tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + chars + ["##" + c for c in chars] + WORDS
    vocab = {tok: i for i, tok in enumerate(dict.fromkeys(tokens))}
    return DistilBertTokenizer(vocab=vocab, do_lower_case=True, model_max_length=max_length)


def build_tiny_model(num_labels: int = len(LABELS), vocab_size: int = 200, seed: int = 0):
    """A random 2-layer, 64-wide DistilBERT classifier with the project's label maps.

    No dropout and a wider initialisation than DistilBERT's default (0.02) let it learn the tiny
    corpus's marker words in a few dozen steps, so tests can check that training really trains.
    """
    import torch
    from transformers import DistilBertConfig, DistilBertForSequenceClassification

    torch.manual_seed(seed)
    names = [name for name, _ in LABELS][:num_labels]
    config = DistilBertConfig(
        vocab_size=vocab_size,
        dim=64,
        n_layers=2,
        n_heads=2,
        hidden_dim=128,
        initializer_range=0.1,
        dropout=0.0,
        attention_dropout=0.0,
        seq_classif_dropout=0.0,
        max_position_embeddings=512,
        id2label=dict(enumerate(names)),
        label2id={n: i for i, n in enumerate(names)},
    )
    return DistilBertForSequenceClassification(config)


@pytest.fixture(scope="session")
def tiny_tokenizer():
    return build_tiny_tokenizer()


@pytest.fixture(scope="session")
def tiny_base_model_dir(tmp_path_factory) -> Path:
    """A folder a training config can name as `model.base`: tiny random DistilBERT + tokenizer."""
    from transformers import DistilBertModel

    path = tmp_path_factory.mktemp("tiny-base")
    tokenizer = build_tiny_tokenizer()
    model = build_tiny_model(vocab_size=len(tokenizer))
    DistilBertModel(model.config).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def labels_yaml(tmp_path_factory) -> Path:
    """A taxonomy file with the nine default types (short test definitions)."""
    import yaml

    path = tmp_path_factory.mktemp("taxonomy") / "labels.yaml"
    path.write_text(
        yaml.safe_dump({"labels": [{"name": n, "definition": d} for n, d in LABELS]}, sort_keys=False)
    )
    return path


def write_checkpoint_files(path: Path, metrics: dict | None = None) -> Path:
    """Write a checkpoint folder with the layout `train.py` produces, around a random tiny model."""
    tokenizer = build_tiny_tokenizer()
    model = build_tiny_model(vocab_size=len(tokenizer))
    model.config.meetingtype = {
        "labels": [{"name": n, "definition": d} for n, d in LABELS],
        "max_length": 64,
        "stride": 8,
        "aggregation": "mean",
        "review_threshold": 0.5,
        "base_model": "tiny-random-distilbert",
    }
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    per_class = {n: {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2} for n, _ in LABELS}
    metrics = metrics or {
        "validation": {"accuracy": 0.5, "macro_f1": 0.5, "per_class": per_class, "n_meetings": 18},
        "test": {"accuracy": 0.5, "macro_f1": 0.5, "per_class": per_class, "n_meetings": 18},
    }
    (path / "metrics.json").write_text(json.dumps(metrics, indent=2))
    (path / "data_summary.json").write_text(
        json.dumps({"train": {"n_meetings": 18, "per_label": {n: 2 for n, _ in LABELS}}}, indent=2)
    )
    (path / "training_config.yaml").write_text("training:\n  learning_rate: 5.0e-05\n  epochs: 1\n")
    return path


@pytest.fixture()
def tiny_checkpoint(tmp_path) -> Path:
    """A trained-checkpoint folder (random weights) with label maps, meetingtype metadata and metrics."""
    return write_checkpoint_files(tmp_path / "checkpoint")


# Words that mark each type in the tiny corpus, so a 2-layer random model can learn it in a few steps.
TYPE_WORDS = [
    "price budget",
    "demo screen",
    "candidate skills",
    "feedback goals",
    "training release",
    "status blockers",
    "kickoff plan",
    "renewal customer",
    "partner program",
]


def tiny_meeting(label_index: int, n: int, words: int = 60) -> str:
    """A short two-speaker meeting whose every turn carries its type's marker words."""
    import random

    rng = random.Random(label_index * 1000 + n)
    filler = ["um", "yeah", "okay", "so", "we", "the", "team", "today", "think", "right"]
    turns = []
    for t in range(max(2, words // 12)):
        speaker = "Alice" if t % 2 == 0 else "Bob"
        body = " ".join(rng.choice(filler) for _ in range(8))
        turns.append(f"{speaker}: {TYPE_WORDS[label_index]} {body}")
    return "\n".join(turns)


def write_tiny_corpus(folder: Path, per_label: dict[str, int] | None = None) -> dict[str, Path]:
    """train/validation/test JSONL files of tiny labeled meetings; returns the paths by split."""
    per_label = per_label or {"train": 4, "validation": 2, "test": 2}
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    offset = 0
    for split, n in per_label.items():
        path = folder / f"{split}.jsonl"
        with path.open("w") as f:
            for li, (name, _) in enumerate(LABELS):
                for j in range(n):
                    text = tiny_meeting(li, offset + j, words=40 + 25 * j)
                    f.write(json.dumps({"id": f"{split}-{li}-{j}", "label": name, "text": text}) + "\n")
        offset += n
        paths[split] = path
    return paths


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory) -> dict[str, Path]:
    return write_tiny_corpus(tmp_path_factory.mktemp("tiny-corpus"))


def tiny_train_overrides(base_dir: Path, corpus: dict[str, Path], output_dir: Path) -> list[str]:
    """CLI overrides that point configs/tiny.yaml at a tiny model and corpus."""
    return [
        f"model.base={base_dir}",
        f"data.train={corpus['train']}",
        f"data.validation={corpus['validation']}",
        f"data.test={corpus['test']}",
        f"training.output_dir={output_dir}",
    ]


@pytest.fixture(scope="session")
def trained_tiny(tmp_path_factory, tiny_base_model_dir, tiny_corpus) -> Path:
    """A checkpoint really trained by train.py on the tiny corpus (shared by several tests)."""
    from meetingtype.train_cli import main

    out = tmp_path_factory.mktemp("trained") / "model"
    rc = main(
        [
            "--config",
            str(REPO / "configs" / "tiny.yaml"),
            *tiny_train_overrides(tiny_base_model_dir, tiny_corpus, out),
        ]
    )
    assert rc == 0
    return out
