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
TOPICS = [
    (
        "So, [big picture|overall|in general], how [are things going|is it going|has it been going] with "
        "{product} [for your team|on your side|since we last talked]?",
        [
            "[Overall|Mostly|On the whole] it's going [well|fine|pretty well]. The team uses {feature} "
            "[every day|daily|constantly] [now|these days], which I didn't expect.",
            "[Honestly,|Pretty good.] since we rolled it out to the [other sites|{city} office|second team], "
            "usage has [doubled|gone up a lot|really picked up].",
            "[Good,|Fine,] [mostly|generally]. [There's one thing|One thing] that still "
            "[annoys|bugs] people: "
            "[the export is slow on big reports|search is slow|the mobile app logs people out].",
            "We've been using it for [{num} years|a while|a couple of years] now, and it's [kind of part of "
            "the furniture|just how we work now].",
        ],
    ),
    (
        "How's adoption looking? Are [people|your people|the new teams] [actually|really] using {feature}?",
        [
            "[Some are,|Most are,] [but|though] [some of the older folks|a couple of the veterans] still use "
            "the spreadsheet on the side. [I'm working on that.|It's a habit thing.]",
            "[Yes,|Yeah,] [much more than|way more than] [last quarter|before]. The [new hires|new people] "
            "picked it up fast, which is a good sign.",
            "[Not as much as I'd like.|Patchy.] [The {city} team loves it|One team loves it], [the others|"
            "the rest] [barely log in|haven't really started].",
        ],
    ),
    (
        "[Did|Has] the [support ticket|ticket|issue] about {feature} [get sorted|been resolved]?",
        [
            "[The ticket got closed,|They closed it,] but I'm not sure it's actually fixed, it "
            "happened again "
            "on {weekday}.",
            "[Yes,|Yep,] [support|your team] [sorted it|fixed it] in [a day|two days]. [Thanks for "
            "chasing.|That was quick.]",
        ],
    ),
    (
        "I saw in the usage [numbers|data|report] that {feature} has [picked up|grown] a lot. What changed?",
        [
            "[We made it|It became] part of the [weekly process|month-end routine], so [everyone|people] "
            "[has to|have to] use it now.",
            "[Honestly,|Mostly] [our new manager|{you}] [pushed it|ran a session on it], [and it stuck|and "
            "people liked it].",
        ],
    ),
    (
        "Any [issues|problems|surprises] since we last spoke?",
        [
            "There was an outage [a few weeks ago|last month] that caused a bit of panic, but it was short.",
            "[Nothing major.|Not really.] [A couple of|A few] [small bugs|permission questions], [nothing|"
            "nothing that] [support couldn't handle|blocked us].",
        ],
    ),
]
NEWS = [
    (
        "[Have you seen|Did you see] the new {feature} we released last month? I think it would help with "
        "[what you just said|that].",
        [
            "Oh, I didn't know that. I'll tell the team.",
            "[Yeah,|Yes,] I saw the email, haven't tried it yet. [Where do I turn it on?|Is it on by "
            "default?]",
            "That's great, we've been waiting for that.",
        ],
    ),
    (
        "We also [added|shipped] the integration with {tool} that you asked for [last year|a while ago].",
        [
            "[Oh nice,|Finally!] [Can you send me|Send me] the [help article|setup guide]?",
            "That's great, we've been waiting for that.",
        ],
    ),
]
COMMERCIAL = [
    (
        "So on the renewal, you're on {num} hundred seats [right now|today]. Do you think that's still "
        "right?",
        [
            "We might actually need more seats, we're hiring.",
            "Probably staying the same, but let me check.",
            "[Honestly,|Actually,] [we could drop|we might cut] a few. [Some|A few] people "
            "[left|never log in].",
        ],
    ),
    (
        "[Pricing-wise|On pricing], the new plan includes {feature}, which you're paying for separately now.",
        ["[Oh,|Okay,] can you send me a quote for both options?", "I'd need to talk to finance about that."],
    ),
    (
        "Your contract renews in {month}. Any changes you're thinking about?",
        [
            "[Budget is tight this year,|Budgets are tight,] so I need to be careful.",
            "Probably staying the same, but let me check.",
        ],
    ),
    (
        "If you add the other sites, there's a volume discount we can look at.",
        ["[Okay, that's interesting.|Hm, good to know.] Can you send me a quote for both options?"],
    ),
]
ELAB = [
    "[The|Our] [finance|ops|support] [people|team] [are|is] [a fan now|happy], [it saved us|it saves us] "
    "[a lot of time|hours] at [month end|quarter end].",
    "[We'd like to|We want to] connect it to {tool}, but we haven't had time.",
    "[The|Our] [{city} office|warehouse team|field team] [uses it|is on it] [the most|all day], "
    "[the|and the] "
    "[head office|managers] [mostly|mainly] [look at|read] the [reports|dashboards].",
    "[When|Once] [we|I] [onboarded|brought on] the [new|second] [team|site] [last quarter|in {month}], "
    "[it went smoothly|there were a few hiccups with permissions].",
    "[Our|The] [usage|logins] [dip|drops] [in summer|around holidays], [but|and] [that's normal|that's "
    "expected] for us.",
]
ASK = [
    (
        "One question from my side, is there a way to bulk update records?",
        ["Yes, there's a bulk edit under actions, I'll send the steps."],
    ),
    ("Can we get a training refresher for the new team leads?", ["Absolutely, I can set up a session."]),
    (
        "Is the mobile app getting the new features too?",
        ["[Yes, next month.|It's on the roadmap for next quarter.]"],
    ),
    (
        "Who should we contact when something breaks after hours?",
        ["There's a support line, and you can always email me directly."],
    ),
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

    def topic(pairs, asker, answerer, n=(1, 2)) -> None:
        q, answers = b.pair(pairs, asker)
        b.say(asker, q)
        b.long(answerer, [b.pick(answers, answerer) for _ in range(b.rng.randint(*n))], [asker])

    def experience() -> None:
        topic(TOPICS, csm, b.one(cus), (1, 1))
        if b.chance(0.5):
            c = b.turns[-1].who
            b.say(c, b.pick(ELAB, c))
        if b.chance(0.4):
            b.back(csm)

    def features() -> None:
        q, answers = b.pair(NEWS, csm)
        b.say(csm, q)
        if b.chance(0.3):
            shared.share_screen(b, csm)
        c = b.one(cus)
        b.say(c, b.pick(answers, c))

    def commercial() -> None:
        topic(COMMERCIAL, csm, b.one(cus), (1, 1))

    def ask() -> None:
        c = b.one(cus)
        topic(ASK, c, csm, (1, 1))

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
