"""Compositional material for the two project types, built so that the TYPE comes from the meeting's
purpose and structure, not its domain.

Kick-off: first meeting of a new project: who is who, the brief (goal, users, budget, deadline) presented
for the first time, getting to know the tools, early ideas with many unknowns, first assignments.
Sync: an existing project: each person reports what they did since last time (findings, prototypes,
numbers, evaluations), refers back to earlier decisions, the group debates options, decides, plans next steps.
Every sentence is assembled from interchangeable parts ([a|b] alternatives and slots).
"""

from __future__ import annotations

from collections.abc import Callable

from ..engine import LABEL_STYLES, Builder, Person

# --- Project Sync -------------------------------------------------------------------------------------

# Speaker-label styles of project meetings. Meeting-recorder corpora of project teams label speakers by role
# ("Project Manager", "PhD B") more often than other meetings do; drawn equally for kick-offs and syncs, so
# role labels say "a project team", never which of its meetings this is.
TEAM_LABEL_STYLES = LABEL_STYLES + ["role"] * 5
# Project teams often meet in a room with a recorder on the table: their transcripts have many backchannels
# and short turns (Builder.chatter), kick-offs and follow-ups alike.
TEAM_CHATTER = [0.0, 0.15, 0.3, 0.45, 0.6, 0.6]

# Design teams meet in series: a kick-off, then follow-ups on the same product. Both kinds are drawn from
# that world equally often, so that talking about a product's parts, users and costs marks neither.
TEAM_DOMAIN_BIAS = {"product design": 0.35, "research": 0.1}

# Role titles of project teams, shared by kick-offs and syncs: a corpus export that labels speakers by role
# ("Project Manager:", "PhD B:") says who is in the room, never which meeting of the project this is.
TEAM_TITLES = [
    ["Project Manager", "Marketing", "Industrial Designer", "User Interface"],
    ["Professor", "PhD", "PhD", "Grad", "Postdoc", "Grad"],
    ["Lead", "Backend", "Frontend", "QA", "Design"],
    ["Lead", "Engineer", "Designer", "Analyst", "Researcher"],
    ["Project Lead", "Operations", "Finance", "Developer", "Coordinator"],
    ["Coordinator", "Operations", "Finance", "Vendor liaison"],
]


def team_cast(rng, mk) -> list[Person]:
    """A project team of 2-6 from one set of TEAM_TITLES, the first its lead (kick-offs and syncs)."""
    titles = list(rng.choice(TEAM_TITLES))
    n = rng.choice([2, 3, 4, 4, 4, 5, 6])
    return [
        mk("lead" if i == 0 else "member", titles[i] if i < len(titles) else titles[-1]) for i in range(n)
    ]


