"""`python -m meetingtype.bench`: tagging and training throughput on this machine, in one run.

What it measures, on the same generated meetings (no data, no network needed):

* ``baseline``: the plain Hugging Face ``pipeline("text-classification")`` fed each chunk's text, with
  its default settings (one chunk per forward pass). Chunking and decoding the chunks to text happen
  before the clock starts, so the baseline is timed on model work plus its own tokenization.
* ``fp32``, ``int8``: our tagging engine (`MeetingClassifier.predict`), end to end from raw text
  (normalisation, one tokenizer pass per group of meetings, length-sorted batches, aggregation).
* ``fp32-stock``, ``int8-stock``: the same engine with the stock Hugging Face forward instead of
  `FastDistilBertClassifier`, which shows what the fast forward is worth.

Each engine lives in its own fresh process (so its peak RSS is its own), and the engines take turns
round by round, best time kept, so a burst of load from other programs hits all of them alike. The
same rounds time a large fp32 matrix multiply: the practical peak of this machine, against which each
engine's achieved FLOP/s is reported (FLOPs from `encoder_flops`).

Training: a few real optimizer steps of the default config's model and settings on generated chunks
(`measure_training`), extrapolated to one epoch of the bundled corpus. Optional: a streaming test
(`--stream-meetings`) that runs `infer.py` itself over N short meetings and reports its peak RSS for
N/10 and N, and, with a trained `--model`, int8-vs-fp32 agreement, macro-F1 and the cost of
`--max-chunks` caps on the real-dev transcripts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_ENGINES = ("baseline", "fp32-stock", "fp32", "int8-stock", "int8")
KNOWN_ENGINES = DEFAULT_ENGINES
REAL_DEV = "../shared/data/real-dev/transcripts.jsonl"
MATMUL_N = 2048


# -- FLOPs ----------------------------------------------------------------------------------------


def model_shape(config: dict) -> dict:
    """dim, layers, hidden (FFN) width and labels of a DistilBERT or BERT-style config.json."""
    return {
        "dim": config.get("dim") or config["hidden_size"],
        "layers": config.get("n_layers") or config["num_hidden_layers"],
        "hidden": config.get("hidden_dim") or config["intermediate_size"],
        "labels": len(config.get("id2label") or {}) or config.get("num_labels", 2),
    }


def encoder_flops(shape: dict, lengths: list[int], cls_only_last_layer: bool = False) -> float:
    """Forward FLOPs of an encoder classifier over chunks of the given token lengths.

    Per chunk of L tokens, with width d, FFN width h, n layers and C labels (a multiply-add = 2 FLOPs):

        linear    = 2 * L * (4*d*d + 2*d*h)      per layer (Q, K, V, output projection, two FFN GEMMs)
        attention = 4 * L*L * d                  per layer (Q K^T and attention x V)
        head      = 2 * (d*d + d*C)              once ([CLS] pre-classifier and classifier)

    Layer norms, GELU, softmax and embeddings are left out (memory-bound and < 1% of the FLOPs).
    ``cls_only_last_layer`` counts what `FastDistilBertClassifier` executes: in the last layer K and V
    for all L tokens (2 * L * 2*d*d) but Q, output projection and FFN for one token
    (2 * (2*d*d + 2*d*h)), and attention for one query (4 * L * d).
    """
    d, n, h, c = shape["dim"], shape["layers"], shape["hidden"], shape["labels"]
    total = 0.0
    for length in lengths:
        full = 2 * length * (4 * d * d + 2 * d * h) + 4 * length * length * d
        if cls_only_last_layer:
            last = 2 * length * 2 * d * d + 2 * (2 * d * d + 2 * d * h) + 4 * length * d
            total += (n - 1) * full + last
        else:
            total += n * full
        total += 2 * (d * d + d * c)
    return total


def matmul_gflops(n: int = MATMUL_N, repeats: int = 5) -> float:
    """Best fp32 GFLOP/s of an n x n matrix multiply: this machine's practical peak right now."""
    import torch

    a, b = torch.randn(n, n), torch.randn(n, n)
    a @ b
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        a @ b
        best = min(best, time.perf_counter() - t)
    return 2 * n**3 / best / 1e9


# -- workload and model ---------------------------------------------------------------------------


def make_meetings(n: int, words: int, seed: int = 0) -> list[dict]:
    """`n` generated meetings cycling through the nine types, lengths spread over 0.6x-1.4x `words`."""
    from .synth import LABELS, generate_meeting

    rng = random.Random(seed)
    out = []
    for i in range(n):
        target = int(words * rng.uniform(0.6, 1.4))
        m = generate_meeting(LABELS[i % len(LABELS)], rng, target_words=target)
        out.append({"id": m["id"], "label": m["label"], "text": m["text"]})
    return out


