"""The evaluate command: meeting-level metrics, the baseline beside the model, out-of-taxonomy rows."""

from __future__ import annotations

import json

from conftest import LABELS, tiny_meeting

from meetingtype.evaluate import main


def test_evaluate_writes_reports_with_baseline(trained_tiny, tiny_corpus, tmp_path, capsys):
    data = tmp_path / "eval.jsonl"
    rows = [
        {"id": f"m{i}", "label": name, "text": tiny_meeting(i, 50 + i)} for i, (name, _) in enumerate(LABELS)
    ]
    rows.append({"id": "other-1", "label": "Other", "text": "Ana: welcome everyone to the all hands"})
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "report"
    rc = main(
        [
            "--model",
            str(trained_tiny),
            "--data",
            str(data),
            "--output-dir",
            str(out),
            "--train-data",
            str(tiny_corpus["train"]),
        ]
    )
    assert rc == 0
    metrics = json.loads((out / "metrics.json").read_text())
    for key in ("model", "baseline"):
        assert set(metrics[key]) >= {"accuracy", "macro_f1", "per_class"}
        assert metrics[key]["n_meetings"] == 9
    assert metrics["baseline"]["name"] == "tfidf-logreg"
    assert metrics["out_of_taxonomy"]["n_meetings"] == 1
    assert metrics["out_of_taxonomy"]["meetings"][0]["id"] == "other-1"
    predictions = [json.loads(line) for line in (out / "predictions.jsonl").read_text().splitlines()]
    assert [p["id"] for p in predictions] == [r["id"] for r in rows]
    assert all(p["true_label"] == r["label"] for p, r in zip(predictions, rows, strict=True))
    wrong = [json.loads(line) for line in (out / "misclassified.jsonl").read_text().splitlines()]
    assert [w["id"] for w in wrong] == [
        p["id"] for p in predictions if p["label"] != p["true_label"] and p["true_label"] != "Other"
    ]
    assert (out / "confusion_matrix.png").stat().st_size > 1000
    printed = capsys.readouterr().out
    assert "baseline (TF-IDF + logistic regression, same training data)" in printed
    assert "1 meeting(s) with a label outside the taxonomy" in printed


def test_evaluate_missing_data_file(trained_tiny, tmp_path, capsys):
    rc = main(
        ["--model", str(trained_tiny), "--data", str(tmp_path / "x.jsonl"), "--output-dir", str(tmp_path)]
    )
    assert rc == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'x.jsonl'}: not found\n"
