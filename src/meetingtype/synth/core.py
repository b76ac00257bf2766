"""Compose one meeting: cast, context (who/what/where), per-type phases, speaker labels, noise."""

from __future__ import annotations

import hashlib
import math
import random
from functools import partial

from . import slots
from .engine import Builder, Person, assign_labels, render
from .types_ import (
    candidate_interview,
    one_on_one,
    partner_discovery,
    project_kickoff,
    project_sync,
    sales_demo,
    sales_intro,
    support,
    sync_call,
)

LABELS = [
    "Sales Intro Call",
    "Sales Demo",
    "Candidate Interview",
    "One on One",
    "Support",
    "Project Sync",
    "Project Kick-off",
    "Sync Call",
    "Partner Discovery",
]
MODULES = {
    "Sales Intro Call": sales_intro,
    "Sales Demo": sales_demo,
    "Candidate Interview": candidate_interview,
    "One on One": one_on_one,
    "Support": support,
    "Project Sync": project_sync,
    "Project Kick-off": project_kickoff,
    "Sync Call": sync_call,
    "Partner Discovery": partner_discovery,
}
MIN_WORDS, MAX_WORDS = 300, 10_000
MAJORS = [
    "mechanical engineering",
    "computer science",
    "economics",
    "biology",
    "aeronautics",
    "chemistry",
    "business",
    "statistics",
    "design",
    "psychology",
    "electrical engineering",
    "public health",
]
EVENTS = [
    "a charity run",
    "a hackathon",
    "a conference for students",
    "a food drive",
    "a career fair",
    "a robotics competition",
]
TEAMS = [
    "platform",
    "operations",
    "design",
    "data",
    "customer success",
    "research",
    "finance",
    "logistics",
    "marketing",
    "clinical",
    "product",
    "facilities",
]


def sample_length(rng: random.Random) -> int:
    """Log-uniform word target, identical for every type so that length carries no label signal."""
    lo, hi = math.log(MIN_WORDS), math.log(MAX_WORDS)
    # Slightly favour the middle: average of two log-uniform draws, then clip (median ~1,700 words).
    x = (rng.uniform(lo, hi) + rng.uniform(lo, hi)) / 2 if rng.random() < 0.7 else rng.uniform(lo, hi)
    return int(round(math.exp(x)))


def pick_domain(rng: random.Random, bias: dict[str, float] | None = None) -> dict:
    """A domain from `slots.DOMAINS`: uniform, unless `bias` gives a domain its own probability."""
    for name, p in (bias or {}).items():
        if rng.random() < p:
            return next(d for d in slots.DOMAINS if d["domain"] == name)
    return rng.choice(slots.DOMAINS)


def make_context(rng: random.Random, domain_bias: dict[str, float] | None = None) -> dict:
    domain = pick_domain(rng, domain_bias)
    product = rng.choice(slots.PRODUCTS)
    our, cust, partner, prev = rng.sample(slots.COMPANIES, 4)
    ctx: dict = {
        **slots.domain_slots(domain, rng),
        "our": our,
        "cust": cust,
        "partner": partner,
        "prev": [prev, rng.choice(slots.COMPANIES)],
        "industry": rng.choice(slots.INDUSTRIES),
        "industry2": slots.INDUSTRIES,
        "product": product["name"],
        "what": product["what"],
        "feature": product["features"],
        "num": slots.SMALL_NUMS,
        "pct": slots.PCTS,
        "money": slots.MONEY,
        "dur": slots.DURATIONS,
        "tool": slots.TOOLS,
        "weekday": slots.WEEKDAYS,
        "month": slots.MONTHS,
        "city": slots.CITIES,
        "hobby": slots.HOBBIES,
        "weather": slots.WEATHER,
        "job": rng.choice(slots.JOB_ROLES),
        "school": slots.SCHOOLS,
        "major": MAJORS,
        "event": EVENTS,
        "work_team": TEAMS,
        "program": rng.choice(slots.PARTNER_PROGRAMS),
        "val": [
            "eleven point two",
            "forty one",
            "nine percent",
            "three point five",
            "point eight",
            "sixty two",
            "twenty seven",
            "about four hundred",
            "one point nine",
            "eighty five percent",
        ],
    }
    return ctx


def _meeting_id(label: str, rng_state_hint: int) -> str:
    slug = label.lower().replace(" ", "-")
    return f"{slug}-{rng_state_hint:08x}"


def generate_meeting(
    label: str, rng: random.Random, *, target_words: int | None = None, asr_noise: bool = False
) -> dict:
    """Generate one meeting of ``label``; all randomness comes from ``rng`` (deterministic by seed).

    Returns ``{"id", "title", "label", "text", "meta"}``; ``text`` has one ``Speaker: utterance`` line per
    turn and the same speaker never speaks on two consecutive lines.
    """
    if label not in MODULES:
        raise ValueError(f"unknown label {label!r}; expected one of {LABELS}")
    mod = MODULES[label]
    target = target_words if target_words is not None else sample_length(rng)
    target = max(150, int(target))
    ctx = make_context(rng, getattr(mod, "DOMAIN_BIAS", None))
    taken: set[str] = set()
    # Per-sentence disfluency rate. Recorded in-room meetings run to 30-40 "uh"s per thousand words (several
    # times a tidied call transcript), so the top rates make that register common to every type.
    base_fluency = rng.choice([0.0, 0.02, 0.05, 0.08, 0.12, 0.18, 0.28, 0.4])
    # A type recorded in rooms draws its register (Builder.chatter); the chattiest rooms are also the least
    # fluent ones.
    chatter = rng.choice(mod.CHATTER) if hasattr(mod, "CHATTER") else 0.0
    if chatter >= 0.45:
        base_fluency = max(base_fluency, 0.18)

    def mk(role: str, title: str) -> Person:
        first, last = slots.make_person(rng, taken)
        flu = max(0.0, base_fluency + rng.uniform(-0.03, 0.05))
        return Person(first, last, role, title, fluency=flu)

    people = mod.cast(rng, mk)
    b = Builder(rng=rng, label=label, target=target, ctx=ctx, people=people)
    b.chatter = chatter
    ctx.update(getattr(mod, "context", lambda _b: {})(b) or {})
    mod.compose(b)
    styles = getattr(mod, "LABEL_STYLES", None)  # a type may draw export styles with its own odds
    style = assign_labels(people, rng, rng.choice(styles) if styles else None)
    text = render(b.turns, rng, asr_noise, asr_strength=rng.uniform(0.04, 0.14))
    title = getattr(mod, "title", partial(_default_title, label))(b)
    digest = int(hashlib.sha1(text.encode()).hexdigest()[:8], 16)
    return {
        "id": _meeting_id(label, digest),
        "title": title,
        "label": label,
        "text": text,
        "meta": {
            "target_words": target,
            "words": len(text.split()),
            "turns": text.count("\n") + 1,
            "speakers": len({p.label for p in people}),
            "label_style": style,
            "asr_noise": asr_noise,
            "domain": ctx["domain"],
            "variant": ctx.get("variant", "standard"),
        },
    }


def _default_title(label: str, b: Builder) -> str:
    return f"{label} - {b.ctx['project']}"
