"""The benchmark's quick mode on a tiny random model: offline, and every figure it promises is there."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from conftest import write_checkpoint_files

from meetingtype import bench

REPO = Path(__file__).resolve().parents[1]
# Each engine is a fresh process (seconds to import torch): the test runs the three the goals name.
ENGINES = "baseline,fp32,int8"


def test_encoder_flops_formula():
    shape = {"dim": 384, "layers": 6, "hidden": 1536, "labels": 9}
    d, h, n, length = 384, 1536, 6, 512
    per_layer = 2 * length * (4 * d * d + 2 * d * h) + 4 * length * length * d
    head = 2 * (d * d + d * 9)
    assert bench.encoder_flops(shape, [length]) == n * per_layer + head
    last = 2 * length * 2 * d * d + 2 * (2 * d * d + 2 * d * h) + 4 * length * d
    assert bench.encoder_flops(shape, [length], cls_only_last_layer=True) == (n - 1) * per_layer + last + head
    # the [CLS]-only last layer skips about 1/7 of a 6-layer model's work
    ratio = bench.encoder_flops(shape, [length], True) / bench.encoder_flops(shape, [length])
    assert 0.83 < ratio < 0.88


def test_model_shape_reads_distilbert_and_bert_configs():
    assert bench.model_shape(
        {"dim": 8, "n_layers": 2, "hidden_dim": 16, "id2label": {"0": "a", "1": "b"}}
    ) == {
        "dim": 8,
        "layers": 2,
        "hidden": 16,
        "labels": 2,
    }
    bert = {"hidden_size": 8, "num_hidden_layers": 3, "intermediate_size": 32, "num_labels": 4}
    assert bench.model_shape(bert) == {"dim": 8, "layers": 3, "hidden": 32, "labels": 4}


def test_quick_benchmark_writes_every_figure(tmp_path, tiny_base_model_dir, monkeypatch):
    ckpt = write_checkpoint_files(tmp_path / "ckpt")
    train = tmp_path / "train.jsonl"
    meetings = bench.make_meetings(3, 200, seed=1)
    train.write_text("".join(json.dumps({"text": m["text"], "label": m["label"]}) + "\n" for m in meetings))
    real = tmp_path / "real.jsonl"
    real.write_text(
        "".join(json.dumps({"id": m["id"], "text": m["text"], "label": m["label"]}) + "\n" for m in meetings)
    )
    cfg = tmp_path / "tiny.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "labels": str(REPO / "configs" / "labels.yaml"),
                "model": {"base": str(tiny_base_model_dir), "max_length": 64, "stride": 8},
                "data": {"train": str(train), "validation": str(train), "max_chunks_per_meeting": 2},
                "training": {"batch_size": 4, "eval_batch_size": 4, "epochs": 2},
            }
        )
    )
    out = tmp_path / "bench.json"
    monkeypatch.chdir(tmp_path)
    code = bench.main(
        [
            "--meetings", "2", "--words", "300", "--rounds", "1", "--model", str(ckpt), "--engines", ENGINES,
            "--train-steps", "1", "--train-config", str(cfg), "--real-dev", str(real), "--caps", "1",
            "--output", str(out),
        ]
    )  # fmt: skip
    assert code == 0
    res = json.loads(out.read_text())
    assert res["command"].startswith("python -m meetingtype.bench")
    assert res["matmul_peak_gflop_per_s"] > 0
    assert {"cpu", "torch_threads", "quantized_engine"} <= res["environment"].keys()
    tagging = res["tagging"]
    assert tagging["n_meetings"] == 2 and tagging["n_chunks"] > 2
    engines = tagging["engines"]
    assert set(engines) == set(ENGINES.split(","))
    base = engines["baseline"]
    assert base["x_baseline"] == 1.0
    for name, row in engines.items():
        assert "error" not in row, (name, row)
        keys = {"meetings_per_s", "chunks_per_s", "tokens_per_s", "executed_gflop_per_s", "peak_rss_mb"}
        assert keys <= row.keys()
        assert row["fraction_of_matmul_peak"] > 0
        # ratios are against the baseline of this same run
        assert abs(row["x_baseline"] - row["chunks_per_s"] / base["chunks_per_s"]) < 0.01
        assert row["peak_rss_mb"] >= row["rss_after_load_mb"] > 0
    assert engines["fp32"]["fast_forward"]
    assert engines["fp32"]["executed_gflop_per_s"] < engines["fp32"]["model_gflop_per_s"]
    assert 0 <= engines["int8"]["same_label_as_fp32"] <= 1
    tr = res["training"]
    assert "error" not in tr, tr
    assert tr["samples_per_s"] > 0 and tr["train_chunks_per_epoch"] == 6  # 3 meetings, cap 2
    assert tr["seconds_per_epoch"] >= tr["train_seconds_per_epoch"] >= 0
    acc = res["accuracy"]
    assert "error" not in acc, acc
    assert 0 <= acc["int8"]["same_label_as_fp32"] <= 1 and "macro_f1" in acc["fp32"]
    assert acc["caps"]["1"]["chunks_read"] <= 3


def test_fast_forward_gives_the_stock_logits():
    """FastDistilBertClassifier (fused Q/K/V, [CLS]-only last layer) == the Hugging Face forward."""
    import torch
    from conftest import build_tiny_model

    from meetingtype.inference import FastDistilBertClassifier, MeetingClassifier, quantize_int8

    model = build_tiny_model(vocab_size=200).eval()
    fast = FastDistilBertClassifier(model)
    ids = torch.randint(5, 200, (4, 40))
    padded = torch.ones_like(ids)
    padded[2:, 25:] = 0
    with torch.inference_mode():
        for mask in (None, torch.ones_like(ids), padded):
            ref = model(input_ids=ids, attention_mask=mask).logits
            assert torch.allclose(fast(ids, mask), ref, atol=1e-5)
        # a padded row gives the logits of the same row unpadded
        short = fast(ids[2:3, :25], None)
        assert torch.allclose(fast(ids, padded)[2:3], short, atol=1e-5)
        q = quantize_int8(FastDistilBertClassifier(model), inplace=True)
        assert torch.allclose(q(ids, padded), ref, atol=0.2)
    assert MeetingClassifier(model, None, fast=False).fast is None
