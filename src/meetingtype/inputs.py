"""What to tag: expand files, folders, globs and JSONL rows into a lazy stream of meetings.

Listing is cheap and reading is deferred: `iter_entries` yields one `Entry` per meeting (a transcript
file, or a non-blank JSONL line) with its id and position, and only `Entry.load()` reads and normalises
the transcript. So 10,000 meetings stream through in bounded memory, a resumed run reads only the
meetings not yet tagged, and each of several processes reads only its own share while all of them
agree on every meeting's position and id. A problem with one input (missing path, unreadable file, a
bad JSONL line) becomes a `Skipped` that names the file (and line) and says what to do; the rest of
the batch goes on.
"""

from __future__ import annotations

import codecs
import glob
import io
import json
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .readers import SUPPORTED_SUFFIXES, TranscriptError, normalize_transcript, read_transcript

INPUT_SUFFIXES = (*SUPPORTED_SUFFIXES, ".jsonl")


@dataclass
class Meeting:
    id: str
    text: str
    source: str = ""  # the file, or "file, line N", for messages


@dataclass
class Skipped:
    id: str
    reason: str


@dataclass
class Entry:
    """One meeting of the input stream, listed but not read yet."""

    index: int  # position in the whole input stream, the same in every process
    id: str
    source: str
    _load: Callable[[], Meeting | Skipped] = field(repr=False)

    def load(self) -> Meeting | Skipped:
        """Read and normalise the transcript; a problem comes back as a Skipped, never an exception."""
        return self._load()


def _is_glob(s: str) -> bool:
    return any(ch in s for ch in "*?[")


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


# --------------------------------------------------------------------------------------------- listing


def expand_inputs(inputs: list[str], exclude: Collection[Path] = ()) -> list[Path | Skipped]:
    """Resolve every --input into files (sorted within a folder or glob), or a Skipped that says why.

    Files in `exclude` (the output and its part files, when they sit inside an input folder) are left
    out, so a re-run does not tag its own output.
    """
    excluded = {p.resolve() for p in exclude}
    out: list[Path | Skipped] = []
    for item in inputs:
        if _is_glob(item) and not Path(item).exists():
            matches = sorted(
                Path(p)
                for p in glob.glob(item, recursive=True)
                if Path(p).is_file() and Path(p).resolve() not in excluded
            )
            if not matches:
                out.append(Skipped(item, f"{item}: no files match this pattern; check the pattern"))
            out.extend(matches)
            continue
        path = Path(item)
        if not path.exists():
            out.append(Skipped(item, f"{item}: no such file or folder; check the path"))
        elif path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not p.name.startswith(".") and p.resolve() not in excluded
            )
            if not files:
                out.append(Skipped(item, f"{item}: folder holds no files; check the path"))
            for p in files:
                if p.suffix.lower() in INPUT_SUFFIXES:
                    out.append(p)
                else:
                    shown = f"'{p.suffix}'" if p.suffix else "(no suffix)"
                    out.append(
                        Skipped(
                            str(p),
                            f"{p}: unsupported file type {shown}; supported: {', '.join(INPUT_SUFFIXES)} "
                            "(export the transcript in one of these formats, or move the file out of the "
                            "folder)",
                        )
                    )
        else:
            out.append(path)
    return out


def _bad(index: int, mid: str, source: str, reason: str) -> Entry:
    skipped = Skipped(mid, reason)
    return Entry(index, mid, source, lambda: skipped)


def _file_entry(index: int, path: Path, max_bytes: int) -> Entry:
    def load() -> Meeting | Skipped:
        try:
            return Meeting(str(path), read_transcript(path, max_bytes=max_bytes), str(path))
        except TranscriptError as err:
            return Skipped(str(path), str(err))

    return Entry(index, str(path), str(path), load)


