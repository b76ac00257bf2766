"""Read a meeting transcript in any common export format and return one normalised text.

The result has one ``Speaker: utterance`` line per turn: timestamps, cue ids and markup removed, HTML
entities decoded, whitespace collapsed, consecutive turns of the same speaker merged. Text without
speaker information goes to the speaker ``Unknown`` (in line-based text files, to the previous speaker);
text is never dropped. Training and inference both call this module, so the same file always gives the
same text, and :func:`normalize_transcript` of a result returns it unchanged.

Formats (see ``shared/data/formats/README.md`` for the quirks of real exports):

* ``.txt`` / ``.md``: plain prose, ``Speaker: text`` lines, Otter.ai exports (``Name  m:ss  `` header
  lines), Teams transcripts pasted as text (time-range line, speaker line, text lines), and WebVTT or
  SRT documents saved under a text suffix. Detected from the content.
* ``.vtt``: Zoom (``Name: text``), Teams (``<v Name>text</v>``), old Teams (``0:0:0.210 --> ...``),
  Microsoft Stream (GUID ids, NOTE blocks, no speakers).
* ``.srt``: parsed with the ``srt`` package; ``Host:``-style prefixes become speakers.
* ``.json``: Whisper, whisper-timestamped, AssemblyAI, Deepgram, Rev.ai, a list of
  ``{speaker, text}`` objects, or ``{"text": ...}``.
* ``.csv``: a header naming the columns (``start,end,text,speaker``...) or none (columns inferred).

Why a small WebVTT parser of our own rather than webvtt-py (which is installed): webvtt-py 0.6
silently drops a cue whose timing line it cannot parse (its text is lost), keeps only the first voice
of a cue holding several ``<v>`` spans, leaves HTML entities in voice names encoded, and raises
``MalformedFileError`` for a file without the ``WEBVTT`` header. The subset a transcript needs (blocks,
timing line, optional cue id, NOTE/STYLE/REGION blocks, voice spans, inline tags) fits in about a
hundred lines that never lose text. SRT does go through the ``srt`` package; when it rejects a file
(a broken timing line, stray text between cues), the same cue parser reads it instead.
"""

from __future__ import annotations

import csv
import functools
import html
import io
import json
import math
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import srt

__all__ = [
    "SUPPORTED_SUFFIXES",
    "UNKNOWN_SPEAKER",
    "TranscriptError",
    "decode_bytes",
    "normalize_transcript",
    "read_transcript",
]

SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".vtt", ".srt", ".json", ".csv", ".md")
UNKNOWN_SPEAKER = "Unknown"
_MAX_NAME_CHARS = 60


class TranscriptError(ValueError):
    """A transcript that cannot be read. The message names the file (or source) and says what to do."""


class _Seg(NamedTuple):
    start: float | None  # seconds or milliseconds; only compared within one file
    speaker: str | None  # cleaned name, or None for "no speaker information"
    text: str  # entities already decoded, markup removed; whitespace not yet collapsed


# --------------------------------------------------------------------------------------------- messages


def _empty_input(source: str) -> TranscriptError:
    return TranscriptError(
        f"{source}: empty transcript (empty or whitespace only); remove the file or add its text"
    )


def _empty_after_parse(source: str) -> TranscriptError:
    return TranscriptError(
        f"{source}: empty transcript (no text after removing timestamps and markup); "
        "remove the file or add its text"
    )


# --------------------------------------------------------------------------------------------- reading


def read_transcript(path: str | os.PathLike[str], max_bytes: int = 50_000_000) -> str:
    """Read one transcript file and return its normalised ``Speaker: text`` lines.

    Raises TranscriptError (naming the file) for a missing, unreadable, oversized, binary, badly
    encoded, malformed or empty file, or one whose suffix is not in SUPPORTED_SUFFIXES.
    """
    name = os.fspath(path)
    p = Path(name)
    try:
        st = p.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise TranscriptError(f"{name}: file does not exist; check the path") from None
    except OSError as err:
        raise _unreadable(name, err) from None
    if stat.S_ISDIR(st.st_mode):
        raise TranscriptError(f"{name}: is a directory, not a transcript file; pass the files inside it")
    if not stat.S_ISREG(st.st_mode):
        raise TranscriptError(f"{name}: not a regular file; pass a transcript file")
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = f"'{p.suffix}'" if p.suffix else "(no suffix)"
        raise TranscriptError(
            f"{name}: unsupported file type {shown}; supported: {', '.join(SUPPORTED_SUFFIXES)} "
            "(export the transcript in one of these formats or rename it)"
        )
    if st.st_size > max_bytes:
        raise _too_big(name, st.st_size, max_bytes)
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as err:
        raise _unreadable(name, err) from None
    if len(data) > max_bytes:  # grew since stat, or a file whose size stat does not report
        raise _too_big(name, len(data), max_bytes)
    text = _prepare(decode_bytes(data, name))
    if not text.strip():
        raise _empty_input(name)
    if suffix == ".vtt":
        segs = _parse_cues(text, vtt=True)
    elif suffix == ".srt":
        segs = _parse_cues(text, vtt=True) if _VTT_HEADER_RE.match(text.lstrip()) else _parse_srt(text)
    elif suffix == ".json":
        segs = _parse_json(text, name)
    elif suffix == ".csv":
        segs = _parse_csv(text, name)
    else:  # .txt, .md
        segs = _parse_text_document(text)
    return _render(segs, name)


