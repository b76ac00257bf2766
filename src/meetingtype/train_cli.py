"""`python train.py --config configs/default.yaml [key=value ...]`: fine-tune a meeting-type classifier."""

from __future__ import annotations

import argparse
import logging
import os
import sys


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="train.py",
        description="Fine-tune DistilBERT on labeled meeting transcripts.",
        epilog="Any config key can be overridden: python train.py --config configs/default.yaml "
        "training.epochs=2 model.max_length=256",
    )
    p.add_argument(
        "--config", default="configs/default.yaml", help="YAML config (default: configs/default.yaml)"
    )
    p.add_argument(
        "--output-dir", default=None, help="where the checkpoint goes (overrides training.output_dir)"
    )
    p.add_argument(
        "--resume", action="store_true", help="continue an interrupted run from its last checkpoint"
    )
    p.add_argument(
        "--push-to-hub", metavar="REPO_ID", default=None, help="push the trained model to this hub repo"
    )
    p.add_argument("--private", action="store_true", help="with --push-to-hub: create the repo private")
    p.add_argument(
        "overrides", nargs="*", metavar="key=value", help="config overrides, e.g. training.epochs=2"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    from .base_model import BaseModelError
    from .config import ConfigError, load_config
    from .data import DataError
    from .readers import TranscriptError
    from .taxonomy import TaxonomyError

    overrides = list(args.overrides)
    if args.output_dir:
        overrides.append(f"training.output_dir={args.output_dir}")
    if args.push_to_hub:
        overrides.append(f"training.push_to_hub={args.push_to_hub}")
    if args.private:
        overrides.append("training.hub_private=true")
    try:
        cfg = load_config(args.config, overrides)
        from .training import train

        out = train(cfg, resume=args.resume)
    except (ConfigError, DataError, TaxonomyError, BaseModelError, TranscriptError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if int(os.environ.get("RANK", "0")) == 0:  # once, not by every process of `accelerate launch`
        print(f"model saved to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
