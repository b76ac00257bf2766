"""Sync Call: a CSM's general check-in with an EXISTING customer about their experience with the product.

Covers how things are going, usage and adoption, open questions or tickets, recently released features
(sometimes shown on screen - the hard case against a demo), pricing, seats and renewal. It is NOT onboarding:
the customer has been using the product for a while.
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import shared

OPEN = [
    "So, just our regular check-in. It's been about two months since we last talked, right?",
    "I mostly wanted to see how things are going with {product} and answer any questions.",
    "It's been a while! How's everything been since the rollout to the {city} team?",
    "I know renewal is coming up in {month}, so I wanted to check in well before that.",
    "No big agenda today. How's it going, what's working, what's annoying people?",
]
HOW = [
    "So, big picture, how are things going with {product} for your team?",
    "How's adoption looking? Are people actually using {feature}?",
    "Any issues since we last spoke?",
    "I saw in the usage numbers that {feature} has picked up a lot. What changed?",
    "Did the support ticket about {feature} get sorted?",
    "How are the new people finding it?",
]
EXPERIENCE = [
    "Overall it's going well. The team uses {feature} every day now, which I didn't expect.",
    "Mostly good. There's one thing that still annoys people, the export is slow on big reports.",
    "Honestly, since we rolled it out to the other sites, usage has doubled.",
    "The ticket got closed, but I'm not sure it's actually fixed, it happened again on {weekday}.",
    "The new hires picked it up fast, which is a good sign.",
    "We've been using it for {num} years now, and it's kind of part of the furniture.",
    "Some of the older folks still use the spreadsheet on the side, I'm working on that.",
    "It saved us a lot of time at month end, our finance person is a fan now.",
    "There was an outage a few weeks ago that caused a bit of panic, but it was short.",
    "We'd like to connect it to {tool}, but we haven't had time.",
]
NEW_FEATURES = [
    "Have you seen the new {feature} we released last month? I think it would help with what you just said.",
    "One thing I wanted to mention, we just shipped an update to {feature}, it's on by default now.",
    "There's a new dashboard in the last release, let me quickly share my screen and show you where it is.",
    "We also added the integration with {tool} that you asked for last year.",
]
NEW_FEATURES_A = [
    "Oh, I didn't know that. I'll tell the team.",
    "Yeah, I saw the email, haven't tried it yet.",
    "That's great, we've been waiting for that.",
    "Where do I turn it on?",
    "Okay, can you send me the help article?",
]
COMMERCIAL = [
    "So on the renewal, you're on {num} hundred seats right now. Do you think that's still right?",
    "Pricing-wise, the new plan includes {feature}, which you're paying for separately now.",
    "Your contract renews in {month}. Any changes you're thinking about?",
    "We're moving everyone to annual billing, so I wanted to give you a heads up.",
    "If you add the other sites, there's a volume discount we can look at.",
]
COMMERCIAL_A = [
    "We might actually need more seats, we're hiring.",
    "Budget is tight this year, so I need to be careful.",
    "Can you send me a quote for both options?",
    "I'd need to talk to finance about that.",
    "Probably staying the same, but let me check.",
]
ASK = [
    "One question from my side, is there a way to bulk update records?",
    "Can we get a training refresher for the new team leads?",
    "Is the mobile app getting the new features too?",
    "Who should we contact when something breaks after hours?",
]
ASK_A = [
    "Yes, there's a bulk edit under actions, I'll send the steps.",
    "Absolutely, I can set up a session.",
    "Yes, next month.",
    "There's a support line, and you can always email me directly.",
]


def cast(rng, mk) -> list[Person]:
    people = [mk("csm", rng.choice(["Customer Success", "CSM", "Account Manager", "Host"]))]
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        people.append(mk("customer", rng.choice(["Customer", "Client", "Guest"])))
    return people


def title(b: Builder) -> str:
    return b.one(
        [
            "{cust} check-in",
            "{cust} / {our} QBR",
            "Monthly sync - {cust}",
            "{cust} account review",
            "Catch-up with {cust}",
        ]
    ).format(cust=b.ctx["cust"], our=b.ctx["our"])


def compose(b: Builder) -> None:
    csm = b.people[0]
    cus = b.people[1:]
    shared.opening(b, csm, extra_greeters=2, chatty=0.7)
    b.say(csm, b.pick(OPEN, csm))

    def experience() -> None:
        b.say(csm, b.pick(HOW, csm))
        c = b.one(cus)
        b.long(c, [b.pick(EXPERIENCE, c) for _ in range(b.rng.randint(1, 3))], [csm])
        if b.chance(0.4):
            b.back(csm)

    def features() -> None:
        b.say(csm, b.pick(NEW_FEATURES, csm))
        if b.chance(0.3):
            shared.share_screen(b, csm)
        c = b.one(cus)
        b.say(c, b.pick(NEW_FEATURES_A, c))

    def commercial() -> None:
        b.say(csm, b.pick(COMMERCIAL, csm))
        c = b.one(cus)
        b.say(c, b.pick(COMMERCIAL_A, c))

    def ask() -> None:
        c = b.one(cus)
        b.say(c, b.pick(ASK, c))
        b.say(csm, b.pick(ASK_A, csm))

    b.loop(
        [
            (4, experience),
            (1.5, features),
            (1.2, commercial),
            (1.5, ask),
            (0.3, lambda: shared.interruption(b)),
        ],
        reserve=min(130, b.target // 6),
    )
    shared.closing(b, csm, next_call=0.6)