# Follow-up meetings name roles too: the lead hands over to "the industrial designer", a presenter speaks
# "from the marketing side". Kick-offs name roles in introductions, so role words alone mark neither.
# {role}: the presenter's title as spoken (lower case); {title} in ROLE_PRESENT: the speaker's own.
ROLE_HANDOFF = [
    "[Okay,|Right,|So,] [next is|now it's|then we have] the {role}['s presentation| part|'s update].",
    "[Let's hear from|Over to|Then] [the|our] {role}[.|, please.|, go ahead.]",
    "[Okay,|Right,] {role}, [you're up|your turn|over to you]. [You had|You've got] the slides [ready|in the "
    "folder]?",
    "[Can we|Shall we] [start with|do] the {role} [first|now], [because|since] [the rest depends on it|that "
    "one's the biggest]?",
]
ROLE_PRESENT = [
    "[Okay,|Right,|So,] [as|speaking as] the {role}, [I looked at|my job this time was|I worked on] {work}.",
    "[From the|On the|So from the] {role} [side|point of view|perspective], [there are|I have] [two|three|a "
    "few] [things|points] [since last time|this round|to report].",
    "[My|The] {role} [presentation|report|update] [is about|covers] {work}, [and|so] [I'll be quick|it's "
    "short this time|bear with me].",
]
# A follow-up meeting names what the team is building as often as a kick-off does: "the remote", "the
# thermostat". {the_project} is the project slot with a definite article ("the kitchen scale").
PROJECT_REF = [
    "[So|Okay, so|Right,] [for|on] {the_project}, [the main open question is|what's still open is|we still "
    "have to settle] {work}.",
    "[I think|I'd say|Honestly,] {the_project} [has to|should] [look|feel] [different from|better than] "
    "what's [in the shops|out there] [already|now], [otherwise|or] [nobody buys it|it's just another one].",
    "[If we want|For] {the_project} to [stay under|come in under|fit] the [budget|cost limit], [we can't "
    "have|we'll have to drop|we need to simplify] {work}.",
    "[The|Our] [prototype|model|mock-up] of {the_project} [is|looks] [almost done|a lot better than last "
    "time|still a bit rough], [I brought it|I'll pass it round|have a look].",
    "[Remember|Don't forget], [the|our] [users|target group] [said|told us] [they|that they] [want|care "
    "about] {metric} [first|most] [when they pick|when it comes to] {the_project}.",
    "[So|Okay,] [who's|is anyone] [still|actually] [working on|looking at] [how|the way] {the_project} "
    "[gets charged|is held|is packed|is shipped]?",
    "[What|How] [about|if we put] [the logo|our logo|the company colours] on {the_project}? [Management|"
    "The brief] [wanted|asked for] [that|it] [last time|in the email].",
    "[We|I think we] [agreed|decided] [last time|at the last meeting] that {the_project} [stays|should "
    "stay] [simple|cheap|small], [so|and] [I'd|I would] [stick to that|not reopen it].",
]
SINCE = "[Since last time|Since last week|Since our last meeting|Over the past [week|two weeks]|This week]"
DID = "[I looked into|I worked on|I finished|I tested|I evaluated|I dug into|I spent most of my time on]"
SYNC_REPORT = [
    SINCE + ", " + DID + " {work}, [and|so] [here's what I found|the short version is this|I have some "
    "results|there's good news and bad news].",
    "[So|Okay so|Right,] [my part|my presentation|my update] is [about|on] {work}. [I have|I've got] "
    "[a few|three|two] slides. [First|The first one] is [what I looked at|the method|how I did it].",
    "[As we decided|Like we agreed|Following what we decided] [last time|last meeting|on {weekday}], I "
    "[went with|used|built on] [the cheaper option|the simpler version|the second option|the approach "
    "{you} suggested] for {work}, [and|but] [it mostly works|there's one problem|it's slower than expected].",
    "[The results|The numbers|The tests|The survey results|The user tests|The measurements] [are in|came "
    "back], and {metric} [went from {val} to {val}|improved by about {pct}|got worse by about {pct}|"
    "didn't really change].",
    "[I've got|Here's|We now have] [a first prototype|a mock-up|a working version|the draft|a rough "
    "version] of {artifact}. [It's rough|It's not pretty], but [it works|you get the idea|it's enough to "
    "test with].",
    "[I talked to|I interviewed|We surveyed] [{num} users|{num} people|a few customers|the people on the "
    "floor], and [the main thing|what came up most] [is|was] that [they want it simpler|they care about "
    "{metric}|{problem} annoys them|price matters more than features].",
    "[Not a lot to report,|Not much from me,|Quick one from me,] [honestly|to be honest]. [I was out|I was "
    "sick|I was on the other project] [two days|part of the week], so {work} is [slightly|a bit] behind.",
    "[I'm still waiting on|I'm blocked on|I still need] [the data|the numbers|the quote|a review] from "
    "{you}, so I couldn't [finish|complete] the [comparison|analysis|evaluation].",
    "[I compared|I looked at] [the options|three options|the two candidates] for {work} on [cost|{metric}|"
    "effort] [and|and on] [risk|{metric}|time]. [The cheapest one|Option one|The first one] [wins on cost|is "
    "cheaper] but [loses|is worse] on {metric}.",
    "[The supplier|The vendor|The other team] came back, and [the price is higher than we thought|it's "
    "about {money}|they can't deliver before {month}].",
    "[I merged the change|The change is in|I pushed a fix] [last night|on {weekday}|yesterday], so [it's in "
    "the build|you can try it] [now|today] if [anyone wants to|you want to] [test it|have a look].",
    "[I redid|I reran|I repeated] the [analysis|experiment|test] with [the new settings|more data|the "
    "fixed version], and [it holds up|the effect is smaller|it's consistent across runs].",
]
SYNC_DETAIL = [
    "The [main|big] trade-off is [cost|time|effort] against {metric}.",
    "If we go with [the first option|that], we'd [need to|have to] change {work} as well, which [costs us|"
    "adds] [a week|two weeks|a lot of effort].",
    "[We could|Maybe we] try it on a smaller [set|sample|group] first, to see if it holds up.",
    "[Part of the problem|The issue] is we don't have enough [data|time|people] for [the edge cases|the "
    "rest|the second phase].",
    "[It's not a huge difference|It's small], but it's consistent across [all the runs|every site|both "
    "groups].",
    "[What surprised me|The weird thing] is that {metric} got worse when we [added more|changed it], "
    "which [I can't explain yet|doesn't make sense to me].",
    "[On|With] {artifact}, there's one [section|part|piece] that nobody agrees on yet, and that's what's "
    "holding it up.",
    "[It depends|That depends] on whether [the other team|the supplier|{you}] can [hit their date|deliver "
    "on time], which I doubt.",
    "[I put|I've put] [the details|the numbers|the slides] in the [shared folder|project doc|{tool}] if "
    "[anyone|you] [wants|want] to [look|dig in].",
]
SYNC_ASK = [
    (
        "[Wait,|Sorry,] is that [the same setup|with the same settings] as last time?",
        [
            "[Same setup,|Yes, same,] I only changed [one thing|the {work} part].",
            "[No,|Not quite,] I "
            "[updated|changed] [the data|the config] too, [so|which means] it's not [a clean|an exact] "
            "comparison.",
        ],
    ),
    (
        "[How confident are you|How sure are you] in [that|those numbers]?",
        [
            "[Fairly confident.|Pretty confident.] I ran it [three times|a few times].",
            "[Not very,|Honestly, not very,] the [sample|set] is small.",
        ],
    ),
    (
        "[Did you try|Have you tried] it on the [other|bigger|noisy] [set|site|group]?",
        ["Not yet, that's next.", "[Yes,|Yeah,] and it's [worse|about the same] there."],
    ),
    (
        "So what do you [recommend|suggest]?",
        [
            "I'd go with the simpler one, [honestly|to be honest].",
            "[I'd|I would] [wait|hold off] until we have [the numbers|more data].",
        ],
    ),
    (
        "So [are we|is that] blocked on that?",
        [
            "Kind of. I can work around it for [a few days|now].",
            "[Yes,|Yeah,] until [{you}|they] [get back to us|reply].",
        ],
    ),
    (
        "[Which version|What version] is this?",
        ["It's the latest one, from {weekday}.", "The [one|version] from [last week|before the change]."],
    ),
]
RECALL = [
    "[Just to remind everyone|As a reminder|Quick recap], [last time|last meeting] we [decided|agreed] on "
    "{work}, and {you} was going to [check|look at] [costs|the numbers|feasibility].",
    "[According to|From|Looking at] the minutes, we [agreed|decided] to [drop|postpone|keep] "
    "[the extra feature|that part|the second option]. Is that still the plan?",
    "[Last meeting|Last time] we left [two|a couple of|three] open questions. [Let's close them today.|I'd "
    "like to close them today.]",
    "[We're in|This is] the [second|third|detailed|conceptual|testing] [phase|stage] now, so [the target "
    "group|the scope|the requirements] [is|are] already [fixed|settled|agreed].",
    "[Following up from|Picking up from] last week: did anyone hear back about {problem}?",
    "[I've added|There are] [new requirements|some changes] from [management|the sponsor|the client], "
    "[they arrived|they came in] by email [this morning|yesterday].",
    "[We said|We agreed] [last time|two weeks ago] that [we'd|we would] [revisit|come back to] {work} "
    "[once|when] we had [data|numbers|the quote].",
]
SYNC_DEBATE = [
    "[I don't think|I'm not sure] we should change {work} [now|at this stage], it's [too late|too risky] "
    "for that.",
    "What if we keep {work} as it is, and only [change|fix] the part that's [failing|broken]?",
    "I'd rather spend the time on {problem}, because that's what [users|people] actually complain about.",
    "[It's|That's] {pct} better but [twice the cost|a lot more work]. [Is it worth it?|I'm not sure it's "
    "worth it.]",
    "[Can we|Could we] split the difference? [Do|We do] the quick fix now and the proper one [next "
    "month|later]?",
    "[I agree with {you}.|{you}'s right.] Let's not overthink it.",
    "[I'm a bit worried about|I'm worried about] the [timeline|budget], [to be honest|honestly].",
    "[Let's|We could] try both on a small [sample|group] and see which one wins.",
    "[I disagree,|I'd push back on that,] [because|since] [the last time we tried|when we tried] "
    "[that|something similar], {problem}.",
    "[We need|I want] more [data|evidence] before we decide, I think.",
    "[From a|On the] [cost|marketing|user|technical] [point of view|side], [the first option|the simpler "
    "one] [makes more sense|is safer].",
]
SYNC_DECIDE = [
    "[Okay, so|Alright, so|So] the decision is: we go with [the cheaper option|the simpler one|option "
    "two|{you}'s proposal] for {work}. [Everyone okay with that?|Any objections?]",
    "[Let's decide.|Let's make a call.] I'm hearing [the simpler version|we keep it]. Any objections?",
    "So we keep {artifact} as is, and {you} will look at {problem}.",
    "[Alright,|Okay,] we'll park that until next week, [when|once] we have [the numbers|more data].",
    "[So,|Okay,] final answer: we [drop|postpone] that [feature|part] for now.",
    "Let's [merge it|go ahead] and fix the rest as a follow-up.",
]
SYNC_NEXT = [
    "[So|Okay so] [action items|next steps|to-dos]: {you} [on|takes] {work}, {you} follows up with [the "
    "supplier|the other team|the vendor], and I'll update the [plan|minutes|schedule].",
    "[For next time|By next week|Before {weekday}], [can you|could you] [rerun|redo|finish] the [experiment|"
    "analysis|comparison] with the [new settings|final data], {you}?",
    "[Next meeting|Next time], we should have the final numbers for {metric}, and [then|after that] "
    "[we decide|we can close it].",
    "[I'll|I will] chase [the other team|the vendor|{you}'s manager] about [the review|the quote|the date].",
]

