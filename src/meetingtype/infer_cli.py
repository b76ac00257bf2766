"""`python infer.py --model DIR --input PATH... --output FILE`: tag meetings in bulk.

Exit codes: 0 every meeting tagged; 3 some meetings skipped (each reason printed); 2 nothing could
run (bad arguments, unusable checkpoint, no input at all).

Resumable: rows are written (and flushed) one meeting at a time; a re-run of the same command skips
the meetings already in the output and tags the rest; `--overwrite` starts again.

Distributed: under `accelerate launch` (or `torchrun`) with N processes, meeting i of the input goes
to process i % N, each process writes its own part file next to the output, and the main process
merges the parts into the one output, in input order, when all are done. The output is the same as
a single process would write.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

EXIT_OK, EXIT_NOTHING_RAN, EXIT_SOME_SKIPPED = 0, 2, 3


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="infer.py",
        description="Tag meeting transcripts with their meeting type.",
        epilog="exit status: 0 every meeting tagged, 3 some inputs skipped (reasons printed), "
        "2 nothing could run. Several processes: accelerate launch [--multi_gpu] --num_processes N "
        "infer.py ... (see README).",
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
    p.add_argument(
        "--device",
        default=None,
        help="cpu, cuda, cuda:1 ... (default: a GPU if present; under accelerate launch, the process's own)",
    )
    p.add_argument(
        "--on-error",
        choices=["skip", "fail"],
        default="skip",
        help="skip: report a bad input and tag the rest (default); fail: stop at the first bad input",
    )
    p.add_argument("--overwrite", action="store_true", help="start the output again instead of resuming it")
    p.add_argument(
        "--max-file-mb",
        type=_positive_float,
        default=50.0,
        help="refuse transcript files (and JSONL lines) larger than this many MB (default 50)",
    )
    p.add_argument(
        "--group-size", type=_positive_int, default=32, help="meetings tokenised and batched together"
    )
    p.add_argument("--revision", default=None, help="hub revision when --model is a repo id")
    return p


def _positive_float(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {value!r}") from None
    if not x > 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {value}")
    return x


def _positive_int(value: str) -> int:
    try:
        x = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if x < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return x


# --------------------------------------------------------------------------------------------- processes


class Group:
    """This process's place among the tagging processes, and the few collectives the CLI needs.

    A plain `python infer.py` is a group of one and never imports accelerate. Under `accelerate
    launch` / `torchrun` (WORLD_SIZE > 1) the process group comes from `accelerate.PartialState`;
    without a GPU it is a gloo group on the CPU (`accelerate launch --multi_gpu` on a CPU machine
    starts the processes, but accelerate only picks gloo when asked for the CPU).
    """

    def __init__(self) -> None:
        self.rank, self.world, self.device = 0, 1, None
        if int(os.environ.get("WORLD_SIZE", "1")) > 1:
            import torch
            from accelerate import PartialState

            forced_cpu = os.environ.get("ACCELERATE_USE_CPU", "").lower() in ("1", "true", "yes")
            state = PartialState(cpu=forced_cpu or not torch.cuda.is_available())
            self.rank, self.world, self.device = state.process_index, state.num_processes, str(state.device)

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def gather(self, obj):
        """Every process's `obj`, by rank, on every process."""
        if self.world == 1:
            return [obj]
        import torch.distributed as dist

        out: list = [None] * self.world
        dist.all_gather_object(out, obj)
        return out


@dataclass
class Tally:
    """What one process did; gathered by the main process for the summary and the exit status."""

    counts: Counter = field(default_factory=Counter)
    already: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (input position, reason)
    stopped: bool = False  # --on-error fail: stopped at a bad input

    @property
    def tagged(self) -> int:
        return sum(self.counts.values())


