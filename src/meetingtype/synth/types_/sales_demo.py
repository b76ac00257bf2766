"""Sales Demo: with a prospect: uncover why they're looking, walk them through the product, and gather
purchase-process information (decision makers, budget, timeline, security review).
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import shared
from .sales_intro import DIG_PAIRS, PAIN

RECAP = [
    "So last time we talked about {work}. Before {you} starts driving, can you remind me what's making "
    "you look now?",
    "I want to make sure we show you the right things. What are the top two or three things you'd want to "
    "see?",
    "{you} from our side is a solutions engineer, he'll do most of the clicking today.",
    "Based on our first call, I've set up a demo account with some data that looks like yours.",
    "Before I share my screen, has anything changed since we spoke?",
    "I've got about forty minutes of product, and I want to leave time for questions and next steps.",
]
WALK = [
    "[So|Okay so|Alright,] [if I click|when I click|I'm going to click] [here|on {feature}|into this tab|on "
    "this record], [you'll see|you can see|what you get is] [the list of|all the|every one of your] [open "
    "items|orders|records|cases|requests], [sorted|grouped|filtered] by [status|site|owner|due date].",
    "[This is|Here's] the [home screen|main view|landing page]. [Everything|Most of what] your [team|"
    "coordinators|people] [need|touch] day to day [starts here|lives here].",
    "[Now|And] [you mentioned|you said earlier|remember you told us] [your team spends|you lose] [two days a "
    "week|hours every week] on [reports|copy-paste|chasing updates]. [This|This screen] is [what replaces "
    "that|where that goes away|the answer to that].",
    "[Let me|I'll] [create|add] a new [record|order|ticket], fill in [a couple of|two or three] fields, and "
    "[hit save|click create]. [And|So] [you can see|notice] it [appear|show up] [here|in the list] "
    "[straight away|immediately].",
    "[Over here|On the left|In this panel] is {feature}. [A lot of|Most of] our {industry2} customers [live "
    "in|spend their day in] this screen.",
    "[Here's where|This is where] you'd [set up|configure] the [rules|automations|workflows], so the system "
    "[does it|routes it|flags it] [automatically|on its own] instead of someone doing it by hand.",
    "[Let me|I'll] [switch to|show you] the [manager|admin|leadership] view. [This|This dashboard] "
    "[updates|refreshes] in real time, [so|and] [nobody|no one] has to [build the report|pull numbers] on "
    "[Friday|month end].",
    "[If something goes wrong|When something's late|If a record is stuck], you get an [alert|email|"
    "notification] [here|at the top], and you can click [straight through|right through] to fix it.",
    "[And|Now] [here's|this is] the audit trail: every change, who made it and when. [For|Given] your "
    "[auditors|compliance people], [that's usually|this tends to be] the [favourite|big] one.",
    "[You can|Users can] drag these around, filter by [site|team|region], and export to a spreadsheet if "
    "you [need to|really must].",
    "[This is|Here's] the integration screen. You connect {tool} here, [it takes|takes] about [five|ten] "
    "minutes, and [the data|your records] [flow|sync] [both ways|every few minutes].",
    "[From the|On the] mobile side, it looks like this. Same data, [simpler layout|bigger buttons], [which "
    "is what|and that's what] your [field people|technicians|drivers] would use.",
    "[I'm going to|Let me] [go back|jump back] [a step|to the list]. [See|Notice] [this column|this little "
    "flag]? That's {metric}, [calculated|updated] [for you|automatically].",
    "[So that's|That's] [the core flow|the day-to-day piece]. [Before I move on|Before I go further], does "
    "that [match|look like] how your team [would work|works]?",
    "[What I'd|I'd] [normally|usually] [show next|do next] is the reporting. [So|Okay,] [this report|this "
    "one] is what [most teams|a lot of customers] send to leadership every month. It builds itself.",
]
BUYER_Q = [
    (
        "Can we customise those fields?",
        ["Yes, admins can add fields, no code needed. [Let me show you.|I'll show you where.]"],
    ),
    (
        "How does it handle people with different permissions?",
        ["Role-based. [I'll show you in a second.|Let me open the admin settings.]"],
    ),
    ("What happens if the connection drops?", ["It queues everything and syncs when it's back."]),
    (
        "Can it do bulk updates? We have thousands of these.",
        [
            "Yes, there's a bulk edit, let me show you. "
            "[Select these,|Tick the boxes,] [then|and] [actions|this menu], [and|then] update."
        ],
    ),
    ("Does that screen work on a tablet?", ["It does, it's fully responsive."]),
    (
        "How long would it take to get our old data in?",
        ["Usually a couple of weeks, our team does the import with you."],
    ),
    (
        "Is that report something we can schedule?",
        ["Yes, daily, weekly, whatever you want. [It's this button here.|You set it up here.]"],
    ),
    (
        "What's the pricing model, per user or per site?",
        ["Per user, with a discount at volume. I'll send a proposal."],
    ),
    (
        "Sorry, can you go back? How did you get to that screen?",
        ["Sure, it's under the menu here, then this tab."],
    ),
]
REACTION = [
    "Oh, that's nice.",
    "Okay, that would save us a lot of time.",
    "Hmm, that's better than what we have.",
    "Okay. Can I see that again?",
    "That's exactly the thing I was complaining about.",
    "Interesting.",
    "Our team would like that.",
    "Huh. Okay.",
]
PROCESS_Q = [
    "So, how does a decision like this usually get made on your side?",
    "Who else would need to see this?",
    "What's your timeline? Is there a date you need this live by?",
    "Is there a budget allocated for this?",
    "Will you need a security review or procurement involved?",
    "Are you looking at other vendors as well?",
    "What would you need to see to feel confident moving forward?",
]
PROCESS_A = [
    "I'd recommend it, but our VP signs off, and she'll want to see the numbers.",
    "Our IT lead for sure, and probably someone from finance.",
    "Ideally live before {month}.",
    "There's budget, roughly {money}, but it's not all for this.",
    "Yes, IT has a questionnaire, it takes a few weeks.",
    "We're talking to one other company, but honestly you're ahead.",
    "A trial with our own data, I think.",
]
NEXT = [
    "So next steps: I'll send a proposal and the security pack, and we set up a trial with your data.",
    "How about we do a shorter session with your IT lead next week?",
    "I'll put together pricing for the {num} users you mentioned, and follow up by {weekday}.",
]
NEXT_A = ["Sounds good.", "That works.", "Yes, let's do that.", "Okay. Send it to me and I'll forward it."]


def cast(rng, mk) -> list[Person]:
    people = [mk("seller", rng.choice(["Account Executive", "Sales", "Host", "Rep"]))]
    if rng.random() < 0.6:
        people.append(mk("se", rng.choice(["Solutions Engineer", "Sales Engineer", "Presenter"])))
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        people.append(mk("prospect", rng.choice(["Prospect", "Guest", "Customer", "Client"])))
    return people


def title(b: Builder) -> str:
    return b.one(
        ["{product} demo - {cust}", "{cust} demo", "{our} / {cust} product walkthrough", "Demo for {cust}"]
    ).format(product=b.ctx["product"], cust=b.ctx["cust"], our=b.ctx["our"])


def compose(b: Builder) -> None:
    sellers = [p for p in b.people if p.role in ("seller", "se")]
    driver = sellers[-1]
    s = sellers[0]
    pros = [p for p in b.people if p.role == "prospect"]
    shared.opening(b, s, extra_greeters=2, chatty=0.5)
    b.say(s, b.pick(RECAP, s))
    p = b.one(pros)
    b.long(p, [b.pick(PAIN, p) for _ in range(b.rng.randint(1, 3 if b.target > 600 else 1))], sellers)
    if b.chance(0.5):
        q, answers = b.pair(DIG_PAIRS, s)
        b.say(s, q)
        b.say(p, b.pick(answers, p))
    shared.share_screen(b, driver)

    def walk() -> None:
        b.long(
            driver,
            [b.pick(WALK, driver) for _ in range(min(b.rng.randint(3, 7), max(1, b.left() // 45)))],
            pros,
            p_break=0.3,
        )
        if b.chance(0.5):
            q = b.one(pros)
            b.say(q, b.pick(REACTION, q))

    def buyer_q() -> None:
        q = b.one(pros)
        question, answers = b.pair(BUYER_Q, q)
        b.say(q, question)
        b.say(driver, b.pick(answers, driver) + " " + b.pick(WALK, driver))

    def process() -> None:
        b.say(s, b.pick(PROCESS_Q, s))
        q = b.one(pros)
        b.say(q, b.pick(PROCESS_A, q))

    b.loop(
        [(4, walk), (2.5, buyer_q), (1, process), (0.3, lambda: shared.interruption(b))],
        reserve=min(170, b.target // 6),
    )
    process()
    b.say(s, b.pick(NEXT, s))
    b.say(b.one(pros), b.pick(NEXT_A))
    shared.closing(b, s, next_call=0.3)