# --- Project Kick-off ---------------------------------------------------------------------------------

KO_OPEN = [
    "[Okay,|Right,|So,] [welcome|welcome everyone|hi everyone] [to our first meeting|to the kick-off|to "
    "meeting number one] [for|on] {project}. [This group hasn't worked together before|Most of us haven't "
    "met|Nothing's decided yet], so [let's start with introductions|let's get to know each other first].",
    "[So|Okay, so] [this is|we're here for] the kick-off [for|of] [a new project|{project}]. [I'll be|I'm "
    "going to be] [the project manager|leading this|coordinating], [so I'll|and I'll] run these meetings.",
    "[As you saw in the email|As you probably know|You've all had the email], we've been asked to "
    "[start|take on|set up] {project}. Today is [about getting organised|just the overview|the start].",
    "[Here's the agenda|Plan for today|The agenda is]: [introductions|who's who], [the project brief|"
    "what we've been asked to do], [the tools|how we'll work], [first ideas|a bit of brainstorming], and "
    "[who does what first|first assignments].",
]
KO_INTRO = [
    "[My name is|I'm] {me}, [and|so] [I'll be|I'm going to be] the {title} [on this project|for this "
    "one|here]. [My job|My role|My part] [will be|is] [looking after|handling|to cover] {work}.",
    "[Hi,|Hello,] {me}. [I'm the|I'll be the] {title}. [I'm new here|I joined recently|I've been here a "
    "few years], [so|and] [I'll be asking a lot of questions|I'm looking forward to this|this is my first "
    "project like this].",
    "{me_full}, {title}. [Before this|Previously] I [worked on|was on] {other_project}, [so|which means] I "
    "[know|have seen] [some of the pitfalls|how this can go].",
]
KO_BRIEF = [
    "[So|Okay so] [the goal|the aim|what we've been asked to do] is [to design|to build|to set up|to "
    "launch|to deliver] {project}. [It should be|It needs to be] [original|simple to use|cheap to run|"
    "better than what's out there].",
    "[Budget-wise|On budget], [we've got|we have|there's] [about|roughly] {money}, and [the deadline is|we "
    "need to deliver by|it has to be done by] {month}.",
    "[The target users are|Our users will be|It's aimed at] [mainly|mostly] [people in {industry}|"
    "younger users|everyone from kids to grandparents|the staff on the floor], so [keep them in mind|we need "
    "to design for them].",
    "[Success means|They'll judge us on|The measure of success is] {metric}. [We need|They want] at least "
    "{pct} [better|improvement].",
    "[There's a hard constraint|One constraint|Management has said]: it has to [fit the existing brand|use "
    "our own components|go through the standard review], [no exceptions|full stop].",
    "[It's a brand-new area for us|None of us has done this before], so [a big part of|most of] the first "
    "[phase|month] is [just learning|finding out] what [people|users] need.",
    "[We don't know yet|Nobody knows yet|We haven't decided] [who the suppliers will be|how big it will "
    "be|what it'll look like], [that's|and that's] [what the first phase is for|part of the job].",
]
KO_PLAN = [
    "[The plan has|We'll work in] [three|four] [stages|phases]: [first|phase one is] [research and "
    "requirements|the functional design|discovery], then [the concept|building {artifact}|the conceptual "
    "design], then [testing|the detailed design|the pilot].",
    "[We'll work|Everyone works] individually between meetings and then [come together|meet] to [share "
    "what we found|present and decide].",
    "[Everything|All our notes] will [live in|go in] {tool}, so [please|let's] [put things there|use that], "
    "not [email|your inbox].",
    "[We'll meet|Let's meet] every {weekday}, [and|with] [the first real review|a proper review] in "
    "[two weeks|a month].",
]
KO_TOOLS = [
    (
        "[Before we start|Quickly], let's [practise with|try out] {tool} so nobody's stuck later. [Can "
        "everyone|Could each of you] [add something|write your name]?",
        [
            "[Okay,|Um,] here goes. [Done.|There.] [I added a card called test.|I wrote my name.]",
            "[Wait,|Hmm,] how do I [change the colour|add a card|get in]?",
            "I can't log in, it says I don't have permission.",
        ],
    ),
    (
        "[Let's do|Quick] [a warm-up|an icebreaker]. [Everyone|Each of you] draw [your favourite animal|"
        "something] on the whiteboard and [say why|explain it].",
        [
            "[Okay,|Right,] this is supposed to be a [cat|horse|fish|dog]. [It's|Because it's] [independent|"
            "fast|calm|loyal], [which is|and that's] what I'm aiming for [on this project|here].",
            "I'm not an artist, [just so you know|I warn you]. [This is a bird.|It's an owl.]",
        ],
    ),
]
KO_QUESTION = [
    (
        "[Quick question,|Sorry,] do we know who the target [group|users] actually [is|are]?",
        ["[Good question.|Not fully.] Mostly {industry}, but I'll check with [management|the sponsor]."],
    ),
    (
        "Is the budget fixed, or is there [wiggle room|some flexibility]?",
        ["It's fixed for now. Let's not push it yet."],
    ),
    (
        "Who signs off on [the design|decisions]?",
        ["The sponsor does, [at the end of each phase|at each review]."],
    ),
    (
        "Do we have any data from before, or are we starting from [zero|scratch]?",
        [
            "There's a bit, {you} has some numbers from last year.",
            "[From scratch,|Zero,] [I'm afraid|pretty much].",
        ],
    ),
    (
        "How much time are we expected to spend on this [per week|each week]?",
        ["About a day a week, at least at the start."],
    ),
    ("Is there a deadline we can't move?", ["{month}. That one's not moving, unfortunately."]),
]
KO_IDEA = [
    "[My first thought|Just an initial idea|Off the top of my head], [it should be|we could make it] "
    "[really simple|modular|rechargeable|something people remember].",
    "[What if|Maybe] we [start with|talk to] [the users|{num} users|one site] before we [design|build] "
    "anything?",
    "[I'd|I would] [look at|check] what {prev} did, [learn from it|see what they got wrong], and [do the "
    "opposite|avoid their mistakes].",
    "[We don't have to decide now|Nothing's fixed yet], but [I'd|I would] [keep the first version "
    "boring|start small] and add the [fun|fancy] stuff later.",
]
# First ideas about what to build. Said in kick-offs ("first thoughts") and, just as often, in design
# follow-ups when the team weighs features again, so idea talk alone must not mark a kick-off.
IDEA = KO_IDEA + [
    "My first thought is that it should be really simple. Most people only use, like, three functions "
    "anyway.",
    "What if we made {work} the thing that sets us apart? Nobody else is doing that well.",
    "I think we should look at what {prev} did, learn from it, and do the opposite of their mistakes.",
    "Could we do something with lights, or voice? Something people remember?",
    "I'd start with the users. Talk to {num} of them before we design anything.",
    "Maybe we pick one site or one group to start with, and not try to do everything.",
    "Honestly I'd keep the first version boring and reliable and add the fun stuff later.",
    "One idea is to make it modular, so we can swap parts without redoing everything.",
    "From the marketing side, I think we need a clear story, like one sentence that explains why it's "
    "better.",
    "It should be easy to find, lots of people lose these things.",
]
IDEA_REACT = [
    "Mm, maybe.",
    "I like that.",
    "Hmm, not sure about that one.",
    "That could work.",
    "Yeah, why not.",
]
# How a follow-up meeting answers an idea: against what was decided or measured since (sync only).
IDEA_FOLLOWUP = [
    "[We ruled that out|We already said no to that|We dropped that] [last time|at the last meeting|in the "
    "first meeting], [because of the budget|because of the cost|remember?].",
    "[That's|It's] [in line with|close to] what [the survey|the research|{you}'s presentation] [showed|"
    "said], [so|and] [I'd|I would] [keep it|go for it].",
    "[The new requirements|The mail from management|The brief update] [rule that out|say no to that|don't "
    "allow it], [unfortunately|I'm afraid], [so|and] we [have to|need to] [drop it|find something else].",
    "[Okay,|Right,] [but|and] [how does that|does that] [fit|work] with what we [decided|agreed] on "
    "[the energy source|the materials|the target group|the budget] [before|last time]?",
    "[Let's|We should] [put that in|add that to] the [minutes|decisions] [then|as agreed], [and|so] "
    "[{you}|the designer] [can|will] [work it out|detail it] for the next [phase|meeting].",
]


