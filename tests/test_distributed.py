"""Two CPU processes under `accelerate launch` (gloo), as on two GPUs or two machines.

Tagging: each process tags its share of the input, and the one merged output equals a single
process's, row for row and in the same order, including rows left by an interrupted run.
Training: data parallelism over two processes writes one loadable checkpoint, once, and learns the
tiny corpus as a single process does.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, TYPE_WORDS, tiny_train_overrides, write_checkpoint_files

from meetingtype.infer_cli import main as infer_main

ACCELERATE = shutil.which("accelerate", path=str(Path(sys.executable).parent)) or "accelerate"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(script: str, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    """`accelerate launch` two processes on this machine's CPUs (torchrun underneath, gloo)."""
    cmd = [
        ACCELERATE,
        "launch",
        "--multi_gpu",  # the torchrun launcher; without a GPU our code asks accelerate for gloo on the CPU
        "--num_processes=2",
        "--num_machines=1",
        "--mixed_precision=no",
        "--dynamo_backend=no",
        f"--main_process_port={free_port()}",
        str(REPO / script),
        *args,
    ]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "CUDA_VISIBLE_DEVICES": ""}
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def same_rows(a: list[dict], b: list[dict]) -> None:
    assert [r["id"] for r in a] == [r["id"] for r in b]
    for x, y in zip(a, b, strict=True):
        assert x["label"] == y["label"], x["id"]
        assert (x["n_chunks"], x["n_tokens"]) == (y["n_chunks"], y["n_tokens"])
        for name, score in x["scores"].items():
            assert abs(score - y["scores"][name]) <= 2e-4, (x["id"], name)  # batching may move the 4th digit


def test_two_processes_tag_like_one(tmp_path, capsys):
    ckpt = write_checkpoint_files(tmp_path / "ckpt")
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(7):
        words = " ".join([TYPE_WORDS[i % 9]] * (3 + 20 * (i % 3)))  # some meetings span several chunks
        (folder / f"m{i}.txt").write_text(f"Alice: {words} hello\nBob: okay thanks\n")
    (folder / "empty.txt").write_text("  \n")
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text(
        "\n".join(
            [
                json.dumps({"id": "j1", "text": "Ann: partner program intro"}),
                "{not json",
                json.dumps({"id": "j2", "text": "Ann: renewal customer check-in"}),
                json.dumps({"id": "j1", "text": "Ann: a second meeting with the same id"}),
                json.dumps({"id": "j3", "text": "Ann: kickoff plan for the new project"}),
            ]
        )
        + "\n"
    )
    inputs = ["--input", str(folder), str(jsonl), str(tmp_path / "missing.txt")]

    single = tmp_path / "single.jsonl"
    assert infer_main(["--model", str(ckpt), *inputs, "--output", str(single)]) == 3
    single_err = capsys.readouterr().err
    expected = rows(single)
    assert len(expected) == 10

    # An interrupted earlier run left: the output with the first two meetings, and a part file of a
    # 3-process run with meeting 5 and a half-written line. Both are kept, nothing is tagged twice.
    out = tmp_path / "multi.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in expected[:2]))
    (tmp_path / "multi.jsonl.part-00002-of-00003").write_text(
        json.dumps({**expected[5], "_index": 5}) + '\n{"id": "j'
    )
    done = launch("infer.py", "--model", str(ckpt), *inputs, "--output", str(out))
    assert done.returncode == 1, done.stderr  # torchrun reports any process exiting non-zero (here 3) as 1
    assert "exit status 3 (some inputs skipped); the launcher reports" in done.stderr
    same_rows(rows(out), expected)
    assert sorted(p.name for p in tmp_path.iterdir() if ".part-" in p.name) == []
    assert "tagged 7 meetings" in done.stdout and "(3 already there, kept)" in done.stdout
    # The main process prints the one summary, in input order, exactly as a single process does.
    summary = single_err[single_err.index("input(s) skipped:") :]
    assert summary in done.stderr
    assert done.stdout.count("tagged 7 meetings") == 1


@pytest.fixture(scope="module")
def trained_2proc(
    tmp_path_factory, tiny_base_model_dir, tiny_corpus
) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("ddp") / "model"
    overrides = tiny_train_overrides(tiny_base_model_dir, tiny_corpus, out)
    # Per-process batch 4 on 2 processes = the single-process batch of 8: same steps, same schedule.
    done = launch(
        "train.py", "--config", "configs/tiny.yaml", *overrides, "training.batch_size=4", timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return out, done


def test_two_processes_train_one_checkpoint(trained_2proc):
    out, done = trained_2proc
    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "metrics.json",
        "training_config.yaml",
    ):
        assert (out / name).is_file(), name
    assert done.stdout.count(f"model saved to {out}") == 1
    assert done.stdout.count("test (meeting level)") == 1  # evaluated and reported once
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["test"]["n_meetings"] == 18
    # The same bar as the single-process run in test_training.py: far above the 1/9 chance level.
    assert metrics["test"]["accuracy"] >= 0.5

    from meetingtype.inference import MeetingClassifier

    (pred,) = MeetingClassifier.from_pretrained(out).predict(f"Alice: {TYPE_WORDS[0]} okay")
    assert pred.label