def short_meetings(n_pool: int, words: int, seed: int = 0) -> list[str]:
    """A pool of short meetings: the first lines of generated ones, about `words` words each."""
    from .synth import LABELS, generate_meeting

    rng = random.Random(seed)
    pool = []
    for i in range(n_pool):
        lines = generate_meeting(LABELS[i % len(LABELS)], rng, target_words=150)["text"].splitlines()
        keep, count = [], 0
        for line in lines:
            keep.append(line)
            count += len(line.split())
            if count >= words:
                break
        pool.append("\n".join(keep))
    return pool


def random_checkpoint(path: Path, texts: list[str], labels: list[str]) -> Path:
    """A random-weight DistilBERT of the packaged model's shape (384 wide, 6 layers, 30,522-token vocab)
    with a WordPiece vocabulary learnt from `texts`: for machines without the packaged base model.
    Speed does not depend on the weights, and the token counts stay realistic."""
    from tokenizers import BertWordPieceTokenizer
    from transformers import DistilBertConfig, DistilBertForSequenceClassification, DistilBertTokenizerFast

    wp = BertWordPieceTokenizer(lowercase=True)
    wp.train_from_iterator(texts, vocab_size=30522, min_frequency=1)
    path.mkdir(parents=True, exist_ok=True)
    wp.save_model(str(path))
    tokenizer = DistilBertTokenizerFast(vocab_file=str(path / "vocab.txt"), model_max_length=512)
    config = DistilBertConfig(
        vocab_size=30522,
        dim=384,
        n_layers=6,
        n_heads=12,
        hidden_dim=1536,
        id2label=dict(enumerate(labels)),
        label2id={n: i for i, n in enumerate(labels)},
    )
    DistilBertForSequenceClassification(config).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def packaged_checkpoint(path: Path, labels: list[str]) -> Path:
    """The packaged base model (all-MiniLM-L6-v2 as DistilBERT) with an untrained 9-way head."""
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    from .base_model import packaged_model_dir

    base = packaged_model_dir()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    model = AutoModelForSequenceClassification.from_pretrained(
        base,
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id={n: i for i, n in enumerate(labels)},
    )
    model.save_pretrained(path)
    AutoTokenizer.from_pretrained(base).save_pretrained(path)
    return path


def prepare_model(args, workdir: Path, texts: list[str]) -> tuple[Path, str]:
    """The checkpoint to benchmark and a description of it."""
    from .synth import LABELS

    if args.model:
        from .inference import resolve_checkpoint

        return resolve_checkpoint(args.model), f"checkpoint {args.model}"
    if not args.random_model:
        try:
            return packaged_checkpoint(workdir / "model", list(LABELS)), (
                "packaged base model all-MiniLM-L6-v2 (as DistilBERT) with an untrained 9-way head"
            )
        except Exception as err:  # noqa: BLE001 - any failure to load the package falls back the same way
            print(f"packaged base model unavailable ({type(err).__name__}: {err}); using a random model")
    return random_checkpoint(workdir / "model", texts, list(LABELS)), (
        "random-weight DistilBERT of the packaged model's shape (384 wide, 6 layers)"
    )


# -- engines, each in its own process -------------------------------------------------------------


def _rss_mb() -> float:
    """This process's peak resident set so far (ru_maxrss is in KiB on Linux, bytes on macOS)."""
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def _load_engine(name: str, ckpt: str, batch_size: int, texts: list[str]):
    """Load `name` and return (run(): one timed pass over `texts`, info dict)."""

    from .chunking import chunk_meetings

    if name == "baseline":
        from transformers import AutoTokenizer, pipeline

        tok = AutoTokenizer.from_pretrained(ckpt)
        meta = json.loads((Path(ckpt) / "config.json").read_text()).get("meetingtype") or {}
        chunked = chunk_meetings(tok, texts, meta.get("max_length", 512), meta.get("stride", 64))
        chunk_texts = [tok.decode(ids, skip_special_tokens=True) for ids in chunked.input_ids]
        pipe = pipeline("text-classification", model=ckpt, tokenizer=ckpt, device="cpu")
        retok = [len(pipe.tokenizer(t, truncation=True)["input_ids"]) for t in chunk_texts]
        pipe(chunk_texts[:1], truncation=True)

        def run() -> list | None:
            pipe(chunk_texts, truncation=True)
            return None

        return run, {"baseline_tokens": sum(retok), "batch_size": "pipeline default"}

    from .inference import MeetingClassifier

    fast = not name.endswith("-stock")
    clf = MeetingClassifier.from_pretrained(
        ckpt, device="cpu", quantize=name.startswith("int8"), batch_size=batch_size, fast=fast
    )
    # warm-up (thread pools, int8 weight packing): a few chunks, full and padded
    clf.predict([" ".join(texts[0].split()[:1200])])

    def run() -> list:
        return [p.label for p in clf.predict(texts)]

    chunked = chunk_meetings(clf.tokenizer, texts, clf.max_length, clf.stride)
    return run, {
        "lengths": [len(c) for c in chunked.input_ids],
        "n_chunks": chunked.n_chunks,
        "fast_forward": clf.fast is not None,
        "batch_size": batch_size,
    }


