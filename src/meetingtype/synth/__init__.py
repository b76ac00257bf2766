"""Synthetic labelled meeting transcripts for the nine meeting types (deterministic by seed).

Public API: :func:`generate_meeting`, :func:`generate_corpus`, :func:`write_corpus`, :func:`write_samples`.
"""

from .core import LABELS, generate_meeting
from .corpus import generate_corpus, write_corpus
from .samples import write_samples

__all__ = ["LABELS", "generate_meeting", "generate_corpus", "write_corpus", "write_samples"]
