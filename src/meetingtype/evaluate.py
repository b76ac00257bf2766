"""`python -m meetingtype.evaluate --model DIR --data FILE --output-dir DIR`: score a checkpoint.

Writes metrics.json (accuracy, macro_f1, per_class, for the model and the TF-IDF baseline fitted on
the model's training data), confusion_matrix.png, predictions.jsonl and misclassified.jsonl, and
prints per-class tables. Rows whose label is not one of the model's types (for example "Other")
are scored separately: a good model flags them `needs_review` instead of labelling them confidently.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml


def read_labeled(path: Path) -> list[dict]:
    """Rows with id, text, label from a JSONL file; text normalised as for training and tagging."""
    from .readers import TranscriptError, normalize_transcript

    rows = []
    with path.open(encoding="utf-8-sig") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            where = f"{path}, line {n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise SystemExit(f"error: {where}: not valid JSON ({err.msg})") from err
            if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row.get("label"):
                raise SystemExit(f"error: {where}: needs string 'text' and 'label'")
            try:
                text = normalize_transcript(row["text"], source=where)
            except TranscriptError as err:
                raise SystemExit(f"error: {err}") from err
            rows.append({"id": str(row.get("id") or f"{path.stem}-{n}"), "label": row["label"], "text": text})
    return rows


def default_train_data(model_dir: Path) -> str | None:
    """The training file named in the checkpoint's resolved config, if it still exists."""
    cfg_path = model_dir / "training_config.yaml"
    if cfg_path.exists():
        train = (yaml.safe_load(cfg_path.read_text()) or {}).get("data", {}).get("train")
        if train and Path(train).exists():
            return train
    return "data/train.jsonl" if Path("data/train.jsonl").exists() else None


def accuracy_by_type(report: dict) -> dict[str, float]:
    """Per-type accuracy: the share of each type's meetings labelled correctly (its recall)."""
    return {name: row["recall"] for name, row in report["per_class"].items() if row["support"]}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m meetingtype.evaluate", description=__doc__.splitlines()[0])
    p.add_argument("--model", required=True, help="checkpoint folder (or hub repo id)")
    p.add_argument("--data", required=True, help="JSONL with id, text, label")
    p.add_argument("--output-dir", required=True, help="where metrics.json and the plots go")
    p.add_argument("--train-data", default=None, help="training data for the baseline (default: the model's)")
    p.add_argument("--no-baseline", action="store_true", help="skip the TF-IDF baseline")
    p.add_argument("--quantize", action="store_true", help="evaluate the int8-quantized model")
    p.add_argument(
        "--max-chunks", type=int, default=None, help="cap chunks per meeting, as infer.py --max-chunks"
    )
    p.add_argument("--batch-size", type=int, default=None)
    p.add_argument("--device", default=None)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from tqdm.auto import tqdm

    from .inference import CheckpointError, MeetingClassifier
    from .metrics import classification_report, format_table, plot_confusion_matrix

    try:
        clf = MeetingClassifier.from_pretrained(
            args.model,
            device=args.device,
            quantize=args.quantize,
            max_chunks=args.max_chunks,
            batch_size=args.batch_size,
        )
    except CheckpointError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    data_path = Path(args.data)
    if not data_path.is_file():
        print(f"error: {data_path}: not found", file=sys.stderr)
        return 2
    rows = read_labeled(data_path)
    out = Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    names = clf.names
    preds = []
    with tqdm(total=len(rows), unit="meeting", desc="evaluating", file=sys.stderr) as bar:
        for pred in clf.predict_iter(r["text"] for r in rows):
            preds.append(pred)
            bar.update(1)
    known = [i for i, r in enumerate(rows) if r["label"] in names]
    other = [i for i, r in enumerate(rows) if r["label"] not in names]
    report = classification_report(
        [names.index(preds[i].label) for i in known], [names.index(rows[i]["label"]) for i in known], names
    )
    metrics: dict = {"data": str(data_path), "model": report}
    print(format_table(report, title=f"\nmodel ({args.model})"))
    if other:
        flagged = sum(preds[i].needs_review for i in other)
        metrics["out_of_taxonomy"] = {
            "n_meetings": len(other),
            "flagged_for_review": flagged,
            "meetings": [
                {
                    "id": rows[i]["id"],
                    "label": rows[i]["label"],
                    "predicted": preds[i].label,
                    "confidence": preds[i].confidence,
                    "needs_review": preds[i].needs_review,
                }
                for i in other
            ],
        }
        print(f"\n{len(other)} meeting(s) with a label outside the taxonomy: {flagged} flagged needs_review")
    if not args.no_baseline:
        train_data = args.train_data or default_train_data(Path(args.model))
        if train_data is None:
            print("baseline skipped: no training data found (pass --train-data)", file=sys.stderr)
        else:
            from .baseline import fit_baseline

            train_rows = read_labeled(Path(train_data))
            base = fit_baseline([r["text"] for r in train_rows], [r["label"] for r in train_rows])
            base_pred = base.predict([rows[i]["text"] for i in known]) if known else []
            base_report = classification_report(
                [names.index(p) if p in names else 0 for p in base_pred],
                [names.index(rows[i]["label"]) for i in known],
                names,
            )
            metrics["baseline"] = {"name": "tfidf-logreg", "train_data": train_data, **base_report}
            print(
                format_table(
                    base_report, title="\nbaseline (TF-IDF + logistic regression, same training data)"
                )
            )
            model_acc, base_acc = accuracy_by_type(report), accuracy_by_type(base_report)
            print(f"\n{'type':<24} {'model acc':>9} {'baseline acc':>12}")
            for name in model_acc:
                print(f"{name:<24} {model_acc[name]:9.3f} {base_acc.get(name, 0.0):12.3f}")
            print(f"{'macro-F1':<24} {report['macro_f1']:9.3f} {base_report['macro_f1']:12.3f}")
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    plot_confusion_matrix(report, out / "confusion_matrix.png", title=f"{data_path.name} (meetings)")
    with (
        (out / "predictions.jsonl").open("w", encoding="utf-8") as f_all,
        (out / "misclassified.jsonl").open("w", encoding="utf-8") as f_bad,
    ):
        wrong = []
        for row, pred in zip(rows, preds, strict=True):
            rec = {"id": row["id"], "true_label": row["label"], **pred.to_dict()}
            f_all.write(json.dumps(rec) + "\n")
            if row["label"] in names and pred.label != row["label"]:
                f_bad.write(json.dumps(rec) + "\n")
                wrong.append(rec)
    if wrong:
        print(f"\nmisclassified ({len(wrong)}):")
        for rec in wrong:
            top = sorted(rec["scores"].items(), key=lambda kv: -kv[1])[:3]
            scores = ", ".join(f"{k} {v:.2f}" for k, v in top)
            print(f"  {rec['id']}: true {rec['true_label']}, predicted {rec['label']}  ({scores})")
    print(f"\nwrote {out / 'metrics.json'}, confusion_matrix.png, predictions.jsonl, misclassified.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
