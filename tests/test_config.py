"""Config loading: defaults, overrides, and the exact messages for unknown keys and wrong types."""

from __future__ import annotations

import pytest
from conftest import REPO

from meetingtype.config import ConfigError, load_config


def write(tmp_path, text: str):
    path = tmp_path / "c.yaml"
    path.write_text(text)
    return path


def test_repo_configs_load():
    for name in ("default", "distilbert-base-uncased", "tiny"):
        cfg = load_config(REPO / "configs" / f"{name}.yaml")
        assert cfg.data.train == "data/train.jsonl"
    default = load_config(REPO / "configs" / "default.yaml")
    assert default.model.base == "packaged:all-MiniLM-L6-v2"
    assert (
        load_config(REPO / "configs" / "distilbert-base-uncased.yaml").model.base == "distilbert-base-uncased"
    )


def test_overrides_apply_with_types(tmp_path):
    cfg = load_config(
        write(tmp_path, "data:\n  train: x.jsonl\n"), ["training.learning_rate=3e-5", "model.stride=32"]
    )
    assert cfg.training.learning_rate == 3e-5
    assert cfg.model.stride == 32
    cfg = load_config(write(tmp_path, "data:\n  train: x.jsonl\n"), ["data.max_chunks_per_meeting=null"])
    assert cfg.data.max_chunks_per_meeting is None


def test_mixed_precision_no_is_read_as_no_not_as_yaml_false(tmp_path):
    # YAML 1.1 reads a bare `no` as false; the documented choice "no" must still work, typed either way.
    assert (
        load_config(
            write(tmp_path, "data:\n  train: x.jsonl\n"), ["training.mixed_precision=no"]
        ).training.mixed_precision
        == "no"
    )
    in_file = write(tmp_path, "data:\n  train: x.jsonl\ntraining:\n  mixed_precision: no\n")
    assert load_config(in_file).training.mixed_precision == "no"


@pytest.mark.parametrize(
    ("yaml_text", "overrides", "message"),
    [
        (
            "data:\n  train: x.jsonl\ntraining:\n  learnin_rate: 3\n",
            [],
            "{path}: unknown key 'training.learnin_rate' (check the spelling against configs/default.yaml)",
        ),
        (
            "data:\n  train: x.jsonl\ntraining:\n  learning_rate: fast\n",
            [],
            "{path}: invalid value for 'training.learning_rate': Value 'fast' of type 'str' could not be "
            "converted to Float",
        ),
        (
            "data:\n  train: x.jsonl\n",
            ["training.epochs=many"],
            "override 'training.epochs=many': invalid value for 'training.epochs': Value 'many' of type 'str' "
            "could not be converted to Float",
        ),
        (
            "data:\n  train: x.jsonl\n",
            ["training.foo=1"],
            "override 'training.foo=1': unknown key 'training.foo' (check the spelling against configs/default.yaml)",
        ),
        (
            "data:\n  train: x.jsonl\n",
            ["epochs"],
            "override 'epochs': expected key=value, e.g. training.epochs=2",
        ),
        ("model:\n  max_length: 128\n", [], "{path}: required key 'data.train' is not set"),
        (
            "data:\n  train: x.jsonl\ninference:\n  aggregation: median\n",
            [],
            "{path}: 'inference.aggregation' must be one of mean, max, got 'median'",
        ),
        (
            "data:\n  train: x.jsonl\nmodel:\n  stride: 300\n",
            [],
            "{path}: 'model.stride' must be >= 0 and < max_length/2, got 300",
        ),
        ("- just\n- a list\n", [], "{path}: expected a YAML mapping of config sections"),
    ],
)
def test_bad_configs_name_file_and_key(tmp_path, yaml_text, overrides, message):
    path = write(tmp_path, yaml_text)
    with pytest.raises(ConfigError) as err:
        load_config(path, overrides)
    assert str(err.value) == message.format(path=path)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "nope.yaml")
    assert str(err.value) == f"{tmp_path / 'nope.yaml'}: config file not found"
