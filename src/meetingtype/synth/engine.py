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


ALT_RE = re.compile(r"\[([^\[\]]*)\]")

# Interchangeable spoken phrasings. After a template is filled, each listed phrase found in it may be swapped
# for another of its group, so that no fixed word sequence follows a template around (contractions, hedges,
# intensifiers, stock verbs). Groups hold phrases that can replace each other in any sentence.
VARIANTS: list[list[str]] = [
    ["I think", "I'd say", "I believe", "I guess", "I reckon", "I suppose"],
    ["I feel like", "my sense is", "it seems to me", "my feeling is"],
    ["a lot of", "lots of", "plenty of", "a bunch of", "loads of", "quite a lot of"],
    ["we need to", "we have to", "we've got to", "we should", "we'll need to", "we ought to"],
    ["to be honest", "honestly", "frankly", "if I'm honest", "truth be told"],
    ["at the moment", "right now", "currently", "at this point", "these days", "as of now"],
    ["basically", "essentially", "pretty much", "more or less", "in short"],
    ["a bit", "a little", "slightly", "somewhat"],
    ["kind of", "sort of", "kinda", "more or less"],
    ["maybe", "perhaps", "possibly", "probably"],
    ["problem", "issue"],
    ["pretty sure", "fairly sure", "quite sure", "fairly confident"],
    ["I'm not sure", "I don't know", "I'm not certain", "not sure", "I'm unsure"],
    ["a couple of", "a few", "two or three", "several"],
    ["definitely", "absolutely", "for sure", "certainly"],
    ["great", "awesome", "perfect", "brilliant", "excellent", "fantastic", "wonderful"],
    ["really", "actually", "genuinely"],
    ["going to", "gonna"],
    ["I want to", "I'd like to", "I wanted to", "I'm hoping to"],
    ["I'm", "I am"],
    ["it's", "it is"],
    ["that's", "that is"],
    ["we're", "we are"],
    ["don't", "do not"],
    ["didn't", "did not"],
    ["can't", "cannot", "can not"],
    ["isn't", "is not"],
    ["there's", "there is"],
    ["you're", "you are"],
    ["we'll", "we will"],
    ["I'd", "I would"],
    ["the main thing", "the big thing", "the key thing", "the biggest thing"],
    ["the thing is", "the point is", "the catch is"],
    ["last time", "last meeting", "the last session"],
    ["next time", "next meeting"],
    ["makes sense", "sounds right", "sounds sensible"],
    ["a few weeks", "some weeks", "a couple of weeks", "three weeks or so"],
    ["obviously", "of course", "naturally", "clearly"],
    ["looking at", "checking", "going over"],
    ["figure out", "work out", "sort out", "find out"],
    ["talk about", "discuss", "go over", "cover", "chat about"],
    ["look at", "check", "go over", "take a look at"],
    ["send", "forward"],
    ["steps", "instructions"],
    ["fine", "okay", "alright"],
    ["big", "large", "huge"],
    ["small", "little", "minor"],
    ["quick", "short", "brief"],
    ["client", "customer"],
    ["clients", "customers"],
    ["usually", "normally", "typically", "generally"],
    ["often", "frequently", "regularly"],
    ["every day", "daily", "each day"],
    ["every week", "weekly", "each week"],
    ["pretty", "quite", "fairly", "rather"],
    ["very", "super", "extremely"],
    ["important", "key", "crucial"],
    ["hard", "difficult", "tough", "tricky"],
    ["easy", "simple", "straightforward"],
    ["happy to", "glad to", "more than happy to"],
    ["a lot", "a ton", "loads"],
    ["thanks", "thank you", "cheers"],
    ["okay", "alright", "all right", "ok"],
    ["yeah", "yes", "yep"],
    ["they're", "they are"],
    ["won't", "will not"],
    ["doesn't", "does not"],
    ["haven't", "have not"],
    ["wasn't", "was not"],
    ["it'll", "it will"],
    ["what's", "what is"],
    ["here's", "here is"],
    ["I'll", "I will"],
    ["you'll", "you will"],
    ["going well", "going fine", "going okay", "going alright"],
    ["a week", "a few days", "seven days"],
    ["the whole", "the entire", "all of the"],
    ["anyway", "anyhow", "in any case"],
    ["because", "'cause"],  # not "since"/"as": both are also time and comparison words
    ["but", "though", "although"],
]
# Short asides dropped in after a comma, as people do when they talk.
ASIDES = [
    "I mean",
    "you know",
    "basically",
    "honestly",
    "like",
    "at least",
    "in a way",
    "for what it's worth",
    "I'd say",
    "more or less",
    "if that makes sense",
    "as far as I know",
    "roughly",
    "so to speak",
    "I think",
    "let's say",
    "in practice",
    "to be fair",
]
_VAR_GROUP: dict[str, list[str]] = {}
for _grp in VARIANTS:
    for _alt in _grp:
        _VAR_GROUP.setdefault(_alt.lower(), _grp)
_VAR_MAXN = max(len(k.split()) for k in _VAR_GROUP)
_TRAIL = ",.?!;:"


def expand_alternatives(template: str, rng: random.Random) -> str:
    """``[a|b|c]`` picks one alternative (innermost first, so groups can nest); ``[|x]`` makes x optional."""
    while True:
        m = ALT_RE.search(template)
        if not m:
            return template
        choice = rng.choice(m.group(1).split("|"))
        template = template[: m.start()] + choice + template[m.end() :]