# --------------------------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    group = Group()
    from .inference import CheckpointError, MeetingClassifier

    fmt = args.format or ("csv" if args.output.lower().endswith(".csv") else "jsonl")
    error = None
    clf = None
    try:
        clf = MeetingClassifier.from_pretrained(
            args.model,
            device=args.device or group.device,
            quantize=args.quantize,
            revision=args.revision,
            batch_size=args.batch_size,
            aggregation=args.aggregation,
            review_threshold=args.review_threshold,
            max_chunks=args.max_chunks,
        )
    except CheckpointError as err:
        error = str(err)
    if error is None and group.is_main:
        error = _prepare_output(Path(args.output), fmt, args.overwrite)
    errors = [e for e in group.gather(error) if e]
    if errors:
        if group.is_main:
            for e in dict.fromkeys(errors):
                print(f"error: {e}", file=sys.stderr)
        return EXIT_NOTHING_RAN

    tally = _tag(args, group, clf, fmt)

    tallies: list[Tally] = group.gather(tally)
    if group.is_main:
        from .outputs import merge_parts

        merge_parts(args.output, clf.names, fmt)  # a no-op without part files
    total = _combine(tallies)
    code = _report(args, total) if group.is_main else _exit_code(total)
    if group.is_main and group.world > 1 and code != EXIT_OK:
        what = "some inputs skipped" if code == EXIT_SOME_SKIPPED else "nothing could run"
        print(
            f"exit status {code} ({what}); the launcher reports any non-zero status of its processes as 1",
            file=sys.stderr,
        )
    sys.stdout.flush()
    sys.stderr.flush()
    group.gather(None)  # no process exits (which ends the launch) before the merge is done
    return code


def _prepare_output(output: Path, fmt: str, overwrite: bool) -> str | None:
    """Main process, before anyone writes: start again, or repair what a killed run left behind."""
    from .outputs import existing_parts, read_ids

    if output.is_dir():
        return f"{output}: --output is a folder; give a file name, e.g. {output / 'tags.jsonl'}"
    try:
        if overwrite:
            for p in [output, *existing_parts(output)]:
                p.unlink(missing_ok=True)
        if output.exists():
            read_ids(output, fmt, repair=True)
        for part in existing_parts(output):
            read_ids(part, "jsonl", repair=True)
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("a", encoding="utf-8"):
            pass
    except ValueError as err:
        return str(err)
    except OSError as err:
        return (
            f"{output}: cannot write the output ({err.strerror or err}); "
            "choose a writable --output or fix the folder's permissions"
        )
    return None