def idea_round(b: Builder, reply: Callable[[Person], str]) -> None:
    """Two to five ideas from anyone in the room, each answered by someone else with `reply(listener)`."""
    for _ in range(b.rng.randint(2, 5)):
        p = b.one(b.people)
        b.say(p, b.pick(IDEA, p))
        q = b.one(b.others(p))
        b.say(q, reply(q))


# Handing out work: at a kick-off these are the first tasks, in a follow-up the next ones. Both kinds of
# meeting share them, so who-does-what marks neither; a kick-off's own are the first to-dos of a new team.
TASK_HANDOUT = [
    "[So,|Okay,] [for next time|before we meet again|by next {weekday}]: {you}, [could you|can you] "
    "[look into|research|take] {work}? [Just a first pass.|Nothing fancy.]",
    "{you}, [I'd like you to|you'll] [take|own] {work}, and [bring|prepare] a short presentation "
    "[next meeting|for next time].",
    "{you} will look at [costs and suppliers|the budget|the requirements], and {you} will [draft|sketch] "
    "[the requirements|a first design|the plan].",
    "[You'll each|Everyone will] get [an email|instructions] with [your individual tasks|your next "
    "assignment], so [keep an eye out|watch your inbox].",
]
KO_ASSIGN = TASK_HANDOUT + [
    "[First task|The first to-do] for everyone: [read the brief properly|go through the brief] and "
    "[write down|bring] three questions.",
    "[I'll|Let me] set up {tool} and send everyone the [links|access] [today|after this].",
]
# A follow-up plans the next stretch of work it is already in the middle of, then hands it out.
SYNC_PLAN = [
    "[Okay,|So,|Right,] [now that|since] {work} is [done|mostly done|working], the next [step|phase|bit] "
    "is [the detailed design|the evaluation|putting it together|the pilot], so let's [split it up|decide "
    "who does what].",
    "[For the next phase|Between now and next time|For the next two weeks], [we need|there are] [three|a "
    "few|two] [things|pieces]: {work}, [testing|the write-up|the numbers for {metric}], and [the "
    "presentation|a demo|a cost check].",
    "[Let's|We should] [plan|sort out] [the next steps|what happens next] [before we run out of time|now], "
    "[because|since] [the deadline|{month}] is [getting close|coming up].",
    "[The plan from here|What's left of the plan] [is|looks like this]: [finish|wrap up] {work}, then "
    "[test it with users|run the full evaluation|put it all together].",
    "[We're|So we're] [behind|on track|a bit ahead] on the plan, [so|and] [I'd like to|let's] [move|shift] "
    "{work} [to the next phase|up|to next week] and [hand out|divide] the rest [now|today].",
]
TASK_ACK = [
    "[Sure|Okay|Yep], [I can do that|I'll take it|no problem][.|, same as last time.]",
    "[Okay.|Fine.] [But|Only] I'll need [the data|the numbers|the sketch] from {you} [first|by {weekday}].",
    "[I can|I'll] [carry on with|keep going on] [that|it], [I'm|I was] [halfway there|already on it] "
    "[anyway|since last time].",
    "[Can|Could] [I|we] [pair|team up] with {you} on [that|it]? [It overlaps with|It touches] my part.",
]

