"""Local `evaluate` metric: accuracy, macro-F1, per-class precision/recall/F1 and a confusion matrix.

Loaded by file path (``evaluate.load(<this file>)``), so nothing is fetched from the hub.
"""

import datasets
import evaluate
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

_DESCRIPTION = (
    "Single-label classification metrics over a fixed label set (labels with no support count as 0)."
)
_KWARGS = "predictions: label ids; references: label ids; num_labels: size of the label set."


class MeetingClassification(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=_DESCRIPTION,
            citation="",
            inputs_description=_KWARGS,
            features=datasets.Features(
                {"predictions": datasets.Value("int64"), "references": datasets.Value("int64")}
            ),
        )

    def _compute(self, predictions, references, num_labels):
        labels = list(range(num_labels))
        precision, recall, f1, support = precision_recall_fscore_support(
            references, predictions, labels=labels, zero_division=0
        )
        present = [i for i in labels if support[i] > 0]
        correct = sum(int(p == r) for p, r in zip(predictions, references, strict=True))
        return {
            "accuracy": correct / len(references) if len(references) else 0.0,
            # Macro-F1 over the labels that occur in the references: a label absent from an
            # evaluation set says nothing about the model and must not drag the mean to zero.
            "macro_f1": float(sum(f1[i] for i in present) / len(present)) if present else 0.0,
            "precision": [float(x) for x in precision],
            "recall": [float(x) for x in recall],
            "f1": [float(x) for x in f1],
            "support": [int(x) for x in support],
            "confusion_matrix": confusion_matrix(references, predictions, labels=labels).tolist(),
        }
