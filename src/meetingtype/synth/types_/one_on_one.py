"""One on One: a regular manager / team-member conversation about progress, feedback, challenges, growth.

Two people. Project updates do come up (the hard case against a two-person Project Sync), but the
conversation keeps returning to the person: workload, how they feel, feedback both ways, career goals.
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import shared

START = [
    "So, what's on your list this week?",
    "Okay, your agenda first, then I've got a couple of things.",
    "How are you doing? Like, actually doing, not the polite version.",
    "What do you want to talk about today?",
    "Anything on your mind before we get into the usual stuff?",
    "So, how was the week overall?",
    "I saw you added a few things to our doc. Want to start there?",
    "Let's do the usual: how you're doing, what's going on, then anything from me.",
]
MOOD = [
    "Honestly, it's been a lot. Good, but a lot.",
    "Pretty good, actually. I feel like I'm finally on top of things.",
    "Bit tired. The {work} stuff kept me up a couple of nights.",
    "Mixed. Some wins, some frustrating bits.",
    "I'm okay. I'd like to talk about workload at some point though.",
    "Good. Calmer than last month, for sure.",
    "Not gonna lie, I'm a bit stressed about the deadline.",
    "I'm good! I had a nice long weekend, which helped.",
]
UPDATE = [
    "So, updates. {work} is basically done, I'm just waiting on review.",
    "The {project} work is going okay. We're about a week behind but I think we'll catch up.",
    "I finished {artifact} on {weekday}. It went out a bit late, but the feedback was good.",
    "I've been spending a lot of time helping {you} with {problem}, which is fine, but it's eating my week.",
    "The client call went fine, they want a follow-up in {month}.",
    "I'm still stuck on {problem}. I've tried a couple of things.",
    "I started on the training course you mentioned, I'm about halfway.",
    "The numbers for {metric} came in and they're better than last quarter, so that's nice.",
]
PROBE = [
    "How are you feeling about the workload right now, on a scale of one to ten?",
    "What's getting in your way at the moment?",
    "Is there anything I could be doing to help?",
    "How's it going working with {you}?",
    "What's been the most frustrating thing this month?",
    "Are you getting enough time for the deep work, or is it all meetings?",
    "Is that something you want me to escalate, or do you want to handle it?",
    "How do you feel the last project went, looking back?",
]
PROBE_A = [
    "Maybe a seven. Manageable, but I can't take on anything new right now.",
    "Mostly context switching. I'm pulled into a lot of things that aren't mine.",
    "It would help if you could clarify who owns {work}, because right now it's kind of me by default.",
    "It's good, we've found a rhythm. There was some friction at the start, but we talked about it.",
    "Honestly, the reviews taking so long. I wait three days for an answer sometimes.",
    "All meetings, pretty much. I've started blocking mornings, which helps.",
    "Let me try first, and if it doesn't work by {weekday}, I'll come back to you.",
    "I think it went well, but I'd have pushed back on the scope earlier.",
]
FEEDBACK = [
    "I wanted to give you some feedback on the presentation last week. The content was great.",
    "One thing I'd like you to work on is speaking up earlier in meetings. Your ideas are good and people "
    "miss them.",
    "I've heard really good things from {you} about how you handled the {problem} situation.",
    "Something small: the status updates have been a bit late, and that makes it hard for me to report up.",
    "I think you're ready to take on more ownership, like leading the next piece of {project}.",
    "The way you handled that difficult customer was really mature, I want you to know I noticed.",
    "One piece of constructive feedback: sometimes you go straight to the solution before people have agreed "
    "on the problem.",
    "Your written work has really improved this quarter, the last doc was very clear.",
]
FEEDBACK_A = [
    "Thank you, that's really nice to hear.",
    "That's fair. I've noticed it too, honestly.",
    "Okay. Can you give me an example, so I know what to look for?",
    "Oh, I didn't realise that. I'll fix it.",
    "I appreciate it. It was a stressful week.",
    "Hmm, yeah. I think I rush when I'm nervous.",
    "Good to know. Any tips on how to do that?",
    "That's actually something I wanted to ask about.",
]
GROWTH = [
    "So, I've been thinking about where I want to be in a year, and I'd like to move towards leading a team.",
    "I'd like to get more experience with {domain} work, even if it's a small part.",
    "Is there a path to senior in the next cycle? What would I need to show?",
    "I'm interested in the mentoring programme, if there's space.",
    "I'd like to present at the next all-hands, just to practise.",
    "I'm not sure I want to be a manager, to be honest. I like the hands-on work.",
    "Could I go to the conference in {month}? There are some good talks on {work}.",
]
GROWTH_A = [
    "I love that. Let's write down two or three things you could do this quarter to build towards it.",
    "Yes, I think that's realistic. The main gap I see is visibility outside the team.",
    "Let me check the budget, but I don't see why not.",
    "Totally fine. There's a senior track that isn't management.",
    "Let's set a goal around that for the next review, and check in monthly.",
    "Good. I'll introduce you to {you}, she's been through it.",
    "I'll put your name forward.",
]
MANAGER_NEWS = [
    "A couple of things from my side. There's a reorg coming, nothing dramatic, but I wanted you to hear "
    "it from me.",
    "Reviews are coming up in {month}, so start thinking about your self-assessment.",
    "We've got budget for one more hire, and I'd like you on the interview panel.",
    "Leadership wants to move the {project} deadline up. I pushed back, we'll see.",
    "I'll be out for a week in {month}, {you} will cover for me.",
    "Just a heads up, I'm moving our one-on-one to {weekday}s from next month.",
]
NEWS_A = [
    "Okay, thanks for telling me.",
    "Oh. Okay. Does that affect us?",
    "Sure, happy to.",
    "Got it. I'll start drafting.",
    "Okay, noted.",
    "Hmm, how likely is that?",
]
CLOSE = [
    "Okay, so next steps: you'll try blocking your mornings, and I'll sort out the ownership question.",
    "Good chat. Let's pick up the career stuff next time.",
    "Alright, same time next week?",
    "Thanks for being so open, I really appreciate it.",
    "Okay. Anything else before we stop?",
    "Let's put the goals in the doc and look at them again in a month.",
]


PROBES = [(q, [a]) for q, a in zip(PROBE, PROBE_A, strict=True)] + [
    (
        "[How are you|How're you] [finding|feeling about] [the new role|the team|the workload] [so far|these "
        "days]?",
        [
            "[Honestly,|Mostly] [good|better than I expected]. [The first few weeks were|It was] "
            "[rough|a lot], "
            "but [I'm settling in|it's getting easier].",
            "[It's a lot.|Busy.] [I'm|I am] [juggling|covering] {work} and [helping {you}|the support "
            "rotation], and [something has to give|I'm not doing either well].",
        ],
    ),
    (
        "[What would you like|What do you want] to [get better at|focus on] [this quarter|over the next few "
        "months]?",
        [
            "[Presenting,|Writing,|Planning,] [probably|I think]. [I'd like to|I want to] [lead|run] [the "
            "next review|a workshop|the planning] [myself|on my own].",
            "[The technical side|{domain} work], [honestly|to be honest]. [I feel|I'm] [behind|rusty] on "
            "[it|that].",
        ],
    ),
    (
        "[Is there anything|Anything] [you need from me|I can unblock|I should know about]?",
        [
            "[Actually, yes.|One thing.] [Could you|Can you] [talk to|nudge] {you} about [the review|the "
            "priorities]? [It's|That's] [been stuck|dragging] for [a week|two weeks].",
            "[Not really,|I don't think so,] [I'm|I am] [good for now|fine]. [Maybe|Except] [the "
            "headcount question|clarity on {work}].",
        ],
    ),
]


def cast(rng, mk) -> list[Person]:
    return [
        mk("manager", rng.choice(["Manager", "Lead", "Host"])),
        mk("report", rng.choice(["Report", "Guest", "Team member"])),
    ]


def title(b: Builder) -> str:
    m, r = b.people
    return b.one(
        [
            f"{m.first} / {r.first}",
            f"{r.first} <> {m.first} 1:1",
            "Weekly 1:1",
            f"1:1 {r.first}",
            f"{m.first} and {r.first} catch-up",
        ]
    )


def compose(b: Builder) -> None:
    mgr, rep = b.people
    shared.opening(b, mgr, extra_greeters=1, chatty=0.7)
    b.say(mgr, b.pick(START, mgr))
    b.say(rep, b.pick(MOOD, rep))

    def updates() -> None:
        b.long(rep, [b.pick(UPDATE, rep) for _ in range(b.rng.randint(1, 3))], [mgr])
        b.say(
            mgr,
            b.pick(
                [
                    "Okay, that sounds good.",
                    "Mm. What's blocking the review?",
                    "Nice.",
                    "And how are you feeling about that?",
                    "Okay, is that on track then?",
                ],
                mgr,
            ),
        )

    def probe() -> None:
        q, answers = b.pair(PROBES, mgr)
        b.say(mgr, q)
        b.say(rep, b.pick(answers, rep))
        if b.chance(0.5):
            b.back(mgr)

    def feedback() -> None:
        b.long(mgr, [b.pick(FEEDBACK, mgr) for _ in range(b.rng.randint(1, 2))], [rep])
        b.say(rep, b.pick(FEEDBACK_A, rep))
        if b.chance(0.4):
            b.say(mgr, b.pick(GROWTH_A[:2] + ["Sure, I'll point it out next time it happens."], mgr))

    def growth() -> None:
        b.say(rep, b.pick(GROWTH, rep))
        b.say(mgr, b.pick(GROWTH_A, mgr))
        if b.chance(0.4):
            b.back(rep)

    def news() -> None:
        b.say(mgr, b.pick(MANAGER_NEWS, mgr))
        b.say(rep, b.pick(NEWS_A, rep))

    b.loop(
        [
            (3, updates),
            (3, probe),
            (2, feedback),
            (1.5, growth),
            (1, news),
            (0.4, lambda: shared.interruption(b)),
        ],
        reserve=min(120, b.target // 6),
    )
    b.say(mgr, b.pick(CLOSE, mgr))
    shared.closing(b, mgr, next_call=0.2)