def _unreadable(name: str, err: OSError) -> TranscriptError:
    if isinstance(err, PermissionError):
        return TranscriptError(f"{name}: cannot read the file (permission denied); check its permissions")
    return TranscriptError(f"{name}: cannot read the file ({err.strerror or err}); check the path")


def _too_big(name: str, size: int, max_bytes: int) -> TranscriptError:
    return TranscriptError(
        f"{name}: file is {size:,} bytes ({size / 1e6:.1f} MB), over the limit of {max_bytes:,} bytes "
        f"({max_bytes / 1e6:.1f} MB); raise the limit with --max-file-mb if it really is one transcript"
    )


def normalize_transcript(text: str, source: str = "<text>") -> str:
    """Normalise transcript text that arrives as a string (e.g. a JSONL ``text`` field).

    The string is read exactly as a ``.txt`` file would be: BOM, CRLF and lone CR handled, whitespace
    collapsed, a WEBVTT/SRT/Otter/Teams-paste document parsed as such, ``Speaker: text`` lines kept and
    prose given the speaker ``Unknown``. So a JSONL meeting and the same meeting as a file give the same
    text, and normalising an already normalised transcript changes nothing.
    """
    if not isinstance(text, str):
        raise TranscriptError(
            f"{source}: transcript text must be a string, got {type(text).__name__}; fix that field"
        )
    text = _prepare(text)
    if not text.strip():
        raise _empty_input(source)
    return _render(_parse_text_document(text), source)


_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a transcript file's bytes: UTF-8 (with or without BOM), or UTF-16/UTF-32 with a BOM.

    No guessing of legacy code pages: a file that is not valid UTF-8 is refused with the offending byte
    offset, because silently mis-decoded text would train the model on mojibake.
    """
    encoding, label, skip = "utf-8", "UTF-8", 0
    for bom, enc, lab in _BOMS:
        if data.startswith(bom):
            encoding, label, skip = enc, lab, len(bom)
            break
    if encoding == "utf-8":
        nul = data.find(b"\x00")
        if nul >= 0:
            raise _binary(source, nul)
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as err:
        offset = skip + err.start
        if encoding == "utf-8":
            raise TranscriptError(
                f"{source}: not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset}); "
                "re-save it as UTF-8"
            ) from None
        raise TranscriptError(
            f"{source}: not valid {label} despite its {label} byte-order mark (at byte offset {offset}); "
            "re-save it as UTF-8"
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        raise _binary(source, skip + nul * (2 if label == "UTF-16" else 4))
    return text.lstrip("\ufeff")


def _binary(source: str, offset: int) -> TranscriptError:
    return TranscriptError(
        f"{source}: binary content (NUL byte at offset {offset}), not a text transcript; export it as "
        f"UTF-8 text ({', '.join(SUPPORTED_SUFFIXES)})"
    )


# --------------------------------------------------------------------------------------------- text helpers

_NEWLINE_RE = re.compile("\r\n?|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_LETTER_RE = re.compile(r"[^\W\d_]")


def _prepare(text: str) -> str:
    """One newline convention (LF), no BOMs, no control characters, no lone surrogates."""
    text = text.replace("\ufeff", "")
    text = _NEWLINE_RE.sub("\n", text)
    text = _CONTROL_RE.sub(" ", text)
    return _SURROGATE_RE.sub("\ufffd", text)


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


@functools.lru_cache(maxsize=4096)  # the same few names come back on every line
def _clean_speaker(name: str | None) -> str | None:
    """Canonical speaker label: one line, no ':', starts with a letter, at most 60 characters.

    These rules make every output line re-parse to the same speaker (normalisation is idempotent).
    """
    if name is None:
        return None
    name = _prepare(name).replace(":", " ")
    name = " ".join(name.split()).strip("*_ ")
    if not name:
        return None
    if not _LETTER_RE.match(name):
        name = f"Speaker {name}"
    return name[:_MAX_NAME_CHARS].rstrip("*_ ")


def _label_speaker(value: Any) -> str | None:
    """A speaker field from JSON or CSV: 0 -> 'Speaker 0', 'A' -> 'Speaker A', names kept."""
    if value is None or isinstance(value, bool | dict | list):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    label = _unescape(str(value)).strip()
    if re.fullmatch(r"[A-Z]|\d+", label):
        label = f"Speaker {label}"
    return _clean_speaker(label)


# A timestamp as found in cue timing lines, CSV cells and txt lines: 0:0:0.210, 00:01:02,500, 1:02.
_TS = r"(?:\d{1,4}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,9})?"
_TS_RE = re.compile(_TS)
_TS_FULL_RE = re.compile(rf"\s*({_TS})\s*")
_TIMING_START_RE = re.compile(rf"({_TS})[ \t]*-->")
_STARTS_TIMING_RE = re.compile(rf"[ \t]*{_TS}[ \t]*-->")


def _ts_seconds(ts: str) -> float:
    main, _, frac = ts.replace(",", ".").partition(".")
    seconds = 0
    for part in main.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds + (float("0." + frac) if frac else 0.0)


def _parse_time(value: Any) -> float | None:
    """Seconds (or ms) from a number, a numeric string or a clock string; None when not a time."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
        return number if math.isfinite(number) else None
    if not isinstance(value, str) or len(value) > 40:
        return None
    m = _TS_FULL_RE.fullmatch(value)
    if m:
        return _ts_seconds(m.group(1))
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _starts_with_timing(line: str) -> bool:
    """Stricter than _is_timing, for recognising a document: the line starts with 'timestamp -->'."""
    return _STARTS_TIMING_RE.match(line) is not None


