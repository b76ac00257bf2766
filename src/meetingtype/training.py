"""Fine-tune a DistilBERT sequence classifier on chunked meetings with the Hugging Face `Trainer`.

Data flow: labeled meetings (`data.load_splits`) -> overlapping token windows (`chunking`) that each
inherit their meeting's label -> at most `data.max_chunks_per_meeting` windows per meeting per epoch,
re-drawn every epoch by seed -> Trainer. Evaluation averages window logits per meeting (`aggregate`)
and model selection / early stopping use the meeting-level macro-F1 (ties broken by the meeting-level
validation loss), never window accuracy.
The saved folder is a standard `from_pretrained` checkpoint whose config carries the label maps and
the taxonomy's definitions, so tagging never needs the config it was trained with.
"""

from __future__ import annotations

import json
import logging
import os
import random
from pathlib import Path

import numpy as np
import torch
from torch.utils.data import Dataset as TorchDataset

from . import __version__
from .aggregate import group_by_meeting
from .base_model import hub_id_for, resolve_base_model
from .chunking import chunk_meetings, sample_indices
from .config import Config, to_yaml
from .data import load_splits, summarize
from .inference import FastDistilBertClassifier, MeetingClassifier
from .metrics import classification_report, format_table, plot_confusion_matrix
from .taxonomy import Taxonomy

logger = logging.getLogger(__name__)


def chunk_split(ds, tokenizer, max_length: int, stride: int):
    """A `datasets.Dataset` of windows: input_ids, labels (the meeting's), meeting (row in `ds`)."""

    def fn(batch, indices):
        c = chunk_meetings(tokenizer, batch["text"], max_length, stride)
        return {
            "input_ids": c.input_ids,
            "labels": [batch["label"][m] for m in c.meeting_index],
            "meeting": [indices[m] for m in c.meeting_index],
        }

    return ds.map(fn, batched=True, with_indices=True, remove_columns=ds.column_names, desc="chunking")


class ChunkRows(TorchDataset):
    """A fixed selection of rows of a chunk dataset, in a fixed order (what evaluation reads).

    It has no `set_epoch` on purpose: accelerate's dataloader calls `set_epoch` on any dataset that has
    one every time it iterates, which would redraw the rows behind the meeting index of the metrics.
    """

    def __init__(self, chunks, rows: list[int]):
        self.chunks = chunks
        self.rows = rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> dict:
        row = self.chunks[self.rows[i]]
        return {"input_ids": row["input_ids"], "labels": row["labels"]}


class CappedChunks(ChunkRows):
    """Windows with at most `cap` per meeting, re-drawn for each epoch (`set_epoch`) from `seed`.

    The count per meeting is min(n_chunks, cap) in every epoch, so the epoch length (and with it the
    learning-rate schedule) stays fixed while the windows seen vary.
    """

    def __init__(self, chunks, cap: int | None, seed: int):
        super().__init__(chunks, [])
        self.cap = cap
        self.seed = seed
        meetings = np.asarray(chunks["meeting"])
        self._starts: dict[int, tuple[int, int]] = {}
        for i, m in enumerate(meetings):
            first, n = self._starts.get(int(m), (i, 0))
            self._starts[int(m)] = (first, n + 1)
        self.set_epoch(0)

    def set_epoch(self, epoch: int) -> None:
        rows: list[int] = []
        for m, (first, n) in sorted(self._starts.items()):
            rows.extend(
                first + i for i in sample_indices(n, self.cap, seed=self.seed * 1_000_003 + epoch * 7919 + m)
            )
        self.rows = rows

    def labels(self) -> list[int]:
        all_labels = self.chunks["labels"]
        return [all_labels[r] for r in self.rows]


# Weight of the meeting-level validation loss in the checkpoint-selection score: it only breaks ties.
# Macro-F1 is reported to 4 decimals, so any change in it moves the score by at least 1e-4, and the loss
# term stays below 5e-5 (weight x cap). Ties are common: a small synthetic validation split often scores
# the same macro-F1 after epoch 1 and epoch 2, and the Trainer keeps the earlier checkpoint on a tie.
# With training.seed=7 that was the under-trained epoch-1 model (validation loss 0.53 against 0.20).
SELECTION_LOSS_WEIGHT = 1e-5
SELECTION_LOSS_CAP = 4.99


