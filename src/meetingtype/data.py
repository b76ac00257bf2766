"""Labeled training data in: JSONL, CSV or label folders -> validated `datasets` splits of meetings.

Every problem found is reported at once, each naming the file and line, before any training starts.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from datasets import ClassLabel, Dataset, DatasetDict, Features, Value

from .inputs import jsonl_lines
from .readers import SUPPORTED_SUFFIXES, TranscriptError, decode_bytes, normalize_transcript, read_transcript
from .taxonomy import Taxonomy

MAX_REPORTED = 20


class DataError(ValueError):
    """Training data is invalid. The message lists each problem with its file and line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = problems[:MAX_REPORTED]
        more = f"\n  ... and {len(problems) - MAX_REPORTED} more" if len(problems) > MAX_REPORTED else ""
        super().__init__(
            f"training data has {len(problems)} problem{'s' if len(problems) != 1 else ''}:\n  "
            + "\n  ".join(shown)
            + more
        )


@dataclass
class Meeting:
    id: str
    title: str
    text: str
    label: str
    where: str  # "file, line N" for messages


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _fingerprint(text: str) -> str:
    return hashlib.sha1(" ".join(text.lower().split()).encode()).hexdigest()


def _iter_rows(path: Path, problems: list[str], max_bytes: int = 50_000_000):
    """Yield (line_number, row dict) from a JSONL or CSV file; unparseable lines become problems.

    Bytes are decoded as transcripts are (UTF-8, or UTF-16/32 with a BOM; binary refused), so a bad
    encoding is a problem naming the file and line, not a crash.
    """
    if path.suffix.lower() == ".csv":
        try:
            text = decode_bytes(path.read_bytes(), str(path))
        except TranscriptError as err:
            problems.append(str(err))
            return
        with io.StringIO(text, newline="") as f:
            reader = csv.DictReader(f)
            columns = reader.fieldnames or []
            needed = [c for c in ("label",) if c not in columns]
            if not ({"text", "path"} & set(columns)):
                needed.insert(0, "text")
            if needed:
                problems.append(
                    f"{path}: missing column '{needed[0]}' (columns found: {', '.join(columns) or 'none'}); "
                    "a CSV needs 'text' (or 'path') and 'label'"
                )
                return
            for row in reader:
                yield reader.line_num, {k: v for k, v in row.items() if k is not None}
        return
    for n, line, problem in jsonl_lines(path, max_bytes, limit_name="data.max_file_mb"):
        if problem is not None:
            problems.append(problem)
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{path}, line {n}: not valid JSON ({err.msg}); fix or remove the line")
            continue
        if not isinstance(row, dict):
            problems.append(f"{path}, line {n}: expected a JSON object with 'text' and 'label'")
            continue
        yield n, row


def _row_to_meeting(path: Path, n: int, row: dict, taxonomy: Taxonomy, max_bytes: int, problems: list[str]):
    where = f"{path}, line {n}"
    label = row.get("label")
    if label is None or label == "":
        problems.append(f"{where}: missing 'label'")
        return None
    if not isinstance(label, str) or label not in taxonomy.label2id:
        problems.append(
            f"{where}: label {label!r} is not in the taxonomy; known labels: {', '.join(taxonomy.names)}"
        )
        return None
    text = row.get("text")
    if text is None and row.get("path"):
        file = Path(str(row["path"]))
        if not file.is_absolute():
            file = path.parent / file
        try:
            text = read_transcript(file, max_bytes=max_bytes)
        except TranscriptError as err:
            problems.append(f"{where}: {err}")
            return None
    elif text is None:
        problems.append(f"{where}: needs 'text' (the transcript) or 'path' (a transcript file)")
        return None
    elif not isinstance(text, str):
        problems.append(f"{where}: 'text' must be a string, got {type(text).__name__}")
        return None
    else:
        try:
            text = normalize_transcript(text, source=where)
        except TranscriptError:
            problems.append(f"{where}: empty 'text'")
            return None
    mid = row.get("id")
    mid = str(mid) if mid not in (None, "") else f"{path.stem}-{n}"
    title = row.get("title") or ""
    return Meeting(id=mid, title=str(title), text=text, label=label, where=where)


def _read_folder(root: Path, taxonomy: Taxonomy, max_bytes: int, problems: list[str]) -> list[Meeting]:
    by_slug = {_slug(name): name for name in taxonomy.names}
    meetings: list[Meeting] = []
    for sub in sorted(p for p in root.iterdir() if p.is_dir()):
        label = by_slug.get(_slug(sub.name))
        if label is None:
            problems.append(
                f"{sub}: folder name is not a label in the taxonomy; "
                f"known labels: {', '.join(taxonomy.names)}"
            )
            continue
        for file in sorted(p for p in sub.rglob("*") if p.is_file()):
            if file.suffix.lower() not in SUPPORTED_SUFFIXES:
                problems.append(f"{file}: unsupported file type; supported: {', '.join(SUPPORTED_SUFFIXES)}")
                continue
            try:
                text = read_transcript(file, max_bytes=max_bytes)
            except TranscriptError as err:
                problems.append(str(err))
                continue
            rel = file.relative_to(root).as_posix()
            meetings.append(Meeting(id=rel, title=file.stem, text=text, label=label, where=str(file)))
    return meetings