def _is_timing(line: str) -> bool:
    """A cue timing line: contains '-->' and a timestamp, whatever else is on it."""
    return "-->" in line and len(line) <= 300 and _TS_RE.search(line) is not None


def _timing_start(line: str) -> float | None:
    m = _TIMING_START_RE.search(line)
    return _ts_seconds(m.group(1)) if m else None


# Speaker prefix "Name: text" (split on the FIRST ': '). The name starts with a letter.
_PREFIX_RE = re.compile(r"(?P<name>[^\W\d_][^:\n]{0,79}?)[ \t]*:(?:[ \t]+|$)")
_PARTICLES = frozenset("de da di du del della der den van von la le bin al y e dos das st".split())


def _prefix(line: str) -> tuple[str, str] | None:
    m = _PREFIX_RE.match(line)
    if not m:
        return None
    name = _clean_speaker(m.group("name"))
    return (name, line[m.end() :]) if name else None


def _looks_like_name(name: str) -> bool:
    """'Speaker A', 'Dr. Ada Okoro', 'Host' -- but not 'So the plan is' (a sentence before a colon)."""
    words = name.split()
    if not 1 <= len(words) <= 4 or name.endswith(","):
        return False
    return all(not w[0].islower() or w in _PARTICLES for w in words)


def _speaker_acceptor(candidates: Counter[str], total_lines: int) -> Callable[[str], bool]:
    """Decide, for a whole document, which 'X: ...' prefixes are speakers.

    A prefix counts when it looks like a name, when the same prefix starts two or more lines, or when
    every line of the document has a prefix (as in our own output).
    """
    every_line = total_lines > 0 and sum(candidates.values()) == total_lines

    def accept(name: str) -> bool:
        return every_line or candidates[name] >= 2 or _looks_like_name(name)

    return accept


# --------------------------------------------------------------------------------------------- rendering


def _render(segs: Sequence[_Seg], source: str) -> str:
    """Sort by start time (when known), merge consecutive same-speaker turns, write 'Speaker: text'."""
    if any(s.start is not None for s in segs):
        keyed = []
        last = -math.inf
        for i, s in enumerate(segs):
            if s.start is not None:
                last = s.start
            keyed.append((last, i, s))  # a segment without a start stays after the one before it
        keyed.sort(key=lambda k: (k[0], k[1]))
        segs = [k[2] for k in keyed]
    turns: list[tuple[str, list[str]]] = []
    for s in segs:
        text = " ".join(s.text.split())
        if not text:
            continue
        speaker = s.speaker or UNKNOWN_SPEAKER
        if turns and turns[-1][0] == speaker:
            turns[-1][1].append(text)
        else:
            turns.append((speaker, [text]))
    if not turns:
        raise _empty_after_parse(source)
    return "\n".join(f"{speaker}: {' '.join(parts)}" for speaker, parts in turns)


