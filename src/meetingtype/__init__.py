"""meetingtype: classify meeting transcripts into meeting types with a fine-tuned DistilBERT."""

__version__ = "0.1.0"
