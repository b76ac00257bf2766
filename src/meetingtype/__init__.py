"""meetingtype: classify meeting transcripts into meeting types with a fine-tuned DistilBERT."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["MeetingClassifier", "Prediction", "__version__"]

if TYPE_CHECKING:
    from .aggregate import Prediction
    from .inference import MeetingClassifier


def __getattr__(name: str):
    # Imported lazily: `import meetingtype` (and every CLI's --help) stays fast, without torch.
    if name == "MeetingClassifier":
        from .inference import MeetingClassifier

        return MeetingClassifier
    if name == "Prediction":
        from .aggregate import Prediction

        return Prediction
    raise AttributeError(f"module 'meetingtype' has no attribute {name!r}")
