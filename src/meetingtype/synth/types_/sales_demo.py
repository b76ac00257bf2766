"""Sales Demo: with a prospect: uncover why they're looking, walk them through the product, and gather
purchase-process information (decision makers, budget, timeline, security review).
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import shared
from .sales_intro import DIG, PAIN

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
    "So this is the home screen. Everything your team needs day to day starts here.",
    "If I click into {feature}, you can see how it works for a record like yours.",
    "Here's where you'd set up the rules, so the system does it automatically instead of someone doing it "
    "by hand.",
    "Let me show you what your manager would see. This is the dashboard, it updates in real time.",
    "This is the part I think matters most for you, given what you said about {metric}.",
    "So I'll create a new one, fill in a couple of fields, and hit save. And you can see it appear here.",
    "Now, from the mobile side, it looks like this. Same data, simpler layout.",
    "Over here is {feature}. A lot of our {industry2} customers live in this screen.",
    "If something goes wrong, you get an alert here, and you can click straight through to fix it.",
    "This report is what most teams send to leadership every month. It builds itself.",
    "Let me switch to the admin view so you can see how permissions work.",
    "And here's the audit trail, every change, who made it and when.",
    "You can drag these around, filter by site, and export to a spreadsheet if you need to.",
    "This is the integration screen. You connect {tool} here, takes about five minutes.",
]
BUYER_Q = [
    "Can we customise those fields?",
    "How does it handle people with different permissions?",
    "What happens if the connection drops?",
    "Can it do bulk updates? We have thousands of these.",
    "Does that screen work on a tablet?",
    "How long would it take to get our old data in?",
    "Is that report something we can schedule?",
    "What's the pricing model, per user or per site?",
    "Sorry, can you go back? How did you get to that screen?",
]
BUYER_Q_A = [
    "Yes, admins can add fields, no code needed.",
    "Role-based. I'll show you in a second.",
    "It queues everything and syncs when it's back.",
    "Yes, there's a bulk edit, let me show you.",
    "It does, it's fully responsive.",
    "Usually a couple of weeks, our team does the import with you.",
    "Yes, daily, weekly, whatever you want.",
    "Per user, with a discount at volume. I'll send a proposal.",
    "Sure, it's under the menu here, then this tab.",
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
    b.long(p, [b.pick(PAIN, p) for _ in range(b.rng.randint(1, 3))], sellers)
    if b.chance(0.5):
        b.say(s, b.pick(DIG, s))
        b.say(p, b.pick(PAIN, p))
    shared.share_screen(b, driver)

    def walk() -> None:
        b.long(driver, [b.pick(WALK, driver) for _ in range(b.rng.randint(2, 5))], pros, p_break=0.3)
        if b.chance(0.5):
            q = b.one(pros)
            b.say(q, b.pick(REACTION, q))

    def buyer_q() -> None:
        q = b.one(pros)
        b.say(q, b.pick(BUYER_Q, q))
        b.say(driver, b.pick(BUYER_Q_A, driver) + " " + b.pick(WALK, driver))

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