# --------------------------------------------------------------------------------------------- cues (VTT/SRT)

_VTT_HEADER_RE = re.compile(r"WEBVTT(?:[ \t]|$)", re.MULTILINE)
_VTT_SKIP_BLOCK_RE = re.compile(r"(?:NOTE|STYLE|REGION)(?:[ \t]|$)")
_CUE_ID_RE = re.compile(r"\d+|[0-9A-Fa-f]{8}-[0-9A-Fa-f-]{4,}(?:/\d+-\d+)?")
_VOICE_RE = re.compile(r"<v(?=[\s.>])(?:\.[^\s<>]{0,50})?(?:[ \t]+(?P<name>[^<>\n]{0,200}))?>|</v\s*>")
_TAG_RE = re.compile(
    r"</?(?:c|i|b|u|s|v|ruby|rt|lang|font|span|em|strong|br|sub|sup)\b[^<>\n]{0,200}>|<\d[\d:.,]{0,20}>"
    r"|\{\\[^{}\n]{0,100}\}",
    re.IGNORECASE,
)

_RawCue = tuple[float | None, list[str]]  # start, cue text lines
_Line = tuple[str, tuple[str, str] | None]  # a text line and its "Name: " prefix, if any


def _parse_cues(text: str, vtt: bool) -> list[_Seg]:
    """Parse WebVTT (or SRT, as a fallback) by blocks; a block without a timing line continues the cue
    before it (SRT blank lines inside a cue), so no text is dropped. VTT NOTE/STYLE/REGION blocks and
    the header block are skipped."""
    cues: list[_RawCue] = []

    def orphan(lines: list[str]) -> None:
        if cues:
            cues[-1][1].extend(lines)
        else:
            cues.append((None, list(lines)))

    block: list[str] = []
    first_block = True
    for line in [*text.split("\n"), ""]:
        if line.strip():
            block.append(line.strip())
            continue
        if not block:
            continue
        header = first_block and vtt and _VTT_HEADER_RE.match(block[0]) is not None
        first_block = False
        timings = [i for i, b in enumerate(block) if _is_timing(b)]
        if header:
            if not timings:
                block = []
                continue
            pre: list[str] = []  # header metadata (Kind:, Language:) is not transcript text
        elif not timings:
            if not (vtt and _VTT_SKIP_BLOCK_RE.match(block[0])):
                orphan(block)
            block = []
            continue
        else:
            pre = block[: timings[0]]
        if pre:
            # The line just before the timing line is the cue id (always, for the block's first line).
            if len(pre) == 1 or _CUE_ID_RE.fullmatch(pre[-1]):
                pre = pre[:-1]
            if pre:
                orphan(pre)
        for k, i in enumerate(timings):
            end = timings[k + 1] if k + 1 < len(timings) else len(block)
            body = block[i + 1 : end]
            if k + 1 < len(timings) and body and _CUE_ID_RE.fullmatch(body[-1]):
                body = body[:-1]  # the next cue's id, in a file without blank lines between cues
            cues.append((_timing_start(block[i]), body))
        block = []
    return _cues_to_segments(cues)


def _split_voices(text: str) -> list[tuple[str | None, str]]:
    """Split cue text on <v Name> spans; text after </v> stays with that voice."""
    if "<v" not in text:
        return [(None, text)]
    out: list[tuple[str | None, str]] = []
    voice: str | None = None
    pos = 0
    for m in _VOICE_RE.finditer(text):
        piece = text[pos : m.start()]
        if piece.strip():
            out.append((voice, piece))
        if not m.group(0).startswith("</"):
            name = m.group("name")
            voice = _clean_speaker(_unescape(name)) if name else None
        pos = m.end()
    if text[pos:].strip():
        out.append((voice, text[pos:]))
    return out


def _cues_to_segments(cues: list[_RawCue]) -> list[_Seg]:
    units: list[tuple[float | None, str | None, list[_Line]]] = []
    candidates: Counter[str] = Counter()
    total = 0
    for start, lines in cues:
        for voice, piece in _split_voices("\n".join(lines)):
            plines: list[_Line] = []
            for raw in piece.split("\n"):
                ln = _unescape(_TAG_RE.sub("", raw) if "<" in raw or "{" in raw else raw).strip()
                if not ln:
                    continue
                p = _prefix(ln) if voice is None else None
                plines.append((ln, p))
                if voice is None:
                    total += 1
                    if p:
                        candidates[p[0]] += 1
            units.append((start, voice, plines))
    accept = _speaker_acceptor(candidates, total)
    segs: list[_Seg] = []
    for start, voice, plines in units:
        if voice is not None:
            segs.append(_Seg(start, voice, " ".join(ln for ln, _ in plines)))
            continue
        segs.extend(_turns_by_prefix(plines, accept, start))
    return segs