def vary(text: str, rng: random.Random, rate: float = 0.5) -> str:
    """Swap stock phrases for interchangeable ones (see ``VARIANTS``), keeping a capital initial."""
    words = text.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_VAR_MAXN, len(words) - i), 0, -1):
            last = words[i + n - 1]
            core = last.rstrip(_TRAIL)
            tail = last[len(core) :]
            key = " ".join(words[i : i + n - 1] + [core]).lower()
            grp = _VAR_GROUP.get(key)
            if grp is None or any(c in w for w in words[i : i + n - 1] for c in _TRAIL):
                continue
            old = " ".join(words[i : i + n - 1] + [core])
            if rng.random() < rate:
                new = rng.choice(grp)
                if not (new == "I" or new.startswith(("I ", "I'"))):
                    new = (new[:1].upper() if old[:1].isupper() else new[:1].lower()) + new[1:]
                old = new
            out.append(old + tail)
            i += n
            break
        else:
            out.append(words[i])
            i += 1
    text = " ".join(out)
    if ", " in text:
        parts = text.split(", ")
        text = parts[0]
        for part in parts[1:]:
            if rng.random() < 0.2 and len(text.split()) >= 4:
                text += ", " + rng.choice(ASIDES) + ", " + part
            else:
                text += ", " + part
    return text


def fill(template: str, ctx: dict, rng: random.Random) -> str:
    """Replace ``{slot}`` markers from ``ctx``; list values are sampled, callables are called with rng.

    ``[a|b]`` alternatives are expanded first (and again in slot values), then stock phrases are varied."""
    template = expand_alternatives(template, rng)

    def sub(m: re.Match) -> str:
        key = m.group(1)
        val = ctx[key]
        if callable(val):
            val = val(rng)
        elif isinstance(val, (list, tuple)):
            val = rng.choice(val)
        return str(val)

    out = SLOT_RE.sub(sub, template)
    out = expand_alternatives(out, rng)
    if SLOT_RE.search(out):  # a slot value may itself contain slots
        out = expand_alternatives(SLOT_RE.sub(sub, out), rng)
    out = vary(out, rng)
    out = re.sub(r"\s+([,.?!])", r"\1", re.sub(r"\s{2,}", " ", out)).strip()
    return out[:1].upper() + out[1:] if out else out


# From this per-sentence rate on, a speaker is heavily disfluent: `disfluent` edits every few words rather
# than every dozen, and `disfluency_growth` (measured on that behaviour) changes with it.
HEAVY_DISFLUENCY = 0.25


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
        per = 12 if rate < HEAVY_DISFLUENCY else 5  # heavy speakers: a filler or repeat every few words
        n_ops = sum(rng.random() < rate * 3 for _ in range(1 + len(words) // per))
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


def disfluency_growth(rate: float) -> float:
    """How much `disfluent` lengthens speech at this rate, on average (measured on typical sentences).

    The builder counts words before rendering adds the disfluencies, so it scales its count by this
    to keep a heavy speaker's meeting near its target length.
    """
    if rate <= 0:
        return 1.0
    return 1 + 0.85 * rate if rate < HEAVY_DISFLUENCY else 1.42


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
    # In-room register: the chance that a listener answers a longer turn with a backchannel ("Mm-hmm."),
    # and how readily long turns are broken up. Recorded in-room meetings are full of these (a third or more
    # of their turns are three words or fewer); a tidy call transcript has few.
    chatter: float = 0.0

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

    def pair(self, pairs: Sequence[tuple[str, Sequence[str]]], who: Person | None = None) -> tuple[str, Pool]:
        """Pick a (question, answers) pair, preferring unused ones; returns the filled question and the
        answer pool that belongs to it, so that answers stay on the question's topic."""
        idx = self._fresh(("pair", id(pairs)), len(pairs))
        q, answers = pairs[idx]
        return self.fill(q, who), answers

    def _fresh(self, key: tuple, n: int) -> int:
        used = self.used.setdefault(key, set())
        if len(used) >= n:
            used.clear()
        idx = self.rng.randrange(n)
        for _ in range(8):
            if idx not in used:
                break
            idx = self.rng.randrange(n)
        used.add(idx)
        return idx

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
        n_words = len(text.split())
        self.words += round(n_words * disfluency_growth(who.fluency))
        if self.chatter and n_words >= 6 and len(self.people) > 1 and self.chance(self.chatter):
            listener = self.one(self.others(who))
            self.turns.append(Turn(listener, self.rng.choice(BACKCHANNELS)))
            self.words += 1

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
            min_chunk = 1 if self.chatter >= 0.3 else 2
            if not last and len(chunk) >= min_chunk and listeners and self.chance(p_break + self.chatter / 2):
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

# Meeting-recorder corpora and some transcription services label speakers by role ("Project Manager",
# "Interviewer", "PhD B"); that is common enough that "role" is drawn as often as full names.
LABEL_STYLES = ["full", "first", "speaker_n", "role", "mixed", "first", "full", "letter", "role", "role"]


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
    if style == "role" and len(people) > 2 and rng.random() < 0.35:  # every role with a seat letter: "PhD B"
        letters = rng.sample("ABCDEFGHIJ", len(people))
        for p, letter in zip(people, letters, strict=True):
            p.label = f"{p.title} {letter}"
    elif style == "role":  # disambiguate duplicated role titles ("Attendee 1", "Attendee 2")
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
