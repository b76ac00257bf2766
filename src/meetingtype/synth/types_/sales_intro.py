"""Sales Intro Call: learn a prospect's situation, pains and requirements; give a brief talk track. NO demo.

The seller asks discovery questions and the prospect tells stories about their current process. The
seller's pitch is short and verbal. A demo is often proposed as the NEXT step, so the word "demo" itself is
not a cue; what matters is that nothing is shown.
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import shared

SET_AGENDA = [
    "So I'm not going to show you any software today. I'd rather understand what's going on at {cust} first.",
    "The plan for today is mostly for me to listen. Then I'll give you a two minute version of who we are.",
    "I know we've only got half an hour. I'll ask a bunch of questions, and at the end we can see if it "
    "makes "
    "sense to keep talking.",
    "Thanks for taking the call. I saw you downloaded our guide on {work}, so I was curious what prompted "
    "that.",
    "Just to set expectations, this is an intro. No slides, no screen share, I promise.",
    "So {you} from our team mentioned you might be looking at options for {work}. I'd love to hear more.",
    "My goal today is to understand your situation, and you can ask me anything about {our}.",
]
DISCOVERY_Q = [
    "Can you walk me through how you handle {work} today?",
    "What does your team look like, how many people?",
    "What's prompting you to look at this now rather than, say, a year ago?",
    "What tools are you using today?",
    "Where does it hurt the most? If you could fix one thing, what would it be?",
    "How much time does that take your team each week, roughly?",
    "Who else is involved in a decision like this?",
    "Have you looked at other options before?",
    "Is there a timeline you're working towards?",
    "What happens if you don't change anything?",
    "How do you measure success for your team?",
    "Is there budget set aside for this, or would it need to be found?",
    "What did you like or dislike about the last vendor?",
    "Tell me about your customers, who are you serving?",
]
PAIN = [
    "Honestly, it's a mess. We do most of it in spreadsheets and email, and things fall through the cracks.",
    "We're about {num} people on the team, and we've grown a lot, so what worked before doesn't anymore.",
    "The biggest pain is {metric}. Our leadership is on us about it every month.",
    "We had a bad incident last quarter, a customer complaint that went all the way up, and that's really "
    "what "
    "started this.",
    "We use an old system that IT built years ago. The person who built it left.",
    "It takes about two days a week for one person just to pull the reports together.",
    "We looked at {partner} last year, but it was too complicated for our people.",
    "We need something live by {month}, because that's when our busy season starts.",
    "I'd have to bring in our finance lead and probably IT for security.",
    "We're in {industry}, so there are regulations, and audits are always painful for us.",
    "The frustrating part is nobody has a single view. Everyone has their own version of the truth.",
    "If nothing changes, honestly, we'll need to hire two more people just to keep up.",
    "We haven't set a budget yet. If the case is good, I can get it approved.",
]
DIG = [
    "Okay, and how often does that happen?",
    "Interesting. What does that cost you, do you think?",
    "Got it. And who feels that pain the most?",
    "Mm. Can you give me an example from last month?",
    "And when that happens, what do you do?",
    "That makes sense. Is that the same across all your sites?",
    "Okay. So if I heard you right, the main issue is the manual work, not the data itself?",
]
DIG_A = [
    "Every week, pretty much.",
    "A lot. Maybe {money} a year if you count the overtime.",
    "The people on the front line, for sure.",
    "Sure, just last week we had to redo a whole batch by hand.",
    "We patch it, and hope nobody notices, to be honest.",
    "Mostly, but the {city} office is worse.",
    "Yeah, exactly. The data's fine, it's getting it in and out.",
]
PITCH = [
    "So, quickly, who we are. {our} makes a {what} called {product}. We work with a lot of {industry2} "
    "companies.",
    "Most of our customers come to us with exactly what you described, too much manual work on {work}.",
    "What we're known for is being quick to set up. Most teams are live in a few weeks.",
    "A customer similar to you cut the time they spent on reporting by about {pct}.",
    "We're not the cheapest, I'll be upfront, but we're usually the easiest to actually get people using.",
    "The way it works at a high level is, it connects to the systems you already have and does the boring "
    "part.",
]
PROSPECT_Q = [
    "How long does it usually take to get up and running?",
    "Roughly what does it cost?",
    "Do you integrate with {tool}?",
    "Do you work with other companies our size?",
    "What about security, data residency, that kind of thing?",
]
PROSPECT_Q_A = [
    "Usually four to six weeks, depending on the integrations.",
    "It depends on the number of users, but for a team "
    "your size, somewhere around {money}. I'll send proper numbers.",
    "Yes, that's one of our most common ones.",
    "Quite a few, yes, I can connect you with one as a reference.",
    "We're certified, and I'll send you our security pack.",
]
NEXT = [
    "What I'd suggest is a proper demo with our solutions engineer, and bring your IT person. Does that "
    "make sense?",
    "So next step, I'll send a short summary of what I heard, and we can set up a demo focused on {work}.",
    "Would it be worth a second call with your finance lead, where we actually show the product?",
    "Let me put together a few examples from similar customers and we can walk through them next time.",
]
NEXT_A = [
    "Yeah, that works. Let's do that.",
    "Sure, send me some times.",
    "I think so. Let me check with my boss first.",
    "Sounds good, but after the {month} deadline.",
    "Okay, that would be helpful.",
]


def cast(rng, mk) -> list[Person]:
    people = [mk("seller", rng.choice(["Account Executive", "Sales", "Host", "Rep"]))]
    if rng.random() < 0.25:
        people.append(mk("seller", "Sales"))
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
        people.append(mk("prospect", rng.choice(["Prospect", "Guest", "Customer", "Client"])))
    return people


def title(b: Builder) -> str:
    return b.one(
        [
            "{our} <> {cust}",
            "Intro call - {cust}",
            "{cust} / {our} intro",
            "Discovery: {cust}",
            "Call with {cust}",
        ]
    ).format(our=b.ctx["our"], cust=b.ctx["cust"])


def compose(b: Builder) -> None:
    sellers = [p for p in b.people if p.role == "seller"]
    pros = [p for p in b.people if p.role == "prospect"]
    s = sellers[0]
    shared.opening(b, s, extra_greeters=2, chatty=0.6)
    b.say(s, b.pick(SET_AGENDA, s))
    b.say(
        b.one(pros),
        b.pick(
            [
                "Sounds good.",
                "That works for me.",
                "Great, I appreciate that.",
                "Sure. Happy to.",
                "Okay, good.",
            ]
        ),
    )

    def discovery() -> None:
        seller = b.one(sellers)
        p = b.one(pros)
        b.say(seller, b.pick(DISCOVERY_Q, seller))
        b.long(p, [b.pick(PAIN, p) for _ in range(b.rng.randint(1, 4))], sellers, p_break=0.3)
        if b.chance(0.5):
            b.say(seller, b.pick(DIG, seller))
            b.say(p, b.pick(DIG_A, p))

    def pitch() -> None:
        b.long(s, [b.pick(PITCH, s) for _ in range(b.rng.randint(2, 3))], pros)

    def question() -> None:
        p = b.one(pros)
        b.say(p, b.pick(PROSPECT_Q, p))
        b.say(s, b.pick(PROSPECT_Q_A, s))

    b.loop(
        [(5, discovery), (0.5, pitch), (1, question), (0.3, lambda: shared.interruption(b))],
        reserve=min(160, b.target // 6),
    )
    b.say(s, b.pick(NEXT, s))
    p = b.one(pros)
    b.say(p, b.pick(NEXT_A, p))
    shared.closing(b, s, next_call=0.3)
