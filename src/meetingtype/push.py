"""Publish a trained checkpoint to the Hugging Face Hub, with a generated model card.

    python -m meetingtype.push CHECKPOINT REPO_ID [--private] [--revision R] [--commit-message M]
    python -m meetingtype.push CHECKPOINT REPO_ID --dry-run --output-dir DIR

What gets uploaded (an allow-list, so nothing unexpected leaves the machine):

* the model: ``config.json`` (label names, definitions, window settings), ``model.safetensors`` (or its
  shards and index; ``pytorch_model.bin`` only when there are no safetensors);
* the tokenizer: ``tokenizer.json``, ``tokenizer_config.json``, ``special_tokens_map.json``, ``vocab.txt``,
  ``added_tokens.json``;
* the record of the run: ``metrics.json``, ``data_summary.json``, ``training_config.yaml``,
  ``confusion_matrix.png``;
* ``README.md``: the model card, generated from the files above (a README.md in the checkpoint is replaced).

Everything else stays local: optimizer and scheduler states, RNG states, ``trainer_state.json`` (resume
state), ``training_args.bin`` (a pickle that can hold a hub token), ``checkpoint-*`` folders and logs.

The token comes from ``HF_TOKEN`` or the stored ``hf auth login``; there is deliberately no ``--token`` flag
(it would end up in shell history). It is never printed: error output is scrubbed of it, and a push stops if
any file about to be uploaded contains it. ``--dry-run`` needs no token and contacts nothing.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from huggingface_hub import HfApi, get_token, is_offline_mode
from huggingface_hub.errors import HfHubHTTPError

from meetingtype.model_card import CheckpointError, build_model_card, read_checkpoint

# (pattern, what the file is): the allow-list of checkpoint files that go into the upload.
UPLOAD_PATTERNS: list[tuple[str, str]] = [
    ("config.json", "model config: label names and definitions, window length, stride, aggregation"),
    ("model.safetensors", "fine-tuned weights"),
    ("model-*-of-*.safetensors", "fine-tuned weights (shard)"),
    ("model.safetensors.index.json", "index of the weight shards"),
    ("pytorch_model.bin", "fine-tuned weights (PyTorch pickle)"),
    ("tokenizer.json", "tokenizer"),
    ("tokenizer_config.json", "tokenizer settings"),
    ("special_tokens_map.json", "tokenizer special tokens"),
    ("vocab.txt", "tokenizer vocabulary"),
    ("added_tokens.json", "tokenizer added tokens"),
    ("metrics.json", "evaluation results, overall and per class"),
    ("data_summary.json", "meetings per split and type"),
    ("training_config.yaml", "the resolved training configuration"),
    ("confusion_matrix.png", "confusion matrix"),
]
DRY_RUN_NEEDS_OUTPUT = (
    "--dry-run needs --output-dir DIR: the folder to write the files that would be uploaded"
)
NO_TOKEN = "no Hugging Face token found: set HF_TOKEN or run `hf auth login`"
BAD_TOKEN = (
    "the Hugging Face Hub rejected the token (401 Unauthorized): set HF_TOKEN to a valid token or run "
    "`hf auth login`"
)
OFFLINE = "HF_HUB_OFFLINE is set, so nothing can be pushed: unset it, or use --dry-run --output-dir DIR"


class PushError(RuntimeError):
    """A push that cannot go ahead; the message is one line meant for the user."""


def select_upload_files(checkpoint_dir: str | Path) -> list[Path]:
    """The checkpoint files that belong in the upload (top level only, sorted); see the module docstring."""
    path = Path(checkpoint_dir)
    files = sorted(p for p in path.iterdir() if p.is_file() and describe_upload_file(p.name) is not None)
    if any(p.suffix == ".safetensors" for p in files):
        files = [p for p in files if p.name != "pytorch_model.bin"]
    return files


def describe_upload_file(name: str) -> str | None:
    """What an uploaded file is, or None for a file that stays local."""
    for pattern, description in UPLOAD_PATTERNS:
        if fnmatch.fnmatchcase(name, pattern):
            return description
    return None


def prepare_upload_folder(
    checkpoint_dir: str | Path, output_dir: str | Path, repo_id: str | None = None
) -> Path:
    """Write exactly what a push uploads into ``output_dir``: the selected checkpoint files plus README.md.

    ``output_dir`` must be new or empty, so a dry run never mixes with (or deletes) other files.
    """
    card = build_model_card(checkpoint_dir, repo_id)
    out = Path(output_dir).expanduser()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise PushError(f"output folder is not empty: {out}: pass a new or empty folder")
    out.mkdir(parents=True, exist_ok=True)
    for source in select_upload_files(checkpoint_dir):
        shutil.copy2(source, out / source.name)
    card.save(out / "README.md")
    return out


def default_commit_message(checkpoint_dir: str | Path) -> str:
    """E.g. "Upload meeting-type classifier (9 types, test macro F1 0.812)"."""
    checkpoint = read_checkpoint(checkpoint_dir)
    details = [f"{len(checkpoint.labels)} types"]
    for split in ("test", "validation"):
        scores = (checkpoint.metrics or {}).get(split)
        if isinstance(scores, dict) and isinstance(scores.get("macro_f1"), (int, float)):
            details.append(f"{split} macro F1 {scores['macro_f1']:.3f}")
            break
    return f"Upload meeting-type classifier ({', '.join(details)})"


def _check_no_token_in(folder: Path, token: str) -> None:
    needle = token.encode()
    # README.md last: it quotes training_config.yaml, and the file to fix is the one the card copied.
    for file in sorted(folder.rglob("*"), key=lambda p: (p.name == "README.md", p.name)):
        if file.is_file() and needle in file.read_bytes():
            raise PushError(
                f"{file.name} contains your Hugging Face token: remove it from the checkpoint, then push"
            )


def _explain(error: HfHubHTTPError, repo_id: str) -> str:
    status = error.response.status_code if error.response is not None else None
    if status == 401:
        return BAD_TOKEN
    if status == 403:
        return f"the token cannot write to {repo_id} (403 Forbidden): use a token with write access there"
    first_line = next((line for line in str(error).splitlines() if line.strip()), type(error).__name__)
    return f"the Hugging Face Hub refused the push to {repo_id}: {first_line}"


def _is_network_error(error: Exception) -> bool:
    """Connection refused, DNS, timeouts: httpx (or httpx2) TransportError, or ConnectionError."""
    return any(cls.__name__ in ("TransportError", "ConnectionError") for cls in type(error).__mro__)


def push_checkpoint(
    checkpoint_dir: str | Path,
    repo_id: str,
    *,
    private: bool = False,
    revision: str | None = None,
    commit_message: str | None = None,
    token: str | None = None,
    endpoint: str | None = None,
) -> str:
    """Create the repo if needed, then commit the upload folder to it; returns the commit URL.

    ``private`` applies when the repo is created (an existing repo keeps its visibility); when False the
    namespace's default visibility applies. A ``revision`` other than main is created as a branch first.
    ``endpoint`` defaults to ``HF_ENDPOINT`` read at call time, then to huggingface.co.
    """
    read_checkpoint(checkpoint_dir)  # fail on a bad folder before anything else
    token = token or get_token()
    if not token:
        raise PushError(NO_TOKEN)
    if is_offline_mode():
        raise PushError(OFFLINE)
    endpoint = (endpoint or os.environ.get("HF_ENDPOINT") or "").rstrip("/") or None
    api = HfApi(endpoint=endpoint, token=token)
    message = commit_message or default_commit_message(checkpoint_dir)
    with tempfile.TemporaryDirectory(prefix="meetingtype-push-") as tmp:
        folder = prepare_upload_folder(checkpoint_dir, Path(tmp) / "upload", repo_id)
        _check_no_token_in(folder, token)
        try:
            repo_url = api.create_repo(repo_id, private=True if private else None, exist_ok=True)
            full_id = repo_url.repo_id or repo_id
            if full_id != repo_id:  # "name" became "user/name": name the card after the real repo
                build_model_card(checkpoint_dir, full_id).save(folder / "README.md")
            if revision and revision != "main":
                api.create_branch(full_id, branch=revision, exist_ok=True)
            commit = api.upload_folder(
                repo_id=full_id, folder_path=folder, commit_message=message, revision=revision
            )
        except HfHubHTTPError as error:
            raise PushError(_explain(error, repo_id)) from None
        except Exception as error:
            if _is_network_error(error):
                raise PushError(f"could not reach the Hugging Face Hub at {api.endpoint}: {error}") from None
            raise
    return str(commit.commit_url)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m meetingtype.push",
        description="Push a trained meetingtype checkpoint to the Hugging Face Hub with its model card. "
        "The token comes from HF_TOKEN or `hf auth login`.",
    )
    parser.add_argument("checkpoint", help="the checkpoint folder train.py wrote")
    parser.add_argument("repo_id", help="the model repo, e.g. my-org/meeting-types")
    parser.add_argument("--private", action="store_true", help="create the repo as private")
    parser.add_argument("--revision", help="branch to commit to (created if missing); default main")
    parser.add_argument(
        "--commit-message", help="commit message; default names the types and the test macro F1"
    )
    parser.add_argument("--dry-run", action="store_true", help="write the upload folder, contact nothing")
    parser.add_argument(
        "--output-dir", help="with --dry-run: where to write the files that would be uploaded"
    )
    return parser


def _redact(text: str, token: str | None) -> str:
    return text.replace(token, "hf_***") if token else text


def _dry_run(args: argparse.Namespace) -> int:
    folder = prepare_upload_folder(args.checkpoint, args.output_dir, args.repo_id)
    files = sorted(p for p in folder.iterdir() if p.is_file())
    print(f"Dry run: wrote the upload for {args.repo_id} to {folder} (nothing was sent to the hub)")
    width = max(len(p.name) for p in files)
    for path in files:
        print(f"  {path.name:<{width}}  {path.stat().st_size:>12,} bytes")
    visibility = "private" if args.private else "default visibility"
    branch = args.revision or "main"
    message = args.commit_message or default_commit_message(args.checkpoint)
    print(
        f"A push would create {args.repo_id} ({visibility}) if missing and commit these {len(files)} files "
        f'to branch {branch} with the message "{message}".'
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status (0 ok, 1 failed, 2 bad arguments)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.dry_run and not args.output_dir:
        parser.error(DRY_RUN_NEEDS_OUTPUT)
    if args.output_dir and not args.dry_run:
        parser.error(
            "--output-dir only goes with --dry-run (a real push stages its files in a temporary folder)"
        )
    token: str | None = None
    try:
        if args.dry_run:
            return _dry_run(args)
        token = get_token()
        url = push_checkpoint(
            args.checkpoint,
            args.repo_id,
            private=args.private,
            revision=args.revision,
            commit_message=args.commit_message,
            token=token,
        )
    except (PushError, CheckpointError) as error:
        print(f"error: {_redact(str(error), token)}", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - unexpected: show the traceback, scrubbed of the token
        print(_redact("".join(traceback.format_exception(error)), token), file=sys.stderr, end="")
        return 1
    print(f"Pushed {args.checkpoint} to {args.repo_id}: {url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