def _turns_by_prefix(
    lines: Sequence[tuple[str, tuple[str, str] | None]], accept: Callable[[str], bool], start: float | None
) -> list[_Seg]:
    """Group (line, 'Name: text' prefix) pairs into turns: an accepted prefix starts a new turn, any
    other line continues the current one (before the first accepted prefix: no speaker)."""
    segs: list[_Seg] = []
    speaker: str | None = None
    buf: list[str] = []
    for line, p in lines:
        if p and accept(p[0]):
            if buf:
                segs.append(_Seg(start, speaker, " ".join(buf)))
            speaker, buf = p[0], [p[1]]
        else:
            buf.append(line)
    if buf:
        segs.append(_Seg(start, speaker, " ".join(buf)))
    return segs


def _parse_srt(text: str) -> list[_Seg]:
    try:
        subs = list(srt.parse(text))
    except Exception:  # any rejection by the srt package (SRTParseError, ValueError...): fall back
        return _parse_cues(text, vtt=False)
    return _cues_to_segments([(sub.start.total_seconds(), sub.content.split("\n")) for sub in subs])


# --------------------------------------------------------------------------------------------- text documents

_OTTER_HEADER_RE = re.compile(r"(?P<name>\S.{0,79}?)(?:[ \t]{2,}|\t)(?P<ts>\d{1,2}:\d{2}(?::\d{2})?)[ \t]*")
_OTTER_FOOTER_RE = re.compile(r"transcribed by https?://(?:www\.)?otter\.ai\S*", re.IGNORECASE)
_TIME_ONLY_RE = re.compile(rf"[\[(]?{_TS}[\])]?(?:\s*(?:-->|-|–|to)\s*[\[(]?{_TS}[\])]?)?")
_BRACKET_TS_RE = re.compile(rf"[\[(]{_TS}[\])]\s*(?:[-–|]\s*)?")
_BARE_TS_RE = re.compile(rf"{_TS}\s+(?:[-–|]\s*)?")
_MD_BOLD_RE = re.compile(r"(\*\*|__)([^*_:\n]{1,80}?)(?::\1|\1[ \t]*:)")
_NAME_TS_RE = re.compile(rf"([^\W\d_][^:\n]{{0,79}}?)\s*[\[(]{_TS}[\])]\s*:")


def _first_lines(lines: list[str], n: int) -> list[str]:
    out = []
    for line in lines:
        if line.strip():
            out.append(line.strip())
            if len(out) == n:
                break
    return out


def _parse_text_document(text: str) -> list[_Seg]:
    """Auto-detect the layout of a text transcript (.txt, .md, or a string) and parse it."""
    lines = text.split("\n")
    head = _first_lines(lines, 2)
    if not head:
        return []
    # Only lines that START with a timestamp count here, so that normalised output (every line starts
    # with a speaker name) is never mistaken for subtitles.
    if _VTT_HEADER_RE.match(head[0]) and any(_starts_with_timing(ln) for ln in lines):
        return _parse_cues(text, vtt=True)
    if _is_teams_paste(lines):
        return _parse_teams_paste(lines)
    if _starts_with_timing(head[0]) or (head[0].isdigit() and len(head) > 1 and _starts_with_timing(head[1])):
        return _parse_srt(text)
    if _is_otter(lines):
        return _parse_otter(lines)
    return _parse_plain(lines)


def _is_teams_paste(lines: list[str]) -> bool:
    """Teams transcript pasted as text: time range, then the speaker's name, then the words."""
    stripped = [ln.strip() for ln in lines if ln.strip()]
    if not stripped or not _starts_with_timing(stripped[0]) or "," in stripped[0].split("-->")[0]:
        return False  # ',' milliseconds: SRT without cue numbers
    timings = [i for i, ln in enumerate(stripped) if _starts_with_timing(ln)]
    for k, i in enumerate(timings):
        end = timings[k + 1] if k + 1 < len(timings) else len(stripped)
        body = stripped[i + 1 : end]
        if len(body) < 2:
            return False
        name = body[0]
        if len(name) > _MAX_NAME_CHARS or ":" in name or len(name.split()) > 6 or name[-1] in ".?!,":
            return False
        if not _LETTER_RE.match(name):
            return False
    return True


