"""`python infer.py --model DIR --input PATH... --output FILE`: tag meetings in bulk.

Exit codes: 0 every meeting tagged; 3 some meetings skipped (each reason printed); 2 nothing could
run (bad arguments, unusable checkpoint, no input at all).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from tqdm.auto import tqdm

EXIT_OK, EXIT_NOTHING_RAN, EXIT_SOME_SKIPPED = 0, 2, 3


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="infer.py", description="Tag meeting transcripts with their meeting type."
    )
    p.add_argument("--model", required=True, help="checkpoint folder written by train.py, or a hub repo id")
    p.add_argument(
        "--input",
        nargs="+",
        required=True,
        metavar="PATH",
        help="transcript files, folders, globs (quote them), or JSONL files with id and text (or path)",
    )
    p.add_argument(
        "--output", required=True, help="where to write one row per meeting (JSONL, or CSV with --format)"
    )
    p.add_argument(
        "--format", choices=["jsonl", "csv"], default=None, help="default: from --output's suffix, else jsonl"
    )
    p.add_argument("--batch-size", type=int, default=None, help="chunks per forward pass (default 16)")
    p.add_argument("--aggregation", choices=["mean", "max"], default=None, help="how chunk logits combine")
    p.add_argument(
        "--review-threshold", type=float, default=None, help="needs_review when confidence is below this"
    )
    p.add_argument(
        "--max-chunks", type=int, default=None, help="tag at most this many chunks per meeting (faster)"
    )
    p.add_argument(
        "--quantize", action="store_true", help="int8 dynamic quantization at load time (CPU; ~2x faster)"
    )
    p.add_argument("--device", default=None, help="cpu, cuda, cuda:1 ... (default: a GPU if present)")
    p.add_argument(
        "--on-error", choices=["skip", "fail"], default="skip", help="skip bad inputs (default) or stop"
    )
    p.add_argument("--overwrite", action="store_true", help="start the output again instead of resuming it")
    p.add_argument("--max-file-mb", type=float, default=50.0, help="refuse transcript files larger than this")
    p.add_argument("--group-size", type=int, default=32, help="meetings tokenised and batched together")
    p.add_argument("--revision", default=None, help="hub revision when --model is a repo id")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .inference import CheckpointError, MeetingClassifier
    from .inputs import Meeting, Skipped, count_items, expand_inputs, iter_meetings
    from .outputs import TagWriter

    fmt = args.format or ("csv" if args.output.lower().endswith(".csv") else "jsonl")
    try:
        clf = MeetingClassifier.from_pretrained(
            args.model,
            device=args.device,
            quantize=args.quantize,
            revision=args.revision,
            batch_size=args.batch_size,
            aggregation=args.aggregation,
            review_threshold=args.review_threshold,
            max_chunks=args.max_chunks,
        )
    except CheckpointError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_NOTHING_RAN
    resolved = expand_inputs(args.input)
    try:
        writer = TagWriter(args.output, clf.names, fmt=fmt, overwrite=args.overwrite)
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_NOTHING_RAN
    total = count_items(resolved)
    counts: Counter[str] = Counter()
    skipped: list[Skipped] = []
    already = 0
    seen_ids: set[str] = set()
    max_bytes = int(args.max_file_mb * 1_000_000)
    bar = tqdm(total=total, unit="meeting", desc="tagging", file=sys.stderr)

    def pending():
        nonlocal already
        for item in iter_meetings(resolved, max_bytes):
            if isinstance(item, Skipped):
                skipped.append(item)
                tqdm.write(f"skipped: {item.reason}", file=sys.stderr)
                bar.update(1)
                if args.on_error == "fail":
                    return
                continue
            if item.id in seen_ids:
                skipped.append(
                    Skipped(item.id, f"{item.id}: duplicate id in the input; only the first is tagged")
                )
                tqdm.write(f"skipped: {skipped[-1].reason}", file=sys.stderr)
                bar.update(1)
                continue
            seen_ids.add(item.id)
            if item.id in writer.done:
                already += 1
                bar.update(1)
                continue
            yield item

    with writer:
        batch: list[Meeting] = []

        def flush() -> None:
            for meeting, pred in zip(batch, clf.predict([m.text for m in batch]), strict=True):
                writer.write(meeting.id, pred)
                counts[pred.label] += 1
                bar.update(1)
            batch.clear()

        for meeting in pending():
            batch.append(meeting)
            if len(batch) >= args.group_size:
                flush()
        if batch:
            flush()
    bar.close()

    tagged = sum(counts.values())
    print(
        f"tagged {tagged} meetings -> {args.output}"
        + (f" ({already} already there, kept)" if already else "")
    )
    for label, n in counts.most_common():
        print(f"  {label:<24} {n}")
    if skipped:
        print(f"{len(skipped)} input(s) skipped:", file=sys.stderr)
        for s in skipped[:50]:
            print(f"  {s.reason}", file=sys.stderr)
        if args.on_error == "fail":
            print("stopped at the first bad input (--on-error fail)", file=sys.stderr)
        return EXIT_SOME_SKIPPED if (tagged or already) else EXIT_NOTHING_RAN
    if tagged == 0 and already == 0:
        print("error: no meetings found in the inputs", file=sys.stderr)
        return EXIT_NOTHING_RAN
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
