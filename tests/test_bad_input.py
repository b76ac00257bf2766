"""Every kind of bad input gets one exact message naming the file (and line or field) and what to do.

Tagging goes on past a bad input (`--on-error skip`, exit 3) or stops at it (`--on-error fail`);
when nothing can run at all (no usable checkpoint, no input) the exit status is 2. Training data and
config errors stop train.py before any model is loaded.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import LABELS, REPO, write_checkpoint_files

from meetingtype import readers
from meetingtype.infer_cli import EXIT_NOTHING_RAN, EXIT_OK, EXIT_SOME_SKIPPED
from meetingtype.infer_cli import main as infer_main
from meetingtype.train_cli import main as train_main

GOOD = "Alice: let us walk through the demo screen\nBob: okay, thanks\n"
SUPPORTED = ".txt, .vtt, .srt, .json, .csv, .md"


@pytest.fixture(scope="module")
def ckpt(tmp_path_factory) -> Path:
    return write_checkpoint_files(tmp_path_factory.mktemp("ckpt"))


class Tagged:
    def __init__(self, rc: int, out: Path, stdout: str, stderr: str):
        self.rc, self.stdout, self.stderr = rc, stdout, stderr
        try:
            self.rows = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
        except json.JSONDecodeError:
            self.rows = []
        self.ids = [r["id"] for r in self.rows]
        lines = stderr.splitlines()
        self.errors = [line for line in lines if line.startswith("error: ")]
        at = next((i for i, line in enumerate(lines) if line.endswith("input(s) skipped:")), len(lines))
        self.reasons = [line[2:] for line in lines[at + 1 :] if line.startswith("  ")]


@pytest.fixture()
def tag(ckpt, tmp_path, capsys):
    """Run infer.py on the given inputs; the good meeting `ok.txt` is always tagged alongside them."""
    good = tmp_path / "ok.txt"
    good.write_text(GOOD)

    def run(*inputs, extra=(), with_good=True, model=None) -> Tagged:
        out = tmp_path / "tags.jsonl"
        argv = ["--model", str(model or ckpt), "--input", *map(str, inputs)]
        argv += [str(good)] if with_good else []
        rc = infer_main([*argv, "--output", str(out), *extra])
        cap = capsys.readouterr()
        return Tagged(rc, out, cap.out, cap.err)

    run.good = str(good)
    return run


def only_skip(t: Tagged, message: str, good: str) -> None:
    """The one bad input is reported with exactly `message`, and the good meeting is still tagged."""
    assert t.reasons == [message]
    assert f"skipped: {message}" in t.stderr  # also reported as it happens
    assert t.ids == [good]
    assert t.rc == EXIT_SOME_SKIPPED


# --------------------------------------------------------------------------------------------- paths


def test_missing_path(tag, tmp_path):
    p = tmp_path / "nowhere" / "meeting.txt"
    only_skip(tag(p), f"{p}: no such file or folder; check the path", tag.good)


def test_glob_matching_nothing(tag, tmp_path):
    pattern = str(tmp_path / "*.vtt")
    only_skip(tag(pattern), f"{pattern}: no files match this pattern; check the pattern", tag.good)


def test_folder_with_unsupported_files_mixed_in(tag, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "call.txt").write_text(GOOD)
    (folder / "slides.pdf").write_bytes(b"%PDF-1.7")
    (folder / "NOTES").write_text("no suffix")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")  # hidden files are not inputs
    t = tag(folder, with_good=False)
    assert t.ids == [str(folder / "call.txt")]
    assert t.reasons == [
        f"{folder / 'NOTES'}: unsupported file type (no suffix); supported: {SUPPORTED}, .jsonl "
        "(export the transcript in one of these formats, or move the file out of the folder)",
        f"{folder / 'slides.pdf'}: unsupported file type '.pdf'; supported: {SUPPORTED}, .jsonl "
        "(export the transcript in one of these formats, or move the file out of the folder)",
    ]
    assert t.rc == EXIT_SOME_SKIPPED


def test_unsupported_file_named_directly(tag, tmp_path):
    p = tmp_path / "call.docx"
    p.write_bytes(b"PK\x03\x04")
    only_skip(
        tag(p),
        f"{p}: unsupported file type '.docx'; supported: {SUPPORTED} "
        "(export the transcript in one of these formats or rename it)",
        tag.good,
    )


def test_unreadable_file(tag, tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text(GOOD)

    real_open = open

    def deny(file, *args, **kwargs):
        if Path(file) == p:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(readers, "open", deny, raising=False)  # chmod does not stop root, so fake it
    only_skip(tag(p), f"{p}: cannot read the file (permission denied); check its permissions", tag.good)


def test_unreadable_jsonl(tag, tmp_path, monkeypatch):
    p = tmp_path / "batch.jsonl"
    p.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n")
    real_open = Path.open

    def deny(self, *args, **kwargs):
        if self == p:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    only_skip(tag(p), f"{p}: cannot read the file (permission denied); check its permissions", tag.good)


# --------------------------------------------------------------------------------------------- contents


@pytest.mark.parametrize("content", ["", "   \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_or_whitespace_only_transcript(tag, tmp_path, content):
    p = tmp_path / "blank.txt"
    p.write_text(content)
    only_skip(
        tag(p), f"{p}: empty transcript (empty or whitespace only); remove the file or add its text", tag.good
    )


def test_binary_file(tag, tmp_path):
    p = tmp_path / "recording.txt"
    p.write_bytes(b"RIFF\x24\x08\x00\x00WAVEfmt ")
    only_skip(
        tag(p),
        f"{p}: binary content (NUL byte at offset 6), not a text transcript; export it as UTF-8 text "
        f"({SUPPORTED})",
        tag.good,
    )


def test_invalid_utf8(tag, tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Ann: café au lait\n".encode("latin-1"))
    only_skip(tag(p), f"{p}: not valid UTF-8 (byte 0xe9 at offset 8); re-save it as UTF-8", tag.good)


def test_utf16_with_bom_is_read_like_utf8(tag, tmp_path):
    wide = tmp_path / "wide.txt"
    wide.write_bytes(b"\xff\xfe" + GOOD.encode("utf-16-le"))
    t = tag(wide)
    assert (t.rc, t.ids, t.reasons) == (EXIT_OK, [str(wide), tag.good], [])
    a, b = t.rows
    assert (a["label"], a["scores"], a["n_tokens"]) == (b["label"], b["scores"], b["n_tokens"])


def test_invalid_utf16_despite_bom(tag, tmp_path):
    p = tmp_path / "broken16.txt"
    p.write_bytes(b"\xff\xfe" + "Ann: hi".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate at the end
    only_skip(
        tag(p),
        f"{p}: not valid UTF-16 despite its UTF-16 byte-order mark (at byte offset 16); re-save it as UTF-8",
        tag.good,
    )


def test_100_mb_file_refused_above_the_size_limit(tag, tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.truncate(100_000_000)  # sparse: instant, and never read
    only_skip(
        tag(p),
        f"{p}: file is 100,000,000 bytes (100.0 MB), over the limit of 50,000,000 bytes (50.0 MB); "
        "raise the limit with --max-file-mb if it really is one transcript",
        tag.good,
    )


def test_size_limit_is_configurable(tag, tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("Ann: " + "word " * 400)  # 2,005 bytes
    t = tag(p, extra=["--max-file-mb", "0.002"])
    assert t.reasons == [
        f"{p}: file is 2,005 bytes (0.0 MB), over the limit of 2,000 bytes (0.0 MB); "
        "raise the limit with --max-file-mb if it really is one transcript"
    ]
    assert tag(p, extra=["--max-file-mb", "0.01"]).rc == EXIT_OK


def test_one_word_transcript_is_tagged(tag, tmp_path):
    p = tmp_path / "short.txt"
    p.write_text("hello")
    t = tag(p, with_good=False)
    assert (t.rc, t.ids, t.reasons) == (EXIT_OK, [str(p)], [])
    assert t.rows[0]["n_chunks"] == 1 and t.rows[0]["label"] in [n for n, _ in LABELS]


# --------------------------------------------------------------------------------------------- JSONL


def test_jsonl_bad_lines_are_named_and_the_rest_tagged(tag, tmp_path):
    j = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": GOOD}),
        '{"id": "b", text: "unquoted key"}',
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps({"id": "d", "text": 42}),
        json.dumps(["e", GOOD]),
        json.dumps({"id": "f", "text": "  \n "}),
        json.dumps({"id": "g", "path": "gone.txt"}),
        "",
        json.dumps({"id": "h", "path": "ok.txt"}),
        json.dumps({"text": GOOD}),
    ]
    j.write_text("\n".join(lines) + "\n")
    t = tag(j, with_good=False)
    assert t.ids == ["a", "h", f"{j}:10"]  # a path is relative to the JSONL file; no id: file:line
    assert t.reasons == [
        f"{j}, line 2: not valid JSON (Expecting property name enclosed in double quotes); "
        "fix or remove the line",
        f"{j}, line 3: needs 'text' (the transcript) or 'path' (a transcript file); add one of them",
        f"{j}, line 4: 'text' must be a string, got int; fix that field",
        f"{j}, line 5: expected a JSON object with 'id' and 'text' (or 'path'), got list; fix or remove the line",
        f"{j}, line 6: empty 'text' (empty or whitespace only); remove the line or add its transcript",
        f"{j}, line 7: {tmp_path / 'gone.txt'}: file does not exist; check the path",
    ]
    assert t.rc == EXIT_SOME_SKIPPED


def test_jsonl_invalid_utf8_costs_only_its_line(tag, tmp_path):
    j = tmp_path / "batch.jsonl"
    first = json.dumps({"id": "a", "text": GOOD}).encode() + b"\n"
    bad = b'{"id": "b", "text": "caf\xe9"}\n'
    j.write_bytes(first + bad + json.dumps({"id": "c", "text": GOOD}).encode() + b"\n")
    t = tag(j, with_good=False)
    assert t.ids == ["a", "c"]
    offset = len(first) + bad.index(b"\xe9")  # in the file, so a hex editor finds it
    assert t.reasons == [
        f"{j}, line 2: not valid UTF-8 (byte 0xe9 at offset {offset}); re-save the file as UTF-8"
    ]


def test_jsonl_in_utf16_with_bom(tag, tmp_path):
    j = tmp_path / "batch.jsonl"
    text = json.dumps({"id": "a", "text": GOOD}) + "\n" + json.dumps({"id": "b", "text": GOOD}) + "\n"
    j.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    t = tag(j, with_good=False)
    assert (t.rc, t.ids) == (EXIT_OK, ["a", "b"])


def test_binary_file_named_jsonl(tag, tmp_path):
    j = tmp_path / "batch.jsonl"
    first = b'{"id": "a", "text": "Ann: hi"}\n'
    j.write_bytes(first + b"\x1f\x8b\x08\x00\x12\x34\x56\x78\x00\x03" + b"\x9c\n\x00" * 20)  # gzip data
    t = tag(j, with_good=False)
    assert t.ids == ["a"]
    assert t.reasons == [
        f"{j}, line 2: binary content (NUL byte at offset {len(first) + 3}), not a JSONL text file; "
        "the rest of the file is skipped: pass JSONL saved as UTF-8 text"
    ]


def test_jsonl_line_over_the_size_limit(tag, tmp_path):
    j = tmp_path / "batch.jsonl"
    j.write_text(
        json.dumps({"id": "big", "text": "Ann: " + "word " * 500})
        + "\n"
        + json.dumps({"id": "small", "text": GOOD})
        + "\n"
    )
    t = tag(j, with_good=False, extra=["--max-file-mb", "0.001"])
    assert t.ids == ["small"]
    assert t.reasons == [
        f"{j}, line 1: line is over the size limit of 1,000 bytes (0.0 MB); "
        "raise the limit with --max-file-mb if it really is one transcript"
    ]


def test_duplicate_ids(tag, tmp_path):
    j = tmp_path / "batch.jsonl"
    j.write_text(
        "\n".join(json.dumps({"id": i, "text": f"Ann: meeting {n}"}) for n, i in enumerate(["a", "b", "a"]))
    )
    t = tag(j, with_good=False)
    assert t.ids == ["a", "b"]
    assert t.reasons == [
        f"{j}, line 3: duplicate id 'a' (first at {j}, line 1); only the first is tagged: "
        "give each meeting a unique id"
    ]
    assert t.rows[0]["n_tokens"] == t.rows[1]["n_tokens"]  # the first 'a' was tagged, not the second


def test_same_file_given_twice(tag, tmp_path):
    t = tag(tag.good)  # once explicitly, once as the fixture's good meeting
    assert t.ids == [tag.good]
    assert t.reasons == [f"{tag.good}: given twice in --input; tagged once"]


# --------------------------------------------------------------------------------------------- on error


def test_on_error_fail_stops_at_the_first_bad_input(tag, tmp_path):
    first, bad, last = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    first.write_text(GOOD)
    bad.write_text("")
    last.write_text(GOOD)
    t = tag(first, bad, last, with_good=False, extra=["--on-error", "fail"])
    assert t.ids == [str(first)]  # what came before is kept; nothing after is read
    assert t.reasons == [
        f"{bad}: empty transcript (empty or whitespace only); remove the file or add its text"
    ]
    assert t.stderr.rstrip().endswith(
        "stopped at the first bad input (--on-error fail); fix it and run the same command again to tag the rest"
    )
    assert t.rc == EXIT_SOME_SKIPPED
    # Fixed, the same command resumes after the meeting already tagged.
    bad.write_text(GOOD)
    t = tag(first, bad, last, with_good=False, extra=["--on-error", "fail"])
    assert (t.rc, t.ids) == (EXIT_OK, [str(first), str(bad), str(last)])


def test_on_error_fail_on_the_first_input_means_nothing_ran(tag, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    t = tag(bad, extra=["--on-error", "fail"])
    assert (t.rc, t.ids) == (EXIT_NOTHING_RAN, [])


def test_one_meeting_failing_in_the_model_costs_only_itself(tag, tmp_path, monkeypatch):
    from meetingtype.inference import MeetingClassifier

    predict = MeetingClassifier.predict

    def fragile(self, texts):
        if any("boom" in t for t in texts):
            raise RuntimeError("CUDA error: an illegal memory access was encountered")
        return predict(self, texts)

    monkeypatch.setattr(MeetingClassifier, "predict", fragile)
    p = tmp_path / "boom.txt"
    p.write_text("Ann: boom")
    only_skip(
        tag(p),
        f"{p}: tagging failed (RuntimeError: CUDA error: an illegal memory access was encountered); "
        "please report this with the transcript",
        tag.good,
    )


# --------------------------------------------------------------------------------------------- nothing ran


def test_no_inputs_at_all(tag, tmp_path):
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    t = tag(empty, with_good=False)
    assert t.reasons == [f"{empty}: folder holds no files; check the path"]
    assert (t.rc, t.ids) == (EXIT_NOTHING_RAN, [])


def test_missing_checkpoint_folder(tag, tmp_path):
    missing = tmp_path / "runs" / "never-trained"
    t = tag(model=missing)
    assert t.errors == [
        f"error: {missing}: checkpoint folder not found; pass the folder train.py wrote (its --output-dir) "
        "or a hub repo id (owner/name)"
    ]
    assert t.rc == EXIT_NOTHING_RAN
    assert not (tmp_path / "tags.jsonl").exists()


@pytest.mark.parametrize("gone", ["model.safetensors", "config.json", "tokenizer.json"])
def test_checkpoint_missing_files(tag, tmp_path, gone):
    broken = write_checkpoint_files(tmp_path / "ckpt")
    (broken / gone).unlink()
    if gone == "tokenizer.json":
        for extra in broken.glob("vocab.txt"):
            extra.unlink()
    t = tag(model=broken)
    assert t.errors == [
        f"error: {broken}: not a complete checkpoint (missing {gone}); "
        "pass the folder train.py wrote (its --output-dir)"
    ]
    assert t.rc == EXIT_NOTHING_RAN


@pytest.mark.parametrize(
    "damage,detail",
    [
        (lambda b: b"garbage bytes, not safetensors" * 10, "header too large"),
        (lambda b: b[: len(b) // 2], "incomplete metadata, file not fully covered"),
    ],
    ids=["garbage", "truncated"],
)
def test_checkpoint_with_corrupt_weights(tag, tmp_path, damage, detail):
    broken = write_checkpoint_files(tmp_path / "ckpt")
    weights = broken / "model.safetensors"
    weights.write_bytes(damage(weights.read_bytes()))
    t = tag(model=broken)
    assert t.errors == [
        f"error: {broken}: cannot load the model weights (SafetensorError: Error while deserializing "
        f"header: {detail}); the checkpoint is damaged: re-copy it or retrain"
    ]
    assert t.rc == EXIT_NOTHING_RAN


def test_existing_output_that_is_not_a_tag_file(tag, tmp_path):
    (tmp_path / "tags.jsonl").write_text("these are my notes\n")
    t = tag()
    assert t.errors == [
        f"error: {tmp_path / 'tags.jsonl'}, line 1: existing output is not a tag file this tool wrote "
        "(Expecting value: line 1 column 1 (char 0)); pass --overwrite to start again or choose another --output"
    ]
    assert t.rc == EXIT_NOTHING_RAN
    assert (tmp_path / "tags.jsonl").read_text() == "these are my notes\n"  # left as it was


def test_output_that_is_a_folder(tag, tmp_path):
    (tmp_path / "out").mkdir()
    t = tag(extra=["--output", str(tmp_path / "out")])
    assert t.errors == [
        f"error: {tmp_path / 'out'}: --output is a folder; give a file name, e.g. {tmp_path / 'out' / 'tags.jsonl'}"
    ]
    assert t.rc == EXIT_NOTHING_RAN


# --------------------------------------------------------------------------------------------- training


def train(capsys, *argv: str) -> tuple[int, str]:
    rc = train_main(["--config", str(REPO / "configs" / "tiny.yaml"), *argv])
    return rc, capsys.readouterr().err


def test_label_not_in_the_taxonomy_stops_training_before_it_starts(tmp_path, capsys):
    data = tmp_path / "train.jsonl"
    data.write_text(
        json.dumps({"text": GOOD, "label": "Sales Demo"})
        + "\n"
        + json.dumps({"text": GOOD, "label": "Standup"})
    )
    out = tmp_path / "run"
    # The base model does not exist: the data error must come first, before anything is loaded.
    rc, err = train(capsys, f"data.train={data}", f"training.output_dir={out}", "model.base=/nonexistent")
    names = ", ".join(n for n, _ in LABELS)
    assert err.strip() == (
        f"error: training data has 1 problem:\n  {data}, line 2: label 'Standup' is not in the taxonomy; "
        f"known labels: {names}"
    )
    assert rc == 2
    assert not out.exists()


def test_training_data_with_a_bad_encoding_is_reported_not_a_crash(tmp_path, capsys):
    good = json.dumps({"text": GOOD, "label": "Sales Demo"}).encode() + b"\n"
    jsonl, csv_file = tmp_path / "train.jsonl", tmp_path / "validation.csv"
    bad = b'{"text": "Ann: caf\xe9", "label": "Support"}\n'
    jsonl.write_bytes(good + bad + good)
    csv_file.write_bytes(b"text,label\nAnn: caf\xe9,Support\n")
    rc, err = train(capsys, f"data.train={jsonl}", f"data.validation={csv_file}", "model.base=/nonexistent")
    assert err.strip() == (
        f"error: training data has 1 problem:\n  {jsonl}, line 2: not valid UTF-8 (byte 0xe9 at offset "
        f"{len(good) + bad.index(0xE9)}); re-save the file as UTF-8"
    )  # the first file's problems stop the run; the second is reported once the first is fixed
    assert rc == 2
    jsonl.write_bytes(b"\xff\xfe" + (good + good).decode().encode("utf-16-le"))  # UTF-16 with a BOM reads
    rc, err = train(capsys, f"data.train={jsonl}", f"data.validation={csv_file}", "model.base=/nonexistent")
    assert err.strip() == (
        f"error: training data has 1 problem:\n  {csv_file}: not valid UTF-8 (byte 0xe9 at offset 19); "
        "re-save it as UTF-8"
    )
    assert rc == 2


def test_config_with_an_unknown_key(tmp_path, capsys):
    rc, err = train(capsys, "training.epoch=3")
    assert err.strip() == (
        "error: override 'training.epoch=3': unknown key 'training.epoch' "
        "(check the spelling against configs/default.yaml)"
    )
    assert rc == 2
    cfg = tmp_path / "my.yaml"
    cfg.write_text("training:\n  learning_rte: 0.001\n")
    rc = train_main(["--config", str(cfg)])
    assert capsys.readouterr().err.strip() == (
        f"error: {cfg}: unknown key 'training.learning_rte' (check the spelling against configs/default.yaml)"
    )
    assert rc == 2


def test_config_with_a_wrong_type(tmp_path, capsys):
    rc, err = train(capsys, "training.epochs=three")
    assert err.strip() == (
        "error: override 'training.epochs=three': invalid value for 'training.epochs': "
        "Value 'three' of type 'str' could not be converted to Float"
    )
    assert rc == 2
    cfg = tmp_path / "my.yaml"
    cfg.write_text("training:\n  batch_size: 1.5\n")
    rc = train_main(["--config", str(cfg)])
    assert capsys.readouterr().err.strip() == (
        f"error: {cfg}: invalid value for 'training.batch_size': "
        "Value '1.5' of type 'float' could not be converted to Integer"
    )
    assert rc == 2


def test_no_os_specific_leftovers():
    assert os.sep == "/"  # messages above spell paths the POSIX way; the suite runs on Linux CI
