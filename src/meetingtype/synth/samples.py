"""Sample meetings in the file formats users actually have (.vtt Zoom/Teams, .srt, .txt, .json).

They feed the README's tagging demo, so each file is a clearly different meeting type, short enough to read.
"""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path

from .core import generate_meeting

WPS = 2.6  # spoken words per second
# (file name, label, format, target words)
SAMPLES = [
    ("weekly-project-sync.vtt", "Project Sync", "zoom_vtt", 900),
    ("candidate-interview-teams.vtt", "Candidate Interview", "teams_vtt", 800),
    ("new-feature-training.srt", "Support", "srt", 900),
    ("customer-check-in.txt", "Sync Call", "txt", 700),
    ("product-demo-whisper.json", "Sales Demo", "whisper_json", 800),
    ("partner-program-intro.json", "Partner Discovery", "speaker_json", 700),
    ("project-kickoff.txt", "Project Kick-off", "txt", 800),
    ("manager-one-on-one.vtt", "One on One", "zoom_vtt", 600),
    ("sales-intro-call.srt", "Sales Intro Call", "srt", 700),
]


def _turns(text: str) -> list[tuple[str, str]]:
    return [tuple(line.split(": ", 1)) for line in text.splitlines()]  # type: ignore[misc]


def _cues(
    turns: list[tuple[str, str]], rng: random.Random, max_words: int = 22
) -> list[tuple[float, float, str, str]]:
    """Split turns into subtitle-sized cues with plausible timings (start, end, speaker, text)."""
    t = rng.uniform(1.0, 4.0)
    cues = []
    for spk, utt in turns:
        words = utt.split()
        for i in range(0, len(words), max_words):
            chunk = " ".join(words[i : i + max_words])
            dur = max(0.6, len(chunk.split()) / WPS * rng.uniform(0.85, 1.2))
            cues.append((t, t + dur, spk, chunk))
            t += dur + rng.uniform(0.05, 0.4)
        t += rng.uniform(0.1, 1.2)
    return cues


def _ts(sec: float, sep: str = ".") -> str:
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def render_format(text: str, fmt: str, rng: random.Random) -> str:
    turns = _turns(text)
    if fmt == "txt":
        return text + "\n"
    cues = _cues(turns, rng)
    if fmt == "zoom_vtt":
        blocks = [f"{i}\n{_ts(a)} --> {_ts(b)}\n{s}: {x}" for i, (a, b, s, x) in enumerate(cues, 1)]
        return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"
    if fmt == "teams_vtt":
        base = uuid.UUID(int=rng.getrandbits(128))
        blocks = [
            f"{base}/{i}-0\n{_ts(a)} --> {_ts(b)}\n<v {s}>{x}</v>" for i, (a, b, s, x) in enumerate(cues, 10)
        ]
        return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"
    if fmt == "srt":
        blocks = [f"{i}\n{_ts(a, ',')} --> {_ts(b, ',')}\n{s}: {x}" for i, (a, b, s, x) in enumerate(cues, 1)]
        return "\n\n".join(blocks) + "\n"
    if fmt == "whisper_json":
        segs = [
            {"id": i, "start": round(a, 2), "end": round(b, 2), "text": " " + x}
            for i, (a, b, _s, x) in enumerate(cues)
        ]
        return (
            json.dumps(
                {"text": "".join(s["text"] for s in segs), "segments": segs, "language": "en"}, indent=1
            )
            + "\n"
        )
    if fmt == "speaker_json":
        rows = [{"speaker": s, "start": round(a, 2), "end": round(b, 2), "text": x} for a, b, s, x in cues]
        return json.dumps(rows, indent=1) + "\n"
    raise ValueError(f"unknown format {fmt}")


def write_samples(output_dir: str | Path, seed: int = 7) -> list[Path]:
    """Write the sample files plus ``.labels.json`` (file name -> true label); returns the written paths.

    The answer key is a dotfile so that tagging the folder (``infer.py --input data/samples``), which
    skips hidden files, sees only the meetings.
    """
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    written, labels = [], {}
    for i, (name, label, fmt, words) in enumerate(SAMPLES):
        rng = random.Random(f"{seed}/sample/{i}")
        m = generate_meeting(label, rng, target_words=words, asr_noise=False)
        p = out / name
        p.write_text(render_format(m["text"], fmt, rng), encoding="utf-8", newline="\n")
        written.append(p)
        labels[name] = label
    (out / ".labels.json").write_text(json.dumps(labels, indent=2) + "\n", encoding="utf-8")
    return written