def selection_score(macro_f1: float, meeting_loss: float) -> float:
    """Meeting-level macro-F1 with ties broken by the lower meeting-level cross-entropy."""
    return macro_f1 - SELECTION_LOSS_WEIGHT * min(meeting_loss, SELECTION_LOSS_CAP)


def meeting_log_loss(meeting_logits: np.ndarray, references: list[int]) -> float:
    """Mean cross-entropy of the aggregated meeting logits against the meetings' labels."""
    z = meeting_logits - meeting_logits.max(axis=-1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=-1, keepdims=True))
    return float(-log_probs[np.arange(len(references)), references].mean())


def class_weights(labels: list[int], n_labels: int) -> torch.Tensor:
    """Inverse-frequency weights (mean 1 over present labels) so rare types are not drowned out."""
    counts = np.bincount(labels, minlength=n_labels).astype(np.float64)
    present = counts > 0
    w = np.zeros(n_labels)
    w[present] = counts[present].sum() / (present.sum() * counts[present])
    return torch.tensor(w, dtype=torch.float32)


def cpu_has_native_bf16() -> bool:
    """Whether this CPU multiplies bf16 in hardware (AVX512-BF16 or AMX), where bf16 autocast is faster."""
    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(bool(getattr(torch.cpu, name, lambda: False)()) for name in checks)


def cpu_uses_bf16(choice: str) -> bool:
    """Whether training on the CPU runs in bf16 autocast for `training.mixed_precision` = `choice`."""
    return choice in ("auto", "bf16") and cpu_has_native_bf16()


def mixed_precision_flags(choice: str) -> dict:
    """Trainer flags for `training.mixed_precision` (auto, no, bf16, fp16) on this machine.

    auto: bf16 on a GPU that has it (fp16 on older GPUs); on the CPU bf16 where the CPU multiplies it
    in hardware (measured on a 2-core AVX512-BF16 CPU with the default recipe: about 2.2 s against
    4.0 s a step, and the same real-dev labels and scores within 0.01 as fp32), fp32 elsewhere. fp16
    on the CPU, or bf16 on a CPU without it, falls back to fp32 with a warning. Machines with another
    accelerator (XPU, MPS, ...) keep fp32 and their device: CPU bf16 would need `use_cpu`, which would
    move the run off the accelerator.
    """
    if torch.cuda.is_available():
        if choice == "auto":
            choice = "bf16" if torch.cuda.is_bf16_supported() else "fp16"
        return {"bf16": choice == "bf16", "fp16": choice == "fp16"}
    fp32 = {"bf16": False, "fp16": False}
    if _other_accelerator():
        if choice in ("bf16", "fp16"):
            logger.warning("training.mixed_precision=%s needs a CUDA GPU; training in fp32", choice)
        return fp32
    if (choice == "bf16" and not cpu_has_native_bf16()) or choice == "fp16":
        logger.warning(
            "training.mixed_precision=%s needs a GPU%s; training in fp32 on the CPU",
            choice,
            " or a CPU with native bf16 (AVX512-BF16 or AMX)" if choice == "bf16" else "",
        )
    return {"bf16": cpu_uses_bf16(choice), "fp16": False}


def _other_accelerator() -> bool:
    """An accelerator other than CUDA (XPU, MPS, HPU ...) that the Trainer would train on."""
    acc = getattr(torch, "accelerator", None)
    if acc is None or not acc.is_available():
        return False
    current = acc.current_accelerator()
    return current is not None and current.type not in ("cpu", "cuda")


