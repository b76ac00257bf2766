"""infer.py end to end on the tiny checkpoint: streaming rows, resuming, --overwrite, CSV, exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import LABELS, TYPE_WORDS, write_checkpoint_files

from meetingtype import infer_cli
from meetingtype.infer_cli import EXIT_NOTHING_RAN, EXIT_OK, EXIT_SOME_SKIPPED, main
from meetingtype.outputs import part_path

NAMES = [name for name, _ in LABELS]


@pytest.fixture(scope="module")
def ckpt(tmp_path_factory) -> Path:
    return write_checkpoint_files(tmp_path_factory.mktemp("ckpt"))


def write_meetings(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"m{i:02d}.txt"
        p.write_text(f"Alice: {TYPE_WORDS[i % 9]} hello team\nBob: okay {TYPE_WORDS[i % 9]} thanks\n")
        paths.append(p)
    return paths


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def run(ckpt: Path, *argv: str) -> int:
    return main(["--model", str(ckpt), *argv])


def test_tags_every_meeting_in_input_order(ckpt, tmp_path, capsys):
    files = write_meetings(tmp_path / "in", 5)
    out = tmp_path / "tags.jsonl"
    assert run(ckpt, "--input", str(tmp_path / "in"), "--output", str(out)) == EXIT_OK
    got = rows(out)
    assert [r["id"] for r in got] == [str(p) for p in files]
    for r in got:
        assert r["label"] in NAMES and set(r["scores"]) == set(NAMES)
        assert {"confidence", "margin", "needs_review", "n_chunks", "n_tokens"} <= set(r)
    assert capsys.readouterr().out.startswith(f"tagged 5 meetings -> {out}\n")


def test_rerun_skips_meetings_already_tagged_and_tags_new_ones(ckpt, tmp_path, capsys):
    write_meetings(tmp_path / "in", 3)
    out = tmp_path / "tags.jsonl"
    argv = ["--input", str(tmp_path / "in"), "--output", str(out)]
    assert run(ckpt, *argv) == EXIT_OK
    first = out.read_text()
    write_meetings(tmp_path / "in", 2, start=3)
    capsys.readouterr()
    assert run(ckpt, *argv) == EXIT_OK
    assert capsys.readouterr().out.startswith(f"tagged 2 meetings -> {out} (3 already there, kept)\n")
    assert out.read_text().startswith(first)  # rows already written are never rewritten
    assert [r["id"] for r in rows(out)] == [str(tmp_path / "in" / f"m{i:02d}.txt") for i in range(5)]


def test_run_killed_mid_write_leaves_valid_rows_and_the_rerun_completes(ckpt, tmp_path, monkeypatch):
    files = write_meetings(tmp_path / "in", 6)
    out = tmp_path / "tags.jsonl"
    argv = ["--input", str(tmp_path / "in"), "--output", str(out), "--group-size", "2"]

    from meetingtype.inference import MeetingClassifier

    predict, calls = MeetingClassifier.predict, []

    def dies_on_third_group(self, texts):
        calls.append(texts)
        if len(calls) == 3:
            raise KeyboardInterrupt  # Ctrl-C (or a kill) while the third group is in flight
        return predict(self, texts)

    monkeypatch.setattr(MeetingClassifier, "predict", dies_on_third_group)
    with pytest.raises(KeyboardInterrupt):
        run(ckpt, *argv)
    monkeypatch.setattr(MeetingClassifier, "predict", predict)
    assert [r["id"] for r in rows(out)] == [str(p) for p in files[:4]]  # every written line is whole

    # A hard kill can also cut the last line in half: the next run drops it and tags that meeting again.
    with out.open("a") as f:
        f.write('{"id": "' + str(files[4]) + '", "label": "Sup')
    assert run(ckpt, *argv) == EXIT_OK
    assert [r["id"] for r in rows(out)] == [str(p) for p in files]


def test_overwrite_starts_again(ckpt, tmp_path, capsys):
    write_meetings(tmp_path / "in", 2)
    out = tmp_path / "tags.jsonl"
    argv = ["--input", str(tmp_path / "in"), "--output", str(out)]
    assert run(ckpt, *argv) == EXIT_OK
    assert run(ckpt, *argv, "--overwrite") == EXIT_OK
    assert len(rows(out)) == 2
    summaries = [line for line in capsys.readouterr().out.splitlines() if line.startswith("tagged")]
    assert summaries == [f"tagged 2 meetings -> {out}"] * 2  # not "(2 already there, kept)"


def test_csv_output_resumes_without_a_second_header(ckpt, tmp_path):
    write_meetings(tmp_path / "in", 2)
    out = tmp_path / "tags.csv"
    argv = ["--input", str(tmp_path / "in"), "--output", str(out)]
    assert run(ckpt, *argv) == EXIT_OK
    write_meetings(tmp_path / "in", 1, start=2)
    assert run(ckpt, *argv) == EXIT_OK
    with out.open(newline="") as f:
        table = list(csv.DictReader(f))
    assert len(table) == 3
    assert list(table[0]) == [
        "id",
        "label",
        "confidence",
        "margin",
        "needs_review",
        "n_chunks",
        "n_tokens",
        *(f"score:{n}" for n in NAMES),
    ]
    assert out.read_text().count("id,label,") == 1


def test_output_inside_an_input_folder_is_not_tagged(ckpt, tmp_path):
    write_meetings(tmp_path / "in", 2)
    out = tmp_path / "in" / "tags.jsonl"
    argv = ["--input", str(tmp_path / "in"), "--output", str(out)]
    assert run(ckpt, *argv) == EXIT_OK
    assert run(ckpt, *argv) == EXIT_OK  # the second run must not read tags.jsonl as meetings
    assert [Path(r["id"]).name for r in rows(out)] == ["m00.txt", "m01.txt"]


def test_parts_left_by_an_interrupted_multi_process_run_are_merged(ckpt, tmp_path, capsys):
    files = write_meetings(tmp_path / "in", 4)
    out = tmp_path / "tags.jsonl"
    argv = ["--input", str(tmp_path / "in"), "--output", str(out)]
    assert run(ckpt, *argv) == EXIT_OK
    full = rows(out)
    # As if process 1 of 2 had tagged meetings 1 and 3 before the run was killed (last line cut).
    out.unlink()
    part = part_path(out, 1, 2)
    part.write_text("".join(json.dumps({**full[i], "_index": i}) + "\n" for i in (1, 3)) + '{"id": "x", "lab')
    capsys.readouterr()
    assert run(ckpt, *argv) == EXIT_OK
    assert capsys.readouterr().out.startswith(f"tagged 2 meetings -> {out} (2 already there, kept)")
    assert not part.exists()
    got = rows(out)
    assert sorted(r["id"] for r in got) == sorted(str(p) for p in files)
    assert [r for r in got if r["id"] == str(files[3])] == [full[3]]  # merged as written, no _index


def test_exit_codes(ckpt, tmp_path):
    write_meetings(tmp_path / "in", 1)
    out = tmp_path / "tags.jsonl"
    assert run(ckpt, "--input", str(tmp_path / "in"), "--output", str(out)) == EXIT_OK
    assert run(ckpt, "--input", str(tmp_path / "in"), str(tmp_path / "nope"), "--output", str(out)) == (
        EXIT_SOME_SKIPPED
    )
    assert run(ckpt, "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "o2.jsonl")) == (
        EXIT_NOTHING_RAN
    )
    assert (EXIT_OK, EXIT_NOTHING_RAN, EXIT_SOME_SKIPPED) == (0, 2, 3)


def test_bad_arguments_exit_2(ckpt, tmp_path, capsys):
    with pytest.raises(SystemExit) as err:
        run(ckpt, "--input", "x.txt", "--output", "o.jsonl", "--max-file-mb", "0")
    assert err.value.code == EXIT_NOTHING_RAN
    assert "argument --max-file-mb: must be > 0, got 0" in capsys.readouterr().err


def test_single_process_never_touches_accelerate(monkeypatch):
    monkeypatch.delenv("WORLD_SIZE", raising=False)
    group = infer_cli.Group()
    assert (group.rank, group.world, group.device, group.is_main) == (0, 1, None, True)
    assert group.gather("x") == ["x"]


def _row(mid: str, index: int | None = None) -> dict:
    row = {
        "id": mid,
        "label": NAMES[0],
        "confidence": 0.5,
        "margin": 0.1,
        "needs_review": False,
        "scores": dict.fromkeys(NAMES, 0.1),
        "n_chunks": 1,
        "n_tokens": 3,
    }
    return row if index is None else {**row, "_index": index}


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_merge_streams_parts_in_input_order(tmp_path, fmt):
    from meetingtype.outputs import TagWriter, merge_parts, read_ids

    out = tmp_path / f"tags.{fmt}"
    with TagWriter(out, NAMES, fmt=fmt) as w:
        w.write_row(_row("m1"))
    # Three processes of an earlier run, each in input order; m4 was tagged twice (a re-run with a
    # different number of processes), m1 is already in the output, the last line of part 2 is cut.
    part_path(out, 0, 3).write_text("".join(json.dumps(_row(m, i)) + "\n" for m, i in [("m0", 0), ("m3", 3)]))
    part_path(out, 1, 3).write_text("".join(json.dumps(_row(m, i)) + "\n" for m, i in [("m1", 1), ("m4", 4)]))
    part_path(out, 2, 3).write_text(json.dumps(_row("m2", 2)) + "\n" + json.dumps(_row("m5", 5))[:30])
    part_path(out, 0, 2).write_text(json.dumps(_row("m4", 4)) + "\n")
    assert merge_parts(out, NAMES, fmt) == 4
    if fmt == "jsonl":
        assert [r["id"] for r in rows(out)] == ["m1", "m0", "m2", "m3", "m4"]
        assert rows(out)[1] == _row("m0")  # no _index in the output
    else:
        with out.open(newline="") as f:
            assert [r["id"] for r in csv.DictReader(f)] == ["m1", "m0", "m2", "m3", "m4"]
    assert read_ids(out, fmt) == {"m0", "m1", "m2", "m3", "m4"}
    assert not [p for p in tmp_path.iterdir() if p.name != out.name]


def test_a_cut_last_line_is_dropped_however_long(tmp_path):
    from meetingtype.outputs import read_ids

    out = tmp_path / "tags.jsonl"
    out.write_text(json.dumps(_row("a")) + "\n" + '{"id": "b", "x": "' + "y" * 200_000)
    assert read_ids(out, "jsonl", repair=True) == {"a"}
    assert out.read_text() == json.dumps(_row("a")) + "\n"
    out.write_text('{"id": "only half a line')
    assert read_ids(out, "jsonl", repair=True) == set() and out.read_bytes() == b""
