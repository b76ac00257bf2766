"""The taxonomy lives in YAML: the shipped file matches the user's spec, and bad files are refused clearly."""

from __future__ import annotations

import re

import pytest
from conftest import REPO, SHARED

from meetingtype.taxonomy import Taxonomy, TaxonomyError

NINE = [
    "Sales Intro Call",
    "Sales Demo",
    "Candidate Interview",
    "One on One",
    "Support",
    "Project Sync",
    "Project Kick-off",
    "Sync Call",
    "Partner Discovery",
]


def test_shipped_taxonomy_has_the_nine_types_in_order():
    tax = Taxonomy.from_yaml(REPO / "configs" / "labels.yaml")
    assert tax.names == NINE
    assert tax.id2label[6] == "Project Kick-off"
    assert tax.label2id["Sync Call"] == 7
    assert "NOT calls that include a product demo" in tax.definitions()["Sales Intro Call"]


@pytest.mark.skipif(
    not (SHARED / "seed").is_dir(), reason="../shared/seed (the user's definitions) not present"
)
def test_definitions_are_the_users_verbatim():
    spec = (SHARED / "seed" / "meeting_types.md").read_text()
    for name, definition in Taxonomy.from_yaml(REPO / "configs" / "labels.yaml").definitions().items():
        section = spec.split(f"## {name}\n", 1)[1].split("\n## ", 1)[0]
        assert " ".join(section.split()) == definition


def test_teams_can_add_and_remove_types(tmp_path):
    path = tmp_path / "labels.yaml"
    path.write_text(
        "labels:\n  - name: Standup\n    definition: Daily.\n  - name: Retro\n    definition: Looking back.\n"
    )
    tax = Taxonomy.from_yaml(path)
    assert tax.names == ["Standup", "Retro"]
    assert tax.to_list() == [
        {"name": "Standup", "definition": "Daily."},
        {"name": "Retro", "definition": "Looking back."},
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("labels: []\n", "{p}: 'labels' must be a non-empty list of {{name, definition}} entries"),
        ("types: []\n", "{p}: expected a top-level 'labels:' list"),
        ("labels:\n  - name: A\n  - name: A\n", "{p}: duplicate label names: A"),
        ("labels:\n  - name: A\n", "{p}: a classifier needs at least 2 labels, found 1"),
        ("labels:\n  - definition: x\n  - name: B\n", "{p}: label #1 needs a non-empty 'name'"),
        ("labels: [\n", None),
    ],
)
def test_bad_taxonomy_files(tmp_path, text, message):
    path = tmp_path / "labels.yaml"
    path.write_text(text)
    with pytest.raises(TaxonomyError) as err:
        Taxonomy.from_yaml(path)
    if message is None:
        assert re.match(re.escape(f"{path}: not valid YAML ("), str(err.value))
    else:
        assert str(err.value) == message.format(p=path)


def test_missing_taxonomy_file(tmp_path):
    with pytest.raises(TaxonomyError) as err:
        Taxonomy.from_yaml(tmp_path / "x.yaml")
    assert (
        str(err.value)
        == f"{tmp_path / 'x.yaml'}: taxonomy file not found (set 'labels' in the config to a labels YAML)"
    )
