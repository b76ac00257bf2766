"""Tests for the synthetic meeting generator (fast: small corpora and short meetings)."""

from __future__ import annotations

import json
import random
import re

import pytest

from meetingtype.synth import LABELS, generate_corpus, generate_meeting, write_corpus, write_samples
from meetingtype.synth.__main__ import main as cli_main

LINE = re.compile(r"^[^:\n]+: \S.*$")


def _speakers(text: str) -> list[str]:
    return [line.split(": ", 1)[0] for line in text.splitlines()]


def test_labels_are_the_nine_types() -> None:
    assert LABELS == [
        "Sales Intro Call",
        "Sales Demo",
        "Candidate Interview",
        "One on One",
        "Support",
        "Project Sync",
        "Project Kick-off",
        "Sync Call",
        "Partner Discovery",
    ]


@pytest.mark.parametrize("label", LABELS)
def test_every_label_generates_well_formed_meeting(label: str) -> None:
    m = generate_meeting(label, random.Random(5), target_words=900)
    assert set(m) >= {"id", "title", "label", "text", "meta"}
    assert m["label"] == label
    lines = m["text"].splitlines()
    assert len(lines) >= 10
    assert all(LINE.match(line) for line in lines), [x for x in lines if not LINE.match(x)][:3]
    spk = _speakers(m["text"])
    assert all(a != b for a, b in zip(spk, spk[1:], strict=False)), "same speaker twice in a row"
    assert len(set(spk)) >= 2


@pytest.mark.parametrize("target", [300, 1500, 6000])
def test_length_tracks_target(target: int) -> None:
    # The median of five meetings: one short meeting may overshoot, as an opening and a closing
    # (longer still for a heavily disfluent speaker) come with every meeting. Words spoken, not the
    # speaker labels ("Industrial Designer B:" is three words on every line).
    def spoken(text: str) -> int:
        return sum(len(line.split(": ", 1)[1].split()) for line in text.splitlines())

    for label in LABELS:
        lengths = sorted(
            spoken(generate_meeting(label, random.Random(target + k), target_words=target)["text"])
            for k in range(5)
        )
        assert 0.75 * target <= lengths[2] <= 1.35 * target + 60, (label, target, lengths)


def test_same_seed_same_meeting_and_different_seed_differs() -> None:
    a = generate_meeting("Sales Demo", random.Random(42), target_words=800)
    b = generate_meeting("Sales Demo", random.Random(42), target_words=800)
    c = generate_meeting("Sales Demo", random.Random(43), target_words=800)
    assert a == b
    assert a["text"] != c["text"]


def test_corpus_deterministic_and_splits_disjoint() -> None:
    c1 = generate_corpus(seed=3, train_per_type=3, validation_per_type=1, test_per_type=1)
    c2 = generate_corpus(seed=3, train_per_type=3, validation_per_type=1, test_per_type=1)
    c3 = generate_corpus(seed=4, train_per_type=3, validation_per_type=1, test_per_type=1)
    assert c1 == c2
    assert [m["text"] for m in c1["train"]] != [m["text"] for m in c3["train"]]
    assert {len(c1[s]) for s in c1} == {27, 9}
    ids = [m["id"] for s in c1 for m in c1[s]]
    texts = [m["text"] for s in c1 for m in c1[s]]
    assert len(set(ids)) == len(ids) and len(set(texts)) == len(texts)
    for split in c1:
        assert {m["label"] for m in c1[split]} == set(LABELS)


def test_asr_noise_changes_case_and_punctuation() -> None:
    clean = generate_meeting("One on One", random.Random(9), target_words=1500, asr_noise=False)
    noisy = generate_meeting("One on One", random.Random(9), target_words=1500, asr_noise=True)
    utter = lambda t: " ".join(line.split(": ", 1)[1] for line in t.splitlines())  # noqa: E731
    c, n = utter(clean["text"]), utter(noisy["text"])
    upper_c = sum(ch.isupper() for ch in c) / len(c)
    upper_n = sum(ch.isupper() for ch in n) / len(n)
    punct_c = sum(ch in ",.?!" for ch in c) / len(c)
    punct_n = sum(ch in ",.?!" for ch in n) / len(n)
    assert upper_n < upper_c * 0.5 or punct_n < punct_c * 0.5
    assert noisy["meta"]["asr_noise"] and not clean["meta"]["asr_noise"]


