"""Write tags as they are produced (JSONL or CSV), resumable: a re-run skips meetings already written.

Each row is flushed when written, so a run killed at any moment leaves a valid file, at worst
missing the meetings that were in flight (a half-written last line is dropped on the next run).
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from .aggregate import Prediction

BASE_COLUMNS = ["id", "label", "confidence", "margin", "needs_review", "n_chunks", "n_tokens"]


def _repair_and_read_ids(path: Path, fmt: str) -> set[str]:
    """Ids already in `path`; a truncated final line from a killed run is cut off."""
    data = path.read_bytes()
    if not data:
        return set()
    if not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with path.open("r+b") as f:
            f.truncate(cut)
        data = data[:cut]
    text = data.decode("utf-8")
    if fmt == "csv":
        return {row["id"] for row in csv.DictReader(io.StringIO(text)) if row.get("id")}
    ids = set()
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                ids.add(str(json.loads(line)["id"]))
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise ValueError(
                    f"{path}, line {n}: existing output is not a tag file this tool wrote ({err}); "
                    "pass --overwrite to start again or choose another --output"
                ) from err
    return ids


class TagWriter:
    """Append predictions to a JSONL or CSV file, one flushed row per meeting."""

    def __init__(self, path: str | Path, labels: list[str], fmt: str = "jsonl", overwrite: bool = False):
        self.path = Path(path)
        self.fmt = fmt
        self.labels = labels
        self.columns = BASE_COLUMNS + [f"score:{name}" for name in labels]
        self.done: set[str] = set()
        if self.path.exists() and not overwrite:
            self.done = _repair_and_read_ids(self.path, fmt)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fresh = overwrite or not self.path.exists() or self.path.stat().st_size == 0
        self._f = self.path.open("w" if overwrite else "a", encoding="utf-8", newline="")
        self._csv = csv.DictWriter(self._f, fieldnames=self.columns) if fmt == "csv" else None
        if self._csv is not None and fresh:
            self._csv.writeheader()
            self._f.flush()

    def write(self, meeting_id: str, pred: Prediction) -> None:
        if self._csv is not None:
            row = {k: getattr(pred, k) for k in BASE_COLUMNS[1:]}
            row["id"] = meeting_id
            row.update({f"score:{k}": v for k, v in pred.scores.items()})
            self._csv.writerow(row)
        else:
            self._f.write(json.dumps({"id": meeting_id, **pred.to_dict()}, ensure_ascii=False) + "\n")
        self._f.flush()
        self.done.add(meeting_id)

    def close(self) -> None:
        self._f.flush()
        os.fsync(self._f.fileno())
        self._f.close()

    def __enter__(self) -> TagWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