# --- Project Sync shapes: design-series follow-up, research group, standards/spec working call ----------
# Slots: design {part} {option} {phase}; research {exp} {dataset} {rmetric}; spec {item} {impl} {spec}.

DESIGN_OPEN = [
    "[Okay,|Right,|So,] [first|let's start with] the minutes [of|from] the [previous|last] meeting, "
    "[then|and then] [your three presentations|everyone's presentation|the presentations], and [then|after "
    "that] we [decide|have to decide] on {part}.",
    "[This is|We're now at] the {phase} [meeting|stage], [so|which means] [today|this time] we [need to|have "
    "to] [settle|decide|agree on] {part} [and|plus] {option}.",
    "[I put|I've put] the [agenda|minutes] [in the shared folder|in the project folder|on the first "
    "slide]. [Three|Four] points: [minutes|recap], [presentations|your reports], [new requirements|the "
    "budget check], [decisions|and the decision].",
    "[Last time|At the previous meeting] we [agreed|decided] on [the target group|the main functions|the "
    "concept], [so|and] [that's fixed|we won't reopen it]. [Today|Now] it's about {part}.",
]
# A design series is run in named phases (functional, conceptual, detailed design), and its follow-ups say
# which phase they are in and what earlier phases settled, as often as a kick-off lays the phases out.
DESIGN_PHASE = [
    "[So,|Okay,|Right,] [today's meeting|this session|this one] is [the|our] {phase} [meeting|round]. "
    "[I hope|With any luck] everyone [has|'s got] a clearer picture [now|since last time] of where "
    "[we're going|this is heading].",
    "[This is|Welcome to] the {phase} meeting. [The|Our] [functional design|first phase] [is|was] "
    "[done|settled] [last time|already], so [now|today] it's [about|all about] {part}.",
    "[In|At] the [functional design|first] [meeting|stage] we [agreed|settled] on [the main functions|the "
    "target group|what it has to do]; [for|in] the {phase} we [decide|have to decide] [how|what] {part} "
    "[looks|works|is made of].",
    "[For|In] the {phase} [I|we] [need|want] [a decision|an agreement] on {part}, [otherwise|or] the "
    "[detailed design|next phase] [can't start|slips].",
    "[That's|So that's] [decided|settled] for the {phase}, [then|so]. [Next meeting|Next time] is the "
    "[detailed design|final design|evaluation], [and|where] we [present|look at] the [prototype|model].",
    "[Remember|Don't forget] [this|the] {phase} [is where|is the phase where] we [fix|settle|pick] {part}; "
    "[the rest|everything else] [waits for|comes in] the [detailed design|next phase].",
]
DESIGN_PRESENT = [
    "[Okay,|Right,] [my presentation|my part] [this time|today] is [about|on] {part}. [I'll|Let me] [put "
    "it on the screen|open the slides|share my slides].",
    "[I looked at|I researched|I analysed] {part} [since last time|this week|for this phase], [and|so] "
    "[there are|we have] [basically|really] [two|three] options: {option} or [the standard one|the cheaper "
    "one|what we had].",
    "[The trend data|Our market research|The survey|The user tests] [says|show|shows] that [people|users|"
    "customers] [prefer|care about|pay more for] {option}, [about|roughly] {pct} of them.",
    "[From the production side|From the technical side|On the engineering side], {option} [is possible|"
    "works], [but|however] it [costs|adds] [about|roughly] {money} [per unit|to the budget], [so|which is] "
    "[tight|over the limit|just within the limit].",
    "[Here's|This is] [the prototype|my sketch|the mock-up|a first model] [of|with] {part}. [You can see|As "
    "you see], [the main part|the key thing] is {option}.",
    "[My personal preference|My recommendation|What I'd propose] is {option} for {part}, [because|since] "
    "it [fits the brief|is cheaper|tested best|matches the trend].",
]
DESIGN_EVAL = [
    "[Let's|Okay, let's] [evaluate|score|rate] [it|the design|the prototype] against [our criteria|the "
    "requirements]: [cost|price], [ease of use|usability], [looks|appearance], [and|plus] {option}.",
    "[If we add up|Adding up] the [parts|components|costs], we're at [about|roughly] {money}, [so|which "
    "means] we [have to|need to] [drop|cut|simplify] [something|one feature|{part}].",
    "[So do we|Are we] [all|everyone] [okay with|agreed on] {option} for {part}? [Then|Okay, then] "
    "[that's decided|I'll note that down|that goes in the minutes].",
]
DESIGN_TASKS = [
    "[For the next meeting|Before next time|For the {phase} meeting], {you} [works on|does] {part}, {you} "
    "[looks at|checks] {option}, [and|and then] [I'll|I will] [write the minutes|do the budget|put it all "
    "together].",
    "[You'll|Everyone will] get [new instructions|an email with your tasks] [for the next phase|for next "
    "time], [so|and] [we'll meet again|we meet again] in [thirty minutes|half an hour|a week].",
]
# Between two meetings of a design series, management sends new requirements, and the team weighs what they
# undo of the decisions already taken.
NEW_REQUIREMENTS = [
    "[Oh, and|Also,|Before the presentations,] I [got|received] [an email|a mail|a message] from [management|"
    "the board|our bosses] [since last time|this morning|yesterday] with [new|some extra|two new] "
    "requirements: [it has to carry the company colours|no more {option}|the budget is cut by {pct}|it must "
    "be ready a month earlier].",
    "[So|Okay,] [the new requirements|what came in from management] [mean|means] [we have to|we'll need to] "
    "[rethink|drop|change] [part of|some of|one thing in] what we [decided|agreed] last time, [mainly|"
    "especially] {part}.",
    "[Did you all|Has everyone] [get|got|seen] [the email|the mail|the message] with the new requirements? "
    "[It changes|That changes|It affects] {part} [quite a bit|a little|more than I'd like].",
]
NEW_REQUIREMENTS_REACT = [
    "[Hmm,|Well,] [that|this] [kills|rules out|changes] {option}, [doesn't it|I think|right]?",
    "[So|Then] [all|most of] [my|the] [work|research] [on|for] {part} [since last time|last week] "
    "[is|was] [wasted|for nothing|still useful, mostly]?",
    "[Okay,|Fine,] [we can|I can] [live with that|work around it], [as long as|if] the [budget|deadline] "
    "[stays|doesn't move].",
    "[Why|When] did they [decide|send] that? [We already|I already] [presented|built] [the|a] [concept|"
    "prototype|sketch] [around|with] it.",
]
# A follow-up keeps weighing the work against the brief the team was given at the kick-off: price, users,
# brand, deadline. Said as something everyone already knows, with what it means for the design in hand.
# Kick-offs present the brief; syncs argue with it, so budgets and target users mark neither on their own.
SYNC_CONSTRAINT = [
    "[Remember|Don't forget|Keep in mind|Like we said last time], [the selling price is|it has to sell for|"
    "we're capped at] {money}, so [{option} is probably out|we can't have everything|something has to go].",
    "[The brief|The original brief|What management gave us] said [simple to use|original|cheap to make], "
    "and [I think|honestly] {option} [goes against that|fits that pretty well|is a stretch].",
    "[We already know|We were told|It's been decided] that [it has to fit the brand|the company colours go "
    "on it|it's for people in {industry}], so [there's no point|let's not waste time] [arguing about|"
    "discussing] that [again|any more].",
    "[Given|With] the budget we [have|were given|agreed on], {part} [is|would be] [the most expensive "
    "part|where the money goes|what we'd cut first].",
    "[From the research|From what I found|From the user study], [our users|the target group|people in "
    "{industry}] [care most about|mostly want|keep asking for] [looks|something simple|{option}], [not|"
    "more than] [features|the price].",
    "[If we|So if we] [keep|stick to] {month} [as the deadline|for the launch], [we can't|there's no time "
    "to] [redo|rethink] {part} [from scratch|now].",
    "[Is|Was] the [budget|price|deadline] still [fixed|the same], or did [management|they] [move|change] "
    "it [since last time|after the last meeting]?",
    "[It's|That's] [still|definitely] [fixed|the same as before]. [Nothing's changed there|I checked "
    "yesterday|I asked again this week], [so|and] [we work with that|that's our limit].",
]
CONSTRAINT_REACT = [
    "[So|Then] that [rules out|kills|leaves out] {option}, [right|doesn't it|I suppose]?",
    "[Yeah|Right], [that's|which is] [the part that worries me|why I suggested the cheaper one|what I was "
    "saying].",
    "[Okay, but|But] within that we can still [make it stand out|do something about {part}|pick the "
    "colours].",
    "[Mm|Hmm]. [Then|So] we [need|have] to [drop|simplify|rethink] {part}.",
    "[I don't|Don't] [think|know if] [it's|that's] [that bad|a problem], [actually|to be honest].",
]
# Working on the design together in a follow-up: someone sketches on the whiteboard or passes the prototype
# round, and the room answers in short bursts. Real design meetings are full of these exchanges, so
# whiteboard and pen talk marks a kick-off's warm-up no more than a sync.
SKETCH_SHOW = [
    "[Let me|Can I|I'll just] [draw|sketch] [it|what I mean|the idea] on the [whiteboard|board] [quickly|"
    "for a second].",
    "[Okay,|So,] [this is|here's] {artifact}. [Pass it round|Have a look|Take a look], [careful|it's "
    "fragile|it's not finished].",
    "[So|Okay,] this is the [top|front|side], and [here|down here|on the left] [is|goes] [the main "
    "part|the thing we talked about|the new bit].",
    "[Wait,|Hang on,] [I'll|let me] [put|bring] [the drawing|my sketch|the diagram] [up|on the screen] "
    "[again|so everyone sees it].",
]
SKETCH_TALK = [
    "[Make it|Do it in|Colour it] [yellow|blue|red|green].",
    "Where's the [power button|on switch|screen|handle]?",
    "[Wait,|Hmm,] [which pen is|where's] the [blue|red|black] one?",
    "It's [bigger|smaller|lighter|heavier] than I [thought|expected].",
    "[Oh,|Ah,] [nice|cool|that's neat].",
    "Can you make [that part|the buttons|the screen|it] [bigger|smaller|rounder]?",
    "[No,|Nah,] the other way [round|up].",
    "Yeah, [like that|that's it|exactly].",
    "[Is that|And that's] [the top|the back|the bottom]?",
    "[It feels|That feels] [nice|odd|good|solid] in the hand.",
    "[Draw|Put] [a line|an arrow] [there|from here to there].",
    "[Ha,|Okay,] [that's|looks like] [a|the] [fish|mouse|phone|shoe] [now|to me].",
    "[Hmm.|Mm-hmm.|Yeah.|Okay.|Right.]",
]
RESEARCH_STATUS = [
    "[So,|Okay,] [the next item is|next on my list is|item two is] {exp}. [Where are we on that?|Who has "
    "the status?|Any news?]",
    "[I reran|I ran|We reran] {exp} on {dataset}, and {rmetric} is [now|at] {val}, [down|up] from {val} "
    "[last week|before the fix|with the old setup].",
    "[There was|I found|We had] a [bug|problem|mismatch] in [the scoring script|the data prep|the "
    "alignment|the feature extraction], [so|which means] [the earlier numbers|last week's results] "
    "[were wrong|aren't comparable|need redoing].",
    "[The data|{dataset}] [is|are] [mostly|about half] [processed|transcribed|annotated|cleaned], "
    "[the rest|the remaining part] [should be done|comes back] [next week|by {weekday}].",
    "[About the paper|For the paper|On the write-up], [the deadline is|we have until] {month}, [so|and] "
    "[we need|I'd like] [the final numbers|{exp}] [before then|by then].",
    "[I still need|I'm still waiting for] [compute time|the cluster|disk space|the new labels] [to run|"
    "before I can run] {exp} [on the full set|properly].",
]
RESEARCH_NEXT = [
    "[So,|Okay,] [who runs|who takes] {exp} [next|this week]? [{you}?|You, {you}?]",
    "[Let's|We should] [try|run] {exp} on {dataset} [as well|too] [before|and then] we [decide|write it up].",
    "[I'll|Let me] [check|look at] the {rmetric} [numbers|breakdown] [again|per condition] and [send them "
    "round|report back next week].",
]
SPEC_ITEM = [
    "[Next|Okay, next|The next one] [on the list|in the agenda] is {item}. [Any updates?|Has anyone "
    "reviewed it?|Where are we on it?]",
    "[Let's|Okay, let's] [go to|look at|move on to] {item}. [I think|My understanding is] "
    "[it's ready|there's still one open comment|it's waiting on a second implementation].",
    "[I don't think|Nobody has] [anything moved|much happened|there's been discussion] on {item} "
    "[since last time|this week], [so|and] [let's skip it|let's keep it short|we can leave it].",
]
SPEC_REPLY = [
    "[We have|{impl} has] [an implementation|a draft implementation|a branch] [of that|for it], "
    "[and|but] [we haven't tested|we only tested] [it|interop] against {impl} [yet|so far].",
    "[I left|I added] [a comment|a few comments|a review] [on it|on the proposal]. [I think|In my "
    "view] [the wording|the requirement] should be [must|mandatory], not [should|optional].",
    "[There's|We found] an edge case [when|where] [both sides|two peers|the two ends] [send|do] "
    "[that|it] at the same time. [The spec|{spec}] [doesn't say|is silent on] what happens [then|there].",
    "[I'd|We would] [keep|prefer] the old behaviour as the default [and|, and] [make the new one|put the "
    "new one behind] [opt-in|a feature flag].",
    "[Our release|The release] [just went out|is done], [so|and] [I finally have time|now I can get back] "
    "to {item}.",
    "[Can we|Could we] [make it|turn it into] a [one-liner|small clarification] [instead of|rather than] "
    "[a whole new section|a big rewrite]?",
]
# What an implementer says about a proposal: the technical problem, the fix, its risk, in long turns. The
# content is as technical as a release talk (Support); what marks a spec call is the frame around it:
# several implementers, the list of open proposals, review, merge, "next time".
SPEC_TECH = [
    "[On|For] {comp}, [we measured|our numbers show] that {tmetric} [went up|got worse|improved] [by|about] "
    "{pct} [with the change|on our nodes|in testing], [so|and] [I'm not sure|I doubt] [it's worth it|we want "
    "that in {spec}].",
    "[My|The] [concern|worry] [is|with this is] {comp}: [if|when] [every implementation|everyone] [does|has "
    "to do] this, {tmetric} [goes up|suffers] [for everyone|across the network|for small nodes].",
    "[We|I] [changed|rewrote] {comp} in {thing} [to do exactly that|along those lines] [last month|for the "
    "last release], [and|but] [the tricky part|what bit us] was [the upgrade path|old peers|the edge case "
    "on restart].",
    "[So|Okay so] the [problem|issue] is that when [one side|the sender|a peer] [is close to|drops below] "
    "[its|the] [reserve|limit|quota], it can't [add|send] [new updates|anything new], [and|so] the [channel|"
    "connection|session] [gets stuck|is blocked] [until|till] [the other side|someone] [moves first|acts].",
    "[My proposal|What I proposed|The change I'm suggesting] is [that|to let] [the receiver|the other side|"
    "the non-initiator] [send one at a time|wait for each one to resolve|keep tracking the old value], "
    "[so|and that way] [you control|you bound] [how much|the] extra risk you take.",
    "[It's|That's] still [an|some] extra risk, [but|though] [it's bounded|it's small|you control it], "
    "[so|and] [I'd argue|I think] it's [fine|acceptable] [in practice|for now], [as long as|if] [it's "
    "written down|the spec says so].",
    "[I'm|I am] [still|a bit] confused [by|about] this, [because|'cause] [as far as I understand|if I read "
    "it right] you're [just|only] [increasing|moving] the buffer, [you're not|not] [solving|fixing] the "
    "[actual|underlying] problem. [If|When] both sides [push|send] [a lot|hundreds] at once, [it still "
    "breaks|you're back where you started].",
    "[We|Our implementation] already [do|does] [that|something like that] [in production|since the last "
    "release], [and|but] [it works|nobody complained|we haven't seen it fail] [so far|yet], [so|and] I'd "
    "[like|prefer] [to have it|it] in {spec}.",
    "[Can you|Could you] [write|put] [that|this] [on|in] the PR? [Then|That way] [the other teams|the "
    "others] can [review|ACK|look at] it [async|before the next call].",
    "[Let's|We can] [table|park] [it|that one] [for next time|until the summit|until next call], [since|"
    "as] [they're|the author is|nobody from that team is] not [here|on the call] [today|this time].",
    "[Does|Did] anyone [have news|hear anything] [about|on] {item}? [Last time|Two weeks ago] [it was|we "
    "said it was] [almost ready|waiting on review|blocked on the other library].",
    "[The|Our] [test vectors|interop tests] [pass|are green] [against|with] {impl}, [except|apart from] "
    "[one case|the error path|the timeout case], [which|and that] [I think|I suspect] is [a bug on our "
    "side|an ambiguity in {spec}].",
    "[If|Once] [this|it] [gets merged|is in], [every|each] implementation [has to|needs to] [handle|support] "
    "[the new|both the old and the new] [message|format|field], [so|which means] [we need|let's have] "
    "[a feature bit|a version flag|a transition period].",
]
SPEC_CLOSE = [
    "[Okay,|Alright,] [so|then] [let's merge it|it's ready to merge|we merge that]. [Any objections?|Anyone "
    "against?] [No?|Nope.] [Good.|Great.]",
    "[Okay,|So] [that one|{item}] [needs|is waiting on] [more review|a second implementation|test "
    "vectors], [so|and] [it stays open|we come back to it next time].",
    "[I'll|Let me] [open an issue|add a note on the PR|write it up on the list] [for that|to track it], "
    "[and|so] we [can discuss it|continue] [async|asynchronously|there].",
]
