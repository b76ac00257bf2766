"""CLI: ``python -m meetingtype.synth --output-dir data --seed 13``.

Sample files: ``python -m meetingtype.synth samples --output-dir data/samples``.
"""

from __future__ import annotations

import argparse
import json
import sys

from .corpus import write_corpus
from .samples import write_samples


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "samples":
        ap = argparse.ArgumentParser(
            prog="python -m meetingtype.synth samples",
            description="Write sample meetings in .vtt/.srt/.txt/.json formats.",
        )
        ap.add_argument("--output-dir", default="data/samples")
        ap.add_argument("--seed", type=int, default=7)
        args = ap.parse_args(argv[1:])
        for p in write_samples(args.output_dir, seed=args.seed):
            print(p)
        return 0
    ap = argparse.ArgumentParser(
        prog="python -m meetingtype.synth", description="Generate the synthetic train/validation/test corpus."
    )
    ap.add_argument("--output-dir", default="data")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--train-per-type", type=int, default=60)
    ap.add_argument("--validation-per-type", type=int, default=8)
    ap.add_argument("--test-per-type", type=int, default=8)
    args = ap.parse_args(argv)
    stats = write_corpus(
        args.output_dir,
        seed=args.seed,
        train_per_type=args.train_per_type,
        validation_per_type=args.validation_per_type,
        test_per_type=args.test_per_type,
        progress=True,
    )
    print(
        json.dumps(
            {s: {k: v for k, v in st.items() if k != "per_label"} for s, st in stats.items()}, indent=1
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