def _parse_teams_paste(lines: list[str]) -> list[_Seg]:
    stripped = [ln.strip() for ln in lines if ln.strip()]
    timings = [i for i, ln in enumerate(stripped) if _starts_with_timing(ln)]
    segs = []
    for k, i in enumerate(timings):
        end = timings[k + 1] if k + 1 < len(timings) else len(stripped)
        body = [_unescape(b) for b in stripped[i + 1 : end]]
        segs.append(_Seg(_timing_start(stripped[i]), _clean_speaker(body[0]), " ".join(body[1:])))
    return segs


def _otter_header(line: str) -> str | None:
    if len(line) > 120:
        return None
    m = _OTTER_HEADER_RE.fullmatch(line)
    if not m:
        return None
    return _clean_speaker(_unescape(m.group("name")))


def _is_otter(lines: list[str]) -> bool:
    """Otter export: the first line is a 'Name  m:ss' header, or two or more lines are."""
    if _otter_header(next(ln for ln in lines if ln.strip())):
        return True
    count = 0
    for line in lines:
        if _otter_header(line):
            count += 1
            if count >= 2:
                return True
    return False


def _parse_otter(lines: list[str]) -> list[_Seg]:
    segs: list[_Seg] = []
    speaker: str | None = None
    buf: list[str] = []
    for line in lines:
        name = _otter_header(line)
        if name is not None:
            if buf:
                segs.append(_Seg(None, speaker, " ".join(buf)))
            speaker, buf = name, []
            continue
        s = line.strip()
        if s and not _OTTER_FOOTER_RE.fullmatch(s):
            buf.append(_unescape(s))
    if buf:
        segs.append(_Seg(None, speaker, " ".join(buf)))
    return segs


def _plain_line(line: str) -> str:
    """Strip what is not speech from one text line: timestamps, the Otter footer, markdown bold names."""
    s = line.strip()
    if not s:
        return ""
    first = s[0]
    if first in "[(0123456789":  # cheap test first: most lines start with a name or a word
        if _TIME_ONLY_RE.fullmatch(s):
            return ""
        m = _BRACKET_TS_RE.match(s)
        if m and m.end() < len(s):
            s = s[m.end() :]
        else:
            m = _BARE_TS_RE.match(s)
            if m and _PREFIX_RE.match(s, m.end()):  # "10:30 Ada: ..." but not "10:30 is when we meet"
                s = s[m.end() :]
    elif first in "Tt" and _OTTER_FOOTER_RE.fullmatch(s):
        return ""
    elif first in "*_" and s[:2] in ("**", "__"):
        s = _MD_BOLD_RE.sub(r"\2:", s, count=1)
    if "(" in s or "[" in s:
        m = _NAME_TS_RE.match(s)
        if m:
            s = f"{m.group(1)}:{s[m.end() :]}"
    return _unescape(s).strip()


def _parse_plain(lines: list[str]) -> list[_Seg]:
    """Prose and 'Speaker: text' lines; a line without an accepted speaker continues the previous turn."""
    cleaned = [c for c in (_plain_line(ln) for ln in lines) if c]
    prefixes = [_prefix(c) for c in cleaned]
    accept = _speaker_acceptor(Counter(p[0] for p in prefixes if p), len(cleaned))
    return _turns_by_prefix(list(zip(cleaned, prefixes, strict=True)), accept, None)


# --------------------------------------------------------------------------------------------- JSON

_TEXT_KEYS = ("text", "transcript", "content", "utterance", "sentence", "caption", "message", "value")
_SPEAKER_KEYS = ("speaker", "speaker_name", "speakerName", "speaker_label", "name", "participant", "user")
_START_KEYS = ("start", "start_time", "startTime", "start_ms", "begin", "offset", "from", "ts")
_WORD_KEYS = ("punctuated_word", "text", "word", "value")


def _parse_json(text: str, source: str) -> list[_Seg]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        raise TranscriptError(
            f"{source}: invalid JSON at line {err.lineno}, column {err.colno}: {err.msg}; "
            "fix the file or export it again"
        ) from None
    except RecursionError:
        raise TranscriptError(
            f"{source}: invalid JSON: nested too deeply to be a transcript; check that this is the right file"
        ) from None
    except ValueError:  # an integer longer than Python's int-conversion limit (4300 digits)
        raise TranscriptError(
            f"{source}: invalid JSON: a number too long to read; check that this is the right file"
        ) from None
    if isinstance(obj, str):
        return _parse_text_document(_prepare(obj))
    if isinstance(obj, list):
        return _json_items(obj, "", source)
    if isinstance(obj, dict):
        segs = _json_object(obj, source)
        if segs is not None:
            return segs
        keys = ", ".join(str(k) for k in list(obj)[:12]) or "none"
    else:
        keys = f"none; the top-level value is {type(obj).__name__}"
    raise TranscriptError(
        f"{source}: unrecognised JSON transcript layout (top-level keys: {keys}); expected Whisper "
        "'segments', AssemblyAI 'utterances', Deepgram 'results', Rev 'monologues', a 'text' field, "
        "or a list of {speaker, text} objects"
    )


