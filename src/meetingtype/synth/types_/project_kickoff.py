"""Project Kick-off: the first meeting of a NEW project: who's who, what we're making, plan, first tasks.

Typical real kick-offs: people introduce themselves and their roles, the lead presents the brief (goals,
users, budget, deadline), the group tries out the tools they'll use (whiteboard, board, repo), throws
around first ideas and questions, and the meeting ends with the first assignments and the next meeting.
Domains deliberately include physical products, research, events and specs, not just software.
"""

from __future__ import annotations

from ..engine import Builder
from . import project_talk as pt
from . import shared

OPEN = [
    "Okay, so, this is our first meeting on {project}, so I thought we'd start with a bit of getting to "
    "know each "
    "other.",
    "Right, welcome everyone. This is the start of {project}, so nothing's decided yet, which is kind of "
    "fun.",
    "So, the reason we're all here: we've been asked to take on {project}, and today is about getting set "
    "up.",
    "Okay, I'll get us going. I'm going to be project manager on this one, so I'll be running these "
    "meetings.",
    "So this is the kick-off, I guess. Nobody likes that word, but here we are.",
    "Welcome to the new project. I've got a few slides, but mostly I want us to get organised.",
    "Alright, so we've got a brand-new project and about twenty five minutes, so let's be quick.",
    "Thanks for coming. This is the first time this group has met, so let's start with names.",
    "So, as you saw in the email, we're starting work on {project}, and this is meeting number one.",
    "Okay, new project, new team. Let's figure out what we're actually doing.",
]
AGENDA = [
    "Here's the agenda: introductions, the brief, a bit of tool training, then the project plan and first "
    "tasks.",
    "Plan for today: who's who, what we've been asked to do, how we'll work, and what everyone does first.",
    "I want to cover the goal, the timeline, roles, and then agree on who does what before next time.",
    "First we'll go round and introduce ourselves, then I'll go through the brief, then we'll split up "
    "the work.",
    "Nothing too heavy today. Just the overview, a few ground rules, and the first to-do list.",
    "So: intros, the project in two minutes, how we'll use {tool}, initial ideas, and then assignments.",
]
INTRO = [
    "I'm {me}, I'll be the {title} on this. Before this I worked on {other_project}.",
    "Hi, I'm {me}. I'm the {title}, so I'll be looking after {work}.",
    "So, {me}, {title}. I'm pretty new here actually, I joined about {dur} ago.",
    "I'm {me_full}, I'm handling the {title} side. Looking forward to it.",
    "Hi everyone, {me}. I'm the {title}. I'm mostly going to be focusing on {work}.",
    "Um, I'm {me}, {title}. I've done something similar before at {prev}, so hopefully that helps.",
    "{me}, and I'm on {title}. I don't know much about {domain} yet, honestly, so I'll be asking a lot of "
    "questions.",
    "Hey, I'm {me}. I'm the {title}. I think I've met most of you, except {you}.",
]
BRIEF = [
    "So the goal is to deliver {project} by {month}. It should be something new, not a copy of what's out "
    "there.",
    "The brief says it needs to be simple to use, for everyone from kids to grandparents.",
    "Budget-wise we've got about {money}, and management wants the cost per unit kept low.",
    "The target users are mainly people in {industry}, so we need to keep them in mind the whole way.",
    "We have {dur} in total. That sounds like a lot but it really isn't.",
    "Success means {metric} gets better by at least {pct}. That's the number they'll judge us on.",
    "We want it to be original and a bit trendy, but it still has to be practical.",
    "There's a hard constraint from management: it has to fit with the existing brand and the corporate "
    "colours.",
    "It's a brand-new area for us, so a big part of the first phase is just learning what people need.",
    "The sponsor is {you}'s director, and she wants a progress report every two weeks.",
    "The idea came out of last year's review. Everyone agreed {work} was a mess and nobody owned it.",
    "We're aiming to sell it for around {money}, and to make a profit of {pct}.",
    "Scope for phase one is just {work}. Everything else waits.",
]
PLAN = [
    "The plan has three stages. First the functional design, what it needs to do. Then the conceptual "
    "design, "
    "how roughly. Then the detailed design.",
    "So phase one is research and requirements, phase two is building {artifact}, phase three is testing "
    "with "
    "real users.",
    "We'll work individually between meetings and then come together to share what we found.",
    "I'd like a rough plan by the end of the week, and then we'll meet every {weekday}.",
    "First month is discovery, second is building, third is the pilot with {num} sites.",
    "Everything will live in {tool}, so please put your notes there, not in your inbox.",
    "We'll start with the data collection, then baselines, and only then the fancy stuff.",
    "Each of you will present your part at the next meeting, and then we'll make decisions together.",
]
TOOLS_INTRO = [
    "Before we start, let's practise with {tool} so nobody's stuck later. Can everyone try adding something?",
    "Let's do a quick warm-up. Everyone draw something on the whiteboard, your favourite animal, or "
    "whatever.",
    "Can each of you create a test card in {tool}, just so we know the access works?",
    "We have these new pens and the smart board, so let's try them out. Draw your favourite object and "
    "say why.",
    "Let's make sure everyone can get into {tool}. Just write your name and one thing you're hoping for.",
]
TOOLS_TRY = [
    "Okay, um, here goes. This is supposed to be a horse. It's a very fast horse.",
    "Wait, how do I change the colour?",
    "Oh, it's working. Okay, I'm drawing a cat, because cats are independent and clever.",
    "I'm not an artist, just so you know.",
    "I can't log in, it says I don't have permission.",
    "Done, I added a card called test. Very creative.",
    "Is it this button? Oh, yes. Okay.",
    "This is a fish. It's calm and it goes with the flow, which is what I'm aiming for this project.",
    "Mine's a dog. Loyal, friendly, a bit messy.",
    "Ha, that's better than mine.",
    "Okay, I wrote my name, and that I'm hoping we finish early for once.",
]
TOOLS_REACT = [
    "Ha, nice.",
    "That's... actually pretty good.",
    "Great, it works then.",
    "Okay, I'll sort the access after this.",
    "Love it.",
    "Very artistic.",
    "Okay, who's next?",
    "Good, good.",
]
QUESTION = [
    "Quick question, do we know who the target group actually is?",
    "Is the budget fixed, or is there wiggle room?",
    "Who signs off on the design?",
    "Do we have any data from before, or are we starting from zero?",
    "How much time are we expected to spend on this per week?",
    "Can we change the scope later if we learn stuff?",
    "Is there a deadline we can't move?",
    "Are we allowed to use outside suppliers?",
]
ANSWER = [
    "Good question. Mostly {industry}, but I'll check with management.",
    "It's fixed for now. Let's not push it yet.",
    "The sponsor does, and she'll see it at the end of each phase.",
    "There's a bit, {you} has some numbers from last year.",
    "About a day a week, at least at the start.",
    "Within reason, yes. That's what the first phase is for.",
    "{month}. That one's not moving, unfortunately.",
    "I think so, but let's confirm before we promise anything.",
]
ASSIGN = [
    "So, for next time: {you}, could you look into {work}? Just a first pass.",
    "{you}, I'd like you to take {work}, and bring a short presentation next meeting.",
    "Can you own the user research, {you}? Even just a few interviews.",
    "I'll set up {tool} and send everyone the links today.",
    "{you}, you're on {artifact}, at least a rough version.",
    "Everyone's going to get an email with their individual instructions, so keep an eye out.",
    "First task for everyone: read the brief properly and write down three questions.",
    "{you} will look at costs and suppliers, and {you} will draft the requirements.",
    "Let's each pick one part. I'll take the schedule and the budget.",
    "The to-do for me is to figure out who assigns the rest of the tasks, since we're missing a person.",
]
ASSIGN_ACK = [
    "Sure, I can do that.",
    "Okay, no problem.",
    "Yep, on it.",
    "Sounds good. By when?",
    "Okay. I might need help with that.",
    "Fine by me.",
    "Alright, I'll have something by then.",
    "Can I pair with {you} on that?",
]
NEXT = [
    "Next meeting is in thirty minutes, so let's use the time well.",
    "We'll meet again next {weekday}.",
    "Let's regroup in a week with first findings.",
    "I'll send the notes and the plan after this.",
    "Next time we'll go through everybody's findings and make the first decisions.",
]


