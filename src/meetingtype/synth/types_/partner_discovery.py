"""Partner Discovery: introduce a potential partner to one of our partner programs and explore the fit.

Intros, an overview of the program (app, public API, growth, solution or agency partners), the partner
describing their business and clients (their ICP), and whether it fits. The partner is sometimes also an
existing customer - still Partner Discovery, not a sales or CSM call.
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import shared

INTRO_US = [
    "So I run the {program} here at {our}. I've been doing partnerships for about {num} years.",
    "Quick intro from my side: I'm on the partnerships team, I look after our {program}.",
    "I know {you} from our sales team connected us, she said you'd been recommending us to clients already.",
    "Thanks for making the time. I'd love to hear about you, and then tell you a bit about how our "
    "partners work.",
]
ALSO_CUSTOMER = [
    "And obviously you've been a customer of ours for a while, which is great, so you know the product.",
    "I saw you're already using {product} internally, so this is more about the partner side.",
]
THEM = [
    "So we're an agency, about {num} people, mostly working with {industry2} clients.",
    "We build integrations and custom tools for mid-size companies, mostly in {industry2}.",
    "Our clients are usually companies with fifty to five hundred employees who've outgrown spreadsheets.",
    "We do implementation and consulting. A lot of our work is setting up {work} for clients.",
    "We have our own product, it does {what2}, and a lot of our users also use {product}.",
    "We've been around about ten years, started in {city}, and now we have clients in {num} countries.",
    "Honestly, a lot of our clients ask us which tools to use, and we end up recommending you anyway.",
    "Our typical client is an operations lead at a {industry2} company, usually not very technical.",
]
ICP_Q = [
    "Who's your ideal client, the typical company you work with?",
    "What size are the companies you usually work with?",
    "How do your clients usually find you?",
    "What does a typical engagement look like?",
    "How many of your clients are using something like us today?",
    "Which regions do you cover?",
]
ICP_A = [
    "Mostly mid-market, a few enterprise. Decision maker is usually the COO or head of ops.",
    "Usually a few hundred employees. Big enough to have the problem, small enough to move fast.",
    "Referrals, mostly. And some events.",
    "Usually a three month project, and then a retainer.",
    "I'd guess about a third. The rest are on older tools.",
    "North America mostly, and some in Europe.",
]
PROGRAM = [
    "So the way our {program} works: partners get a sandbox, access to the API, and a listing in our "
    "marketplace.",
    "There are a few tiers. The entry level is free, and as you refer more clients you get a higher rev "
    "share.",
    "Partners get a dedicated partner manager, that would be me, plus co-marketing and training.",
    "For app partners, we ask that you build and maintain an integration, and we help you promote it.",
    "For agencies, it's mostly referrals and implementation. We send you clients who need help setting up.",
    "We also have a certification, so your team can be listed as certified experts.",
    "The revenue share is {pct} of the first year for referred clients.",
]
FIT_Q = [
    "How would you see this working for you?",
    "Is the integration something you'd build, or would you want us to?",
    "What would you need from us to make it worth your time?",
    "Do you have people who could get certified?",
    "Are you working with any of our competitors as partners?",
]
FIT_A = [
    "I think the referral side makes sense straight away. The integration would take more thought.",
    "We could build it, we've done similar ones. We'd want some technical support though.",
    "Leads, mainly. And some help with marketing, we're small.",
    "Two or three people, probably, to start.",
    "We have one informal arrangement, nothing exclusive.",
]
NEXT = [
    "So next step, I'll send you the partner application and the program guide.",
    "Let's set up a call with our technical team to talk about the integration.",
    "I'll send over the partner agreement, have a look, and we can go through questions next week.",
]
NEXT_A = ["Great, sounds good.", "Perfect, send it over.", "Yes, let's do that. I'll bring our CTO."]


def cast(rng, mk) -> list[Person]:
    people = [mk("pm", rng.choice(["Partnerships", "Partner Manager", "Host"]))]
    if rng.random() < 0.3:
        people.append(mk("pm", "Partnerships"))
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        people.append(mk("partner", rng.choice(["Partner", "Guest", "Agency"])))
    return people


def context(b: Builder) -> dict:
    return {
        "what2": ["reporting", "scheduling", "billing", "field service software", "data migration"],
        "variant": "also_customer" if b.chance(0.3) else "standard",
    }


def title(b: Builder) -> str:
    return b.one(
        ["{partner} partnership intro", "{our} x {partner}", "Partner call - {partner}", "{partner} / {our}"]
    ).format(partner=b.ctx["partner"], our=b.ctx["our"])


def compose(b: Builder) -> None:
    pms = [p for p in b.people if p.role == "pm"]
    pts = [p for p in b.people if p.role == "partner"]
    pm = pms[0]
    shared.opening(b, pm, extra_greeters=2, chatty=0.6)
    b.long(pm, [b.pick(INTRO_US, pm) for _ in range(b.rng.randint(1, 2))], pts)
    if b.ctx["variant"] == "also_customer":
        b.say(pm, b.pick(ALSO_CUSTOMER, pm))
        b.say(b.one(pts), b.pick(["Yes, we love it.", "Yeah, for about two years now.", "We do, yeah."]))

    def them() -> None:
        p = b.one(pts)
        b.long(p, [b.pick(THEM, p) for _ in range(b.rng.randint(1, 3))], pms)

    def icp() -> None:
        b.say(pm, b.pick(ICP_Q, pm))
        p = b.one(pts)
        b.say(p, b.pick(ICP_A, p))

    def program() -> None:
        b.long(pm, [b.pick(PROGRAM, pm) for _ in range(b.rng.randint(1, 4))], pts)

    def fit() -> None:
        b.say(pm, b.pick(FIT_Q, pm))
        p = b.one(pts)
        b.say(p, b.pick(FIT_A, p))

    them()
    b.loop(
        [(2, them), (2, icp), (2, program), (1.5, fit), (0.3, lambda: shared.interruption(b))],
        reserve=min(130, b.target // 6),
    )
    b.say(pm, b.pick(NEXT, pm))
    b.say(b.one(pts), b.pick(NEXT_A))
    shared.closing(b, pm, next_call=0.3)