_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def jsonl_lines(
    path: Path, max_bytes: int, limit_name: str = "--max-file-mb"
) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text, problem) for each non-blank line, reading at most `max_bytes` per line.

    `limit_name` is the setting that a message about an over-long line says to raise.

    UTF-8 (with or without BOM) is read line by line as bytes, so a bad byte costs only its line;
    UTF-16/32 with a BOM are decoded as a stream. A NUL byte means a binary file: it is reported once
    and the rest of the file is not read.
    """
    try:
        f = path.open("rb")
    except OSError as err:
        if isinstance(err, PermissionError):
            yield 0, None, f"{path}: cannot read the file (permission denied); check its permissions"
        else:
            yield 0, None, f"{path}: cannot read the file ({err.strerror or err}); check the path"
        return
    with f:
        head = f.read(4)
        f.seek(0)
        wide = next(((enc, label) for bom, enc, label in _WIDE_BOMS if head.startswith(bom)), None)
        if wide is not None:
            stream = io.TextIOWrapper(f, encoding=wide[0], newline=None)
            yield from _wide_lines(path, stream, wide[1], max_bytes, limit_name)
            return
        offset = 0
        n = 0
        while True:
            try:
                raw = f.readline(max_bytes + 1)
            except OSError as err:
                yield n + 1, None, f"{path}: cannot read the file ({err.strerror or err}); check the path"
                return
            if not raw:
                return
            n += 1
            where = f"{path}, line {n}"
            start = offset
            offset += len(raw)
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while (more := f.readline(1 << 20)) and not more.endswith(b"\n"):
                    offset += len(more)
                offset += len(more)
                yield (
                    n,
                    None,
                    (
                        f"{where}: line is over the size limit of {max_bytes:,} bytes ({_mb(max_bytes)}); "
                        f"raise the limit with {limit_name} if it really is one transcript"
                    ),
                )
                continue
            if n == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
                start += len(codecs.BOM_UTF8)
            nul = raw.find(b"\x00")
            if nul >= 0:
                yield (
                    n,
                    None,
                    (
                        f"{where}: binary content (NUL byte at offset {start + nul}), not a JSONL text file; "
                        "the rest of the file is skipped: pass JSONL saved as UTF-8 text"
                    ),
                )
                return
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                yield (
                    n,
                    None,
                    (
                        f"{where}: not valid UTF-8 (byte 0x{raw[err.start]:02x} at offset "
                        f"{start + err.start}); re-save the file as UTF-8"
                    ),
                )
                continue
            if text.strip():
                yield n, text, None


def _wide_lines(
    path: Path, f: io.TextIOWrapper, label: str, max_bytes: int, limit_name: str
) -> Iterator[tuple[int, str | None, str | None]]:
    n = 0
    while True:
        try:
            line = f.readline(max_bytes + 1)
        except UnicodeDecodeError:
            yield (
                n + 1,
                None,
                (
                    f"{path}, line {n + 1}: not valid {label} despite its {label} byte-order mark; "
                    "the rest of the file is skipped: re-save it as UTF-8"
                ),
            )
            return
        if not line:
            return
        n += 1
        if len(line) > max_bytes and not line.endswith("\n"):
            yield (
                n,
                None,
                (
                    f"{path}, line {n}: line is over the size limit of {max_bytes:,} characters "
                    f"({_mb(max_bytes)}); the rest of the file is skipped: raise the limit with {limit_name}"
                ),
            )
            return
        if "\x00" in line:
            yield (
                n,
                None,
                (
                    f"{path}, line {n}: binary content (NUL character), not a JSONL text file; "
                    "the rest of the file is skipped: pass JSONL saved as UTF-8 text"
                ),
            )
            return
        if line.strip():
            yield n, line, None


def _jsonl_entries(path: Path, first_index: int, max_bytes: int) -> Iterator[Entry]:
    index = first_index
    for n, line, problem in jsonl_lines(path, max_bytes):
        where = f"{path}, line {n}" if n else str(path)
        fallback_id = f"{path}:{n}" if n else str(path)
        if problem is not None:
            yield _bad(index, fallback_id, where, problem)
            index += 1
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield _bad(
                index, fallback_id, where, f"{where}: not valid JSON ({err.msg}); fix or remove the line"
            )
            index += 1
            continue
        if not isinstance(row, dict):
            yield _bad(
                index,
                fallback_id,
                where,
                f"{where}: expected a JSON object with 'id' and 'text' (or 'path'), "
                f"got {type(row).__name__}; fix or remove the line",
            )
            index += 1
            continue
        raw_id = row.get("id")
        mid = str(raw_id) if raw_id not in (None, "") else fallback_id
        yield Entry(index, mid, where, _row_loader(path, where, mid, row, max_bytes))
        index += 1


def _row_loader(
    path: Path, where: str, mid: str, row: dict, max_bytes: int
) -> Callable[[], Meeting | Skipped]:
    def load() -> Meeting | Skipped:
        if "text" in row and row["text"] is not None:
            text = row["text"]
            if not isinstance(text, str):
                return Skipped(
                    mid, f"{where}: 'text' must be a string, got {type(text).__name__}; fix that field"
                )
            if not text.strip():
                return Skipped(
                    mid,
                    f"{where}: empty 'text' (empty or whitespace only); "
                    "remove the line or add its transcript",
                )
            try:
                return Meeting(mid, normalize_transcript(text, source=where), where)
            except TranscriptError as err:
                return Skipped(mid, str(err))
        if row.get("path"):
            if not isinstance(row["path"], str):
                return Skipped(
                    mid, f"{where}: 'path' must be a string, got {type(row['path']).__name__}; fix that field"
                )
            file = Path(row["path"])
            file = file if file.is_absolute() else path.parent / file
            try:
                return Meeting(mid, read_transcript(file, max_bytes=max_bytes), where)
            except TranscriptError as err:
                return Skipped(mid, f"{where}: {err}")
        return Skipped(
            mid, f"{where}: needs 'text' (the transcript) or 'path' (a transcript file); add one of them"
        )

    return load


def iter_entries(resolved: list[Path | Skipped], max_bytes: int) -> Iterator[Entry]:
    """Every meeting of the resolved inputs, in input order, listed without reading transcripts.

    A JSONL file is read line by line here (to know each row's id); transcript files are not opened.
    """
    index = 0
    for item in resolved:
        if isinstance(item, Skipped):
            yield _bad(index, item.id, item.id, item.reason)
            index += 1
        elif item.suffix.lower() == ".jsonl":
            for entry in _jsonl_entries(item, index, max_bytes):
                yield entry
                index = entry.index + 1
        else:
            yield _file_entry(index, item, max_bytes)
            index += 1


def iter_meetings(resolved: list[Path | Skipped], max_bytes: int) -> Iterator[Meeting | Skipped]:
    """Read the resolved inputs lazily, one meeting at a time, in input order."""
    for entry in iter_entries(resolved, max_bytes):
        yield entry.load()


def count_items(resolved: list[Path | Skipped]) -> int:
    """How many meetings the inputs hold (JSONL lines counted), for the progress bar."""
    total = 0
    for item in resolved:
        if isinstance(item, Path) and item.suffix.lower() == ".jsonl":
            try:
                with item.open("rb") as f:
                    total += sum(1 for block in _blank_aware_lines(f) if block)
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _blank_aware_lines(f) -> Iterator[bool]:
    """True for each line holding more than whitespace, read in bounded blocks (no line kept whole)."""
    content = False
    while block := f.readline(1 << 20):
        content = content or bool(block.strip())
        if block.endswith(b"\n"):
            yield content
            content = False
    if content:
        yield content
