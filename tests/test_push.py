"""Publishing a checkpoint: the dry-run folder loads as a drop-in model, and a push goes through the real
huggingface_hub client to a stand-in hub on 127.0.0.1 (tests/fake_hub.py)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import LABELS
from fake_hub import FakeHub
from huggingface_hub import ModelCard, constants
from huggingface_hub.utils import close_session

from meetingtype.model_card import build_model_card
from meetingtype.push import BAD_TOKEN, DRY_RUN_NEEDS_OUTPUT, NO_TOKEN, OFFLINE, main, push_checkpoint

TOKEN = "hf_FAKEtokenFORtestsONLY0123456789abcdef"
UPLOADED = {
    "README.md",
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "metrics.json",
    "data_summary.json",
    "training_config.yaml",
    "confusion_matrix.png",
}
PASS_FOLDER = "pass the checkpoint folder that train.py wrote"


@pytest.fixture()
def checkpoint(tiny_checkpoint: Path) -> Path:
    """The fixture checkpoint plus what a Trainer run leaves around, which must not be uploaded."""
    (tiny_checkpoint / "confusion_matrix.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00fake image")
    (tiny_checkpoint / "optimizer.pt").write_bytes(b"\x00optimizer state")
    (tiny_checkpoint / "scheduler.pt").write_bytes(b"\x00scheduler state")
    (tiny_checkpoint / "rng_state.pth").write_bytes(b"\x00rng")
    (tiny_checkpoint / "training_args.bin").write_bytes(b"\x00pickled args")
    (tiny_checkpoint / "trainer_state.json").write_text("{}")
    (tiny_checkpoint / "README.md").write_text("stale card")
    (tiny_checkpoint / "checkpoint-10").mkdir()
    (tiny_checkpoint / "checkpoint-10" / "model.safetensors").write_bytes(b"old")
    return tiny_checkpoint


@pytest.fixture()
def no_stored_login(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No token from the environment or from a `hf auth login` on this machine."""
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_OIDC_RESOURCE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "no-login" / "token"))
    monkeypatch.setattr(constants, "HF_STORED_TOKENS_PATH", str(tmp_path / "no-login" / "stored_tokens"))


@pytest.fixture()
def hub(monkeypatch: pytest.MonkeyPatch, no_stored_login: None) -> Iterator[FakeHub]:
    """A fake hub on 127.0.0.1, HF_ENDPOINT pointing at it and HF_TOKEN set to the token it accepts."""
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)  # conftest sets offline mode for everything else
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)  # the fake speaks the LFS protocol, not Xet
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    close_session()  # a fresh HTTP client, so the proxy settings above apply
    with FakeHub(TOKEN) as fake:
        monkeypatch.setenv("HF_ENDPOINT", fake.endpoint)
        yield fake
    close_session()


def _files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


# ------------------------------------------------------------------------------------------------ dry run