def _json_object(obj: dict[str, Any], source: str) -> list[_Seg] | None:
    """Segments from a known JSON layout, [] for a known layout without text, None for unknown."""
    known = False
    results = obj.get("results")
    if isinstance(results, dict):  # Deepgram
        known = True
        utts = results.get("utterances")
        if isinstance(utts, list) and utts:
            return _json_items(utts, "results.utterances", source)
        segs: list[_Seg] = []
        channels = results.get("channels")
        for c, channel in enumerate(channels if isinstance(channels, list) else []):
            alts = channel.get("alternatives") if isinstance(channel, dict) else None
            alt = alts[0] if isinstance(alts, list) and alts and isinstance(alts[0], dict) else None
            if alt is None:
                continue
            words = alt.get("words")
            if isinstance(words, list) and any(isinstance(w, dict) and "speaker" in w for w in words):
                segs.extend(_json_words(words, f"results.channels[{c}].alternatives[0].words", source))
            elif isinstance(alt.get("transcript"), str):
                segs.append(_Seg(None, None, _unescape(alt["transcript"])))
        if segs:
            return segs
    for key in ("utterances", "segments", "monologues"):  # AssemblyAI, Whisper, Rev.ai
        value = obj.get(key)
        if isinstance(value, list):
            known = True
            if value:
                return _json_items(value, key, source)
    for key in ("text", "transcript"):
        value = obj.get(key)
        if isinstance(value, str):
            return _parse_text_document(_prepare(value))
        known = known or (key in obj and value is None)
    words = obj.get("words")
    if isinstance(words, list):
        return _json_words(words, "words", source)
    return [] if known else None


def _item_text(item: dict[str, Any], where: str, source: str) -> str | None:
    for key in _TEXT_KEYS:
        if key in item:
            value = item[key]
            if value is None:
                return None
            if isinstance(value, str):
                return _unescape(value)
            if isinstance(value, int | float) and not isinstance(value, bool):
                return str(value)
            raise TranscriptError(
                f"{source}: {where}.{key} is {type(value).__name__}, expected a string; "
                "fix the file or export it again"
            )
    if isinstance(item.get("elements"), list):  # Rev.ai monologue
        return "".join(str(e.get("value", "")) for e in item["elements"] if isinstance(e, dict))
    if isinstance(item.get("words"), list):
        return " ".join(_word_text(w) for w in item["words"])
    keys = ", ".join(str(k) for k in list(item)[:12]) or "none"
    raise TranscriptError(
        f"{source}: {where} has no text field (keys: {keys}); expected one of: {', '.join(_TEXT_KEYS)}"
    )


def _word_text(word: Any) -> str:
    if isinstance(word, str):
        return word
    if isinstance(word, dict):
        for key in _WORD_KEYS:
            if isinstance(word.get(key), str):
                return word[key]
    return ""


