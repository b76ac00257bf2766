"""The machinery every meeting type shares: slot filling, speakers, disfluency, ASR noise, rendering.

A type module (``types_/<type>.py``) composes a meeting by calling :class:`Builder` methods; the builder
keeps track of who said what, how many words are spoken so far, and which templates were already used,
so that a long meeting draws fresh paraphrases before it repeats one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Pool = Sequence[str]
SLOT_RE = re.compile(r"\{(\w+)\}")

FILLERS = ["um", "uh", "um", "uh", "you know", "I mean", "like", "sort of", "kind of", "uh", "er", "hmm"]
STARTERS = [
    "So",
    "Okay so",
    "Yeah,",
    "Right,",
    "And",
    "But",
    "Well,",
    "Um,",
    "Uh,",
    "Okay,",
    "Yeah so",
    "I mean,",
    "Alright,",
    "So yeah,",
    "Mm,",
    "Oh,",
]
BACKCHANNELS = [
    "Yeah.",
    "Mm-hmm.",
    "Okay.",
    "Right.",
    "Yep.",
    "Mm.",
    "Uh-huh.",
    "Sure.",
    "Yeah, yeah.",
    "Okay, great.",
    "Got it.",
    "Right, right.",
    "Oh, okay.",
    "Hmm.",
    "Yes.",
    "Cool.",
    "Makes sense.",
    "Sure, sure.",
    "Interesting.",
    "Oh wow.",
    "Ah.",
    "Totally.",
    "Nice.",
    "Fair enough.",
    "Mm, yeah.",
    "Okay, yep.",
    "Ha.",
    "Yeah, no, totally.",
    "Oh really?",
    "Right, okay.",
]
HOMOPHONES = {
    "their": "there",
    "there": "their",
    "to": "too",
    "two": "to",
    "for": "four",
    "right": "write",
    "know": "no",
    "weather": "whether",
    "here": "hear",
    "you're": "your",
    "its": "it's",
    "then": "than",
    "week": "weak",
    "would": "wood",
    "meet": "meat",
    "cell": "sell",
    "by": "buy",
    "new": "knew",
    "break": "brake",
    "one": "won",
    "hour": "our",
    "data": "day to",
    "feature": "future",
    "demo": "demo",
    "sync": "sink",
    "client": "climb",
    "budget": "budge it",
    "prototype": "proto type",
    "queue": "cue",
    "cache": "cash",
    "roll": "role",
    "role": "roll",
    "plan": "plane",
    "team": "teen",
    "price": "prize",
    "portal": "port all",
    "onboarding": "on boarding",
    "integration": "integrations",
    "cluster": "clustered",
}


@dataclass
class Person:
    first: str
    last: str
    role: str  # functional key used by the composer: "host", "candidate", "manager", ...
    title: str  # display role used when the export style labels speakers by role
    fluency: float = 0.05  # per-sentence chance of each disfluency operation
    label: str = ""  # rendered speaker label, set by the builder

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Turn:
    who: Person
    text: str


def fill(template: str, ctx: dict, rng: random.Random) -> str:
    """Replace ``{slot}`` markers from ``ctx``; list values are sampled, callables are called with rng."""

    def sub(m: re.Match) -> str:
        key = m.group(1)
        val = ctx[key]
        if callable(val):
            val = val(rng)
        elif isinstance(val, (list, tuple)):
            val = rng.choice(val)
        return str(val)

    out = SLOT_RE.sub(sub, template)
    if SLOT_RE.search(out):  # a slot value may itself contain slots
        out = SLOT_RE.sub(sub, out)
    return out[:1].upper() + out[1:] if out else out


def disfluent(text: str, rng: random.Random, rate: float) -> str:
    """Add the fillers, repetitions and false starts of spoken language, sentence by sentence."""
    if rate <= 0:
        return text
    sents = re.split(r"(?<=[.?!])\s+", text)
    out = []
    for s in sents:
        words = s.split()
        if len(words) < 3:
            out.append(s)
            continue
        if rng.random() < rate * 2.5:
            st = rng.choice(STARTERS)
            w0 = words[0] if words[0] in ("I", "I'm", "I've", "I'd", "I'll") else words[0].lower()
            words = [st, w0] + words[1:]
        n_ops = sum(rng.random() < rate * 3 for _ in range(1 + len(words) // 12))
        for _ in range(n_ops):
            op = rng.random()
            i = rng.randrange(1, len(words))
            if op < 0.55:
                f = rng.choice(FILLERS)
                words.insert(i, f + ("," if rng.random() < 0.4 else ""))
            elif op < 0.8:
                w = words[i - 1].rstrip(",.?!")
                if w and len(w) < 10:
                    words.insert(i, w)
            else:
                k = min(len(words), rng.randint(2, 4))
                start = " ".join(words[:k]).rstrip(",.?!")
                words = [start + rng.choice(["--", "...", " -", ","])] + words
                break
        out.append(" ".join(words))
    return " ".join(out)


def asr_noise(text: str, rng: random.Random, strength: float) -> str:
    """Make an utterance look like raw ASR output: case, punctuation, misheard and lost words."""
    lower = rng.random() < 0.85
    strip_punct = rng.random() < 0.8
    words = []
    for w in text.split():
        core = w.strip(",.?!;:").lower()
        r = rng.random()
        if r < strength * 0.25:
            continue  # dropped word
        if r < strength * 0.6 and core in HOMOPHONES:
            w = HOMOPHONES[core] + (w[-1] if w[-1] in ",.?!" else "")
        words.append(w)
    out = " ".join(words) if words else text
    if strip_punct:
        out = re.sub(r"[,;:]", "", out)
        out = re.sub(r"[.?!]+(\s|$)", lambda m: m.group(1) if rng.random() < 0.8 else ". ", out).strip()
        out = out.replace("--", "").replace("...", "")
    if lower:
        out = out.lower()
    return re.sub(r"\s+", " ", out).strip() or text.lower()


@dataclass
class Builder:
    """Accumulates the turns of one meeting."""

    rng: random.Random
    label: str
    target: int
    ctx: dict
    people: list[Person]
    turns: list[Turn] = field(default_factory=list)
    words: int = 0
    used: dict[tuple, set[int]] = field(default_factory=dict)
    verbosity: float = 1.0

    # --- picking material ---
    def pick(self, pool: Pool, who: Person | None = None, **extra: str) -> str:
        """Fill a template from ``pool``, preferring ones not yet used in this meeting."""
        used = self.used.setdefault(tuple(pool), set())
        if len(used) >= len(pool):
            used.clear()
        idx = self.rng.randrange(len(pool))
        for _ in range(6):
            if idx not in used:
                break
            idx = self.rng.randrange(len(pool))
        used.add(idx)
        return self.fill(pool[idx], who, **extra)

    def picks(self, pool: Pool, k: int, who: Person | None = None, **extra: str) -> str:
        return " ".join(self.pick(pool, who, **extra) for _ in range(k))

    def fill(self, template: str, who: Person | None = None, **extra: str) -> str:
        ctx = dict(self.ctx)
        others = [p for p in self.people if p is not who] or self.people
        ctx["you"] = self.rng.choice(others).first
        if who is not None:
            ctx["me"] = who.first
            ctx["me_full"] = who.full
            ctx["title"] = who.title
        ctx.update(extra)
        return fill(template, ctx, self.rng)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def one(self, seq: Sequence):
        return self.rng.choice(seq)

    # --- speaking ---
    def say(self, who: Person, text: str) -> None:
        text = text.strip()
        if not text:
            return
        if self.turns and self.turns[-1].who is who:
            self.turns[-1].text += " " + text
        else:
            self.turns.append(Turn(who, text))
        self.words += len(text.split())

    def back(self, who: Person) -> None:
        """A short backchannel turn ("Mm-hmm.")."""
        self.say(who, self.rng.choice(BACKCHANNELS))

    def others(self, who: Person) -> list[Person]:
        return [p for p in self.people if p is not who]

    def long(
        self,
        who: Person,
        sentences: list[str],
        listeners: Sequence[Person] | None = None,
        p_break: float = 0.35,
    ) -> None:
        """Say several sentences, sometimes broken up by listeners' backchannels or short interjections."""
        listeners = list(listeners) if listeners else self.others(who)
        chunk: list[str] = []
        for i, s in enumerate(sentences):
            chunk.append(s)
            last = i == len(sentences) - 1
            if not last and len(chunk) >= 2 and listeners and self.chance(p_break):
                self.say(who, " ".join(chunk))
                self.back(self.one(listeners))
                chunk = []
        if chunk:
            self.say(who, " ".join(chunk))

    def left(self) -> int:
        return self.target - self.words

    def loop(self, steps: list[tuple[float, Callable[[], None]]], reserve: int) -> None:
        """Run weighted body steps until only ``reserve`` words of the target remain."""
        weights = [w for w, _ in steps]
        fns = [f for _, f in steps]
        guard = 0
        while self.left() > reserve and guard < 2000:
            self.rng.choices(fns, weights)[0]()
            guard += 1


