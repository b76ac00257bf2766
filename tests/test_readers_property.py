"""Property tests for meetingtype.readers: whatever the bytes, reading either gives a normalised
transcript or raises TranscriptError -- never another exception."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingtype.readers import SUPPORTED_SUFFIXES, TranscriptError, normalize_transcript, read_transcript

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LINE_RE = re.compile(r"[^\W\d_][^:\n]*: \S.*")

# Pieces of real formats, so generated input reaches the parsers' inner branches, not only the
# "no structure" paths.
_PIECES = [
    "WEBVTT",
    "\ufeff",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    "1",
    "00:00:01.000 --> 00:00:02.500",
    "0:0:0.210 --> 0:0:1.130",
    "00:00:01,000 --> 00:00:02,000",
    "18:16:56,181 --> x",
    "-->",
    "NOTE Confidence: 0.5",
    "STYLE",
    "0f3c9a12-77b4-4e0b-9d2a-5c1e8b7f6a01/3-1",
    "<v Ann Lee>",
    "<v Far&#237;as, Lu>",
    "</v>",
    "<v",
    "<c.x>",
    "</c>",
    "<i>",
    "<00:00:01.000>",
    "&amp;",
    "&#237;",
    "&",
    "Host: ",
    "Speaker A: ",
    ": ",
    ":",
    "**Bo:** ",
    "[00:01:02] ",
    "Ali  0:17  ",
    "Transcribed by https://otter.ai",
    "hello there",
    "x",
    "\u2028",
    "\x00",
    "\x85",
    '{"segments": [',
    '{"text": "',
    '{"results": {"utterances": [',
    '{"speaker": 1, "transcript": "',
    '{"utterances": null, "text": "',
    "[",
    "]",
    "{",
    "}",
    '"',
    ",",
    "start,end,text,speaker",
    "0.5,1.5,",
    ";",
]
structured_text = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=30).map("".join)


def _check_output(out: str) -> None:
    assert isinstance(out, str) and out
    assert "\r" not in out and "\ufeff" not in out
    for line in out.split("\n"):
        assert _LINE_RE.fullmatch(line), line
        assert " ".join(line.split()) == line  # whitespace collapsed


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("readers_property")


def _read(workdir: Path, data: bytes, suffix: str) -> str | None:
    path = workdir / f"t{suffix}"
    path.write_bytes(data)
    try:
        out = read_transcript(path)
    except TranscriptError as err:
        assert str(err).startswith(f"{path}: ")  # every message names the file
        return None
    _check_output(out)
    return out


suffixes = st.sampled_from(SUPPORTED_SUFFIXES)


@SETTINGS
@given(suffix=suffixes, data=st.binary(max_size=300))
def test_arbitrary_bytes(workdir: Path, suffix: str, data: bytes) -> None:
    _read(workdir, data, suffix)


@SETTINGS
@given(suffix=suffixes, text=st.text(max_size=300))
def test_arbitrary_text(workdir: Path, suffix: str, text: str) -> None:
    _read(workdir, text.encode("utf-8", "surrogatepass"), suffix)


@settings(SETTINGS, max_examples=300)
@given(suffix=suffixes, text=structured_text, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_format_like_text(workdir: Path, suffix: str, text: str, encoding: str) -> None:
    out = _read(workdir, text.encode(encoding, "surrogatepass"), suffix)
    if out is not None and "&" not in text:  # entities are decoded once, so '&amp;lt;' is not a fixed point
        assert normalize_transcript(out) == out


@SETTINGS
@given(
    items=st.lists(
        st.fixed_dictionaries(
            {},
            optional={
                "speaker": st.one_of(st.none(), st.integers(-3, 3), st.text(max_size=8), st.booleans()),
                "text": st.one_of(st.none(), st.text(max_size=20), st.integers(), st.floats()),
                "start": st.one_of(st.none(), st.floats(allow_nan=True), st.integers(), st.text(max_size=5)),
            },
        ),
        max_size=8,
    ),
    wrap=st.sampled_from(["list", "segments", "utterances", "deepgram"]),
)
def test_json_layouts(workdir: Path, items: list[dict], wrap: str) -> None:
    if wrap == "list":
        doc: object = items
    elif wrap == "deepgram":
        doc = {"results": {"utterances": [{"transcript": i.get("text"), **i} for i in items]}}
    else:
        doc = {wrap: items}
    _read(workdir, json.dumps(doc).encode(), ".json")


@SETTINGS
@given(text=structured_text)
def test_normalize_transcript_strings(text: str) -> None:
    try:
        out = normalize_transcript(text, source="row 7")
    except TranscriptError as err:
        assert str(err).startswith("row 7: ")
        return
    _check_output(out)
    if "&" not in text:
        assert normalize_transcript(out) == out
