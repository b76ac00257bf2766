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


ICP = [(q, [a]) for q, a in zip(ICP_Q, ICP_A, strict=True)] + [
    (
        "[So|Okay, so] [tell me|walk me through] [who you sell to|your client base|your typical customer]. "
        "[What does|What's] the [ideal|typical] [client|account] look like?",
        [
            "[Mostly|Mainly] {industry2} [companies|firms], [between|from] [fifty|a hundred] and [five "
            "hundred|a thousand] [people|employees]. The [buyer|decision maker] is [usually|typically] the "
            "[head of ops|COO|IT director|marketing lead].",
            "[It varies,|A mix,] [but|though] [our sweet spot|the core] is [mid-market|smaller] {industry2} "
            "[teams|businesses] that [have outgrown spreadsheets|need help with {work}].",
        ],
    ),
    (
        "[How many|Roughly how many] [clients|customers] [do you have|are you working with] [right now|"
        "today], and [how many|what share] [would be|are] a fit for {product}?",
        [
            "[About|Around|Roughly] {num} [active clients|accounts], and [I'd say|probably] [a "
            "third|half|most] "
            "of them [have the problem you solve|already ask about tools like yours].",
        ],
    ),
]
FIT = [(q, [a]) for q, a in zip(FIT_Q, FIT_A, strict=True)] + [
    (
        "[Where|How] do you [see|think] [the fit|this partnership] [working|going], [referrals|an "
        "integration|implementation work], or [all of it|a mix]?",
        [
            "[Referrals first,|Honestly, referrals,] [because|since] [we already|we] [recommend|suggest] "
            "[you|{product}] [to clients|anyway]. [The integration|Building something] [would come later|"
            "needs more thought].",
            "[We'd want to|We'd like to] [build|list] an [integration|app] [in your marketplace|on your "
            "platform]. [Our users|A lot of our users] [keep asking|ask] for it.",
        ],
    ),
    (
        "[What would|What'd] you [need from us|want from the program] to [make it worth|justify] your time?",
        [
            "[Leads, mainly.|Leads.] And [some help with|co-marketing for] [marketing|the launch], we're "
            "[small|a small team].",
            "[Technical support|A sandbox and an engineer to talk to], [at least|mostly] [at the start|for "
            "the first build].",
        ],
    ),
]
THEM_MORE = [
    "[We're|We are] [an agency|a consultancy|a systems integrator|a software company] of [about|around] "
    "{num} people, [mostly|mainly] [working with|serving] {industry2} [clients|companies].",
    "[We started|We were founded] [in {city}|about ten years ago], [as|doing] [web projects|implementation "
    "work|custom development], and [now|these days] [most of our revenue|a lot of our work] is [{work}|"
    "retainers|integrations].",
    "[A lot of our clients|Our clients often] ask us which tools to use, and [we|honestly we] [end up "
    "recommending|point them to] [you|{product}] [anyway|more often than not].",
    "[Our own product|What we build] [does|handles] {what2}, [and|so] [there's|we see] [a lot of|real] "
    "overlap with [your|{product}'s] [customers|users].",
]


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
        b.long(p, [b.pick(THEM + THEM_MORE, p) for _ in range(b.rng.randint(1, 3))], pms)

    def icp() -> None:
        q, answers = b.pair(ICP, pm)
        b.say(pm, q)
        p = b.one(pts)
        b.say(p, b.pick(answers, p))

    def program() -> None:
        b.long(pm, [b.pick(PROGRAM, pm) for _ in range(b.rng.randint(1, 4))], pts)

    def fit() -> None:
        q, answers = b.pair(FIT, pm)
        b.say(pm, q)
        p = b.one(pts)
        b.say(p, b.pick(answers, p))

    them()
    b.loop(
        [(2, them), (2, icp), (2, program), (1.5, fit), (0.3, lambda: shared.interruption(b))],
        reserve=min(130, b.target // 6),
    )
    b.say(pm, b.pick(NEXT, pm))
    b.say(b.one(pts), b.pick(NEXT_A))
    shared.closing(b, pm, next_call=0.3)