def model_to_train(cfg: Config, base: str | Path, taxonomy: Taxonomy):
    """The base model with a fresh head for the taxonomy, set up as `cfg.model` says (dropout, frozen parts).

    Shared by `train` and the benchmark, so the benchmark times the model training really runs.
    """
    from transformers import AutoModelForSequenceClassification

    model = AutoModelForSequenceClassification.from_pretrained(
        base,
        num_labels=len(taxonomy.names),
        id2label=taxonomy.id2label,
        label2id=taxonomy.label2id,
        problem_type="single_label_classification",
        # Attention dropout sends CPU SDPA to its slow path: a training step at 0.0 took 8.8 s instead
        # of 19 s (16 x 512 tokens, one core); the hidden-state dropout still regularises.
        attention_dropout=cfg.model.attention_dropout,
    )
    freeze(model, cfg.model.freeze_embeddings, cfg.model.freeze_layers)
    return model


def freeze(model, freeze_embeddings: bool, freeze_layers: int) -> None:
    """Freeze the embedding matrix and/or the lowest transformer layers (cheaper backward, less overfit).

    Dropout inside a frozen part is switched off too: a frozen part is a fixed feature extractor,
    and dropout there only adds noise and time.
    """
    base = model.base_model
    layers = base.transformer.layer if hasattr(base, "transformer") else base.encoder.layer
    frozen = ([base.embeddings] if freeze_embeddings else []) + list(layers[:freeze_layers])
    for part in frozen:
        for p in part.parameters():
            p.requires_grad = False
        for m in part.modules():
            if isinstance(m, torch.nn.Dropout):
                m.p = 0.0


