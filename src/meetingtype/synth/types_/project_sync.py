"""Project Sync: a project group (or pair) collaborating on an EXISTING project.

Real syncs: recap of what was decided last time, each member presents their part (findings, results,
numbers), discussion of options, decisions, open problems, action items. Variants cover a product design
series (presentations per role), a research group (experiments, results, data), a spec/standards call
(going down a list of proposals), and a two-person working session.
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import shared

TITLES = [
    ["Project Manager", "Marketing", "Industrial Designer", "User Interface"],
    ["Professor", "PhD A", "PhD B", "Grad student", "Postdoc"],
    ["Lead", "Backend", "Frontend", "QA", "Design"],
    ["Coordinator", "Operations", "Finance", "Vendor liaison"],
]

OPEN = [
    "So, last time we agreed on {work}, so today is about the details.",
    "Okay, let's start. Quick recap: last meeting we decided to go with the cheaper option for {work}.",
    "Right, I'll be taking minutes again. Let's go round and hear what everyone's been working on.",
    "So we're in the second phase now, and today we need to make a few decisions.",
    "Okay, agenda's in the doc. Updates, then the open issues, then next steps.",
    "Let's just go down the list like last week.",
    "Alright, where did we get to? I think we stopped at {work}.",
    "So this is our usual {weekday} check-in on {project}. Who wants to go first?",
    "I don't think anything big happened since last week, so this might be a short one.",
    "We've got forty minutes. I'd like to get through everyone's presentations and then decide.",
    "Okay, recording's on. So, the main thing today is {problem}.",
    "I sent round the minutes from last time, did everyone get them?",
]
HANDOFF = [
    "{you}, do you want to start?",
    "Okay, {you}, over to you.",
    "Who's got an update?",
    "Let's start with {you}, since you had the most going on.",
    "Next one. {you}?",
    "Anything from your side, {you}?",
    "Can you share your slides, {you}?",
    "Let's hear the {work} update first.",
]
REPORT = [
    "So, on {work}, I've made some progress. Most of it is done, but there's one open question.",
    "I'll do my presentation on {work}. I looked at the options and compared them on cost and on {metric}.",
    "So since last time I finished the first version of {artifact}, it's in the shared folder.",
    "Not a lot to report, honestly. I was out two days, so {work} is slightly behind.",
    "I ran the numbers again, and {metric} went from {val} to {val}. So, better, but not where we want.",
    "I talked to {num} users this week. The main thing they said is they want it simpler.",
    "So the good news is {work} is basically done. The bad news is {problem}.",
    "I've been testing {artifact}, and I found a couple of issues, I'll put them in {tool}.",
    "From the supplier side, they came back and the price is higher than we thought, about {money}.",
    "The experiment finished on {weekday}. The baseline is at {val}, and the new version is at {val}.",
    "I reviewed the proposal for {work}. I think it's mostly fine, I left a few comments.",
    "I spent most of the week on {problem}, which turned out to be harder than it looked.",
    "We tried training on the bigger set, and it helped the clean condition but not the noisy one.",
    "So, based on the research, people mostly care about looks first and then how easy it is.",
    "I merged the change last night, so it's in the build now if anyone wants to try it.",
    "My part is about {work}. I have three slides. First slide is what I looked at.",
    "Still waiting on {you} for the data, so I couldn't finish the comparison.",
    "So I did a first pass at {artifact}, and I think we have two choices here.",
]
DETAIL = [
    "The main trade-off is cost against {metric}. The cheaper option is worse on that by about {pct}.",
    "If we go with the first option, we'd need to change {work} as well, which costs us a week.",
    "We could try it on a smaller set first, to see if it holds up.",
    "Part of the problem is we don't have enough data for the edge cases.",
    "The second option is more work, but it's more robust in the long run.",
    "I'm not sure it's the implementation, it might be how we're measuring it.",
    "It's not a huge difference, but it's consistent across all the runs.",
    "We can't really do both within the budget, so we'll have to pick one.",
    "On {artifact}, there's one section that nobody agrees on yet, and that's what's holding it up.",
    "What surprised me is that {metric} got worse when we added more, which is weird.",
    "I think the users will notice, so I'd rather not cut that.",
    "It depends on whether the other team can hit their date, which I doubt.",
]
REACT = [
    "Okay, interesting.",
    "Hmm. So what do you recommend?",
    "Right. That's about what I expected.",
    "Wait, is that the same setup as last time?",
    "Okay, so that's a problem.",
    "Nice work, thanks.",
    "So is that with or without the change?",
    "Can you put that in the doc?",
    "Mm. How confident are you in that?",
    "That's better than I thought.",
    "Did you try it on the other set?",
    "Okay. So we're blocked on that?",
    "Yeah, I saw that too.",
    "That's a big jump.",
    "Sorry, which version is this?",
]
ANSWER = [
    "I'd go with the simpler one, honestly.",
    "Fairly confident. I ran it three times.",
    "Same setup, I only changed one thing.",
    "Yes, with the change. Without it, it's about the same as before.",
    "Not yet, that's next.",
    "Kind of. I can work around it for a few days.",
    "Sure, I'll add it after this.",
    "It's the latest one, from {weekday}.",
    "I think so, but I'd want {you} to double-check.",
]
DISCUSS = [
    "I don't think we should change {work} now, it's too late for that.",
    "What if we keep {work} as it is, and only change the part that's failing?",
    "I'd rather spend the time on {problem}, because that's what users actually complain about.",
    "We should look at whether it's worth it. It's {pct} better but twice the cost.",
    "Can we split the difference? Do the quick fix now and the proper one next month?",
    "From a marketing point of view, the fancy version sells better, I'm pretty sure.",
    "I agree with {you}. Let's not overthink it.",
    "I'm a bit worried about the timeline, to be honest.",
    "Let's try both on a small sample and see which one wins.",
    "I think we need a second opinion from someone outside the group.",
    "If we do that, the spec needs a new section, and the other implementations need to agree.",
    "We need more data before we decide, I think.",
]
DECIDE = [
    "Okay, so the decision is: we go with the cheaper option for {work}. Everyone okay with that?",
    "Let's decide. I'm hearing the simpler version. Any objections?",
    "So we keep {artifact} as is, and {you} will look at {problem}.",
    "Alright, we'll park that until next week.",
    "Okay, decision made. I'll write it down.",
    "So, final answer: we drop that feature for now.",
    "Let's merge it and fix the rest as a follow-up.",
    "So we'll run the new experiment before deciding.",
]
DECIDE_ACK = [
    "Fine by me.",
    "Yep, agreed.",
    "Okay.",
    "Works for me.",
    "I can live with that.",
    "Yeah, let's do that.",
    "Sure. I'll update {tool}.",
]
ACTIONS = [
    "So action items: {you} on {work}, {you} follows up with the supplier, and I'll update the plan.",
    "For next time, everyone please put your updates in the doc before the meeting.",
    "{you}, can you rerun the experiment with the new settings?",
    "I'll chase the other team about the review.",
    "Next meeting, we should have the final numbers for {metric}.",
    "Let's all test {artifact} before {weekday}.",
]


def cast(rng, mk) -> list[Person]:
    titles = list(rng.choice(TITLES))
    n = rng.choice([2, 3, 4, 4, 4, 5, 6])
    return [
        mk("lead" if i == 0 else "member", titles[i] if i < len(titles) else titles[-1]) for i in range(n)
    ]


def title(b: Builder) -> str:
    return b.one(["{} weekly", "{} sync", "{} - status", "Team meeting: {}", "{}", "{} check-in"]).format(
        b.ctx["project"]
    )


def compose(b: Builder) -> None:
    lead = b.people[0]
    members = b.people[1:]
    shared.opening(b, lead, extra_greeters=2, chatty=0.35)
    b.say(lead, b.pick(OPEN, lead))

    def report(who: Person | None = None) -> None:
        who = who or b.one(b.people)
        if who is not lead and b.chance(0.6):
            b.say(lead, b.pick(HANDOFF, lead))
        sents = [b.pick(REPORT, who)] + [b.pick(DETAIL, who) for _ in range(b.rng.randint(0, 3))]
        b.long(who, sents, p_break=0.4)
        for _ in range(b.rng.randint(0, 3)):
            q = b.one(b.others(who))
            b.say(q, b.pick(REACT, q))
            b.say(who, b.pick(ANSWER, who))

    def discuss() -> None:
        for _ in range(b.rng.randint(2, 6)):
            p = b.one(b.people)
            b.say(p, b.pick(DISCUSS, p))
            if b.chance(0.5):
                b.back(b.one(b.others(p)))
        if b.chance(0.6):
            b.say(lead, b.pick(DECIDE, lead))
            p = b.one(members)
            b.say(p, b.pick(DECIDE_ACK, p))

    if b.chance(0.65):  # round the table first
        for p in members:
            if b.left() < 200:
                break
            report(p)
    b.loop(
        [(3, report), (2.5, discuss), (0.5, lambda: shared.interruption(b))], reserve=min(180, b.target // 6)
    )
    b.say(lead, b.pick(ACTIONS, lead))
    b.back(b.one(members))
    shared.closing(b, lead, next_call=0.3)
