"""Project Sync: a project group (or pair) collaborating on an EXISTING project.

Real syncs: recap of what was decided last time, each member presents their part (findings, results,
numbers), discussion of options, decisions, open problems, action items. Variants cover a product design
series (presentations per role), a research group (experiments, results, data), a spec/standards call
(going down a list of proposals), and a two-person working session.
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import project_talk as pt
from . import shared
from .support import TECH_FIELDS

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


# Variant-specific working material, so syncs look like the many kinds of project groups that exist.
VARIANT_TALK = {
    "design_series": [
        "So in the last meeting we settled the functional requirements, so now it's about the concept.",
        "I looked at the components we can get from our own factory. The cheap chip only supports "
        "simple buttons.",
        "For the case we have plastic, rubber or titanium. Titanium looks great but it blows the budget.",
        "The trend reports say people want soft, curved shapes this year, and fruit and vegetable colours.",
        "Here's my sketch. The scroll wheel sits under your thumb, and the power button is on top.",
        "If we use the kinetic battery, we can't have the LCD screen, it uses too much power.",
        "Let's evaluate the prototype against our criteria. On a scale from one to seven, how easy is "
        "it to use?",
        "I'd give it a two on looks and a three on ease of use. Lower is better, right?",
        "So if we add up the parts, we're at about twelve euros, and the limit was twelve fifty.",
        "Marketing-wise, the survey said three out of four people find their current one ugly.",
        "We decided last time on a single battery and rubber buttons, so the chip question is settled.",
        "I put the final version of my presentation in the project folder.",
    ],
    "research": [
        "So I ran the baseline again with the new features, and it's about the same on clean data.",
        "On the noisy set the error went down from {val} to {val}, which is the first real gain we've had.",
        "I think the difference is the normalisation. Without it, the numbers are all over the place.",
        "We need more training data for the far microphone condition, we only have a few hours.",
        "The annotators finished the second batch, agreement is okay but not great.",
        "I'd like to try the same thing on the other corpus, just to see if it generalises.",
        "The model is overfitting, you can see the dev loss going up after epoch three.",
        "Is that with the full set of features, or just the first thirteen?",
        "The jobs are still in the queue. The cluster has been slow all week.",
        "If we combine the two systems, we might get another few percent, but it's a lot of compute.",
        "I wrote a script that aligns the transcripts with the audio, it mostly works.",
        "We should write this up for the workshop deadline, it's in {dur}.",
    ],
    "spec": [
        "Next on the list is the pull request about {work}. Has anyone from the other teams looked at it?",
        "We have an implementation, and we tested it against one other implementation, and it interoperates.",
        "I left a comment on the proposal. I think the wording should say must, not should.",
        "This one is waiting on review. If someone could add it to their to-do list, we can merge it "
        "next week.",
        "There's an edge case when both sides send at the same time. We need to specify what happens.",
        "I'd rather keep the old behaviour as the default, and make the new one opt-in.",
        "Our release is out, so I finally have time to work on the spec change.",
        "The test vectors are updated, please check them against your code.",
        "Do we want to make this a one-liner, or do we need a whole new section?",
        "Okay, I think we can just merge that. Any objections? No? Great.",
        "I'll open an issue to track that, and we can discuss it asynchronously.",
    ],
    "ops": [
        "The timeline is still okay, but {work} slipped by about a week.",
        "I spoke to the vendor again, they can deliver by the end of {month} if we confirm this week.",
        "The budget tracker is updated. We've spent about {pct} so far, which is on plan.",
        "The pilot went okay, a few complaints about {problem}, but nothing serious.",
        "I need a decision on {work} by {weekday}, otherwise we lose the slot.",
        "Legal came back with a few changes, nothing major.",
        "We're waiting on the other team, and I've chased them twice.",
        "I updated the risk list. The top risk is still {problem}.",
    ],
}
FIELDS = {
    "design_series": [
        {
            "part": ["the buttons", "the case material", "the battery", "the chip", "the shape"],
            "option": ["a rubber case", "a scroll wheel", "a solar cell", "voice control", "a curved shape"],
            "phase": ["functional design", "conceptual design", "detailed design"],
        },
        {
            "part": ["the handle", "the frame", "the display", "the packaging", "the colour scheme"],
            "option": ["an aluminium frame", "a touch display", "recycled packaging", "a fold-out handle"],
            "phase": ["conceptual design", "second design", "detailed design"],
        },
        {
            "part": ["the water tank", "the control panel", "the heating element", "the lid"],
            "option": ["a removable tank", "a single dial", "a glass lid", "an app connection"],
            "phase": ["functional design", "conceptual design", "prototype"],
        },
        {
            "part": ["the sole", "the strap", "the sensor", "the charging dock", "the app screen"],
            "option": ["a magnetic dock", "a woven strap", "a step sensor", "a bigger battery"],
            "phase": ["conceptual design", "detailed design", "pre-production"],
        },
    ],
    "research": [
        {
            "exp": ["the baseline run", "the noise experiments", "the new features", "the adaptation runs"],
            "dataset": ["the meeting data", "the far-field set", "the digits corpus", "the new recordings"],
            "rmetric": ["the word error rate", "the error rate", "accuracy", "the false alarm rate"],
        },
        {
            "exp": ["the knockout assay", "the dose series", "the repeat cultures", "the imaging runs"],
            "dataset": ["the second batch of samples", "the control group", "the plate data"],
            "rmetric": ["the yield", "the signal", "the variance between replicates", "the growth rate"],
        },
        {
            "exp": ["the parser experiments", "the fine-tuning runs", "the annotation study", "the ablation"],
            "dataset": ["the held-out set", "the annotated dialogues", "the web sample", "the new treebank"],
            "rmetric": ["F-score", "agreement", "accuracy", "recall"],
        },
        {
            "exp": ["the ensemble runs", "the regional model", "the sensitivity tests", "the calibration"],
            "dataset": ["the station data", "the satellite series", "the historical runs"],
            "rmetric": ["the bias", "the error", "the skill score", "the drift"],
        },
    ],
    "spec": [
        {
            "item": [
                "the channel reestablish change",
                "the fee proposal",
                "the feature bit cleanup",
                "the error message PR",
                "the offers draft",
            ],
            "impl": ["our implementation", "the Go implementation", "the C implementation", "the Rust one"],
            "spec": ["the spec", "the BOLT", "the current text"],
        },
        {
            "item": [
                "the pagination proposal",
                "the auth header PR",
                "the error format change",
                "the versioning draft",
                "the batch endpoint proposal",
            ],
            "impl": ["our server", "the reference client", "the Java SDK", "the Python library"],
            "spec": ["the API spec", "the standard", "the current draft"],
        },
        {
            "item": [
                "the metadata block PR",
                "the compression option",
                "the new chunk type",
                "the checksum change",
                "the extension registry",
            ],
            "impl": ["our encoder", "the reference decoder", "the browser implementation", "libfoo"],
            "spec": ["the format spec", "the draft", "the registry text"],
        },
        {
            "item": [
                "the keepalive change",
                "the retransmission proposal",
                "the session resumption PR",
                "the new message type",
                "the congestion note",
            ],
            "impl": ["our stack", "the embedded implementation", "the reference implementation"],
            "spec": ["the RFC draft", "the working draft", "the protocol document"],
        },
    ],
}

RECALL = [
    "So this is the conceptual design meeting. We have the functional design behind us.",
    "We're in the detailed design phase now, so the target group and the brand are already fixed.",
    "Today we need to finish the design decisions so we can start on the prototype.",
    "This is our third meeting, so we should be getting close to a final design.",
    "Just to remind everyone, last time we decided on {work}, and {you} was going to check costs.",
    "Following up from last week: did anyone hear back about {problem}?",
    "According to the minutes, we agreed to drop the extra feature. Is that still the plan?",
    "Last meeting we left two open questions. Let's close them today.",
    "I've added the new requirements from management, they arrived by email this morning.",
]


DOMAIN_BIAS = pt.TEAM_DOMAIN_BIAS
LABEL_STYLES = pt.TEAM_LABEL_STYLES
CHATTER = pt.TEAM_CHATTER
cast = pt.team_cast


# The shapes of follow-up meetings. Each domain has its own (a product-design team's follow-up is mostly a
# design-series meeting), and about half the time a meeting takes any of them, so that a shape is learnt
# as a way of meeting rather than as a topic. Spec calls are drawn most often (three in eight), since only
# one domain is home to them and real recorded syncs have as many of them as research meetings.
HOME_VARIANT = {"product design": "design_series", "research": "research", "protocol": "spec"}
ANY_VARIANT = ["design_series", "research", "spec", "design_series", "research", "spec", "spec", "ops"]


def context(b: Builder) -> dict:
    variant = HOME_VARIANT.get(b.ctx["domain"], "ops")
    if not (variant == "design_series" and b.chance(0.85)) and b.chance(0.55):
        variant = b.one(ANY_VARIANT)
    out: dict = {"variant": variant}
    if variant in FIELDS:
        out.update(b.one(FIELDS[variant]))
    if variant == "spec":  # the technical parts and measures an implementers' call argues about
        tech = b.one(TECH_FIELDS)
        out.update(comp=tech["comp"], tmetric=tech["tmetric"], thing=tech["thing"])
    return out


def title(b: Builder) -> str:
    return b.one(["{} weekly", "{} sync", "{} - status", "Team meeting: {}", "{}", "{} check-in"]).format(
        b.ctx["project"]
    )


def compose(b: Builder) -> None:
    lead = b.people[0]
    members = b.people[1:]
    shared.opening(b, lead, extra_greeters=2, chatty=0.35)
    variant = b.ctx["variant"]
    if variant == "design_series" and b.chance(0.8):
        b.say(lead, b.pick(pt.DESIGN_PHASE if b.chance(0.6) else pt.DESIGN_OPEN, lead))
    elif variant == "spec" and b.chance(0.5):
        b.say(lead, b.pick(pt.SPEC_ITEM, lead))
    else:
        b.say(lead, b.pick(OPEN, lead))
    if b.chance(0.75):
        b.say(lead, b.pick(RECALL + pt.RECALL, lead))
        b.back(b.one(members))

    def ask(who: Person) -> None:
        for _ in range(b.rng.randint(0, 3)):
            q = b.one(b.others(who))
            if b.chance(0.25):
                b.say(q, b.pick(REACT, q))
                b.say(who, b.pick(ANSWER, who))
            else:
                question, answers = b.pair(pt.SYNC_ASK, q)
                b.say(q, question)
                b.say(who, b.pick(answers, who))

    def present() -> None:
        who = b.one(b.people)
        sents = [b.pick(VARIANT_TALK[variant], who) for _ in range(b.rng.randint(1, 4))]
        b.long(who, sents, p_break=0.4)
        ask(who)

    def design_round() -> None:  # one role presents its work since last time, the team evaluates, decides
        who = b.one(members)
        handoff(who)
        sents = [b.pick(pt.DESIGN_PRESENT, who) for _ in range(b.rng.randint(2, 4))]
        if b.chance(0.4):
            sents.insert(0, b.pick(pt.ROLE_PRESENT, who, role=role(who)))
        sents += [b.pick(VARIANT_TALK["design_series"], who) for _ in range(b.rng.randint(0, 2))]
        if b.chance(0.6):
            sents.insert(b.rng.randint(0, len(sents)), b.pick(pt.PROJECT_REF, who))
        b.long(who, sents, p_break=0.4)
        ask(who)
        for _ in range(b.rng.randint(1, 3)):
            p = b.one(b.people)
            b.say(p, b.pick(pt.DESIGN_EVAL + pt.SYNC_DEBATE, p))
            b.back(b.one(b.others(p)))

    def phase_talk() -> None:  # which phase of the series this is, and what the earlier ones settled
        p = lead if b.chance(0.6) else b.one(members)
        b.say(p, b.pick(pt.DESIGN_PHASE, p))
        b.back(b.one(b.others(p)))

    def new_requirements() -> None:  # management's new constraints arrive between meetings of a series
        b.say(lead, b.pick(pt.NEW_REQUIREMENTS, lead))
        for _ in range(b.rng.randint(1, 3)):
            p = b.one(members)
            b.say(p, b.pick(pt.NEW_REQUIREMENTS_REACT, p))
            if b.chance(0.5):
                b.back(b.one(b.others(p)))

    def constraints() -> None:  # the brief, as everyone already knows it, against the design in hand
        for _ in range(b.rng.randint(1, 3)):
            p = b.one(b.people)
            b.say(p, b.pick(pt.SYNC_CONSTRAINT, p))
            q = b.one(b.others(p))
            if b.chance(0.7):
                b.say(q, b.pick(pt.CONSTRAINT_REACT + pt.SYNC_DEBATE, q))
            else:
                b.back(q)

    def plan_next() -> None:  # the next stretch of an existing project, planned and handed out
        b.say(lead, b.pick(pt.SYNC_PLAN, lead))
        b.back(b.one(members))
        tasks = pt.TASK_HANDOUT + (pt.DESIGN_TASKS if variant == "design_series" else ACTIONS)
        for _ in range(b.rng.randint(1, 3)):
            b.say(lead, b.pick(tasks, lead))
            p = b.one(members)
            b.say(p, b.pick(pt.TASK_ACK, p))

    def research_item() -> None:  # agenda item: status of an experiment, numbers, bugs, who runs what
        b.say(lead, b.pick(pt.RESEARCH_STATUS[:1] + RECALL[4:6], lead))
        who = b.one(members)
        sents = [b.pick(pt.RESEARCH_STATUS[1:], who) for _ in range(b.rng.randint(1, 3))]
        sents += [b.pick(VARIANT_TALK["research"], who) for _ in range(b.rng.randint(0, 2))]
        b.long(who, sents, p_break=0.4)
        ask(who)
        if b.chance(0.6):
            p = b.one(b.people)
            b.say(p, b.pick(pt.RESEARCH_NEXT, p))
            b.back(b.one(b.others(p)))

    def spec_item() -> None:  # next open proposal/PR: back-and-forth among implementers, then a decision
        b.say(lead, b.pick(pt.SPEC_ITEM, lead))
        for _ in range(b.rng.randint(2, 5)):
            p = b.one(b.people)
            # Real working calls between implementers run to long turns (often 40+ words): one person
            # explains what their implementation does, the edge case, what they propose.
            n = b.rng.randint(1, 2) if b.chance(0.3) else b.rng.randint(4, 9)
            pool = pt.SPEC_REPLY + VARIANT_TALK["spec"] + pt.SPEC_TECH * 3
            b.long(p, [b.pick(pool, p) for _ in range(n)], p_break=0.1)
            if b.chance(0.3):
                b.back(b.one(b.others(p)))
        p = b.one(b.people)
        b.say(p, b.pick(pt.SPEC_CLOSE, p))

    def role(who: Person) -> str:  # a title as said aloud: "the industrial designer", "the PhD"
        return " ".join(w if w.isupper() or len(w) <= 3 else w.lower() for w in who.title.split())

    def handoff(who: Person) -> None:
        if b.chance(0.45):
            b.say(lead, b.pick(pt.ROLE_HANDOFF, lead, role=role(who)))
        else:
            b.say(lead, b.pick(HANDOFF, lead))

    def report(who: Person | None = None) -> None:
        who = who or b.one(b.people)
        if who is not lead and b.chance(0.6):
            handoff(who)
        if b.chance(0.3):
            b.say(who, b.pick(pt.ROLE_PRESENT, who, role=role(who)))
        first = b.pick(pt.SYNC_REPORT if b.chance(0.75) else REPORT, who)
        sents = [first] + [b.pick(pt.SYNC_DETAIL + DETAIL, who) for _ in range(b.rng.randint(0, 3))]
        if b.chance(0.3):
            sents.append(b.pick(pt.PROJECT_REF, who))
        if b.chance(0.4):
            sents.append(b.pick(pt.SYNC_REPORT, who))
        b.long(who, sents, p_break=0.4)
        ask(who)

    def discuss() -> None:
        for _ in range(b.rng.randint(2, 6)):
            p = b.one(b.people)
            b.say(p, b.pick(pt.SYNC_DEBATE + DISCUSS + pt.PROJECT_REF, p))
            if b.chance(0.5):
                b.back(b.one(b.others(p)))
        if b.chance(0.7):
            b.say(lead, b.pick(pt.SYNC_DECIDE + DECIDE, lead))
            p = b.one(members)
            b.say(p, b.pick(DECIDE_ACK, p))

    def idea_reply(q: Person) -> str:  # answered with what was decided or measured since, or a reaction
        if b.chance(0.55):
            evals = pt.DESIGN_EVAL if variant == "design_series" else []
            return b.pick(pt.IDEA_FOLLOWUP + evals, q)
        return b.pick(pt.IDEA_REACT, q)

    def ideas() -> None:  # the team weighs ideas again
        pt.idea_round(b, idea_reply)

    def sketch() -> None:  # the design on the whiteboard or the prototype passed round: short turns
        who = b.one(b.people)
        b.say(who, b.pick(pt.SKETCH_SHOW, who))
        for _ in range(b.rng.randint(4, 10)):
            p = b.one(b.people)
            if b.chance(0.6):
                b.say(p, b.pick(pt.SKETCH_TALK, p))
            else:
                b.back(p)

    def recall() -> None:
        b.say(lead, b.pick(pt.RECALL, lead))
        p = b.one(members)
        b.say(p, b.pick(pt.SYNC_REPORT, p))

    shaped = {"design_series": design_round, "research": research_item, "spec": spec_item}.get(variant)
    if b.chance(0.2 if variant == "spec" else 0.55):  # round the table first
        for p in members:
            if b.left() < 200:
                break
            report(p)
    steps = [
        (3, report),
        (2.5, present),
        (2, discuss),
        (0.6, recall),
        (1.5, plan_next),
        (2.5 if variant == "design_series" else 0.8, ideas),
        (2.0 if variant == "design_series" else 0.4, sketch),
        (0.8, lambda: shared.work_talk(b)),
        (0.5, lambda: shared.interruption(b)),
    ]
    if variant == "design_series":
        steps += [(0.6, new_requirements), (1.5, constraints), (2.0, phase_talk)]
    if shaped is not None:
        steps.append((7 if variant == "spec" else 5, shaped))
    b.loop(steps, reserve=min(180, b.target // 6))
    if variant == "design_series" and b.chance(0.7):
        b.say(lead, b.pick(pt.DESIGN_TASKS, lead))
        b.back(b.one(members))
    b.say(lead, b.pick(pt.SYNC_NEXT + ACTIONS, lead))
    b.back(b.one(members))
    shared.closing(b, lead, next_call=0.3)
