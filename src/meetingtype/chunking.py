"""Split meetings into overlapping token windows: the one chunking path for training and tagging.

A meeting of 10,000 words is ~13,000 tokens; the model reads 512 at a time. Each meeting becomes
windows of ``max_length`` tokens ([CLS] + body + [SEP]) where consecutive windows share ``stride``
body tokens, so no text is dropped and no sentence is seen only cut in half. The fast tokenizer does
the windowing itself (``return_overflowing_tokens``) in one pass over a batch of meetings.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class ChunkedMeetings:
    """Chunks of a batch of meetings, flattened; ``meeting_index[i]`` is the meeting chunk i belongs to."""

    input_ids: list[list[int]]
    meeting_index: list[int]
    n_chunks: list[int]
    n_tokens: list[int]


def chunk_meetings(tokenizer, texts: Sequence[str], max_length: int, stride: int) -> ChunkedMeetings:
    """Tokenise `texts` in one pass and cut each into overlapping windows of at most `max_length` tokens."""
    if not texts:
        return ChunkedMeetings([], [], [], [])
    enc = tokenizer(
        list(texts),
        max_length=max_length,
        stride=stride,
        truncation=True,
        return_overflowing_tokens=True,
        return_attention_mask=False,
        return_token_type_ids=False,
    )
    input_ids: list[list[int]] = enc["input_ids"]
    mapping: list[int] = list(enc["overflow_to_sample_mapping"])
    n_chunks = [0] * len(texts)
    body = [0] * len(texts)
    specials = tokenizer.num_special_tokens_to_add(pair=False)
    for ids, m in zip(input_ids, mapping, strict=True):
        n_chunks[m] += 1
        body[m] += len(ids) - specials
    n_tokens = [max(0, b - stride * (c - 1)) for b, c in zip(body, n_chunks, strict=True)]
    return ChunkedMeetings(input_ids, mapping, n_chunks, n_tokens)


def spread_indices(n: int, cap: int | None) -> list[int]:
    """At most `cap` of `n` chunk positions for tagging: the first two, then evenly spaced ones.

    The opening of a meeting often says what it is for, so it is always kept; the rest covers the
    whole meeting rather than its start only.
    """
    if cap is None or n <= cap:
        return list(range(n))
    head = min(2, cap)
    rest = cap - head
    if rest == 0:
        return list(range(head))
    span = n - head
    picks = (
        {head + round(i * (span - 1) / max(1, rest - 1)) for i in range(rest)}
        if rest > 1
        else {head + span // 2}
    )
    return sorted(set(range(head)) | picks)


def sample_indices(n: int, cap: int | None, seed: int) -> list[int]:
    """At most `cap` of `n` chunk positions for one training epoch, drawn at random by `seed`."""
    if cap is None or n <= cap:
        return list(range(n))
    return sorted(random.Random(seed).sample(range(n), cap))