def _tag(args, group: Group, clf, fmt: str) -> Tally:
    """Tag this process's share of the input; every row is flushed as soon as it is known."""
    from tqdm.auto import tqdm

    from .inputs import Meeting, Skipped, count_items, expand_inputs, iter_entries
    from .outputs import TagWriter, existing_parts, part_path, read_ids

    output = Path(args.output)
    mine = part_path(output, group.rank, group.world)
    resolved = expand_inputs(args.input, exclude=[output, *existing_parts(output), mine])
    tally = Tally()
    max_bytes = int(args.max_file_mb * 1_000_000)

    # Meetings already written: in the output, and in part files left by an interrupted run.
    if group.world == 1:
        writer = TagWriter(output, clf.names, fmt=fmt, repair=False)
    else:
        writer = TagWriter(mine, clf.names, fmt="jsonl", repair=False)
    done = set(writer.done)
    if group.world > 1:
        done |= read_ids(output, fmt)
    for part in existing_parts(output):
        if part != writer.path:
            done |= read_ids(part, "jsonl")
    group.gather(None)  # every process has read the existing rows before any writes new ones

    total = count_items(resolved)
    share = len(range(group.rank, total, group.world))
    bar = tqdm(total=share, unit="meeting", desc="tagging", file=sys.stderr, disable=not group.is_main)

    def skip(index: int, reason: str) -> None:
        tally.skipped.append((index, reason))
        tqdm.write(f"skipped: {reason}", file=sys.stderr)
        bar.update(1)
        tally.stopped = args.on_error == "fail"

    def pending():
        first_seen: dict[str, tuple[int, str]] = {}
        for entry in iter_entries(resolved, max_bytes):
            first_index, first_source = first_seen.setdefault(entry.id, (entry.index, entry.source))
            if entry.index % group.world != group.rank:
                continue  # another process's meeting (its id is still recorded, for duplicates)
            if first_index != entry.index and first_source == entry.source:
                skip(entry.index, f"{entry.source}: given twice in --input; tagged once")
            elif first_index != entry.index:
                skip(
                    entry.index,
                    f"{entry.source}: duplicate id {entry.id!r} (first at {first_source}); only the first "
                    "is tagged: give each meeting a unique id",
                )
            elif entry.id in done:
                tally.already += 1
                bar.update(1)
                continue
            else:
                item = entry.load()
                if not isinstance(item, Skipped):
                    yield entry.index, item
                    continue
                skip(entry.index, item.reason)
            if tally.stopped:
                return

    batch: list[tuple[int, Meeting]] = []

    def flush() -> None:
        preds = _predict(clf, batch, skip, lambda: tally.stopped)
        for (index, meeting), pred in zip(batch, preds, strict=True):
            if pred is None:
                continue
            writer.write(meeting.id, pred, index=index if group.world > 1 else None)
            tally.counts[pred.label] += 1
            bar.update(1)
        batch.clear()

    with writer:
        for index, meeting in pending():
            batch.append((index, meeting))
            if len(batch) >= args.group_size:
                flush()
            if tally.stopped:
                break
        if batch:
            flush()
    bar.close()
    return tally


def _predict(clf, batch: list, skip, stopped) -> list:
    """Predictions for a batch; if it fails, meeting by meeting, so a bad meeting costs only itself.

    None for a meeting that failed (reported through `skip`), or that was not tried because
    `stopped()` (--on-error fail) became true.
    """
    try:
        return clf.predict([m.text for _, m in batch])
    except Exception as err:  # noqa: BLE001 - any failure is isolated to its meeting below
        if len(batch) == 1:
            index, meeting = batch[0]
            skip(
                index,
                f"{meeting.source}: tagging failed ({type(err).__name__}: {err}); "
                "please report this with the transcript",
            )
            return [None]
    return [None if stopped() else _predict(clf, [item], skip, stopped)[0] for item in batch]


def _combine(tallies: list[Tally]) -> Tally:
    total = Tally()
    for t in tallies:
        total.counts.update(t.counts)
        total.already += t.already
        total.skipped.extend(t.skipped)
        total.stopped = total.stopped or t.stopped
    total.skipped.sort()
    return total


def _exit_code(total: Tally) -> int:
    if total.skipped:
        return EXIT_SOME_SKIPPED if (total.tagged or total.already) else EXIT_NOTHING_RAN
    if total.tagged == 0 and total.already == 0:
        return EXIT_NOTHING_RAN
    return EXIT_OK


def _report(args, total: Tally) -> int:
    print(
        f"tagged {total.tagged} meetings -> {args.output}"
        + (f" ({total.already} already there, kept)" if total.already else "")
    )
    for label, n in total.counts.most_common():
        print(f"  {label:<24} {n}")
    code = _exit_code(total)
    if total.skipped:
        print(f"{len(total.skipped)} input(s) skipped:", file=sys.stderr)
        for _, reason in total.skipped[:50]:
            print(f"  {reason}", file=sys.stderr)
        if len(total.skipped) > 50:
            print(f"  ... and {len(total.skipped) - 50} more (each printed above)", file=sys.stderr)
        if total.stopped:
            print(
                "stopped at the first bad input (--on-error fail); fix it and run the same command again "
                "to tag the rest",
                file=sys.stderr,
            )
    elif code == EXIT_NOTHING_RAN:
        print("error: no meetings found in the inputs; check the --input paths", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
