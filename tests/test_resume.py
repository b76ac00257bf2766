"""Resumable training: a run killed mid-epoch and continued with --resume ends with the same weights.

Run A trains uninterrupted, saving a checkpoint every few steps. Run B is killed (an exception from
a callback, after a checkpoint and before the next) in the middle of its second epoch, then `train.py
--resume` continues it from its last checkpoint. The last checkpoint of both runs (the final step)
must hold identical weights: same chunk draw for the epoch, same batch order, same optimizer and
scheduler state, same RNG.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from conftest import REPO, tiny_train_overrides
from safetensors.torch import load_file

from meetingtype import training
from meetingtype.train_cli import main

STEPS_PER_EPOCH = 8  # 63 capped chunks of the tiny corpus in batches of 8
SAVE_EVERY = 4
KILL_AT = 14  # mid second epoch; the last checkpoint before it is step 12, also mid-epoch
LAST = 2 * STEPS_PER_EPOCH


class Killed(Exception):
    """Stands in for SIGKILL: training stops between two optimizer steps, nothing else runs."""


def _argv(base: Path, corpus: dict[str, Path], out: Path, *extra: str) -> list[str]:
    return [
        "--config",
        str(REPO / "configs" / "tiny.yaml"),
        *tiny_train_overrides(base, corpus, out),
        "training.epochs=2",
        f"training.save_steps={SAVE_EVERY}",
        "training.save_total_limit=10",
        *extra,
    ]


def _weights(folder: Path) -> dict[str, torch.Tensor]:
    return load_file(str(folder / "model.safetensors"))


def test_killed_run_resumes_to_the_same_weights(tmp_path, monkeypatch, tiny_base_model_dir, tiny_corpus):
    run_a, run_b = tmp_path / "a", tmp_path / "b"
    assert main(_argv(tiny_base_model_dir, tiny_corpus, run_a)) == 0

    from transformers import TrainerCallback

    class KillAt(TrainerCallback):
        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step == KILL_AT:
                raise Killed

    build = training.build_trainer

    def build_and_kill(*a, **kw):
        trainer = build(*a, **kw)
        trainer.add_callback(KillAt())
        return trainer

    monkeypatch.setattr(training, "build_trainer", build_and_kill)
    with pytest.raises(Killed):
        main(_argv(tiny_base_model_dir, tiny_corpus, run_b))
    monkeypatch.setattr(training, "build_trainer", build)

    ckpts = run_b / "checkpoints"
    assert sorted(p.name for p in ckpts.iterdir()) == ["checkpoint-12", "checkpoint-4", "checkpoint-8"]
    assert not (run_b / "model.safetensors").exists()  # the killed run wrote no final model

    assert main(_argv(tiny_base_model_dir, tiny_corpus, run_b, "--resume")) == 0

    a, b = _weights(run_a / "checkpoints" / f"checkpoint-{LAST}"), _weights(ckpts / f"checkpoint-{LAST}")
    assert a.keys() == b.keys()
    for name in a:
        assert torch.allclose(a[name], b[name], rtol=0, atol=1e-7), name
    # The published model is the same too (the best checkpoint by validation macro-F1 of either run).
    final_a, final_b = _weights(run_a), _weights(run_b)
    for name in final_a:
        assert torch.allclose(final_a[name], final_b[name], rtol=0, atol=1e-7), name


def test_resume_skips_a_checkpoint_left_half_written(tmp_path):
    ckpts = tmp_path / "checkpoints"
    for step, complete in ((4, True), (8, True), (12, False)):
        folder = ckpts / f"checkpoint-{step}"
        folder.mkdir(parents=True)
        (folder / "model.safetensors").write_bytes(b"")
        if complete:
            (folder / "trainer_state.json").write_text("{}")
    assert training.last_complete_checkpoint(ckpts) == str(ckpts / "checkpoint-8")
    assert training.last_complete_checkpoint(tmp_path / "nothing-yet") is None