def build_trainer(
    cfg: Config,
    taxonomy: Taxonomy,
    splits,
    model,
    tokenizer,
    output_dir: Path,
    reports_by_step: dict[int, dict],
):
    from transformers import (
        DataCollatorWithPadding,
        EarlyStoppingCallback,
        Trainer,
        TrainerCallback,
        TrainingArguments,
    )

    train_chunks = chunk_split(splits["train"], tokenizer, cfg.model.max_length, cfg.model.stride)
    train_ds = CappedChunks(train_chunks, cfg.data.max_chunks_per_meeting, cfg.training.seed)
    eval_chunks = chunk_split(splits["validation"], tokenizer, cfg.model.max_length, cfg.model.stride)
    lengths = [len(ids) for ids in eval_chunks["input_ids"]]
    eval_rows = CappedChunks(eval_chunks, cfg.data.eval_max_chunks_per_meeting, cfg.training.seed).rows
    # Longest first: batches of equal width, little padding. Fixed rows, so the meeting index holds.
    eval_ds = ChunkRows(eval_chunks, sorted(eval_rows, key=lambda r: -lengths[r]))
    meetings = eval_chunks["meeting"]
    eval_meeting = [meetings[r] for r in eval_ds.rows]
    eval_weights = [lengths[r] for r in eval_ds.rows]
    n_eval = len(splits["validation"])
    eval_refs = list(splits["validation"]["label"])
    weights = class_weights(train_ds.labels(), len(taxonomy.names)) if cfg.training.class_weighting else None

    last_report: list[dict] = []

    def compute_metrics(pred) -> dict:
        logits = pred.predictions[0] if isinstance(pred.predictions, tuple) else pred.predictions
        meeting_logits = group_by_meeting(
            logits, eval_meeting, eval_weights, n_eval, cfg.inference.aggregation
        )
        report = classification_report(meeting_logits.argmax(-1).tolist(), eval_refs, taxonomy.names)
        last_report[:] = [report]
        chunk_acc = float((logits.argmax(-1) == pred.label_ids).mean())
        loss = meeting_log_loss(meeting_logits, eval_refs)
        return {
            "macro_f1": report["macro_f1"],
            "accuracy": report["accuracy"],
            "chunk_accuracy": chunk_acc,
            "meeting_loss": loss,
            "selection_score": selection_score(report["macro_f1"], loss),
        }

    class WeightedTrainer(Trainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            labels = inputs.pop("labels")
            outputs = model(**inputs)
            w = weights.to(outputs.logits.device) if weights is not None else None
            loss = torch.nn.functional.cross_entropy(outputs.logits.float(), labels, weight=w)
            return (loss, outputs) if return_outputs else loss

        # Evaluation on the CPU runs the tagging engine's forward (fused Q/K/V, [CLS]-only last layer,
        # no mask for unpadded batches): the same logits to float precision in less time, and each
        # evaluation of the bundled validation split is about a minute of a default CPU run.
        fast: FastDistilBertClassifier | None = None

        def evaluation_loop(self, *args, **kwargs):
            model = self.accelerator.unwrap_model(self.model)
            on_cpu = next(model.parameters()).device.type == "cpu"
            if on_cpu and FastDistilBertClassifier.supports(model):
                self.fast = FastDistilBertClassifier(model)  # built anew: it copies the current Q/K/V
            try:
                return super().evaluation_loop(*args, **kwargs)
            finally:
                self.fast = None

        def prediction_step(self, model, inputs, prediction_loss_only, ignore_keys=None):
            if self.fast is None:
                return super().prediction_step(model, inputs, prediction_loss_only, ignore_keys)
            inputs = self._prepare_inputs(inputs)
            labels = inputs["labels"]
            with torch.inference_mode():
                logits = self.fast(inputs["input_ids"], inputs.get("attention_mask"))
                w = weights.to(logits.device) if weights is not None else None
                loss = torch.nn.functional.cross_entropy(logits.float(), labels, weight=w)
            return loss, (None if prediction_loss_only else logits), labels

    class RedrawEachEpoch(TrainerCallback):
        def on_epoch_begin(self, args, state, control, **kwargs):
            train_ds.set_epoch(int(state.epoch or 0))

    class KeepReports(TrainerCallback):
        """Keep each evaluation's full meeting-level report, so the best one need not be recomputed."""

        def on_evaluate(self, args, state, control, **kwargs):
            if last_report:
                reports_by_step[state.global_step] = last_report[0]

    t = cfg.training
    strategy = "steps" if t.save_steps else "epoch"
    precision = mixed_precision_flags(t.mixed_precision)
    on = "bf16" if precision["bf16"] else "fp16" if precision["fp16"] else "fp32"
    logger.info("training precision: %s (training.mixed_precision=%s)", on, t.mixed_precision)
    args = TrainingArguments(
        output_dir=str(output_dir / "checkpoints"),
        num_train_epochs=t.epochs,
        per_device_train_batch_size=t.batch_size,
        per_device_eval_batch_size=t.eval_batch_size,
        gradient_accumulation_steps=t.gradient_accumulation_steps,
        learning_rate=t.learning_rate,
        weight_decay=t.weight_decay,
        warmup_steps=t.warmup_ratio,
        eval_strategy=strategy,
        save_strategy=strategy,
        eval_steps=t.save_steps,
        save_steps=t.save_steps,
        save_total_limit=t.save_total_limit,
        load_best_model_at_end=True,
        metric_for_best_model="selection_score",  # macro-F1, ties broken by validation loss
        greater_is_better=True,
        logging_steps=t.logging_steps,
        seed=t.seed,
        data_seed=t.seed,
        dataloader_num_workers=t.dataloader_num_workers,
        report_to=t.report_to,
        remove_unused_columns=False,
        # Several processes without a GPU (`accelerate launch` / torchrun on CPUs): accelerate sets up
        # a gloo process group only when asked for the CPU.
        # bf16 on the CPU also needs it (TrainingArguments refuses bf16 without a GPU otherwise).
        use_cpu=not torch.cuda.is_available()
        and (int(os.environ.get("WORLD_SIZE", "1")) > 1 or precision["bf16"]),
        **precision,
    )
    callbacks = [RedrawEachEpoch(), KeepReports()]
    if t.early_stopping_patience:
        callbacks.append(EarlyStoppingCallback(early_stopping_patience=t.early_stopping_patience))
    return WeightedTrainer(
        model=model,
        args=args,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        processing_class=tokenizer,
        data_collator=DataCollatorWithPadding(tokenizer),
        compute_metrics=compute_metrics,
        callbacks=callbacks,
    )


def evaluate_meetings(classifier: MeetingClassifier, ds, names: list[str]) -> tuple[dict, list]:
    """Meeting-level report on a split through the tagging path itself."""
    preds = classifier.predict(list(ds["text"]))
    report = classification_report([names.index(p.label) for p in preds], list(ds["label"]), names)
    return report, preds


def last_complete_checkpoint(ckpt_dir: Path) -> str | None:
    """The newest checkpoint the Trainer finished writing (trainer_state.json is its last file).

    A run killed while saving leaves a checkpoint folder without it; resuming from that would fail.
    """
    if not ckpt_dir.is_dir():
        return None
    found = sorted(
        (int(p.name.rsplit("-", 1)[1]), p)
        for p in ckpt_dir.glob("checkpoint-*")
        if p.name.rsplit("-", 1)[1].isdigit()
    )
    for _, path in reversed(found):
        if (path / "trainer_state.json").is_file():
            return str(path)
        logger.warning("--resume: %s was not finished (killed while saving?); using an earlier one", path)
    return None


def train(cfg: Config, resume: bool = False) -> Path:
    """Run a full training job from a resolved config; returns the output folder."""
    from transformers import AutoTokenizer, set_seed

    set_seed(cfg.training.seed)
    random.seed(cfg.training.seed)
    output_dir = Path(cfg.training.output_dir)
    taxonomy = Taxonomy.from_yaml(cfg.labels)
    splits = load_splits(cfg.data, taxonomy)  # every data problem is reported before anything heavy runs
    base = resolve_base_model(cfg.model.base)
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = model_to_train(cfg, base, taxonomy)
    reports_by_step: dict[int, dict] = {}
    trainer = build_trainer(cfg, taxonomy, splits, model, tokenizer, output_dir, reports_by_step)
    resume_from = None
    if resume:
        ckpt_dir = output_dir / "checkpoints"
        resume_from = last_complete_checkpoint(ckpt_dir)
        if resume_from is None:
            logger.warning("--resume: no checkpoint in %s yet; starting from the beginning", ckpt_dir)
    trainer.train(resume_from_checkpoint=resume_from)

    model = trainer.model
    model.config.meetingtype = {
        "version": __version__,
        "labels": taxonomy.to_list(),
        "max_length": cfg.model.max_length,
        "stride": cfg.model.stride,
        "aggregation": cfg.inference.aggregation,
        "review_threshold": cfg.inference.review_threshold,
        "base_model": hub_id_for(cfg.model.base) or cfg.model.base,
    }
    trainer.save_model(str(output_dir))  # called by every process (sharded setups gather); main writes
    if not trainer.is_world_process_zero():
        return output_dir  # evaluation, metrics, the confusion matrix and the push are the main's alone
    classifier = MeetingClassifier(
        model,
        tokenizer,
        max_length=cfg.model.max_length,
        stride=cfg.model.stride,
        aggregation=cfg.inference.aggregation,
        review_threshold=cfg.inference.review_threshold,
        batch_size=cfg.training.eval_batch_size,
    )
    metrics: dict = {
        "best_checkpoint": trainer.state.best_model_checkpoint,
        "epochs_run": trainer.state.epoch,
    }
    best = trainer.state.best_model_checkpoint
    best_step = int(best.rsplit("-", 1)[-1]) if best else None
    for split in ("validation", "test"):
        if split in splits:
            if split == "validation" and best_step in reports_by_step:
                report = reports_by_step[best_step]  # the best checkpoint was scored on it in training
            else:
                report, _ = evaluate_meetings(classifier, splits[split], taxonomy.names)
            metrics[split] = report
            if trainer.is_world_process_zero():
                print(format_table(report, title=f"\n{split} (meeting level)"))
    if trainer.is_world_process_zero():
        (output_dir / "training_config.yaml").write_text(to_yaml(cfg), encoding="utf-8")
        (output_dir / "data_summary.json").write_text(
            json.dumps(summarize(splits), indent=2), encoding="utf-8"
        )
        (output_dir / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
        last = "test" if "test" in metrics else "validation"
        plot_confusion_matrix(
            metrics[last], output_dir / "confusion_matrix.png", title=f"{last} set (meetings)"
        )
        if cfg.training.push_to_hub:
            from .push import push_checkpoint

            url = push_checkpoint(output_dir, cfg.training.push_to_hub, private=cfg.training.hub_private)
            print(f"pushed to {url}")
    return output_dir
