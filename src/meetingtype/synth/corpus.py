"""Build the train/validation/test corpus and its data card."""

from __future__ import annotations

import json
import random
import statistics
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from .core import LABELS, generate_meeting

SPLITS = ("train", "validation", "test")
ASR_SHARE = 0.25  # share of meetings rendered as raw ASR output


def generate_corpus(
    seed: int = 13,
    train_per_type: int = 60,
    validation_per_type: int = 8,
    test_per_type: int = 8,
    progress: bool = False,
) -> dict[str, list[dict]]:
    """Generate all splits. Each meeting gets its own RNG derived from (seed, split, label, index), so a
    split's content does not depend on the size of the other splits, and no two meetings share a stream."""
    counts = {"train": train_per_type, "validation": validation_per_type, "test": test_per_type}
    total = sum(counts.values()) * len(LABELS)
    out: dict[str, list[dict]] = {s: [] for s in SPLITS}
    seen_text: set[str] = set()
    seen_id: set[str] = set()
    bar = tqdm(total=total, desc="meetings", disable=not progress)
    for split in SPLITS:
        for li, label in enumerate(LABELS):
            for i in range(counts[split]):
                attempt = 0
                while True:
                    rng = random.Random(f"{seed}/{split}/{li}/{i}/{attempt}")
                    m = generate_meeting(label, rng, asr_noise=rng.random() < ASR_SHARE)
                    if m["text"] not in seen_text and m["id"] not in seen_id:
                        break
                    attempt += 1
                seen_text.add(m["text"])
                seen_id.add(m["id"])
                m["meta"]["split"] = split
                out[split].append(m)
                bar.update(1)
        random.Random(f"{seed}/{split}/shuffle").shuffle(out[split])
    bar.close()
    return out


def corpus_stats(corpus: dict[str, list[dict]]) -> dict:
    stats: dict = {}
    for split, rows in corpus.items():
        per: dict = {}
        for label in LABELS:
            lens = [r["meta"]["words"] for r in rows if r["label"] == label]
            if lens:
                per[label] = {
                    "count": len(lens),
                    "median_words": int(statistics.median(lens)),
                    "min_words": min(lens),
                    "max_words": max(lens),
                }
        lens = [r["meta"]["words"] for r in rows]
        stats[split] = {
            "meetings": len(rows),
            "words": sum(lens),
            "median_words": int(statistics.median(lens)) if lens else 0,
            "asr_noise": sum(r["meta"]["asr_noise"] for r in rows),
            "label_styles": dict(Counter(r["meta"]["label_style"] for r in rows)),
            "per_label": per,
        }
    return stats


def write_corpus(
    output_dir: str | Path,
    seed: int = 13,
    train_per_type: int = 60,
    validation_per_type: int = 8,
    test_per_type: int = 8,
    progress: bool = False,
) -> dict:
    """Write ``train.jsonl``, ``validation.jsonl``, ``test.jsonl`` and ``data_card.json``; return stats."""
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    corpus = generate_corpus(seed, train_per_type, validation_per_type, test_per_type, progress=progress)
    for split, rows in corpus.items():
        with open(out / f"{split}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                rec = {"id": r["id"], "title": r["title"], "label": r["label"], "text": r["text"]}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    stats = corpus_stats(corpus)
    card = {
        "generator": "meetingtype.synth",
        "seed": seed,
        "labels": LABELS,
        "per_type": {"train": train_per_type, "validation": validation_per_type, "test": test_per_type},
        "asr_noise_share": ASR_SHARE,
        "stats": stats,
        "note": "Synthetic meetings composed from authored templates; no real transcript text is used.",
    }
    (out / "data_card.json").write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    return stats
