"""What to tag: expand files, folders, globs and JSONL rows into a lazy stream of meetings.

Nothing is read until it is needed, so 10,000 meetings stream through in bounded memory. A problem
with one input (missing path, unreadable file, a bad JSONL line) becomes a `Skipped` item that names
the file and line, and the rest of the batch goes on.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .readers import SUPPORTED_SUFFIXES, TranscriptError, normalize_transcript, read_transcript


@dataclass
class Meeting:
    id: str
    text: str


@dataclass
class Skipped:
    id: str
    reason: str


def _is_glob(s: str) -> bool:
    return any(ch in s for ch in "*?[")


def _jsonl_rows(path: Path, max_bytes: int) -> Iterator[Meeting | Skipped]:
    try:
        f = path.open(encoding="utf-8-sig")
    except OSError as err:
        yield Skipped(str(path), f"{path}: cannot open ({err.strerror})")
        return
    with f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path}, line {n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                yield Skipped(f"{path}:{n}", f"{where}: not valid JSON ({err.msg}); fix or remove the line")
                continue
            if not isinstance(row, dict):
                yield Skipped(
                    f"{path}:{n}", f"{where}: expected a JSON object with 'id' and 'text' (or 'path')"
                )
                continue
            mid = str(row["id"]) if row.get("id") not in (None, "") else f"{path}:{n}"
            if "text" in row:
                if not isinstance(row["text"], str):
                    yield Skipped(mid, f"{where}: 'text' must be a string, got {type(row['text']).__name__}")
                    continue
                try:
                    yield Meeting(mid, normalize_transcript(row["text"], source=where))
                except TranscriptError as err:
                    yield Skipped(mid, str(err))
            elif row.get("path"):
                file = Path(str(row["path"]))
                file = file if file.is_absolute() else path.parent / file
                try:
                    yield Meeting(mid, read_transcript(file, max_bytes=max_bytes))
                except TranscriptError as err:
                    yield Skipped(mid, f"{where}: {err}")
            else:
                yield Skipped(mid, f"{where}: needs 'text' (the transcript) or 'path' (a transcript file)")


def _file(path: Path, max_bytes: int) -> Meeting | Skipped:
    try:
        return Meeting(str(path), read_transcript(path, max_bytes=max_bytes))
    except TranscriptError as err:
        return Skipped(str(path), str(err))


def expand_inputs(inputs: list[str]) -> list[Path | Skipped]:
    """Resolve every --input into files (sorted within a folder or glob), or a Skipped that says why."""
    out: list[Path | Skipped] = []
    for item in inputs:
        if _is_glob(item) and not Path(item).exists():
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not matches:
                out.append(Skipped(item, f"{item}: no files match this pattern"))
            out.extend(matches)
            continue
        path = Path(item)
        if not path.exists():
            out.append(Skipped(item, f"{item}: no such file or folder"))
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                out.append(Skipped(item, f"{item}: folder holds no files"))
            for p in files:
                if p.suffix.lower() in SUPPORTED_SUFFIXES or p.suffix.lower() == ".jsonl":
                    out.append(p)
                else:
                    out.append(
                        Skipped(
                            str(p),
                            f"{p}: unsupported file type; supported: {', '.join(SUPPORTED_SUFFIXES)}, .jsonl",
                        )
                    )
        else:
            out.append(path)
    return out


def iter_meetings(resolved: list[Path | Skipped], max_bytes: int) -> Iterator[Meeting | Skipped]:
    """Read the resolved inputs lazily, one meeting at a time, in input order."""
    for item in resolved:
        if isinstance(item, Skipped):
            yield item
        elif item.suffix.lower() == ".jsonl":
            yield from _jsonl_rows(item, max_bytes)
        else:
            yield _file(item, max_bytes)


def count_items(resolved: list[Path | Skipped]) -> int:
    """How many meetings the inputs hold (JSONL lines counted), for the progress bar."""
    total = 0
    for item in resolved:
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            try:
                with item.open("rb") as f:
                    total += sum(1 for line in f if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
