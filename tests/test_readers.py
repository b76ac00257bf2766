"""Tests for meetingtype.readers: one small hand-written fixture per export format and quirk, every
error message checked word for word, and (when ../shared is present) the real export files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from meetingtype import readers
from meetingtype.readers import (
    SUPPORTED_SUFFIXES,
    TranscriptError,
    decode_bytes,
    normalize_transcript,
    read_transcript,
)

# --------------------------------------------------------------------------------------------------
# Hand-written fixtures (invented names and words) that mimic the quirks of real exports.
# Each entry: file name -> (file content, expected normalised transcript).

FIXTURES: dict[str, tuple[str, str]] = {
    # Zoom: "Name: text", colons inside the text, a cue without a speaker, numbered cues.
    "zoom.vtt": (
        "WEBVTT\n\n"
        "1\n00:00:02.310 --> 00:00:05.020\nMarta Quill: Morning all, can everyone see the slides?\n\n"
        "2\n00:00:05.400 --> 00:00:07.900\nMarta Quill: Item one on the list: the roof repair quote.\n\n"
        "3\n00:00:08.120 --> 00:00:09.000\nright\n\n"
        "4\n00:00:09.500 --> 00:00:12.750\nDev Okafor: Yes: it arrived at 4:30 this morning.\n",
        "Marta Quill: Morning all, can everyone see the slides? "
        "Item one on the list: the roof repair quote.\n"
        "Unknown: right\n"
        "Dev Okafor: Yes: it arrived at 4:30 this morning.",
    ),
    # Teams: GUID/n-k ids, <v> voices (closing tag optional), entity and comma in names, multi-line
    # cues, inline <c>/<i>/timestamp tags, a NOTE block.
    "teams.vtt": (
        "WEBVTT\n\nNOTE exported for the tests\n\n"
        "0f3c9a12-77b4-4e0b-9d2a-5c1e8b7f6a01/12-0\n00:00:01.000 --> 00:00:04.000\n"
        "<v Ren&#233;e Dubois>Shall we look at the\n<c.highlight>harbour</c> figures first?</v>\n\n"
        "0f3c9a12-77b4-4e0b-9d2a-5c1e8b7f6a01/12-1\n00:00:04.000 --> 00:00:06.500\n"
        "<v Ren&#233;e Dubois>They moved a lot &amp; fast.</v>\n\n"
        "0f3c9a12-77b4-4e0b-9d2a-5c1e8b7f6a01/19-0\n00:00:06.600 --> 00:00:09.000\n"
        "<v Lark, Tobias>I <i>think</i> the <00:00:07.500>ferry numbers explain it\n\n"
        "0f3c9a12-77b4-4e0b-9d2a-5c1e8b7f6a01/23-0\n00:00:09.100 --> 00:00:11.000\n"
        "<v Ren&#233;e Dubois>Agreed.</v>\n",
        "Renée Dubois: Shall we look at the harbour figures first? They moved a lot & fast.\n"
        "Lark, Tobias: I think the ferry numbers explain it\n"
        "Renée Dubois: Agreed.",
    ),
    # Old Teams: unpadded timestamps, no cue ids, overlapping cues written out of order.
    "teams_old.vtt": (
        "WEBVTT\n\n"
        "0:0:2.500 --> 0:0:3.900\n<v Speaker Two>Fine by me.</v>\n\n"
        "0:0:0.0 --> 0:0:2.700\n<v Speaker One>Lunch at noon then?</v>\n",
        "Speaker One: Lunch at noon then?\nSpeaker Two: Fine by me.",
    ),
    # Microsoft Stream: NOTE blocks before every cue, bare GUID ids, multi-line cues, no speakers.
    "stream.vtt": (
        'WEBVTT\n\nNOTE duration:"00:00:09.0000000"\n\nNOTE language:en-us\n\n'
        "NOTE Confidence: 0.71\n\n"
        "9b1e2d3c-4a5b-4c6d-8e7f-0a1b2c3d4e5f\n00:00:00.500 --> 00:00:03.000\n"
        "The gravel path\nfloods in spring.\n\n"
        "NOTE Confidence: 0.64\n\n"
        "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\n00:00:03.000 --> 00:00:04.200\nWe need drains.\n",
        "Unknown: The gravel path floods in spring. We need drains.",
    ),
    # SRT from a speech-to-text tool: one cue, no speakers.
    "plain.srt": (
        "1\n00:00:00,000 --> 00:00:04,500\n Bring the lanterns before dusk.\n\n",
        "Unknown: Bring the lanterns before dusk.",
    ),
    # SRT log with Host:/Guest: prefixes, wall-clock times, blank lines inside a cue, an <i> tag.
    "interview.srt": (
        "1\n09:41:07,100 --> 09:41:09,000\nHost: What drew you to beekeeping?\n\n"
        "2\n09:41:09,000 --> 09:41:30,250\nGuest: Mostly the <i>quiet</i>.\n\n"
        "It took years to learn.\n\n"
        "3\n09:41:30,300 --> 09:41:33,000\nHost: And the stings?\n",
        "Host: What drew you to beekeeping?\nGuest: Mostly the quiet. It took years to learn.\n"
        "Host: And the stings?",
    ),
    # Otter.ai: "Name  m:ss  " header lines, a repeated speaker, the footer.
    "otter.txt": (
        "Ines Varga  0:00  \nWelcome back, everyone.\nToday: the library budget.\n\n"
        "Tom Abara  0:09  \nThanks, Ines.\n\n"
        "Tom Abara  0:12  \nI brought the numbers.\n\n"
        "Ines Varga  1:02:03  \nLovely.\n\n"
        "Transcribed by https://otter.ai\n",
        "Ines Varga: Welcome back, everyone. Today: the library budget.\n"
        "Tom Abara: Thanks, Ines. I brought the numbers.\n"
        "Ines Varga: Lovely.",
    ),
    # Teams transcript pasted as text: time range, speaker line, text line(s).
    "teams_paste.txt": (
        "0:0:0.0 --> 0:0:1.900\nPia Holm\nMorning.\n"
        "0:0:2.100 --> 0:0:4.000\nOwen Reyes\nMorning, Pia.\nReady when you are.\n"
        "0:0:4.200 --> 0:0:5.000\nOwen Reyes\nShall I share?\n",
        "Pia Holm: Morning.\nOwen Reyes: Morning, Pia. Ready when you are. Shall I share?",
    ),
    # "Speaker: text" lines, with a wrapped line, a bracketed timestamp and a sentence with a colon.
    "speakers.txt": (
        "Nadia: Did the kiln arrive?\n"
        "[00:00:05] Felix: It did, on Tuesday.\nIt was heavier than expected.\n"
        "Nadia: One more thing to note: the door sticks.\n",
        "Nadia: Did the kiln arrive?\nFelix: It did, on Tuesday. It was heavier than expected.\n"
        "Nadia: One more thing to note: the door sticks.",
    ),
    # Plain prose, paragraphs: one Unknown speaker; "10:30" in the text stays.
    "prose.txt": (
        "We met at 10:30 to plan the garden.\n\n  Seeds   arrive   on Friday.  \n",
        "Unknown: We met at 10:30 to plan the garden. Seeds arrive on Friday.",
    ),
    # Markdown: bold speaker names.
    "notes.md": (
        "**Ayo:** Where are the maps?\n\n**Bree**: In the blue drawer.\n",
        "Ayo: Where are the maps?\nBree: In the blue drawer.",
    ),
    # Whisper JSON: segments with leading spaces, no speakers.
    "whisper.json": (
        json.dumps(
            {
                "text": " The tide is low. Bring boots.",
                "segments": [
                    {"id": 0, "start": 0.0, "end": 2.0, "text": " The tide is low.", "tokens": [1, 2]},
                    {"id": 1, "start": 2.0, "end": 3.5, "text": " Bring boots.", "no_speech_prob": 0.1},
                ],
                "language": "en",
            }
        ),
        "Unknown: The tide is low. Bring boots.",
    ),
    # whisper-timestamped: segments[].words[] next to the segment text.
    "whisper_words.json": (
        json.dumps(
            {
                "text": " Ropes are coiled.",
                "segments": [
                    {
                        "start": 0.1,
                        "end": 1.9,
                        "text": " Ropes are coiled.",
                        "confidence": 0.9,
                        "words": [
                            {"text": "Ropes", "start": 0.1, "end": 0.5, "confidence": 0.9},
                            {"text": "are", "start": 0.5, "end": 0.8, "confidence": 0.9},
                            {"text": "coiled.", "start": 0.8, "end": 1.9, "confidence": 0.9},
                        ],
                    }
                ],
            }
        ),
        "Unknown: Ropes are coiled.",
    ),
    # AssemblyAI: utterances with speaker letters and integer milliseconds.
    "assemblyai.json": (
        json.dumps(
            {
                "id": "x1",
                "status": "completed",
                "text": "Is the van booked? Yes. Both days.",
                "utterances": [
                    {"speaker": "A", "start": 120, "end": 900, "text": "Is the van booked?", "words": []},
                    {"speaker": "B", "start": 1000, "end": 1500, "text": "Yes.", "words": []},
                    {"speaker": "B", "start": 1600, "end": 2100, "text": "Both days.", "words": []},
                ],
            }
        ),
        "Speaker A: Is the van booked?\nSpeaker B: Yes. Both days.",
    ),
    # AssemblyAI without speaker labels: utterances is null, fall back to text.
    "assemblyai_nolabels.json": (
        json.dumps({"id": "x2", "text": "Chairs go in rows of six.", "utterances": None, "words": []}),
        "Unknown: Chairs go in rows of six.",
    ),
    # Deepgram: results.utterances[].transcript with integer speakers.
    "deepgram.json": (
        json.dumps(
            {
                "metadata": {"channels": 1},
                "results": {
                    "channels": [{"alternatives": [{"transcript": "ignored when utterances exist"}]}],
                    "utterances": [
                        {"start": 0.2, "end": 1.0, "speaker": 0, "transcript": "Kettle's on."},
                        {"start": 1.1, "end": 2.0, "speaker": 1, "transcript": "Two sugars,"},
                        {"start": 2.0, "end": 2.6, "speaker": 1, "transcript": "please."},
                    ],
                },
            }
        ),
        "Speaker 0: Kettle's on.\nSpeaker 1: Two sugars, please.",
    ),
    # Deepgram utterances without a speaker key (no diarisation).
    "deepgram_nospeaker.json": (
        json.dumps(
            {
                "results": {
                    "utterances": [
                        {"start": 0.0, "end": 1.0, "transcript": "Gates open"},
                        {"start": 1.0, "end": 2.0, "transcript": "at nine."},
                    ]
                }
            }
        ),
        "Unknown: Gates open at nine.",
    ),
    # Deepgram without utterances: channels[0].alternatives[0] words carry the speakers.
    "deepgram_words.json": (
        json.dumps(
            {
                "results": {
                    "channels": [
                        {
                            "alternatives": [
                                {
                                    "transcript": "hi there hello",
                                    "words": [
                                        {"word": "hi", "punctuated_word": "Hi", "start": 0.1, "speaker": 0},
                                        {
                                            "word": "there",
                                            "punctuated_word": "there.",
                                            "start": 0.4,
                                            "speaker": 0,
                                        },
                                        {
                                            "word": "hello",
                                            "punctuated_word": "Hello!",
                                            "start": 1.2,
                                            "speaker": 1,
                                        },
                                    ],
                                }
                            ]
                        }
                    ]
                }
            }
        ),
        "Speaker 0: Hi there.\nSpeaker 1: Hello!",
    ),
    # A plain list of {speaker, text} objects, given out of order.
    "list.json": (
        json.dumps(
            [
                {"speaker": "Rosa", "start": 5.0, "text": "See you then."},
                {"speaker": "Kai", "start": 0.0, "text": "Thursday works."},
                {"speaker": "Kai", "start": 2.5, "text": "After lunch?"},
            ]
        ),
        "Kai: Thursday works. After lunch?\nRosa: See you then.",
    ),
    # {"text": ...}: read like a text file.
    "text_only.json": (
        json.dumps({"text": "Lena: The ferry is late.\nMo: Again?"}),
        "Lena: The ferry is late.\nMo: Again?",
    ),
    # CSV with header start,end,text,speaker: interleaved channels, float noise, quoted commas.
    "header.csv": (
        "start,end,text,speaker\n"
        '0.5,3.2," Hello, is this the bakery?",0\n'
        "4.112,6.0, Yes.,1\n"
        "3.3000000000000003,4.0, Sorry.,0\n"
        "6.5,8.0, We open at seven.,1\n",
        "Speaker 0: Hello, is this the bakery? Sorry.\nSpeaker 1: Yes. We open at seven.",
    ),
    # CSV without header: start,end,speaker,text with Teams-style timestamps.
    "noheader.csv": (
        "0:0:0.0,0:0:1.200,Gus Lind,Evening\n0:0:1.500,0:0:2.100,Ada Moor,Evening\n",
        "Gus Lind: Evening\nAda Moor: Evening",
    ),
}


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_formats(tmp_path: Path, name: str) -> None:
    content, expected = FIXTURES[name]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert read_transcript(path) == expected
    assert normalize_transcript(expected) == expected  # normalising twice changes nothing


def test_supported_suffixes_are_all_covered() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".vtt", ".srt", ".json", ".csv", ".md")
    assert {Path(n).suffix for n in FIXTURES} == set(SUPPORTED_SUFFIXES)


# --------------------------------------------------------------------------------------------------
# Encodings, BOMs and line endings


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda s: s.encode("utf-8"), id="utf-8"),
        pytest.param(lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda s: b"\xff\xfe" + s.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(lambda s: b"\xfe\xff" + s.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda s: s.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda s: s.replace("\n", "\r").encode("utf-8"), id="lone-cr"),
        pytest.param(lambda s: b"\xef\xbb\xbf" + s.replace("\n", "\r\n").encode("utf-8"), id="bom-crlf"),
    ],
)
@pytest.mark.parametrize("name", ["zoom.vtt", "teams.vtt", "interview.srt", "otter.txt", "header.csv"])
def test_encodings_and_line_endings(tmp_path: Path, name: str, encode) -> None:
    content, expected = FIXTURES[name]
    path = tmp_path / name
    path.write_bytes(encode(content))
    assert read_transcript(path) == expected


def test_bom_before_webvtt_header(tmp_path: Path) -> None:
    path = tmp_path / "bom.vtt"
    path.write_bytes(
        b"\xef\xbb\xbfWEBVTT\n\n00:00:00.500 --> 00:00:02.000\nLine one\n\n00:02.000 --> 00:03.000\nTwo"
    )
    assert read_transcript(path) == "Unknown: Line one Two"


def test_decode_bytes_boms() -> None:
    assert decode_bytes(b"\xef\xbb\xbfhi", "x") == "hi"
    assert decode_bytes(b"\xff\xfe" + "h\u00e9".encode("utf-16-le"), "x") == "h\u00e9"
    assert decode_bytes(b"\xfe\xff" + "h\u00e9".encode("utf-16-be"), "x") == "h\u00e9"
    assert decode_bytes(b"\xff\xfe\x00\x00" + "ok".encode("utf-32-le"), "x") == "ok"
    assert decode_bytes("caf\u00e9".encode(), "x") == "caf\u00e9"


# --------------------------------------------------------------------------------------------------
# Text-document details


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  hello\r\n\r\n  world  ", "Unknown: hello world"),
        ("\ufeffAlice: hi\rBob: yo\r", "Alice: hi\nBob: yo"),
        ("Alice:\nthe agenda is short\nBob:\nagreed", "Alice: the agenda is short\nBob: agreed"),
        ("Alice (00:01:02): hi\nBob [1:05]: yo", "Alice: hi\nBob: yo"),
        ("00:00:07 Ana: first\n00:00:09\nBen: second", "Ana: first\nBen: second"),
        ("Tea &amp; cake at four &#8212; bring plates.", "Unknown: Tea & cake at four \u2014 bring plates."),
        ("intro line without speaker\nMia: then me", "Unknown: intro line without speaker\nMia: then me"),
        ("tab\tseparated\u00a0and\u2028broken", "Unknown: tab separated and broken"),
        # A WEBVTT or SRT document that arrives as a string is parsed as one.
        ("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Jo>Up here.</v>", "Jo: Up here."),
        ("1\n00:00:01,000 --> 00:00:02,000\nHost: Welcome.\n", "Host: Welcome."),
    ],
)
def test_normalize_transcript(text: str, expected: str) -> None:
    assert normalize_transcript(text) == expected


def test_text_before_any_cue_and_after_cues_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "loose.vtt"
    path.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>hi</v> <v Bob>yo</v>\n\n"
        "stray line after the cue\n\n00:00:03.000 --> garbage\nstill kept\n",
        encoding="utf-8",
    )
    assert read_transcript(path) == "Ann: hi\nBob: yo stray line after the cue\nUnknown: still kept"


def test_vtt_without_blank_lines_between_cues(tmp_path: Path) -> None:
    path = tmp_path / "dense.vtt"
    path.write_text(
        "WEBVTT\n1\n00:00:01.000 --> 00:00:02.000\nKim: one\n2\n00:00:03.000 --> 00:00:04.000\nLee: two\n"
    )
    assert read_transcript(path) == "Kim: one\nLee: two"


def test_srt_the_srt_package_rejects_falls_back_without_losing_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nHost: Welcome back.\n\n"
        "2\n00:00:03,000 --> soon\nGuest: Glad to be here.\n\n"
        "3\n00:00:05,000 --> 00:00:06,000\n{\\an8}Host: <b>Let's</b> begin.\n",
        encoding="utf-8",
    )
    assert read_transcript(path) == "Host: Welcome back.\nGuest: Glad to be here.\nHost: Let's begin."


def test_srt_suffix_holding_webvtt(tmp_path: Path) -> None:
    path = tmp_path / "renamed.srt"
    path.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Zed>Fine.\n", encoding="utf-8")
    assert read_transcript(path) == "Zed: Fine."


def test_json_segments_with_speakers_are_sorted_and_merged(tmp_path: Path) -> None:
    path = tmp_path / "whisperx.json"
    segments = [
        {"start": 3.0, "text": "Three.", "speaker": "SPEAKER_01"},
        {"start": None, "text": "After three.", "speaker": "SPEAKER_01"},  # stays after the one before it
        {"start": 1.0, "text": "One.", "speaker": "SPEAKER_00"},
        {"start": 2.0, "text": "Two.", "speaker": "SPEAKER_00"},
    ]
    path.write_text(json.dumps({"segments": segments}), encoding="utf-8")
    assert read_transcript(path) == "SPEAKER_00: One. Two.\nSPEAKER_01: Three. After three."


def test_json_top_level_string_and_rev_monologues(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_text(json.dumps("Uma: Hello."), encoding="utf-8")
    assert read_transcript(tmp_path / "s.json") == "Uma: Hello."
    rev = {
        "monologues": [
            {"speaker": 0, "elements": [{"value": "Hi"}, {"value": ","}, {"value": " "}, {"value": "all"}]},
            {"speaker": 1, "elements": [{"value": "Hey"}]},
        ]
    }
    (tmp_path / "rev.json").write_text(json.dumps(rev), encoding="utf-8")
    assert read_transcript(tmp_path / "rev.json") == "Speaker 0: Hi, all\nSpeaker 1: Hey"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("speaker\ttext\nJo\tFirst.\nJo\tSecond.\n", "Jo: First. Second."),
        ("Start Time;Speaker Name;Transcript\n00:00:02;Al;Hi\n00:00:01;Bo;Yo\n", "Bo: Yo\nAl: Hi"),
        ("start,end,who,said\n1,2,Ana,Hello there\n", "Ana: Hello there"),
        ("1.0,2.0,0,A much longer sentence of words here\n2.5,3.0,1,Short reply\n", None),
        ("just one column of words\nand another row\n", "Unknown: just one column of words and another row"),
    ],
)
def test_csv_layouts(tmp_path: Path, content: str, expected: str | None) -> None:
    path = tmp_path / "t.csv"
    path.write_text(content, encoding="utf-8")
    if expected is None:  # numeric speaker column after the text-heavy one
        expected = "Speaker 0: A much longer sentence of words here\nSpeaker 1: Short reply"
    assert read_transcript(path) == expected


def test_csv_huge_cell(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("speaker,text\nVi," + "word " * 40_000 + "\n", encoding="utf-8")
    out = read_transcript(path)
    assert out.startswith("Vi: word word") and len(out.split()) == 40_001


def test_large_file_is_fast(tmp_path: Path) -> None:
    import time

    path = tmp_path / "long.vtt"
    cues = [
        f"{i}\n{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}.000 --> 00:00:00.000\nP{i % 3}: word {i}"
        for i in range(20000)
    ]
    path.write_text("WEBVTT\n\n" + "\n\n".join(cues), encoding="utf-8")
    t = time.process_time()  # CPU time: the test machines are shared, wall time is noisy
    out = read_transcript(path)
    assert time.process_time() - t < 3.0
    assert out.count("\n") == 19999


# --------------------------------------------------------------------------------------------------
# Errors: every message checked exactly.


def _raises(path: Path | str, message: str, **kwargs) -> None:
    with pytest.raises(TranscriptError, match=f"^{re.escape(message)}$"):
        read_transcript(path, **kwargs)


def test_error_missing_file(tmp_path: Path) -> None:
    p = tmp_path / "nope.vtt"
    _raises(p, f"{p}: file does not exist; check the path")


def test_error_directory(tmp_path: Path) -> None:
    d = tmp_path / "folder.txt"
    d.mkdir()
    _raises(d, f"{d}: is a directory, not a transcript file; pass the files inside it")


@pytest.mark.parametrize(("name", "shown"), [("minutes.docx", "'.docx'"), ("README", "(no suffix)")])
def test_error_unsupported_suffix(tmp_path: Path, name: str, shown: str) -> None:
    p = tmp_path / name
    p.write_text("Ann: hi", encoding="utf-8")
    _raises(
        p,
        f"{p}: unsupported file type {shown}; supported: .txt, .vtt, .srt, .json, .csv, .md "
        "(export the transcript in one of these formats or rename it)",
    )


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    p = tmp_path / "LOUD.TXT"
    p.write_text("Ann: hi", encoding="utf-8")
    assert read_transcript(p) == "Ann: hi"


def test_error_too_big(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 1_500_000)
    _raises(
        p,
        f"{p}: file is 1,500,000 bytes (1.5 MB), over the limit of 1,000,000 bytes (1.0 MB); "
        "raise the limit with --max-file-mb if it really is one transcript",
        max_bytes=1_000_000,
    )


def test_error_binary(tmp_path: Path) -> None:
    p = tmp_path / "x.vtt"
    p.write_bytes(b"WEBVTT\n\x00\x01\x02")
    _raises(
        p,
        f"{p}: binary content (NUL byte at offset 7), not a text transcript; export it as UTF-8 text "
        "(.txt, .vtt, .srt, .json, .csv, .md)",
    )


def test_error_invalid_utf8(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes("Ann: caf\u00e9 time".encode("latin-1"))
    _raises(p, f"{p}: not valid UTF-8 (byte 0xe9 at offset 8); re-save it as UTF-8")


def test_error_invalid_utf16(tmp_path: Path) -> None:
    p = tmp_path / "odd.txt"
    p.write_bytes(b"\xff\xfeh\x00i")
    _raises(
        p,
        f"{p}: not valid UTF-16 despite its UTF-16 byte-order mark (at byte offset 4); re-save it as UTF-8",
    )


@pytest.mark.parametrize(
    ("name", "data"), [("e.txt", b""), ("w.vtt", b" \n\t\r\n"), ("b.csv", b"\xef\xbb\xbf\n")]
)
def test_error_empty(tmp_path: Path, name: str, data: bytes) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    _raises(p, f"{p}: empty transcript (empty or whitespace only); remove the file or add its text")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("headers.vtt", "WEBVTT\nKind: captions\n\nNOTE nothing was said\n\nSTYLE\n::cue { color: red }\n"),
        ("cues.vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<i></i>\n"),
        ("silence.json", '{"text": "", "segments": []}'),
        ("nulls.json", '{"utterances": null, "text": null}'),
        ("nothing.csv", "start,end,text,speaker\n1,2,,A\n"),
        ("cues.srt", "1\n00:00:01,000 --> 00:00:02,000\n\n"),
    ],
)
def test_error_no_text_after_parsing(tmp_path: Path, name: str, content: str) -> None:
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    _raises(
        p,
        f"{p}: empty transcript (no text after removing timestamps and markup); "
        "remove the file or add its text",
    )


def test_error_malformed_json(tmp_path: Path) -> None:
    p = tmp_path / "bad.json"
    p.write_text('{"segments": [\n  {"text": "hi"},\n  }\n]', encoding="utf-8")
    _raises(
        p,
        f"{p}: invalid JSON at line 3, column 3: Expecting value; fix the file or export it again",
    )


def test_error_json_nested_too_deeply(tmp_path: Path) -> None:
    p = tmp_path / "deep.json"
    p.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    _raises(p, f"{p}: invalid JSON: nested too deeply to be a transcript; check that this is the right file")


def test_error_unknown_json_layout(tmp_path: Path) -> None:
    p = tmp_path / "other.json"
    p.write_text('{"title": "x", "items": [1]}', encoding="utf-8")
    _raises(
        p,
        f"{p}: unrecognised JSON transcript layout (top-level keys: title, items); expected Whisper "
        "'segments', AssemblyAI 'utterances', Deepgram 'results', Rev 'monologues', a 'text' field, "
        "or a list of {speaker, text} objects",
    )
    p.write_text("42", encoding="utf-8")
    _raises(
        p,
        f"{p}: unrecognised JSON transcript layout (top-level keys: none; the top-level value is int); "
        "expected Whisper 'segments', AssemblyAI 'utterances', Deepgram 'results', Rev 'monologues', "
        "a 'text' field, or a list of {speaker, text} objects",
    )


def test_error_json_field_types(tmp_path: Path) -> None:
    p = tmp_path / "types.json"
    p.write_text('{"segments": [{"text": "ok"}, {"text": ["no"]}]}', encoding="utf-8")
    _raises(p, f"{p}: segments[1].text is list, expected a string; fix the file or export it again")
    p.write_text('[{"speaker": "Al", "text": "hi"}, 7]', encoding="utf-8")
    _raises(
        p,
        f"{p}: [1] is int, expected an object with 'speaker' and 'text'; fix the file or export it again",
    )
    p.write_text('[{"speaker": "Al", "said": "hi"}]', encoding="utf-8")
    _raises(
        p,
        f"{p}: [0] has no text field (keys: speaker, said); expected one of: text, transcript, content, "
        "utterance, sentence, caption, message, value",
    )


def test_error_csv_without_text_column(tmp_path: Path) -> None:
    p = tmp_path / "cols.csv"
    p.write_text("start,end,speaker\n1,2,Ann\n", encoding="utf-8")
    _raises(
        p,
        f"{p}: CSV header (start, end, speaker) has no text column; name the column holding the words 'text'",
    )


def test_error_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "locked.txt"
    p.write_text("Ann: hi", encoding="utf-8")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(readers, "open", deny, raising=False)  # chmod does not stop root, so fake it
    _raises(p, f"{p}: cannot read the file (permission denied); check its permissions")


@pytest.mark.skipif(
    not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0, reason="root"
)
def test_error_unreadable_chmod(tmp_path: Path) -> None:
    p = tmp_path / "locked.txt"
    p.write_text("Ann: hi", encoding="utf-8")
    p.chmod(0)
    try:
        _raises(p, f"{p}: cannot read the file (permission denied); check its permissions")
    finally:
        p.chmod(0o600)


def test_error_normalize_empty_and_non_string() -> None:
    with pytest.raises(TranscriptError) as err:
        normalize_transcript(" \r\n\t ", source="train.jsonl:3")
    assert str(err.value) == (
        "train.jsonl:3: empty transcript (empty or whitespace only); remove the file or add its text"
    )
    with pytest.raises(TranscriptError) as err:
        normalize_transcript(None, source="train.jsonl:4")  # type: ignore[arg-type]
    assert str(err.value) == "train.jsonl:4: transcript text must be a string, got NoneType; fix that field"


def test_decode_bytes_errors() -> None:
    with pytest.raises(TranscriptError) as err:
        decode_bytes(b"ok \xff", "in.txt")
    assert str(err.value) == "in.txt: not valid UTF-8 (byte 0xff at offset 3); re-save it as UTF-8"
    with pytest.raises(TranscriptError) as err:
        decode_bytes("hi".encode("utf-16-le"), "nobom.txt")  # UTF-16 without a BOM has NUL bytes
    assert str(err.value).startswith("nobom.txt: binary content (NUL byte at offset 1)")


def test_transcript_error_is_value_error() -> None:
    assert issubclass(TranscriptError, ValueError)


# --------------------------------------------------------------------------------------------------
# The real export files in ../shared/data/formats (not committed: third-party files, some unlicensed).

SHARED_FORMATS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "formats"
needs_shared = pytest.mark.skipif(
    not SHARED_FORMATS.is_dir(),
    reason="../shared/data/formats not present (real export files live outside the repo)",
)

# file -> (speakers, number of turns, first speaker, first words, last speaker, last words)
SHARED_EXPECTED: dict[str, tuple[set[str], int, str, str, str, str]] = {
    "assemblyai_01.json": ({"Speaker A"}, 1, "Speaker A", "Yeah. As much", "Speaker A", "we have today."),
    "csv_01.csv": (
        {"Speaker 0", "Speaker 1", "Speaker 2"},
        289,
        "Speaker 0",
        "Hello, can you",
        "Speaker 1",
        "thank you",
    ),
    "csv_02.csv": ({"Person A", "Person B", "Person C"}, 3, "Person A", "Hello", "Person C", "Hello"),
    "deepgram_01.json": (
        {"Speaker 0", "Speaker 1", "Speaker 2"},
        8,
        "Speaker 0",
        "And, Jessica,",
        "Speaker 1",
        "Copy.",
    ),
    "deepgram_02.json": ({"Unknown"}, 1, "Unknown", "Yeah. As as", "Unknown", "we have today."),
    "otter_01.txt": (
        {"Ali", "Kelly", "Monica", "Monica Powell"},
        92,
        "Ali",
        "Yet is both",
        "Ali",
        "next Monday.",
    ),
    "srt_01.srt": ({"Unknown"}, 1, "Unknown", "And so my", "Unknown", "your country."),
    "srt_02.srt": ({"Guest", "Host"}, 4, "Guest", "web3 and", "Host", "these technologies."),
    "stream_01.vtt": ({"Unknown"}, 1, "Unknown", "Hi Microsoft", "Unknown", "with sausages."),
    "teams_01.vtt": (
        {"Sarah Chen", "Emily Watson", "James Kim", "Lisa Patel", "Mike Rodriguez"},
        9,
        "Sarah Chen",
        "Welcome to the",
        "Sarah Chen",
        "organization tips.",
    ),
    "teams_02.vtt": ({"Speaker A", "Speaker B"}, 2, "Speaker A", "There you", "Speaker B", "Speaker A."),
    "teams_copy_01.txt": ({"Person A", "Person B", "Person C"}, 3, "Person A", "Hello", "Person C", "Hello"),
    "webvtt_bom_01.vtt": ({"Unknown"}, 1, "Unknown", "Caption text", "Unknown", "#4"),
    "whisper_01.json": ({"Unknown"}, 1, "Unknown", "And so my", "Unknown", "your country."),
    "whisper_02.json": ({"Unknown"}, 1, "Unknown", "Yeah, as much", "Unknown", "we have today."),
    "zoom_01.vtt": (
        {"Speaker A", "Speaker B", "Speaker C", "Speaker D", "Speaker E", "Unknown"},
        26,
        "Speaker A",
        "Okay, so we're",
        "Speaker A",
        "Professor Person 2.",
    ),
}

_LINE_RE = re.compile(r"[^\W\d_][^:\n]*: \S.*")
_LEFTOVER_TS_RE = re.compile(r"\d{1,2}:\d{2}:\d{2}[.,]\d{3}|\d:\d:\d")


def _shared_files() -> list[str]:
    if not SHARED_FORMATS.is_dir():
        return sorted(SHARED_EXPECTED)
    return sorted(p.name for p in SHARED_FORMATS.iterdir() if p.name != "README.md")


@needs_shared
def test_every_shared_file_has_expectations() -> None:
    assert set(_shared_files()) == set(SHARED_EXPECTED)


@needs_shared
@pytest.mark.parametrize("name", _shared_files())
def test_shared_format_file(name: str) -> None:
    speakers, turns, first_speaker, first_words, last_speaker, last_words = SHARED_EXPECTED[name]
    out = read_transcript(SHARED_FORMATS / name)
    lines = out.split("\n")
    assert all(_LINE_RE.fullmatch(line) for line in lines)
    pairs = [line.split(": ", 1) for line in lines]
    assert {p[0] for p in pairs} == speakers
    assert len(lines) == turns
    assert all(a[0] != b[0] for a, b in zip(pairs, pairs[1:], strict=False))  # consecutive turns merged
    assert pairs[0][0] == first_speaker and pairs[0][1].startswith(first_words)
    assert pairs[-1][0] == last_speaker and pairs[-1][1].endswith(last_words)
    for junk in ("-->", "<v", "</v>", "WEBVTT", "NOTE ", "\ufeff", "\r", "&amp;", "&#", "  "):
        assert junk not in out
    assert not _LEFTOVER_TS_RE.search(out)
    assert normalize_transcript(out) == out


@needs_shared
def test_shared_files_lose_no_words() -> None:
    """Every word of the cue/row/segment text survives (speaker prefixes and timestamps aside)."""
    zoom = (SHARED_FORMATS / "zoom_01.vtt").read_text(encoding="utf-8").split("\n")
    expected = [
        w
        for line in zoom
        if line and line != "WEBVTT" and not line.isdigit() and "-->" not in line
        for w in re.sub(r"^Speaker [A-E]: ", "", line).split()
    ]
    out = read_transcript(SHARED_FORMATS / "zoom_01.vtt")
    assert [w for line in out.split("\n") for w in line.split(": ", 1)[1].split()] == expected

    data = json.loads((SHARED_FORMATS / "deepgram_01.json").read_text(encoding="utf-8"))
    expected = sorted(w for u in data["results"]["utterances"] for w in u["transcript"].split())
    out = read_transcript(SHARED_FORMATS / "deepgram_01.json")
    assert sorted(w for line in out.split("\n") for w in line.split(": ", 1)[1].split()) == expected

    import csv

    with open(SHARED_FORMATS / "csv_01.csv", encoding="utf-8", newline="") as fh:
        expected = sorted(w for row in csv.DictReader(fh) for w in row["text"].split())
    out = read_transcript(SHARED_FORMATS / "csv_01.csv")
    assert sorted(w for line in out.split("\n") for w in line.split(": ", 1)[1].split()) == expected


@needs_shared
def test_shared_csv_is_sorted_by_start_time() -> None:
    """csv_01 interleaves three channels; sorted, speaker 2's row at 4.1 s comes between speaker 0's."""
    out = read_transcript(SHARED_FORMATS / "csv_01.csv").split("\n")
    assert [line.split(": ", 1)[0] for line in out[:3]] == ["Speaker 0", "Speaker 2", "Speaker 0"]