# --- speaker label styles -------------------------------------------------------------------------

LABEL_STYLES = ["full", "first", "speaker_n", "role", "mixed", "first", "full", "letter"]


def assign_labels(people: list[Person], rng: random.Random, style: str | None = None) -> str:
    """Choose one export style per meeting and set ``Person.label``; returns the style used."""
    style = style or rng.choice(LABEL_STYLES)
    base = rng.choice([0, 1, 1])
    role_counts: dict[str, int] = {}
    for i, p in enumerate(people):
        if style == "full":
            p.label = p.full
        elif style == "first":
            p.label = p.first
        elif style == "speaker_n":
            p.label = f"Speaker {i + base}"
        elif style == "letter":
            p.label = f"Speaker {chr(ord('A') + i)}"
        elif style == "role":
            role_counts[p.title] = role_counts.get(p.title, 0) + 1
            p.label = p.title
        else:  # mixed: some people known by name, guests by a generic label
            p.label = (
                p.full if rng.random() < 0.5 else (p.first if rng.random() < 0.6 else f"Speaker {i + 1}")
            )
    if style == "role":  # disambiguate duplicated role titles ("Attendee 1", "Attendee 2")
        seen: dict[str, int] = {}
        for p in people:
            if role_counts[p.title] > 1:
                seen[p.title] = seen.get(p.title, 0) + 1
                p.label = f"{p.title} {seen[p.title]}"
    labels = [p.label for p in people]
    if len(set(labels)) < len(labels):
        for i, p in enumerate(people):
            p.label = f"{p.label} ({i + 1})" if labels.count(p.label) > 1 else p.label
    return style


def render(turns: list[Turn], rng: random.Random, asr: bool, asr_strength: float = 0.08) -> str:
    """One ``Speaker: utterance`` line per turn; consecutive turns of one speaker are merged."""
    merged: list[tuple[str, str]] = []
    for t in turns:
        text = disfluent(t.text, rng, t.who.fluency)
        if asr:
            text = asr_noise(text, rng, asr_strength)
        text = re.sub(r"\s+", " ", text).strip()
        if not text:
            continue
        if merged and merged[-1][0] == t.who.label:
            merged[-1] = (t.who.label, merged[-1][1] + " " + text)
        else:
            merged.append((t.who.label, text))
    return "\n".join(f"{s}: {u}" for s, u in merged)
