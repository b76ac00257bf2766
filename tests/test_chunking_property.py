"""Property-based tests of the chunker: any text in, either windows that cover it exactly or a clear error.

Whatever the transcript, `chunk_meetings` cuts it into windows of at most `max_length` tokens, each
[CLS] body [SEP], consecutive windows sharing exactly `stride` tokens, so that the bodies with their
overlaps removed give back every token of the text: nothing is dropped, nothing is invented. A
meeting's windows do not depend on which other meetings share its batch (so several processes, each
batching its own share, tag exactly as one process does). Tagging any text returns a well-formed
prediction or a TranscriptError that names the source, never another exception.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_checkpoint_files
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from meetingtype.chunking import chunk_meetings, sample_indices, spread_indices
from meetingtype.readers import TranscriptError, normalize_transcript

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.sampled_from(
    [
        "demo",
        "price",
        "budget",
        "the",
        "team",
        "okay",
        "kickoff",
        "Zoë",
        "naïve",
        "数据",
        "🙂",
        "x" * 30,
        "-",
        "...",
    ]
)
turn = st.tuples(st.sampled_from(["Alice", "Bob", "Dr. Lee", ""]), st.lists(words, min_size=0, max_size=40))
transcripts = st.one_of(
    st.text(max_size=600),  # anything at all: control characters, lone surrogates, odd newlines
    st.lists(turn, min_size=1, max_size=12).map(
        lambda turns: "\n".join(f"{s}: {' '.join(ws)}" if s else " ".join(ws) for s, ws in turns)
    ),
)
windows = st.integers(min_value=16, max_value=64).flatmap(
    lambda n: st.tuples(st.just(n), st.integers(min_value=0, max_value=n // 2 - 1))
)  # the config allows 0 <= stride < max_length / 2


def normalized(text: str) -> str | None:
    try:
        return normalize_transcript(text, source="meeting 1")
    except TranscriptError as err:
        assert str(err).startswith("meeting 1: empty transcript")
        return None


@SETTINGS
@given(text=transcripts, window=windows)
def test_windows_cover_every_token_exactly_once(tiny_tokenizer, text, window):
    max_length, stride = window
    text = normalized(text)
    assume(text is not None)
    tok = tiny_tokenizer
    chunks = chunk_meetings(tok, [text], max_length, stride)
    full = tok(text, add_special_tokens=False)["input_ids"]

    assert chunks.n_chunks[0] == len(chunks.input_ids) >= 1
    assert chunks.meeting_index == [0] * len(chunks.input_ids)
    assert chunks.n_tokens == [len(full)]
    bodies = []
    for ids in chunks.input_ids:
        assert len(ids) <= max_length
        assert ids[0] == tok.cls_token_id and ids[-1] == tok.sep_token_id
        bodies.append(ids[1:-1])
    for before, after in zip(bodies, bodies[1:], strict=False):
        assert before[len(before) - stride :] == after[:stride]  # the shared context
    rebuilt = bodies[0] + [t for body in bodies[1:] for t in body[stride:]]
    assert rebuilt == full


@SETTINGS
@given(texts=st.lists(transcripts, min_size=1, max_size=5), window=windows)
def test_a_meetings_windows_do_not_depend_on_its_batch(tiny_tokenizer, texts, window):
    max_length, stride = window
    texts = [t for t in map(normalized, texts) if t is not None]
    assume(texts)
    together = chunk_meetings(tiny_tokenizer, texts, max_length, stride)
    assert len(together.n_chunks) == len(texts)
    assert together.meeting_index == sorted(together.meeting_index)
    for m, text in enumerate(texts):
        alone = chunk_meetings(tiny_tokenizer, [text], max_length, stride)
        mine = [
            ids for ids, owner in zip(together.input_ids, together.meeting_index, strict=True) if owner == m
        ]
        assert mine == alone.input_ids
        assert (together.n_chunks[m], together.n_tokens[m]) == (alone.n_chunks[0], alone.n_tokens[0])


def test_no_meetings_no_windows(tiny_tokenizer):
    c = chunk_meetings(tiny_tokenizer, [], 32, 4)
    assert (c.input_ids, c.meeting_index, c.n_chunks, c.n_tokens) == ([], [], [], [])


@given(n=st.integers(min_value=0, max_value=500), cap=st.one_of(st.none(), st.integers(1, 40)))
def test_spread_indices_keep_the_opening_and_cover_the_meeting(n, cap):
    picked = spread_indices(n, cap)
    assert picked == sorted(set(picked)) and all(0 <= i < n for i in picked)
    assert len(picked) == (n if cap is None else min(n, cap))
    if n and cap:
        assert picked[: min(2, cap)] == list(range(min(2, cap, n)))  # the opening says what it is for
        if cap > 3 and n > cap:
            assert picked[-1] == n - 1  # ... and, given room for two more, the end too


@given(n=st.integers(0, 500), cap=st.one_of(st.none(), st.integers(1, 40)), seed=st.integers(0, 2**32))
def test_sample_indices_are_a_reproducible_draw(n, cap, seed):
    picked = sample_indices(n, cap, seed)
    assert picked == sorted(set(picked)) and all(0 <= i < n for i in picked)
    assert len(picked) == (n if cap is None else min(n, cap))
    assert picked == sample_indices(n, cap, seed)


@pytest.fixture(scope="module")
def classifier(tmp_path_factory):
    from meetingtype.inference import MeetingClassifier

    ckpt: Path = write_checkpoint_files(tmp_path_factory.mktemp("ckpt"))
    return MeetingClassifier.from_pretrained(ckpt, device="cpu", max_chunks=4)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=transcripts)
def test_tagging_any_text_gives_a_prediction_or_a_clear_error(classifier, text):
    try:
        (pred,) = classifier.predict(text)
    except TranscriptError as err:
        assert str(err).startswith("meeting 0: empty transcript")
        assert normalized(text) is None
        return
    assert pred.label in classifier.names
    assert abs(sum(pred.scores.values()) - 1) < 1e-3
    assert 0 <= pred.margin <= pred.confidence <= 1
    assert 1 <= pred.n_chunks and 1 <= pred.n_tokens
