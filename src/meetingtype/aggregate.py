"""From chunk logits to one meeting-level decision: the same rule in training evaluation and tagging."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np


def aggregate_logits(
    chunk_logits: np.ndarray, weights: Sequence[int] | None = None, how: str = "mean"
) -> np.ndarray:
    """Combine the (n_chunks, n_labels) logits of one meeting.

    ``mean`` weights each chunk by its token count, so a 20-token tail window does not count as much as
    a full 512-token one. ``max`` takes each label's strongest chunk (useful when one part of a meeting
    decides its type).
    """
    logits = np.asarray(chunk_logits, dtype=np.float64)
    if how == "max":
        return logits.max(axis=0)
    if how != "mean":
        raise ValueError(f"unknown aggregation {how!r}; use 'mean' or 'max'")
    w = np.ones(len(logits)) if weights is None else np.asarray(weights, dtype=np.float64)
    return (logits * w[:, None]).sum(axis=0) / max(w.sum(), 1e-9)


def group_by_meeting(
    chunk_logits: np.ndarray, meeting_index: Sequence[int], weights: Sequence[int], n_meetings: int, how: str
) -> np.ndarray:
    """Aggregate flattened chunk logits into (n_meetings, n_labels)."""
    chunk_logits = np.asarray(chunk_logits)
    index = np.asarray(meeting_index)
    w = np.asarray(weights)
    out = np.zeros((n_meetings, chunk_logits.shape[1]))
    for m in range(n_meetings):
        rows = index == m
        out[m] = aggregate_logits(chunk_logits[rows], w[rows], how)
    return out


def softmax(x: np.ndarray) -> np.ndarray:
    z = np.exp(x - x.max(axis=-1, keepdims=True))
    return z / z.sum(axis=-1, keepdims=True)


@dataclass
class Prediction:
    """One meeting's tag. `scores` holds every label's probability; `margin` is top minus runner-up."""

    label: str
    confidence: float
    margin: float
    needs_review: bool
    scores: dict[str, float]
    n_chunks: int
    n_tokens: int

    def to_dict(self) -> dict:
        return asdict(self)


def make_prediction(
    meeting_logits: np.ndarray, names: Sequence[str], review_threshold: float, n_chunks: int, n_tokens: int
) -> Prediction:
    probs = softmax(np.asarray(meeting_logits, dtype=np.float64))
    order = np.argsort(-probs)
    top = float(probs[order[0]])
    second = float(probs[order[1]]) if len(order) > 1 else 0.0
    return Prediction(
        label=names[order[0]],
        confidence=round(top, 4),
        margin=round(top - second, 4),
        needs_review=top < review_threshold,
        scores={names[i]: round(float(probs[i]), 4) for i in range(len(names))},
        n_chunks=n_chunks,
        n_tokens=n_tokens,
    )