def read_split(path: str | Path, taxonomy: Taxonomy, max_bytes: int = 50_000_000) -> list[Meeting]:
    """Read one split (a JSONL/CSV file or a folder of label sub-folders), raising DataError on problems."""
    path = Path(path)
    problems: list[str] = []
    if not path.exists():
        raise DataError([f"{path}: not found"])
    if path.is_dir():
        meetings = _read_folder(path, taxonomy, max_bytes, problems)
    elif path.suffix.lower() in (".jsonl", ".json", ".csv"):
        meetings = []
        for n, row in _iter_rows(path, problems, max_bytes):
            m = _row_to_meeting(path, n, row, taxonomy, max_bytes, problems)
            if m is not None:
                meetings.append(m)
    else:
        raise DataError(
            [f"{path}: training data must be .jsonl, .csv or a folder with one sub-folder per label"]
        )
    seen: dict[str, str] = {}
    for m in meetings:
        if m.id in seen:
            problems.append(f"{m.where}: duplicate id {m.id!r} (first at {seen[m.id]}); ids must be unique")
        else:
            seen[m.id] = m.where
    if not meetings and not problems:
        problems.append(f"{path}: no meetings found")
    if problems:
        raise DataError(problems)
    return meetings


def check_disjoint(splits: dict[str, list[Meeting]]) -> None:
    """Refuse the same transcript in two splits: it would leak test answers into training."""
    problems: list[str] = []
    owner: dict[str, tuple[str, Meeting]] = {}
    for split, meetings in splits.items():
        for m in meetings:
            key = _fingerprint(m.text)
            if key in owner and owner[key][0] != split:
                first_split, first = owner[key]
                problems.append(
                    f"the same transcript is in {first_split} ({first.where}, id {first.id!r}) and {split} "
                    f"({m.where}, id {m.id!r}); remove one copy"
                )
            owner.setdefault(key, (split, m))
    if problems:
        raise DataError(problems)


def to_dataset(meetings: list[Meeting], taxonomy: Taxonomy) -> Dataset:
    features = Features(
        {
            "id": Value("string"),
            "title": Value("string"),
            "text": Value("string"),
            "label": ClassLabel(names=taxonomy.names),
        }
    )
    return Dataset.from_dict(
        {
            "id": [m.id for m in meetings],
            "title": [m.title for m in meetings],
            "text": [m.text for m in meetings],
            "label": [taxonomy.label2id[m.label] for m in meetings],
        },
        features=features,
    )


def load_splits(data_cfg, taxonomy: Taxonomy) -> DatasetDict:
    """Build train/validation(/test) meeting datasets from the `data` config section.

    With only `train` given, validation and test are split off it, stratified by label, by `split_seed`.
    """
    max_bytes = int(data_cfg.max_file_mb * 1_000_000)
    raw = {"train": read_split(data_cfg.train, taxonomy, max_bytes)}
    for split in ("validation", "test"):
        path = getattr(data_cfg, split)
        if path:
            raw[split] = read_split(path, taxonomy, max_bytes)
    check_disjoint(raw)
    splits = DatasetDict({name: to_dataset(ms, taxonomy) for name, ms in raw.items()})
    n_total = len(splits["train"])  # fractions are of the whole training file, not of what is left
    for split, fraction in (("validation", data_cfg.validation_fraction), ("test", data_cfg.test_fraction)):
        if split in splits or fraction <= 0:
            continue
        train = splits["train"]
        n_holdout = max(len(taxonomy.names), round(n_total * fraction))
        if len(train) - n_holdout < len(taxonomy.names):
            raise DataError(
                [
                    f"{data_cfg.train}: {len(train)} meetings are too few to split off a {split} set; "
                    f"give data.{split} explicitly or set data.{split}_fraction=0"
                ]
            )
        try:
            parts = train.train_test_split(
                test_size=n_holdout, stratify_by_column="label", seed=data_cfg.split_seed
            )
        except ValueError:  # a label with a single meeting cannot be stratified
            parts = train.train_test_split(test_size=n_holdout, seed=data_cfg.split_seed)
        splits["train"], splits[split] = parts["train"], parts["test"]
    return splits


def summarize(splits: DatasetDict) -> dict:
    """Per split: meeting count, per-label counts and word-length statistics (for metrics and the card)."""
    import numpy as np

    out = {}
    for name, ds in splits.items():
        names = ds.features["label"].names
        words = np.array([len(t.split()) for t in ds["text"]]) if len(ds) else np.array([0])
        counts = {n: 0 for n in names}
        for label in ds["label"]:
            counts[names[label]] += 1
        out[name] = {
            "n_meetings": len(ds),
            "per_label": counts,
            "words": {
                "min": int(words.min()),
                "median": int(np.median(words)),
                "mean": round(float(words.mean()), 1),
                "max": int(words.max()),
            },
        }
    return out