def test_dry_run_folder_is_a_drop_in_model(
    checkpoint: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline

    out = tmp_path / "upload"
    assert main([str(checkpoint), "acme/meeting-types", "--dry-run", "--output-dir", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "nothing was sent to the hub" in printed and "commit these 9 files to branch main" in printed

    assert _files_under(out) == UPLOADED
    assert (out / "README.md").read_text() == str(build_model_card(checkpoint, "acme/meeting-types"))
    assert ModelCard.load(out / "README.md").data.library_name == "transformers"

    model = AutoModelForSequenceClassification.from_pretrained(out)
    tokenizer = AutoTokenizer.from_pretrained(out)
    assert model.config.id2label[3] == "One on One"
    assert model.config.meetingtype["stride"] == 8
    assert tokenizer("hello team")["input_ids"][0] == tokenizer.cls_token_id

    names = {name for name, _ in LABELS}
    classifier = pipeline("text-classification", model=str(out))
    (prediction,) = classifier("hi thanks for joining the demo today")
    assert prediction["label"] in names
    long_transcript = " ".join(["okay so the project timeline and the next tasks"] * 200)  # ~1800 tokens
    top = classifier(long_transcript, truncation=True, max_length=64, top_k=3)
    assert len(top) == 3 and all(p["label"] in names for p in top)

    from meetingtype.inference import MeetingClassifier

    (chunked,) = MeetingClassifier.from_pretrained(out, device="cpu").predict(long_transcript)
    assert chunked.label in names and chunked.n_chunks > 1  # the 64-token windows from config.json


def test_dry_run_through_python_dash_m(checkpoint: Path, tmp_path: Path) -> None:
    out = tmp_path / "upload"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_TOKEN": TOKEN}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "meetingtype.push",
            str(checkpoint),
            "acme/x",
            "--dry-run",
            "--output-dir",
            str(out),
            "--private",
            "--revision",
            "v1",
            "--commit-message",
            "First model",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "create acme/x (private) if missing and commit these 9 files to branch v1 "
        'with the message "First model"' in (result.stdout.replace("\n", " "))
    )
    assert _files_under(out) == UPLOADED
    assert TOKEN not in result.stdout + result.stderr


def test_dry_run_refuses_a_non_empty_output_folder(checkpoint: Path, tmp_path: Path, capsys) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    assert main([str(checkpoint), "acme/x", "--dry-run", "--output-dir", str(tmp_path / "out")]) == 1
    assert (
        capsys.readouterr().err
        == f"error: output folder is not empty: {tmp_path / 'out'}: pass a new or empty folder\n"
    )
    assert (tmp_path / "out" / "keep.txt").read_text() == "mine"


# ------------------------------------------------------------------------------------------------ push


def test_push_with_private_and_revision(
    checkpoint: Path, hub: FakeHub, capsys: pytest.CaptureFixture
) -> None:
    argv = [
        str(checkpoint),
        "acme/meeting-types",
        "--private",
        "--revision",
        "v1",
        "--commit-message",
        "First model",
    ]
    assert main(argv) == 0

    repo = hub.repos["acme/meeting-types"]
    assert repo.private
    assert "v1" in repo.branches
    assert hub.commits("acme/meeting-types", "main") == []  # nothing landed on main
    (commit,) = hub.commits("acme/meeting-types", "v1")
    assert commit.summary == "First model"
    assert set(commit.files) == UPLOADED
    assert set(commit.lfs_paths) == {"model.safetensors", "confusion_matrix.png"}  # via LFS batch + PUT
    assert commit.files["model.safetensors"] == (checkpoint / "model.safetensors").read_bytes()
    assert commit.files["README.md"].decode() == str(build_model_card(checkpoint, "acme/meeting-types"))

    calls = [(r.method, r.path) for r in hub.requests]
    assert calls.index(("POST", "/api/repos/create")) < calls.index(
        ("POST", "/api/models/acme/meeting-types/branch/v1")
    )
    assert ("POST", "/api/models/acme/meeting-types/commit/v1") in calls
    create = next(r for r in hub.requests if r.path == "/api/repos/create")
    assert json.loads(create.body) == {
        "name": "meeting-types",
        "organization": "acme",
        "visibility": "private",
    }
    api_calls = [r for r in hub.requests if not r.path.startswith("/_lfs/")]
    assert api_calls and all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in api_calls)

    out = capsys.readouterr().out
    assert (
        out.strip()
        == f"Pushed {checkpoint} to acme/meeting-types: {hub.endpoint}/acme/meeting-types/commit/{commit.oid}"
    )


def test_push_checkpoint_defaults_and_repeat_push(checkpoint: Path, hub: FakeHub) -> None:
    url = push_checkpoint(checkpoint, "meeting-types")  # no namespace: the token's user
    (commit,) = hub.commits("tester/meeting-types")
    assert url == f"{hub.endpoint}/tester/meeting-types/commit/{commit.oid}"
    assert commit.summary == "Upload meeting-type classifier (9 types, test macro F1 0.500)"
    assert 'from_pretrained("tester/meeting-types")' in commit.files["README.md"].decode()

    create = next(r for r in hub.requests if r.path == "/api/repos/create")
    assert "visibility" not in json.loads(create.body)  # the namespace default, not forced public
    assert not hub.repos["tester/meeting-types"].private
    assert not any("/branch/" in r.path for r in hub.requests)

    push_checkpoint(checkpoint, "tester/meeting-types", commit_message="Retrained")  # the repo exists: fine
    assert [c.summary for c in hub.commits("tester/meeting-types")][-1] == "Retrained"


# ------------------------------------------------------------------------------------------------ errors


def _run(argv: list[str], capsys: pytest.CaptureFixture) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_bad_token_is_one_clear_line(checkpoint: Path, hub: FakeHub, monkeypatch, capsys) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_WRONGtokenWRONGtokenWRONGtoken0000")
    code, out, err = _run([str(checkpoint), "acme/x"], capsys)
    assert (code, out, err) == (1, "", f"error: {BAD_TOKEN}\n")
    assert hub.repos == {}


def test_no_token(checkpoint: Path, no_stored_login: None, capsys) -> None:
    assert _run([str(checkpoint), "acme/x"], capsys) == (1, "", f"error: {NO_TOKEN}\n")
    assert NO_TOKEN == "no Hugging Face token found: set HF_TOKEN or run `hf auth login`"


def test_offline_mode_is_explained(checkpoint: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    assert _run([str(checkpoint), "acme/x"], capsys) == (1, "", f"error: {OFFLINE}\n")


def test_checkpoint_problems_name_the_file(checkpoint: Path, tmp_path: Path, capsys) -> None:
    missing = tmp_path / "missing"
    assert _run([str(missing), "acme/x"], capsys) == (
        1,
        "",
        f"error: checkpoint folder not found: {missing}\n",
    )

    (checkpoint / "model.safetensors").unlink()
    expected = f"error: no model weights (model.safetensors) in {checkpoint}: {PASS_FOLDER}\n"
    assert _run([str(checkpoint), "acme/x", "--dry-run", "--output-dir", str(tmp_path / "o")], capsys) == (
        1,
        "",
        expected,
    )

    (checkpoint / "config.json").unlink()
    expected = f"error: no config.json in {checkpoint}: {PASS_FOLDER}\n"
    assert _run([str(checkpoint), "acme/x"], capsys) == (1, "", expected)


def test_unreachable_hub_is_one_clear_line(checkpoint: Path, hub: FakeHub, monkeypatch, capsys) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    monkeypatch.setenv("HF_ENDPOINT", closed)
    code, out, err = _run([str(checkpoint), "acme/x"], capsys)
    assert (code, out) == (1, "")
    assert (
        err.startswith(f"error: could not reach the Hugging Face Hub at {closed}: ") and err.count("\n") == 1
    )


def test_dry_run_needs_output_dir(checkpoint: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([str(checkpoint), "acme/x", "--dry-run"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.endswith(f"error: {DRY_RUN_NEEDS_OUTPUT}\n")


# ------------------------------------------------------------------------------------------------ token


def test_token_never_leaks(checkpoint: Path, hub: FakeHub, tmp_path: Path, capfd, caplog) -> None:
    caplog.set_level("DEBUG")
    assert main([str(checkpoint), "acme/x", "--revision", "v2"]) == 0
    assert main([str(checkpoint), "acme/x", "--dry-run", "--output-dir", str(tmp_path / "dry")]) == 0
    printed = capfd.readouterr()
    assert TOKEN not in printed.out + printed.err + caplog.text
    for file in (tmp_path / "dry").rglob("*"):
        assert TOKEN.encode() not in file.read_bytes(), file
    for commit in hub.commits("acme/x", "v2"):
        assert all(TOKEN.encode() not in content for content in commit.files.values())


def test_push_stops_if_a_file_holds_the_token(checkpoint: Path, hub: FakeHub, capsys) -> None:
    (checkpoint / "training_config.yaml").write_text(f"hub:\n  token: {TOKEN}\n")
    code, out, err = _run([str(checkpoint), "acme/x"], capsys)
    assert (code, out) == (1, "")
    assert (
        err == "error: training_config.yaml contains your Hugging Face token: "
        "remove it from the checkpoint, then push\n"
    )
    assert hub.repos == {}  # stopped before anything was created
