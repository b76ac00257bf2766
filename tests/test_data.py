"""Training data in: JSONL, CSV and label folders; every validation error's exact message."""

from __future__ import annotations

import json

import pytest
from conftest import REPO

from meetingtype.config import DataConfig
from meetingtype.data import DataError, load_splits, read_split
from meetingtype.taxonomy import Taxonomy

TAX = Taxonomy.from_yaml(REPO / "configs" / "labels.yaml")
KNOWN = ", ".join(TAX.names)


def jsonl(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def problems(path, **kw) -> list[str]:
    with pytest.raises(DataError) as err:
        read_split(path, TAX, **kw)
    return err.value.problems


def test_jsonl_rows_with_text_or_path(tmp_path):
    (tmp_path / "m.vtt").write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hello team.</v>\n")
    path = jsonl(
        tmp_path / "t.jsonl",
        [
            {"id": "a", "title": "T", "text": "Ana: hi\r\nBob: hello", "label": "Support"},
            {"path": "m.vtt", "label": "Sales Demo"},
        ],
    )
    a, b = read_split(path, TAX)
    assert (a.id, a.title, a.text, a.label) == ("a", "T", "Ana: hi\nBob: hello", "Support")
    assert (b.id, b.text, b.label) == ("t-2", "Ana: Hello team.", "Sales Demo")


def test_csv_and_label_folders(tmp_path):
    csv_path = tmp_path / "t.csv"
    csv_path.write_text('id,text,label\n1,"Ana: hi, all",One on One\n')
    (m,) = read_split(csv_path, TAX)
    assert (m.id, m.text, m.label) == ("1", "Ana: hi, all", "One on One")
    root = tmp_path / "folders"
    (root / "sales-demo").mkdir(parents=True)
    (root / "Project Sync").mkdir()
    (root / "sales-demo" / "a.txt").write_text("Ana: let me share my screen")
    (root / "Project Sync" / "b.txt").write_text("Bob: status update")
    ms = read_split(root, TAX)
    assert [(m.id, m.label) for m in ms] == [
        ("Project Sync/b.txt", "Project Sync"),
        ("sales-demo/a.txt", "Sales Demo"),
    ]


def test_every_row_problem_is_reported_with_file_and_line(tmp_path):
    path = jsonl(
        tmp_path / "t.jsonl",
        [
            {"id": "1", "text": "Ana: hi", "label": "Standup"},
            "{not json",
            {"id": "3", "text": "   ", "label": "Support"},
            {"id": "4", "label": "Support"},
            {"id": "5", "text": 42, "label": "Support"},
            {"id": "6", "text": "Ana: hi"},
            {"id": "7", "text": "Ana: one", "label": "Support"},
            {"id": "7", "text": "Ana: two", "label": "Support"},
            ["a", "list"],
        ],
    )
    assert problems(path) == [
        f"{path}, line 1: label 'Standup' is not in the taxonomy; known labels: {KNOWN}",
        f"{path}, line 2: not valid JSON (Expecting property name enclosed in double quotes); fix or remove the line",
        f"{path}, line 3: empty 'text'",
        f"{path}, line 4: needs 'text' (the transcript) or 'path' (a transcript file)",
        f"{path}, line 5: 'text' must be a string, got int",
        f"{path}, line 6: missing 'label'",
        f"{path}, line 9: expected a JSON object with 'text' and 'label'",
        f"{path}, line 8: duplicate id '7' (first at {path}, line 7); ids must be unique",
    ]


def test_error_message_lists_problems(tmp_path):
    path = jsonl(tmp_path / "t.jsonl", [{"text": "x: y", "label": "Nope"}])
    with pytest.raises(DataError) as err:
        read_split(path, TAX)
    assert str(err.value) == (
        f"training data has 1 problem:\n  {path}, line 1: label 'Nope' is not in the taxonomy; known labels: {KNOWN}"
    )


def test_csv_missing_column(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,transcript,label\n1,hi,Support\n")
    assert problems(path) == [
        f"{path}: missing column 'text' (columns found: id, transcript, label); a CSV needs 'text' (or 'path') and 'label'"
    ]


def test_missing_file_folder_label_and_unsupported_type(tmp_path):
    assert problems(tmp_path / "nope.jsonl") == [f"{tmp_path / 'nope.jsonl'}: not found"]
    bad = tmp_path / "data.parquet"
    bad.write_text("x")
    assert problems(bad) == [
        f"{bad}: training data must be .jsonl, .csv or a folder with one sub-folder per label"
    ]
    root = tmp_path / "folders"
    (root / "standup").mkdir(parents=True)
    (root / "support").mkdir()
    (root / "support" / "deck.pdf").write_text("x")
    assert problems(root) == [
        f"{root / 'standup'}: folder name is not a label in the taxonomy; known labels: {KNOWN}",
        f"{root / 'support' / 'deck.pdf'}: unsupported file type; supported: .txt, .vtt, .srt, .json, .csv, .md",
    ]


def test_same_transcript_in_two_splits_is_refused(tmp_path):
    train = jsonl(tmp_path / "train.jsonl", [{"id": "a", "text": "Ana: the same words", "label": "Support"}])
    val = jsonl(tmp_path / "val.jsonl", [{"id": "b", "text": "ana:  The same   words", "label": "Support"}])
    with pytest.raises(DataError) as err:
        load_splits(DataConfig(train=str(train), validation=str(val)), TAX)
    assert err.value.problems == [
        f"the same transcript is in train ({train}, line 1, id 'a') and validation ({val}, line 1, id 'b'); "
        "remove one copy"
    ]


def test_stratified_split_by_seed(tmp_path):
    rows = [
        {"id": f"{i}-{j}", "text": f"Ana: meeting {i} number {j}", "label": name}
        for i, name in enumerate(TAX.names)
        for j in range(10)
    ]
    train = jsonl(tmp_path / "train.jsonl", rows)
    cfg = DataConfig(train=str(train), validation_fraction=0.2, test_fraction=0.1, split_seed=3)
    splits = load_splits(cfg, TAX)
    assert {k: len(v) for k, v in splits.items()} == {"train": 63, "validation": 18, "test": 9}
    for split, per_type in (("validation", 2), ("test", 1)):
        counts = [list(splits[split]["label"]).count(i) for i in range(9)]
        assert counts == [per_type] * 9  # stratified: every type held out equally
    ids = [set(splits[s]["id"]) for s in splits]
    assert not (ids[0] & ids[1]) and not (ids[0] & ids[2]) and not (ids[1] & ids[2])
    again = load_splits(cfg, TAX)
    assert list(again["validation"]["id"]) == list(splits["validation"]["id"])