DOMAIN_BIAS = pt.TEAM_DOMAIN_BIAS
LABEL_STYLES = pt.TEAM_LABEL_STYLES
CHATTER = pt.TEAM_CHATTER
cast = pt.team_cast


def title(b: Builder) -> str:
    return b.one(["Kick-off: {}", "{} - first meeting", "New project: {}", "{} planning", "{}"]).format(
        b.ctx["project"]
    )


QA = [(q, [a]) for q, a in zip(QUESTION, ANSWER, strict=True)] + pt.KO_QUESTION


def compose(b: Builder) -> None:
    lead = b.people[0]
    members = b.people[1:]
    shared.opening(b, lead, extra_greeters=2, chatty=0.4)
    b.say(lead, b.pick(OPEN + pt.KO_OPEN, lead))
    if b.chance(0.6):
        b.say(lead, b.pick(AGENDA, lead))
        b.back(b.one(members))

    def introductions() -> None:
        order = [lead] + members if b.chance(0.6) else members + [lead]
        for p in order:
            b.say(p, b.pick(pt.KO_INTRO + INTRO, p))
            if b.chance(0.4):
                b.back(b.one(b.others(p)))

    def brief() -> None:
        b.long(lead, [b.pick(pt.KO_BRIEF + BRIEF, lead) for _ in range(b.rng.randint(2, 5))], members)

    def plan() -> None:
        b.long(lead, [b.pick(pt.KO_PLAN + PLAN, lead) for _ in range(b.rng.randint(1, 3))], members)

    def tools() -> None:
        q, answers = b.pair(pt.KO_TOOLS, lead)
        b.say(lead, q)
        for p in b.rng.sample(members, len(members)):
            b.say(p, b.pick(answers, p))
            b.say(b.one(b.others(p)), b.pick(TOOLS_REACT))

    def ideas() -> None:
        pt.idea_round(b, lambda q: b.pick(TOOLS_REACT[:3] + pt.IDEA_REACT, q))

    def question() -> None:
        p = b.one(members)
        q, answers = b.pair(QA, p)
        b.say(p, q)
        b.say(lead, b.pick(answers, lead))

    def assign() -> None:
        b.say(lead, b.pick(pt.KO_ASSIGN + ASSIGN, lead))
        p = b.one(members)
        b.say(p, b.pick(ASSIGN_ACK, p))

    first = [introductions, brief] if b.chance(0.7) else [brief, introductions]
    for f in first:
        if b.left() > 200 or f is brief:
            f()
    if b.chance(0.45):
        tools()
    if b.chance(0.7):
        plan()
    b.loop(
        [
            # Ideas are only a part of a kick-off; what marks one all the way through is setting up the new
            # work: the brief, the plan, who does what, questions about scope and constraints.
            (0.9, ideas),
            (1.0, lambda: shared.work_talk(b)),
            (1.6, question),
            (1.2, brief),
            (1.0, plan),
            (0.6, tools),
            (1.4, assign),
            (0.4, lambda: shared.interruption(b)),
        ],
        reserve=min(220, b.target // 5),
    )
    for _ in range(b.rng.randint(1, 3)):
        assign()
    b.say(lead, b.pick(NEXT, lead))
    shared.closing(b, lead, next_call=0.2)
