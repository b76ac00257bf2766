"""Meeting-level classification metrics (through a local `evaluate` module) and the confusion-matrix plot."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

METRIC_SCRIPT = Path(__file__).with_name("meeting_classification.py")


@lru_cache(maxsize=1)
def _metric():
    import evaluate

    return evaluate.load(str(METRIC_SCRIPT))


def classification_report(predictions: list[int], references: list[int], names: list[str]) -> dict:
    """accuracy, macro_f1, per_class {name: precision/recall/f1/support} and the confusion matrix."""
    raw = _metric().compute(predictions=predictions, references=references, num_labels=len(names))
    per_class = {
        name: {
            "precision": round(raw["precision"][i], 4),
            "recall": round(raw["recall"][i], 4),
            "f1": round(raw["f1"][i], 4),
            "support": raw["support"][i],
        }
        for i, name in enumerate(names)
    }
    return {
        "accuracy": round(raw["accuracy"], 4),
        "macro_f1": round(raw["macro_f1"], 4),
        "n_meetings": len(references),
        "per_class": per_class,
        "confusion_matrix": {"labels": names, "matrix": raw["confusion_matrix"]},
    }


def format_table(report: dict, title: str = "") -> str:
    """A per-class table for the terminal."""
    width = max([len(n) for n in report["per_class"]] + [9])
    lines = [title] if title else []
    lines.append(f"{'label':<{width}}  precision  recall     f1  support")
    for name, row in report["per_class"].items():
        if row["support"] == 0 and row["precision"] == 0:
            continue
        lines.append(
            f"{name:<{width}}  {row['precision']:9.3f}  {row['recall']:6.3f}  "
            f"{row['f1']:5.3f}  {row['support']:7d}"
        )
    lines.append(
        f"{'accuracy':<{width}}  {report['accuracy']:.3f}   macro-F1 {report['macro_f1']:.3f}   "
        f"({report['n_meetings']} meetings)"
    )
    return "\n".join(lines)


def plot_confusion_matrix(report: dict, path: str | Path, title: str = "Confusion matrix (meetings)") -> Path:
    """Save the confusion matrix as a PNG (rows: true label, columns: predicted)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    names = report["confusion_matrix"]["labels"]
    matrix = np.array(report["confusion_matrix"]["matrix"])
    size = 1.0 + 0.7 * len(names)
    fig, ax = plt.subplots(figsize=(size + 2, size))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(names)), names, rotation=45, ha="right")
    ax.set_yticks(range(len(names)), names)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    ax.set_title(title)
    top = matrix.max() if matrix.size else 0
    for i in range(len(names)):
        for j in range(len(names)):
            if matrix[i, j]:
                color = "white" if matrix[i, j] > top / 2 else "black"
                ax.text(j, i, str(matrix[i, j]), ha="center", va="center", color=color)
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