def _serve(conn, name: str, ckpt: str, batch_size: int, texts_path: str) -> None:
    """Worker process: load one engine, then answer "run" (one timed pass) until "stop"."""
    import torch
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    try:
        run, info = _load_engine(name, ckpt, batch_size, texts)
    except Exception as err:  # noqa: BLE001 - reported to the parent, which skips this engine
        conn.send(("error", f"{type(err).__name__}: {err}"))
        return
    info.update(rss_after_load_mb=round(_rss_mb(), 1), threads=torch.get_num_threads())
    conn.send(("ready", info))
    while (cmd := conn.recv()) != "stop":
        if cmd == "run":
            t = time.perf_counter()
            labels = run()
            conn.send(("done", {"seconds": time.perf_counter() - t, "labels": labels}))
    conn.send(("stopped", {"peak_rss_mb": round(_rss_mb(), 1)}))


@dataclass
class EngineRun:
    name: str
    conn: object = None
    proc: object = None
    info: dict = field(default_factory=dict)
    times: list[float] = field(default_factory=list)
    labels: list | None = None
    error: str | None = None
    peak_rss_mb: float | None = None


def run_engines(
    names: list[str], ckpt: Path, batch_size: int, texts: list[str], rounds: int, workdir: Path
) -> tuple[list[EngineRun], list[float]]:
    """Start one process per engine, then run rounds: matmul peak, then each engine once."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    texts_path = workdir / "texts.json"
    texts_path.write_text(json.dumps(texts), encoding="utf-8")
    engines = [EngineRun(n) for n in names]
    # Loaded one at a time, so loading does not disturb anything else and each RSS is its own.
    for e in engines:
        parent, child = ctx.Pipe()
        e.conn = parent
        e.proc = ctx.Process(target=_serve, args=(child, e.name, str(ckpt), batch_size, str(texts_path)))
        e.proc.start()
        kind, payload = parent.recv()
        if kind == "error":
            e.error = payload
            print(f"  {e.name}: cannot run ({payload})", file=sys.stderr)
        else:
            e.info = payload
    peaks: list[float] = []
    for r in range(rounds):
        peaks.append(matmul_gflops())
        for e in engines:
            if e.error:
                continue
            e.conn.send("run")
            _, out = e.conn.recv()
            e.times.append(out["seconds"])
            e.labels = out["labels"]
            print(f"  round {r + 1}/{rounds} {e.name:<13} {out['seconds']:8.2f} s", file=sys.stderr)
    peaks.append(matmul_gflops())
    for e in engines:
        if not e.error:
            e.conn.send("stop")
            e.peak_rss_mb = e.conn.recv()[1]["peak_rss_mb"]
        e.proc.join(timeout=60)
    return engines, peaks


def summarize_engines(engines: list[EngineRun], shape: dict, n_meetings: int, peak: float) -> dict:
    """Per-engine figures; ratios are to the baseline of this same run."""
    ref = next((e for e in engines if not e.error and "lengths" in e.info), None)
    lengths = ref.info["lengths"] if ref else []
    n_chunks, n_tokens = len(lengths), sum(lengths)
    model_flops = encoder_flops(shape, lengths)
    fp32 = next((e for e in engines if e.name == "fp32" and e.labels), None)
    rows: dict[str, dict] = {}
    for e in engines:
        if e.error:
            rows[e.name] = {"error": e.error}
            continue
        best = min(e.times)
        executed = encoder_flops(shape, lengths, cls_only_last_layer=bool(e.info.get("fast_forward")))
        row = {
            "seconds_best": round(best, 3),
            "seconds_all": [round(t, 3) for t in e.times],
            "meetings_per_s": round(n_meetings / best, 3),
            "chunks_per_s": round(n_chunks / best, 3),
            "tokens_per_s": round(n_tokens / best, 1),
            "model_gflop_per_s": round(model_flops / best / 1e9, 2),
            "executed_gflop_per_s": round(executed / best / 1e9, 2),
            "fraction_of_matmul_peak": round(executed / best / 1e9 / peak, 3) if peak else None,
            "rss_after_load_mb": e.info.get("rss_after_load_mb"),
            "peak_rss_mb": e.peak_rss_mb,
            "batch_size": e.info.get("batch_size"),
            "threads": e.info.get("threads"),
            "fast_forward": e.info.get("fast_forward", False),
        }
        if e.name == "baseline":
            row["tokens_as_retokenized"] = e.info.get("baseline_tokens")
        if fp32 and e.labels and e is not fp32:
            same = sum(a == b for a, b in zip(e.labels, fp32.labels, strict=True))
            row["same_label_as_fp32"] = round(same / len(e.labels), 4)
        rows[e.name] = row
    base = rows.get("baseline", {})
    for row in rows.values():
        if "chunks_per_s" in row and base.get("chunks_per_s"):
            row["x_baseline"] = round(row["chunks_per_s"] / base["chunks_per_s"], 3)
    return {
        "n_meetings": n_meetings,
        "n_chunks": n_chunks,
        "n_tokens": n_tokens,
        "model_gflop": round(model_flops / 1e9, 2),
        "engines": rows,
    }


# -- training throughput --------------------------------------------------------------------------


def _train_worker(conn, cfg_path: str, base_override: str | None, steps: int, texts_path: str) -> None:
    try:
        conn.send(("ok", measure_training(cfg_path, base_override, steps, texts_path)))
    except Exception as err:  # noqa: BLE001 - reported, the rest of the benchmark goes on
        conn.send(("error", f"{type(err).__name__}: {err}"))


def _corpus_chunks(tokenizer, path: Path, max_length: int, stride: int) -> list[int] | None:
    """Chunks per meeting of a JSONL corpus (None if it is not there)."""
    from .chunking import chunk_meetings

    if not path.exists():
        return None
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    counts: list[int] = []
    for i in range(0, len(texts), 64):
        counts.extend(chunk_meetings(tokenizer, texts[i : i + 64], max_length, stride).n_chunks)
    return counts


def measure_training(cfg_path: str, base_override: str | None, steps: int, texts_path: str) -> dict:
    """Time `steps` optimizer steps of the config's model and settings on generated chunks.

    Each step is what the Trainer does on the CPU: a batch of `training.batch_size` chunks drawn at
    random (padded to the longest, as `DataCollatorWithPadding` does), forward in train mode with
    dropout, class-weighted cross-entropy, backward, gradient clipping at 1.0, fused AdamW (the
    Trainer's default optimizer) and a linear schedule, with the config's frozen parameters.
    samples/s = steps x batch / time. One epoch = (sum over `data.train` meetings of
    min(chunks, data.max_chunks_per_meeting)) / samples/s, plus evaluating every validation chunk
    at `training.eval_batch_size` (timed on a few batches, stock forward as the Trainer runs it).
    """
    import torch
    from transformers import (
        AutoTokenizer,
        get_linear_schedule_with_warmup,
    )
    from transformers.utils import logging as hf_logging

    from .base_model import resolve_base_model
    from .chunking import chunk_meetings
    from .config import load_config
    from .taxonomy import Taxonomy
    from .training import cpu_uses_bf16, model_to_train

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    cfg = load_config(cfg_path)
    base = resolve_base_model(base_override or cfg.model.base)
    tokenizer = AutoTokenizer.from_pretrained(base)
    taxonomy = Taxonomy.from_yaml(cfg.labels)  # the config's types, as train.py would use
    n_labels = len(taxonomy.names)
    model = model_to_train(cfg, base, taxonomy)
    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    pool = chunk_meetings(tokenizer, texts, cfg.model.max_length, cfg.model.stride).input_ids
    rng = random.Random(0)
    bs, pad = cfg.training.batch_size, tokenizer.pad_token_id or 0

    def batch(n: int) -> tuple[torch.Tensor, torch.Tensor]:
        rows = [pool[rng.randrange(len(pool))] for _ in range(n)]
        width = max(map(len, rows))
        ids = torch.tensor([r + [pad] * (width - len(r)) for r in rows])
        mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows])
        return ids, mask

    params = [p for p in model.parameters() if p.requires_grad]
    bf16 = cpu_uses_bf16(cfg.training.mixed_precision)  # as the Trainer does on the CPU
    opt = torch.optim.AdamW(
        params, lr=cfg.training.learning_rate, weight_decay=cfg.training.weight_decay, fused=True
    )
    sched = get_linear_schedule_with_warmup(opt, 1, steps + 10)
    weights = torch.rand(n_labels) + 0.5
    model.train()
    times, tokens = [], 0
    for step in range(steps + 1):  # step 0 is a warm-up, not timed
        ids, mask = batch(bs)
        labels = torch.randint(0, n_labels, (bs,))
        t = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            logits = model(input_ids=ids, attention_mask=mask).logits
        loss = torch.nn.functional.cross_entropy(logits.float(), labels, weight=weights)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        if step:
            times.append(time.perf_counter() - t)
            tokens += int(mask.sum())
    samples_per_s = steps * bs / sum(times)
    model.eval()
    eval_times = []
    ebs = cfg.training.eval_batch_size
    with torch.no_grad():
        for _ in range(2):
            ids, mask = batch(ebs)
            t = time.perf_counter()
            model(input_ids=ids, attention_mask=mask)
            eval_times.append(time.perf_counter() - t)
    eval_chunks_per_s = ebs / min(eval_times)
    out = {
        "config": cfg_path,
        "base_model": base_override or cfg.model.base,
        "batch_size": bs,
        "max_length": cfg.model.max_length,
        "freeze_embeddings": cfg.model.freeze_embeddings,
        "freeze_layers": cfg.model.freeze_layers,
        "precision": "bf16" if bf16 else "fp32",
        "trainable_params": sum(p.numel() for p in params),
        "steps_timed": steps,
        "seconds_per_step": [round(t, 3) for t in times],
        "samples_per_s": round(samples_per_s, 3),
        "train_tokens_per_s": round(tokens / sum(times), 1),
        "eval_chunks_per_s": round(eval_chunks_per_s, 3),
        "epochs": cfg.training.epochs,
    }
    cap = cfg.data.max_chunks_per_meeting
    train_counts = _corpus_chunks(tokenizer, Path(cfg.data.train), cfg.model.max_length, cfg.model.stride)
    if train_counts is not None:
        rows = sum(min(c, cap) if cap else c for c in train_counts)
        out.update(
            train_file=cfg.data.train,
            train_meetings=len(train_counts),
            max_chunks_per_meeting=cap,
            train_chunks_per_epoch=rows,
            train_seconds_per_epoch=round(rows / samples_per_s, 1),
        )
        val = cfg.data.validation
        val_counts = (
            _corpus_chunks(tokenizer, Path(val), cfg.model.max_length, cfg.model.stride) if val else None
        )
        if val_counts is not None:
            ecap = cfg.data.eval_max_chunks_per_meeting
            vrows = sum(min(c, ecap) if ecap else c for c in val_counts)
            out.update(
                validation_chunks=vrows,
                eval_seconds_per_epoch=round(vrows / eval_chunks_per_s, 1),
            )
        epoch = out["train_seconds_per_epoch"] + out.get("eval_seconds_per_epoch", 0.0)
        out["seconds_per_epoch"] = round(epoch, 1)
        out["estimated_training_seconds"] = round(epoch * cfg.training.epochs, 1)
    return out


# -- streaming memory test ------------------------------------------------------------------------


def stream_test(ckpt: Path, n_max: int, workdir: Path, quantize: bool, words: int) -> dict:
    """Run `infer.py` on N short meetings (N = n_max/10 and n_max) and read each run's peak RSS."""
    pool = short_meetings(64, words)
    results = []
    for n in sorted({max(1, n_max // 10), n_max}):
        src = workdir / f"stream-{n}.jsonl"
        with src.open("w", encoding="utf-8") as f:
            for i in range(n):
                f.write(json.dumps({"id": f"m{i:06d}", "text": pool[i % len(pool)]}) + "\n")
        out = workdir / f"stream-{n}-tags.jsonl"
        cmd = [
            sys.executable,
            "-c",
            "import sys; from meetingtype.infer_cli import main; sys.exit(main())",
            "--model",
            str(ckpt),
            "--input",
            str(src),
            "--output",
            str(out),
            "--overwrite",
        ] + (["--quantize"] if quantize else [])
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_child_env())
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        proc.stderr.close()
        rows = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
        scale = 1 if sys.platform == "darwin" else 1024
        results.append(
            {
                "meetings": n,
                "rows_written": rows,
                "exit_code": os.waitstatus_to_exitcode(status),
                "seconds": round(seconds, 1),
                "meetings_per_s": round(n / seconds, 1),
                "peak_rss_mb": round(usage.ru_maxrss * scale / 2**20, 1),
                **({"stderr_tail": err[-500:]} if rows != n else {}),
            }
        )
        print(f"  stream {n} meetings: {results[-1]['peak_rss_mb']} MB peak RSS", file=sys.stderr)
    return {
        "command": "infer.py --model M --input <N meetings>.jsonl --output tags.jsonl"
        + (" --quantize" if quantize else ""),
        "words_per_meeting": words,
        "runs": results,
        "rss_growth_mb": round(results[-1]["peak_rss_mb"] - results[0]["peak_rss_mb"], 1),
    }


def _child_env() -> dict:
    env = dict(os.environ)
    env.setdefault("HF_HUB_OFFLINE", "1")
    src = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


# -- accuracy on real transcripts (trained checkpoint only) -------------------------------------


def _accuracy_worker(conn, ckpt: str, path: str, caps: list[int], batch_size: int) -> None:
    try:
        conn.send(("ok", measure_accuracy(ckpt, path, caps, batch_size)))
    except Exception as err:  # noqa: BLE001 - reported, the rest of the benchmark goes on
        conn.send(("error", f"{type(err).__name__}: {err}"))


def measure_accuracy(ckpt: str, path: str, caps: list[int], batch_size: int) -> dict:
    """fp32 vs int8 label agreement and macro-F1, and the cost of chunk caps, on labelled transcripts."""
    from transformers.utils import logging as hf_logging

    from .evaluate import read_labeled
    from .inference import MeetingClassifier
    from .metrics import classification_report

    hf_logging.set_verbosity_error()
    rows = read_labeled(Path(path))
    texts = [r["text"] for r in rows]
    clf = MeetingClassifier.from_pretrained(ckpt, device="cpu", batch_size=batch_size)
    names = clf.names
    known = [i for i, r in enumerate(rows) if r["label"] in names]
    refs = [names.index(rows[i]["label"]) for i in known]

    def score(preds) -> dict:
        report = classification_report([names.index(preds[i].label) for i in known], refs, names)
        return {"accuracy": report["accuracy"], "macro_f1": report["macro_f1"]}

    def timed(c: MeetingClassifier):
        t = time.perf_counter()
        preds = c.predict(texts)
        return preds, time.perf_counter() - t

    fp32, t32 = timed(clf)
    out: dict = {
        "file": path,
        "meetings": len(rows),
        "scored_meetings": len(known),
        "fp32": {**score(fp32), "seconds": round(t32, 1), "chunks": sum(p.n_chunks for p in fp32)},
    }
    int8, t8 = timed(
        MeetingClassifier.from_pretrained(ckpt, device="cpu", quantize=True, batch_size=batch_size)
    )
    out["int8"] = {
        **score(int8),
        "seconds": round(t8, 1),
        "same_label_as_fp32": round(
            sum(a.label == b.label for a, b in zip(int8, fp32, strict=True)) / len(rows), 4
        ),
    }
    out["int8"]["macro_f1_minus_fp32"] = round(out["int8"]["macro_f1"] - out["fp32"]["macro_f1"], 4)
    out["caps"] = {}
    for cap in caps:
        clf.max_chunks = cap
        capped, tc = timed(clf)
        read = sum(min(p.n_chunks, cap) for p in capped)
        out["caps"][str(cap)] = {
            **score(capped),
            "seconds": round(tc, 1),
            "chunks_read": read,
            "same_label_as_uncapped": round(
                sum(a.label == b.label for a, b in zip(capped, fp32, strict=True)) / len(rows), 4
            ),
            "macro_f1_minus_uncapped": round(score(capped)["macro_f1"] - out["fp32"]["macro_f1"], 4),
        }
    return out


def _in_worker(target, *args) -> dict:
    """Run `target(conn, *args)` in a fresh process and return its result (or {"error": ...})."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=target, args=(child, *args))
    proc.start()
    kind, payload = parent.recv()
    proc.join(timeout=60)
    return payload if kind == "ok" else {"error": payload}


# -- environment, report --------------------------------------------------------------------------


def environment() -> dict:
    import torch
    import transformers

    from .inference import int8_full_range
    from .training import cpu_has_native_bf16

    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    keys = (
        "OMP_NUM_THREADS",
        "MKL_NUM_THREADS",
        "OPENBLAS_NUM_THREADS",
        "OPENBLAS_CORETYPE",
        "TOKENIZERS_PARALLELISM",
    )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "torch_threads": torch.get_num_threads(),
        "torch_interop_threads": torch.get_num_interop_threads(),
        "cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "quantized_engine": torch.backends.quantized.engine,
        "int8_activation_bits": 8 if int8_full_range() else 7,
        "native_bf16": cpu_has_native_bf16(),
        "blas": "MKL" if torch.backends.mkl.is_available() else "other",
        "env": {k: os.environ.get(k) for k in keys},
        "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
    }


def _yes_no(flag: bool | None) -> str:
    return "?" if flag is None else "yes" if flag else "no"


def format_report(res: dict) -> str:
    lines = [f"$ {res['command']}", ""]
    env = res["environment"]
    lines.append(
        f"{env['cpu']}, {env['cores']} cores, torch {env['torch']} ({env['torch_threads']} threads, "
        f"{env['cpu_capability']}, quantized engine {env['quantized_engine']}, int8 activations "
        f"{env.get('int8_activation_bits', '?')}-bit, native bf16 {_yes_no(env.get('native_bf16'))}"
        "), "
        f"transformers {env['transformers']}"
    )
    lines.append(f"load average (1 min) before/after: {res['loadavg_before']} / {res['loadavg_after']}")
    lines.append(f"model: {res['model']}")
    if res.get("tagging"):
        lines += _tagging_lines(res)
    lines += _other_lines(res)
    return "\n".join(lines)


def _tagging_lines(res: dict) -> list[str]:
    t = res["tagging"]
    lines = []
    lines.append(
        f"workload: {t['n_meetings']} meetings, {res['words_per_meeting']} words each "
        f"on average, {t['n_chunks']} chunks, {t['n_tokens']} tokens, {t['model_gflop']} GFLOP per pass; "
        f"best of {res['rounds']} rounds"
    )
    lines.append(
        f"fp32 matmul peak ({MATMUL_N}^3, best of the rounds): {res['matmul_peak_gflop_per_s']:.1f} GFLOP/s "
        f"(per round: {', '.join(f'{p:.0f}' for p in res['matmul_gflop_per_s_rounds'])})"
    )
    lines.append("")
    head = (
        f"{'engine':<13}{'meet/s':>8}{'chunks/s':>10}{'tokens/s':>10}{'GFLOP/s':>9}{'% peak':>8}"
        f"{'x base':>8}{'peak RSS MB':>13}{'same as fp32':>14}"
    )
    lines += [head, "-" * len(head)]
    for name, r in t["engines"].items():
        if "error" in r:
            lines.append(f"{name:<13} failed: {r['error']}")
            continue
        frac, same, xb = r.get("fraction_of_matmul_peak"), r.get("same_label_as_fp32"), r.get("x_baseline")
        frac_s = f"{frac:.0%}" if frac is not None else "-"
        same_s = f"{same:.0%}" if same is not None else "-"
        xb_s = f"{xb:.2f}" if xb is not None else "-"
        lines.append(
            f"{name:<13}{r['meetings_per_s']:>8.3f}{r['chunks_per_s']:>10.2f}{r['tokens_per_s']:>10.0f}"
            f"{r['executed_gflop_per_s']:>9.1f}{frac_s:>8}{xb_s:>8}{r['peak_rss_mb'] or 0:>13.0f}{same_s:>14}"
        )
    lines.append(
        "GFLOP/s: FLOPs each engine executes (bench.encoder_flops) / best time; % peak: of the matmul peak"
    )
    return lines


def _other_lines(res: dict) -> list[str]:
    lines = []
    tr = res.get("training")
    if tr:
        lines.append("")
        if "error" in tr:
            lines.append(f"training: failed: {tr['error']}")
        else:
            lines.append(
                f"training ({tr['config']}, batch {tr['batch_size']} x {tr['max_length']} tokens, "
                f"{tr['trainable_params']:,} trainable params, {tr.get('precision', 'fp32')}): "
                f"{tr['samples_per_s']:.2f} samples/s, "
                f"eval {tr['eval_chunks_per_s']:.2f} chunks/s"
            )
            if "seconds_per_epoch" in tr:
                lines.append(
                    f"  epoch of {tr['train_file']} ({tr['train_meetings']} meetings, cap "
                    f"{tr['max_chunks_per_meeting']} -> {tr['train_chunks_per_epoch']} chunks): "
                    f"{tr['train_seconds_per_epoch']:.0f} s train + "
                    f"{tr.get('eval_seconds_per_epoch', 0):.0f} s eval = {tr['seconds_per_epoch']:.0f} s; "
                    f"x {tr['epochs']} epochs = "
                    f"{tr['estimated_training_seconds'] / 60:.1f} min"
                )
    st = res.get("stream")
    if st:
        lines.append("")
        lines.append(f"streaming ({st['command']}, {st['words_per_meeting']}-word meetings):")
        for r in st["runs"]:
            lines.append(
                f"  {r['meetings']:>6} meetings: {r['peak_rss_mb']:.0f} MB peak RSS, {r['meetings_per_s']} "
                f"meetings/s, {r['rows_written']} rows written, exit {r['exit_code']}"
            )
        lines.append(f"  peak RSS growth from N/10 to N: {st['rss_growth_mb']:+.0f} MB")
    acc = res.get("accuracy")
    if acc:
        lines.append("")
        if "error" in acc:
            lines.append(f"accuracy: failed: {acc['error']}")
        else:
            f, q = acc["fp32"], acc["int8"]
            lines.append(f"accuracy on {acc['file']} ({acc['meetings']} meetings):")
            lines.append(
                f"  fp32: macro-F1 {f['macro_f1']:.4f}, accuracy {f['accuracy']:.4f}, {f['seconds']} s"
            )
            lines.append(
                f"  int8: macro-F1 {q['macro_f1']:.4f} ({q['macro_f1_minus_fp32']:+.4f}), accuracy "
                f"{q['accuracy']:.4f}, same label as fp32 {q['same_label_as_fp32']:.1%}, {q['seconds']} s"
            )
            for cap, c in acc["caps"].items():
                lines.append(
                    f"  --max-chunks {cap}: macro-F1 {c['macro_f1']:.4f} "
                    f"({c['macro_f1_minus_uncapped']:+.4f}), accuracy {c['accuracy']:.4f}, "
                    f"same label as uncapped {c['same_label_as_uncapped']:.1%}, "
                    f"{c['chunks_read']} chunks read of {f['chunks']}, {c['seconds']} s"
                )
    if res.get("timed_command"):
        tc = res["timed_command"]
        lines += [
            "",
            f"wall time of `{tc['command']}`: {tc['seconds'] / 60:.1f} min (exit {tc['exit_code']})",
        ]
    return lines


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m meetingtype.bench", description=__doc__.splitlines()[0])
    p.add_argument("--meetings", type=int, default=4, help="generated meetings in the workload (default 4)")
    p.add_argument("--words", type=int, default=6000, help="mean words per meeting (spread 0.6x-1.4x)")
    p.add_argument(
        "--hour", action="store_true", help="hour-long meetings: 9,000 words on average (25-40 chunks)"
    )
    p.add_argument("--model", default=None, help="trained checkpoint folder (default: packaged base model)")
    p.add_argument("--random-model", action="store_true", help="a random-weight model of the default shape")
    p.add_argument("--engines", default=",".join(DEFAULT_ENGINES), help=f"any of {', '.join(KNOWN_ENGINES)}")
    p.add_argument("--rounds", type=int, default=3, help="timed passes per engine, best kept (default 3)")
    p.add_argument("--batch-size", type=int, default=16, help="chunks per forward pass for our engine")
    p.add_argument("--train-steps", type=int, default=3, help="timed optimizer steps (0: skip training)")
    p.add_argument("--train-config", default="configs/default.yaml", help="config whose training is timed")
    p.add_argument("--train-base", default=None, help="override the config's base model (tests)")
    p.add_argument("--stream-meetings", type=int, default=0, help="streaming test up to N meetings (0: skip)")
    p.add_argument("--stream-words", type=int, default=40, help="words per meeting in the streaming test")
    p.add_argument("--stream-fp32", action="store_true", help="stream in fp32 (default: --quantize)")
    p.add_argument("--real-dev", default=REAL_DEV, help="labelled JSONL for the --model accuracy checks")
    p.add_argument("--caps", default="4,8", help="--max-chunks caps whose accuracy cost is measured")
    p.add_argument("--time-command", default=None, help="also time this shell command (e.g. 'make demo')")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--output", default="bench.json", help="where to write the JSON results")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in engines if e not in KNOWN_ENGINES]
    if unknown:
        print(f"error: unknown engine(s) {unknown}; choose from {', '.join(KNOWN_ENGINES)}", file=sys.stderr)
        return 2
    words = 9000 if args.hour else args.words
    command = "python -m meetingtype.bench " + " ".join(
        shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:])
    )
    res: dict = {"command": command.strip(), "loadavg_before": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="meetingtype-bench-") as tmp:
        workdir = Path(tmp)
        print(f"generating {args.meetings} meetings of ~{words} words ...", file=sys.stderr)
        meetings = make_meetings(args.meetings, words, args.seed)
        texts = [m["text"] for m in meetings]
        ckpt, desc = prepare_model(args, workdir, texts)
        res.update(model=desc, words_per_meeting=words, rounds=args.rounds, environment=environment())
        shape = model_shape(json.loads((ckpt / "config.json").read_text()))
        res["model_shape"] = shape
        if engines and args.rounds > 0:
            print(f"timing {', '.join(engines)} ({args.rounds} rounds) ...", file=sys.stderr)
            runs, peaks = run_engines(engines, ckpt, args.batch_size, texts, args.rounds, workdir)
            peak = max(peaks)
            res.update(
                matmul_peak_gflop_per_s=round(peak, 1), matmul_gflop_per_s_rounds=[round(p, 1) for p in peaks]
            )
            res["tagging"] = summarize_engines(runs, shape, len(texts), peak)
        if args.train_steps > 0:
            print(f"timing {args.train_steps} training steps ...", file=sys.stderr)
            (workdir / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
            res["training"] = _in_worker(
                _train_worker,
                args.train_config,
                args.train_base,
                args.train_steps,
                str(workdir / "texts.json"),
            )
        if args.stream_meetings > 0:
            print(f"streaming up to {args.stream_meetings} meetings through infer.py ...", file=sys.stderr)
            res["stream"] = stream_test(
                ckpt, args.stream_meetings, workdir, not args.stream_fp32, args.stream_words
            )
        if args.model and args.real_dev and Path(args.real_dev).exists():
            print(f"accuracy on {args.real_dev} ...", file=sys.stderr)
            caps = [int(c) for c in args.caps.split(",") if c.strip()]
            res["accuracy"] = _in_worker(_accuracy_worker, str(ckpt), args.real_dev, caps, args.batch_size)
        if args.time_command:
            print(f"running {args.time_command!r} ...", file=sys.stderr)
            t = time.perf_counter()
            code = subprocess.call(args.time_command, shell=True)
            res["timed_command"] = {
                "command": args.time_command,
                "seconds": round(time.perf_counter() - t, 1),
                "exit_code": code,
            }
    res["loadavg_after"] = round(os.getloadavg()[0], 2)
    print(format_report(res))
    Path(args.output).write_text(json.dumps(res, indent=2), encoding="utf-8")
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
