"""Typed run configuration: YAML files checked against dataclass schemas, overridable from the CLI.

OmegaConf structured configs give us, for free, the two checks a user needs most: an unknown key
and a value of the wrong type are both refused with the key's full dotted name. Overrides use the
same dotted names on the command line (``training.learning_rate=3e-5``), as torchtune recipes do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from omegaconf import MISSING, OmegaConf
from omegaconf.errors import OmegaConfBaseException


class ConfigError(ValueError):
    """A config file or override is invalid; the message names the file and the key."""


@dataclass
class ModelConfig:
    base: str = "packaged:all-MiniLM-L6-v2"
    max_length: int = 512
    stride: int = 64
    freeze_embeddings: bool = True
    freeze_layers: int = 0
    attention_dropout: float = 0.0


@dataclass
class DataConfig:
    train: str = MISSING
    validation: str | None = None
    test: str | None = None
    validation_fraction: float = 0.1
    test_fraction: float = 0.1
    split_seed: int = 13
    max_chunks_per_meeting: int | None = 4
    eval_max_chunks_per_meeting: int | None = None
    max_file_mb: float = 50.0


@dataclass
class TrainingConfig:
    output_dir: str = "runs/default"
    epochs: float = 3.0
    batch_size: int = 16
    eval_batch_size: int = 32
    gradient_accumulation_steps: int = 1
    learning_rate: float = 5e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    seed: int = 42
    class_weighting: bool = True
    early_stopping_patience: int | None = 2
    mixed_precision: str = "auto"
    logging_steps: int = 10
    save_total_limit: int = 2
    save_steps: int | None = None
    dataloader_num_workers: int = 0
    report_to: str = "none"
    push_to_hub: str | None = None
    hub_private: bool = False


@dataclass
class InferenceConfig:
    aggregation: str = "mean"
    review_threshold: float = 0.5
    batch_size: int = 16
    max_chunks_per_meeting: int | None = None


@dataclass
class Config:
    labels: str = "configs/labels.yaml"
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)
    inference: InferenceConfig = field(default_factory=InferenceConfig)


CHOICES = {
    "training.mixed_precision": ("auto", "no", "bf16", "fp16"),
    "inference.aggregation": ("mean", "max"),
}


def _explain(err: OmegaConfBaseException, source: str) -> ConfigError:
    key = getattr(err, "full_key", None) or "?"
    text = str(err).splitlines()[0]
    if "not in struct" in text or "Key '" in text and "not in" in text:
        return ConfigError(f"{source}: unknown key '{key}' (check the spelling against configs/default.yaml)")
    return ConfigError(f"{source}: invalid value for '{key}': {text}")


def _get(cfg: Config, dotted: str):
    obj = cfg
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


def _validate(cfg: Config, source: str) -> None:
    for dotted, allowed in CHOICES.items():
        value = _get(cfg, dotted)
        if value not in allowed:
            raise ConfigError(f"{source}: '{dotted}' must be one of {', '.join(allowed)}, got {value!r}")
    checks = [
        ("model.max_length", cfg.model.max_length >= 16, "must be at least 16"),
        (
            "model.stride",
            0 <= cfg.model.stride < cfg.model.max_length // 2,
            "must be >= 0 and < max_length/2",
        ),
        ("training.epochs", cfg.training.epochs > 0, "must be > 0"),
        ("training.batch_size", cfg.training.batch_size > 0, "must be > 0"),
        ("training.learning_rate", cfg.training.learning_rate > 0, "must be > 0"),
        ("inference.review_threshold", 0 <= cfg.inference.review_threshold <= 1, "must be between 0 and 1"),
        ("data.max_file_mb", cfg.data.max_file_mb > 0, "must be > 0"),
    ]
    for key, ok, what in checks:
        if not ok:
            raise ConfigError(f"{source}: '{key}' {what}, got {_get(cfg, key)!r}")
    for key in (
        "data.max_chunks_per_meeting",
        "data.eval_max_chunks_per_meeting",
        "inference.max_chunks_per_meeting",
    ):
        value = _get(cfg, key)
        if value is not None and value < 1:
            raise ConfigError(f"{source}: '{key}' must be >= 1 or null, got {value!r}")


def load_config(path: str | Path | None = None, overrides: list[str] | None = None) -> Config:
    """Load `path` (YAML) over the schema defaults, apply `key=value` overrides, and validate."""
    schema = OmegaConf.structured(Config)
    source = str(path) if path else "<defaults>"
    try:
        merged = schema
        if path is not None:
            path = Path(path)
            if not path.is_file():
                raise ConfigError(f"{path}: config file not found")
            loaded = OmegaConf.load(path)
            if loaded is None or not isinstance(OmegaConf.to_container(loaded), dict):
                raise ConfigError(f"{path}: expected a YAML mapping of config sections")
            merged = OmegaConf.merge(merged, loaded)
        for item in overrides or []:
            if "=" not in item:
                raise ConfigError(f"override {item!r}: expected key=value, e.g. training.epochs=2")
            source_o = f"override {item!r}"
            try:
                merged = OmegaConf.merge(merged, OmegaConf.from_dotlist([item]))
            except OmegaConfBaseException as err:
                raise _explain(err, source_o) from err
        missing = sorted(OmegaConf.missing_keys(merged))
        if missing:
            raise ConfigError(f"{source}: required key '{missing[0]}' is not set")
        cfg: Config = OmegaConf.to_object(merged)  # type: ignore[assignment]
    except OmegaConfBaseException as err:
        raise _explain(err, source) from err
    # YAML reads a bare `no` as false, which the str field then holds as "False": mean what was typed.
    if cfg.training.mixed_precision == "False":
        cfg.training.mixed_precision = "no"
    _validate(cfg, source)
    return cfg


def to_yaml(cfg: Config) -> str:
    return OmegaConf.to_yaml(OmegaConf.structured(cfg))