def _first_key(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if key in item:
            return item[key]
    return None


def _json_items(items: list[Any], where: str, source: str) -> list[_Seg]:
    segs: list[_Seg] = []
    for i, item in enumerate(items):
        at = f"{where}[{i}]"
        if item is None:
            continue
        if isinstance(item, str):
            segs.append(_Seg(None, None, _unescape(item)))
            continue
        if not isinstance(item, dict):
            raise TranscriptError(
                f"{source}: {at} is {type(item).__name__}, expected an object with 'speaker' and 'text'; "
                "fix the file or export it again"
            )
        text = _item_text(item, at, source)
        if text is None:
            continue
        speaker = _label_speaker(_first_key(item, _SPEAKER_KEYS))
        segs.append(_Seg(_parse_time(_first_key(item, _START_KEYS)), speaker, text))
    return segs


def _json_words(words: list[Any], where: str, source: str) -> list[_Seg]:
    """One segment per word; rendering merges consecutive words of the same speaker."""
    segs = []
    for word in words:
        text = _word_text(word)
        if not text:
            continue
        speaker = _label_speaker(word.get("speaker")) if isinstance(word, dict) else None
        start = _parse_time(word.get("start")) if isinstance(word, dict) else None
        segs.append(_Seg(start, speaker, _unescape(text)))
    return segs


# --------------------------------------------------------------------------------------------- CSV


def _norm_header(cell: str) -> str:
    return re.sub(r"[\s\-]+", "_", cell.strip().strip("\"'").lower())


_CSV_TEXT = (
    "text",
    "transcript",
    "utterance",
    "content",
    "caption",
    "sentence",
    "message",
    "words",
    "speech",
)
_CSV_SPEAKER = (
    "speaker",
    "speaker_name",
    "speakername",
    "speaker_label",
    "speaker_id",
    "name",
    "participant",
    "who",
    "user",
    "author",
)
_CSV_START = ("start", "start_time", "starttime", "start_(s)", "start_s", "start_ms", "begin", "from", "time")
_CSV_START += ("timestamp", "offset")
_CSV_OTHER = ("end", "end_time", "endtime", "end_(s)", "end_s", "end_ms", "stop", "to", "duration", "id")
_CSV_KNOWN = frozenset(_CSV_TEXT + _CSV_SPEAKER + _CSV_START + _CSV_OTHER)


def _parse_csv(text: str, source: str) -> list[_Seg]:
    first = text.split("\n", 1)[0]
    delimiter = ","
    if first.count("\t") > first.count(","):
        delimiter = "\t"
    elif first.count(";") > first.count(","):
        delimiter = ";"
    old_limit = csv.field_size_limit()
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        csv.field_size_limit(max(old_limit, len(text) + 1))  # one cell may hold a whole transcript
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as err:
        raise TranscriptError(
            f"{source}: malformed CSV at line {reader.line_num}: {err}; fix the file or export it again"
        ) from None
    finally:
        csv.field_size_limit(old_limit)
    if not rows:
        return []
    header = [_norm_header(c) for c in rows[0]]
    start_col = speaker_col = text_col = None
    if any(h in _CSV_KNOWN for h in header) and not any(_parse_time(c) is not None for c in rows[0]):
        rows = rows[1:]
        text_col = _find(header, _CSV_TEXT)
        speaker_col = _find(header, _CSV_SPEAKER)
        start_col = _find(header, _CSV_START)
        if text_col is None:
            free = [i for i, h in enumerate(header) if h not in _CSV_KNOWN]
            if not free:
                raise TranscriptError(
                    f"{source}: CSV header ({', '.join(header)}) has no text column; "
                    "name the column holding the words 'text'"
                )
            text_col = max(free, key=lambda i: _avg_len(rows, i))
    else:
        start_col, speaker_col, text_col = _infer_columns(rows)
    skip = {start_col, speaker_col}
    segs = []
    for row in rows:
        if text_col < len(row):
            words = row[text_col]
        else:  # a short row: keep whatever it has that is not a time or the speaker
            words = " ".join(c for j, c in enumerate(row) if j not in skip and _parse_time(c) is None)
        speaker = (
            _label_speaker(row[speaker_col]) if speaker_col is not None and speaker_col < len(row) else None
        )
        start = _parse_time(row[start_col]) if start_col is not None and start_col < len(row) else None
        segs.append(_Seg(start, speaker, _unescape(words)))
    return segs


def _find(header: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:
        if name in header:
            return header.index(name)
    return None


def _column(rows: list[list[str]], i: int) -> list[str]:
    return [row[i].strip() for row in rows if i < len(row) and row[i].strip()]


def _avg_len(rows: list[list[str]], i: int) -> float:
    values = _column(rows, i)
    return sum(map(len, values)) / len(values) if values else 0.0


def _infer_columns(rows: list[list[str]]) -> tuple[int | None, int | None, int]:
    """Columns of a header-less CSV: leading time columns (start, end), the text, and the speaker.

    The text column is the one with long values (or, when every value is short, the last non-time
    column, as in Teams-to-CSV scripts: start,end,speaker,text); the speaker is the short column with
    the fewest distinct values.
    """
    ncols = max(len(row) for row in rows)
    times: list[int] = []
    for i in range(min(2, ncols)):
        values = _column(rows, i)
        if values and all(_parse_time(v) is not None for v in values):
            times.append(i)
        else:
            break
    rest = [i for i in range(ncols) if i not in times]
    if not rest:  # only numbers: keep them as text rather than lose the file
        return None, None, 0
    long = [i for i in rest if any(len(v) > 40 or len(v.split()) > 4 for v in _column(rows, i))]
    text_col = max(long, key=lambda i: _avg_len(rows, i)) if long else rest[-1]
    short = [
        i for i in rest if i != text_col and _column(rows, i) and all(len(v) <= 60 for v in _column(rows, i))
    ]
    speaker_col = min(short, key=lambda i: len(set(_column(rows, i)))) if short else None
    return (times[0] if times else None), speaker_col, text_col
