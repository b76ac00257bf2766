"""Write tags as they are produced (JSONL or CSV), resumable: a re-run skips meetings already written.

Each row is flushed when written, so a run killed at any moment leaves a valid file, at worst
missing the meetings that were in flight (a half-written last line is dropped on the next run).

Several processes (``accelerate launch infer.py``) never write the output itself: each writes a part
file next to it (``tags.jsonl.part-00001-of-00004``, JSONL whatever the output format, each row with
its position in the input as ``_index``). When every process is done, the main process merges the
parts into the output in input order (`merge_parts`), atomically, and removes them. A run killed
before that leaves the parts; the next run counts their meetings as done and merges them.
"""

from __future__ import annotations

import csv
import heapq
import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from .aggregate import Prediction

BASE_COLUMNS = ["id", "label", "confidence", "margin", "needs_review", "n_chunks", "n_tokens"]
INDEX_KEY = "_index"


def part_path(output: str | Path, rank: int, world: int) -> Path:
    """The part file process `rank` of `world` writes next to `output`."""
    output = Path(output)
    return output.with_name(f"{output.name}.part-{rank:05d}-of-{world:05d}")


def existing_parts(output: str | Path) -> list[Path]:
    """Part files left next to `output` by this or an earlier run (any number of processes)."""
    output = Path(output)
    if not output.parent.is_dir():
        return []
    return sorted(output.parent.glob(f"{_glob_escape(output.name)}.part-*-of-*"))


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _cut_partial_line(path: Path) -> None:
    """Cut a final line left half-written by a killed run (only the file's tail is read)."""
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("r+b") as f:
        f.seek(size - 1)
        if f.read(1) == b"\n":
            return
        pos = size
        while pos > 0:
            step = min(1 << 16, pos)
            pos -= step
            f.seek(pos)
            newline = f.read(step).rfind(b"\n")
            if newline >= 0:
                f.truncate(pos + newline + 1)
                return
        f.truncate(0)


def _not_ours(path: Path, where: str, err: object) -> ValueError:
    return ValueError(
        f"{path}{where}: existing output is not a tag file this tool wrote ({err}); "
        "pass --overwrite to start again or choose another --output"
    )


def iter_rows(path: Path, fmt: str, repair: bool = False) -> Iterator[dict]:
    """Rows already in a tag file, streamed (a dict per row; CSV values stay strings).

    With `repair`, a truncated final line from a killed run is cut off the file first; without it the
    file is not touched, and a JSONL line without its newline is ignored. Raises ValueError (naming the
    file and line) for a file this tool did not write.
    """
    if repair:
        _cut_partial_line(path)
    with path.open("rb") as raw:
        if fmt == "csv":
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            try:
                reader = csv.DictReader(text)
                if reader.fieldnames is not None and "id" not in reader.fieldnames:
                    raise _not_ours(path, ", line 1", "no 'id' column")
                yield from (row for row in reader if row.get("id"))
            except (UnicodeDecodeError, csv.Error) as err:
                raise _not_ours(path, "", err) from err
            return
        for n, line in enumerate(raw, start=1):
            if not line.endswith(b"\n") or not line.strip():
                continue
            try:
                row = json.loads(line.decode("utf-8"))
                row["id"] = str(row["id"])
            except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as err:
                raise _not_ours(path, f", line {n}", err) from err
            yield row


def read_ids(path: Path, fmt: str, repair: bool = False) -> set[str]:
    """Ids already in a tag file; see `iter_rows`."""
    return {row["id"] for row in iter_rows(path, fmt, repair=repair)}


def _json_row(meeting_id: str, pred: Prediction) -> dict:
    return {"id": meeting_id, **pred.to_dict()}


def _csv_row(row: dict) -> dict:
    out = {k: row[k] for k in BASE_COLUMNS}
    out.update({f"score:{k}": v for k, v in row["scores"].items()})
    return out


class TagWriter:
    """Append predictions to a JSONL or CSV file, one flushed row per meeting.

    `repair=False` is for a process that must not modify the file (another process repaired it);
    the ids already there are read either way and kept in `done`.
    """

    def __init__(
        self,
        path: str | Path,
        labels: list[str],
        fmt: str = "jsonl",
        overwrite: bool = False,
        repair: bool = True,
    ):
        self.path = Path(path)
        self.fmt = fmt
        self.labels = labels
        self.columns = BASE_COLUMNS + [f"score:{name}" for name in labels]
        self.done: set[str] = set()
        if self.path.exists() and not overwrite:
            self.done = read_ids(self.path, fmt, repair=repair)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fresh = overwrite or not self.path.exists() or self.path.stat().st_size == 0
        self._f = self.path.open("w" if overwrite else "a", encoding="utf-8", newline="")
        self._csv = csv.DictWriter(self._f, fieldnames=self.columns) if fmt == "csv" else None
        if self._csv is not None and fresh:
            self._csv.writeheader()
            self._f.flush()

    def write(self, meeting_id: str, pred: Prediction, index: int | None = None) -> None:
        """Write one meeting's row; `index` (its position in the input) is kept in part files only."""
        row = _json_row(meeting_id, pred)
        if index is not None:
            row[INDEX_KEY] = index
        self.write_row(row)

    def write_row(self, row: dict) -> None:
        if self._csv is not None:
            self._csv.writerow(_csv_row(row))
        else:
            self._f.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._f.flush()
        self.done.add(row["id"])

    def close(self) -> None:
        self._f.flush()
        os.fsync(self._f.fileno())
        self._f.close()

    def __enter__(self) -> TagWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _indexed_rows(part: Path, order: int) -> Iterator[tuple[int, int, dict]]:
    for row in iter_rows(part, "jsonl"):
        yield int(row.pop(INDEX_KEY, 1 << 62)), order, row


def merge_parts(output: str | Path, labels: list[str], fmt: str) -> int:
    """Fold every part file next to `output` into it, then remove the parts; returns the rows added.

    The output's existing rows stay first and unchanged; the parts' rows follow in input order
    (`_index`; each part is already in that order, so they are merged as streams, in bounded memory).
    A meeting already in the output, or earlier in the merge, is not added twice. The new output
    replaces the old in one rename, so a run killed while merging leaves the old output and the
    parts, and the next run merges again.
    """
    output = Path(output)
    parts = existing_parts(output)
    if not parts:
        return 0
    done = read_ids(output, fmt, repair=True) if output.exists() else set()
    for part in parts:
        _cut_partial_line(part)
    streams = [_indexed_rows(part, p_i) for p_i, part in enumerate(parts)]
    tmp = output.with_name(f"{output.name}.merging")
    if output.exists():
        shutil.copyfile(output, tmp)
    else:
        tmp.unlink(missing_ok=True)
    added = 0
    with TagWriter(tmp, labels, fmt=fmt, overwrite=not output.exists(), repair=False) as writer:
        for _, _, row in heapq.merge(*streams, key=lambda r: (r[0], r[1])):
            if row["id"] not in done:
                writer.write_row(row)
                done.add(row["id"])
                added += 1
    os.replace(tmp, output)
    for part in parts:
        part.unlink()
    return added
