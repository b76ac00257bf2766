"""One chunking path for training and tagging: windows, overlap, no silent truncation, chunk caps."""

from __future__ import annotations

from meetingtype.chunking import chunk_meetings, sample_indices, spread_indices


def body(tokenizer, text: str) -> list[int]:
    return tokenizer(text, add_special_tokens=False)["input_ids"]


def test_short_meeting_is_one_window(tiny_tokenizer):
    c = chunk_meetings(tiny_tokenizer, ["hello team"], max_length=64, stride=8)
    assert c.n_chunks == [1]
    assert c.input_ids[0][0] == tiny_tokenizer.cls_token_id
    assert c.input_ids[0][-1] == tiny_tokenizer.sep_token_id
    assert c.n_tokens == [len(body(tiny_tokenizer, "hello team"))]


def test_long_meeting_windows_overlap_and_cover_every_token(tiny_tokenizer):
    text = " ".join(f"meeting {w}" for w in "the a an and or but so to of in on for with at by".split() * 20)
    ids = body(tiny_tokenizer, text)
    c = chunk_meetings(tiny_tokenizer, [text], max_length=32, stride=6)
    windows = [w[1:-1] for w in c.input_ids]
    assert all(len(w) <= 30 for w in windows)
    assert c.n_chunks == [len(windows)] and len(windows) > 5
    for a, b in zip(windows, windows[1:], strict=False):
        assert a[-6:] == b[:6]  # consecutive windows share `stride` tokens
    rebuilt = windows[0] + [t for w in windows[1:] for t in w[6:]]
    assert rebuilt == ids  # nothing dropped, nothing truncated
    assert c.n_tokens == [len(ids)]


def test_batch_keeps_meetings_apart(tiny_tokenizer):
    texts = ["hello " * 100, "bye", "team " * 40]
    c = chunk_meetings(tiny_tokenizer, texts, max_length=32, stride=4)
    assert len(c.input_ids) == sum(c.n_chunks) == len(c.meeting_index)
    assert c.meeting_index == sorted(c.meeting_index)
    assert [c.meeting_index.count(i) for i in range(3)] == c.n_chunks
    assert c.n_chunks[1] == 1


def test_empty_batch(tiny_tokenizer):
    c = chunk_meetings(tiny_tokenizer, [], max_length=32, stride=4)
    assert (c.input_ids, c.n_chunks) == ([], [])


def test_spread_indices_keeps_the_opening_and_spans_the_meeting():
    assert spread_indices(30, 6) == [0, 1, 2, 11, 20, 29]
    assert spread_indices(5, 8) == [0, 1, 2, 3, 4]
    assert spread_indices(10, None) == list(range(10))
    assert spread_indices(10, 1) == [0]
    assert spread_indices(10, 3) == [0, 1, 6]
    for n in range(1, 40):
        for cap in range(1, 10):
            picks = spread_indices(n, cap)
            assert len(picks) == min(n, cap) and picks == sorted(set(picks)) and picks[-1] < n


def test_sample_indices_is_seeded_and_capped():
    assert sample_indices(3, 5, seed=1) == [0, 1, 2]
    a = sample_indices(40, 4, seed=1)
    assert a == sample_indices(40, 4, seed=1)
    assert len(a) == 4 and a == sorted(a)
    assert any(sample_indices(40, 4, seed=s) != a for s in range(2, 6))