def test_length_distribution_is_the_same_for_every_type() -> None:
    c = generate_corpus(seed=1, train_per_type=12, validation_per_type=0, test_per_type=0)
    med = {}
    for label in LABELS:
        lens = sorted(m["meta"]["target_words"] for m in c["train"] if m["label"] == label)
        med[label] = lens[len(lens) // 2]
    assert all(300 <= v <= 10_000 for v in med.values())
    # Per-meeting targets are drawn from one distribution, independent of the label.
    assert max(med.values()) / min(med.values()) < 4


def test_write_corpus_and_cli_are_byte_identical(tmp_path) -> None:
    write_corpus(tmp_path / "a", seed=2, train_per_type=2, validation_per_type=1, test_per_type=1)
    assert (
        cli_main(
            [
                "--output-dir",
                str(tmp_path / "b"),
                "--seed",
                "2",
                "--train-per-type",
                "2",
                "--validation-per-type",
                "1",
                "--test-per-type",
                "1",
            ]
        )
        == 0
    )
    for name in ("train.jsonl", "validation.jsonl", "test.jsonl"):
        a = (tmp_path / "a" / name).read_bytes()
        assert a == (tmp_path / "b" / name).read_bytes()
        rows = [json.loads(x) for x in a.decode().splitlines()]
        assert rows and all(set(r) == {"id", "title", "label", "text"} for r in rows)
    card = json.loads((tmp_path / "a" / "data_card.json").read_text())
    assert card["stats"]["train"]["meetings"] == 18


def test_samples_written_in_each_format(tmp_path) -> None:
    paths = write_samples(tmp_path)
    assert 6 <= len(paths) <= 9
    exts = {p.suffix for p in paths}
    assert exts == {".vtt", ".srt", ".txt", ".json"}
    labels = json.loads((tmp_path / ".labels.json").read_text())
    assert len(set(labels.values())) == len(paths)
    for p in paths:
        body = p.read_text(encoding="utf-8")
        if p.suffix == ".vtt":
            assert body.startswith("WEBVTT\n")
            assert re.search(r"\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}", body)
        elif p.suffix == ".srt":
            assert re.search(r"^1\n\d\d:\d\d:\d\d,\d{3} --> ", body)
        elif p.suffix == ".json":
            data = json.loads(body)
            segs = data["segments"] if isinstance(data, dict) else data
            assert all("text" in s and s["end"] > s["start"] for s in segs)
        else:
            assert all(LINE.match(line) for line in body.splitlines())
    teams = [p for p in paths if "<v " in p.read_text()]
    assert teams, "expected a Teams-style <v Name> vtt"


def _project_meetings(label: str, n: int) -> list[dict]:
    return [generate_meeting(label, random.Random(1000 + k), target_words=600) for k in range(n)]


def test_kickoffs_and_syncs_share_speaker_label_styles_and_register() -> None:
    # Who is in the room (role labels such as "Project Manager:") and how an in-room meeting sounds
    # (backchannels, short turns) must not tell a kick-off from a follow-up: both draw them alike.
    from meetingtype.synth.types_ import project_kickoff, project_sync

    assert project_kickoff.LABEL_STYLES is project_sync.LABEL_STYLES
    assert project_kickoff.CHATTER is project_sync.CHATTER
    role_share = {}
    for label in ("Project Kick-off", "Project Sync"):
        styles = [m["meta"]["label_style"] for m in _project_meetings(label, 40)]
        role_share[label] = styles.count("role") / len(styles)
    assert all(0.3 <= s <= 0.8 for s in role_share.values()), role_share
    assert abs(role_share["Project Kick-off"] - role_share["Project Sync"]) < 0.3, role_share


def test_chatter_adds_backchannel_turns() -> None:
    from meetingtype.synth.engine import BACKCHANNELS, Builder, Person

    def short_turns(chatter: float) -> int:
        people = [Person("Ana", "Diaz", "lead", "Lead"), Person("Ben", "Ng", "member", "Engineer")]
        b = Builder(rng=random.Random(3), label="Project Sync", target=500, ctx={}, people=people)
        b.chatter = chatter
        for _ in range(30):
            b.say(people[0], "We tested the new battery again and it lasts about two days now.")
            b.say(people[1], "That is better than last time, but the casing still costs too much.")
        # a backchannel opens the listener's next turn ("Yeah. That is better ...") when they go on
        return sum(t.text.startswith(tuple(BACKCHANNELS)) for t in b.turns)

    assert short_turns(0.0) == 0
    assert short_turns(0.6) >= 20


def test_spec_calls_are_drawn_and_argue_in_long_technical_turns() -> None:
    syncs = [generate_meeting("Project Sync", random.Random(k), target_words=1500) for k in range(60)]
    spec = [m for m in syncs if m["meta"]["variant"] == "spec"]
    assert len(spec) >= 3
    longest = max(len(line.split()) for m in spec for line in m["text"].splitlines())
    assert longest >= 60


def test_design_series_syncs_name_their_phase_as_kickoffs_do() -> None:
    # Kick-offs lay out the phases ("functional design, conceptual design..."); a follow-up says which
    # one it is in. If only kick-offs named phases, the phase names alone would mark a kick-off.
    phases = ("functional design", "conceptual design", "detailed design")
    syncs = [generate_meeting("Project Sync", random.Random(k), target_words=2500) for k in range(80)]
    design = [m for m in syncs if m["meta"]["variant"] == "design_series"]
    assert len(design) >= 10
    named = sum(any(p in m["text"].lower() for p in phases) for m in design)
    assert named >= 0.6 * len(design)


def test_syncs_plan_and_hand_out_next_tasks_with_kickoff_wording() -> None:
    texts = [generate_meeting("Project Sync", random.Random(k), target_words=2500)["text"] for k in range(40)]
    # "... and bring a short presentation next meeting": a hand-out line, said in follow-ups too.
    assert sum("short presentation" in t for t in texts) >= 5
