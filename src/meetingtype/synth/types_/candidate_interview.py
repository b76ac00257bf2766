"""Candidate Interview: assess a candidate's skills, experience and fit; tell them about the company.

Shape: short opening, "tell me about yourself", then question -> long story answer (with the interviewer's
"Mm-hmm" in between) several times, a little about the team, the candidate's own questions, next steps.
The candidate speaks most. Sometimes a second interviewer joins (panel).
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import shared

INTRO = [
    "Thanks for making the time today. I'm {me}, I'd be your manager if this goes ahead, and I've been at "
    "{our} "
    "about {num} years.",
    "So, just so you know how this goes, I'll ask you a few questions about your background, then leave time "
    "at the end for your questions.",
    "Great to meet you. I've read your resume, but I'd love to hear it in your own words.",
    "So this is a conversation more than a test, okay? Relax, there are no trick questions.",
    "We're hiring a {job} for the team, and this round is mostly about how you work with people.",
    "I run the {work_team} team here. We're about {num} people, spread across two offices.",
    "I'll take a few notes while we talk, so if I'm looking down, I'm still listening.",
    "We have about forty five minutes. I'll try to keep ten at the end for you.",
    "I'm {me}, I'm one of the leads on the {job} side. Thanks for coming in.",
    "Before we start, did the recruiter explain the process? This is the second of three conversations.",
]
ABOUT_Q = [
    "So, tell me about yourself.",
    "Why don't you start by walking me through your background?",
    "Can you give me the short version of your story so far?",
    "Tell me a bit about where you are right now.",
    "What made you apply for this role?",
    "How would you describe what you do to someone outside the field?",
    "So, to start, what are you studying, and what are you looking for?",
]
ABOUT_A = [
    "Sure. So I'm currently finishing my degree at {school}, studying {major}, and I'll graduate in {month}.",
    "So I've been at {prev} for about {num} years, working as a {job}, mostly on {project}.",
    "I started out in {industry}, which is kind of unusual for this, and then moved into more of a {job} "
    "role.",
    "Right now I'm a junior, and I'm looking for a summer position where I can actually build things.",
    "Before that I did a year at {prev}, which is where I really got into {domain} work.",
    "What I enjoy most is the part where you take something messy and make it work for actual people.",
    "Honestly, I applied because a friend works here and said the team actually talks to each other.",
    "I did my final project on {project}, and that's sort of what pushed me in this direction.",
    "Outside of work I do a lot of {hobby}, which I think taught me patience, if nothing else.",
    "I've also been a teaching assistant for two semesters, which I loved.",
    "So that's the short version. I'm looking for a place where I can grow and take on more ownership.",
    "I moved to {city} last year, partly for this kind of opportunity.",
]
BEHAV_Q = [
    "Tell me about a time when you demonstrated leadership.",
    "Tell me about a time you had a conflict with someone on your team. How did you handle it?",
    "Can you describe a situation where something went wrong and it was your fault?",
    "Give me an example of a time you had to work under a really tight deadline.",
    "Tell me about a time you had to convince someone who didn't agree with you.",
    "What's a project you're really proud of, and what was your part in it?",
    "Think of a moment your team hit a real obstacle. What happened, and what did you personally do?",
    "Describe a time you got critical feedback. What did you do with it?",
    "Tell me about a time you had to learn something completely new, quickly.",
    "Have you ever had to juggle several priorities at once? How did you decide what came first?",
    "Can you tell me about a time you failed at something?",
    "Tell me about a time you went beyond what was asked of you.",
    "Describe a situation where the requirements were unclear. What did you do?",
    "Tell me about a time you had to work with someone difficult.",
]
SETUP = [
    "So, last year I was working at {prev} on {project}, and I was responsible for {work}.",
    "Okay, so, in my junior year we had this group project, there were {num} of us, building {project}.",
    "This was during my internship at {prev}. I was on a small team looking after {work}.",
    "So at my current job we had a situation with {work}, and I'd only been there about two months.",
    "One that comes to mind is from a club I ran at school, we were organising {event}.",
    "Um, so, when I was a teaching assistant, I had a section of about thirty students.",
    "So I was working part-time at a restaurant while studying, and I ended up being the shift lead.",
    "At {prev} we were rolling out {feature} to a few hundred users, and I was the person on call.",
    "Last summer I did research in a lab, looking at {metric} for {project}.",
    "This was a volunteer thing, actually, for a charity that runs {event}.",
]
PROBLEM = [
    "About halfway through, one of our teammates got sick and basically couldn't work for two weeks.",
    "And the problem was that {problem}, and nobody really owned it.",
    "Then, a week before the deadline, the client changed what they wanted.",
    "Two people on the team just completely disagreed on the approach, and it was getting kind of tense.",
    "And I realised I'd made a mistake in the numbers, and we'd already sent them out.",
    "The thing is, I'd never used any of the tools before, I'd never even heard of half of them.",
    "And our manager left suddenly, so there was no one really making decisions.",
    "And it turned out {metric} was way off from what we'd promised, like {pct} off.",
    "My partner came from a totally different background and didn't have the same experience, so we "
    "struggled to split the work.",
    "And the original plan just didn't work, we'd spent {dur} on it and had nothing to show.",
]
ACTION = [
    "So what I did was sit down with each person individually and ask what they actually needed.",
    "I set up a short check-in every morning, like fifteen minutes, just so everyone knew where we were.",
    "I went to my manager straight away and explained what happened, which was not fun, honestly.",
    "I broke the work down into smaller pieces and made a list of who was doing what.",
    "I stayed late a couple of nights to learn the basics, and I asked a lot of questions, probably too "
    "many.",
    "I tried to understand why they disagreed, and it turned out they both had a point.",
    "I put together a quick comparison of the two options, with the costs, so it wasn't just opinions.",
    "I took over the communication with the client so the others could focus on the actual work.",
    "I found someone in another team who'd solved something similar and just asked for half an hour.",
    "I wrote up what we'd learned so the next group wouldn't hit the same thing.",
    "We re-prioritised and dropped a couple of the nice-to-haves.",
    "I volunteered to take the part nobody wanted, which was the testing.",
]
RESULT = [
    "In the end we finished on time, and the presentation actually went really well.",
    "We got it working, and {metric} improved by something like {pct}.",
    "It wasn't perfect, but the client was happy and they signed up for the next phase.",
    "And the two of them ended up working really well together after that.",
    "We fixed it within a day and I don't think it happened again.",
    "We didn't win, but we came second out of {num} teams, which we were pretty proud of.",
    "My manager said afterwards that's exactly how she'd want it handled.",
    "It took longer than planned, but the result was a lot more solid.",
]
REFLECT = [
    "What I learned is that it's better to raise a problem early, even if it's awkward.",
    "Looking back, I'd have asked for help a lot sooner.",
    "I think that's where I learned to over-communicate.",
    "It taught me that people usually disagree because they care, which is a good thing.",
    "So, yeah, that's the one I think about most.",
    "I'd do the planning differently now, for sure.",
    "I guess that's what I mean when I say I like owning things end to end.",
]
FOLLOW = [
    (
        "What would you do differently if it happened again?",
        [
            "I'd [probably|definitely] set expectations earlier, [to be honest|honestly]. I waited too long "
            "to say [something|anything].",
            "I'd [ask for help|bring other people in] sooner. I tried to [carry it|do it] all "
            "myself at first.",
            "[Honestly,|] I'd write the plan down [on day one|from the start] instead of keeping "
            "it in my head.",
        ],
    ),
    (
        "How did the rest of the [team|group] react?",
        [
            "Mixed at first, [but they came round|a couple of them were skeptical], once they saw "
            "it working.",
            "[Pretty well, actually.|Better than I expected.] I think they were relieved someone [took it "
            "on|said it out loud].",
        ],
    ),
    (
        "And how did you know it had [worked|made a difference]?",
        [
            "We [tracked|measured] it every week, so we could see {metric} [move|come down].",
            "[Mostly|Partly] because people stopped complaining, [and|but] also the numbers: about "
            "{pct} better.",
        ],
    ),
    (
        "What was the hardest part of that for you [personally|yourself]?",
        [
            "The hardest part was admitting I didn't know [something|how to do it].",
            "[Probably|Definitely] the [conversations|talking to people]. The technical part was [the easy "
            "bit|fine].",
        ],
    ),
    (
        "[Interesting.|Okay.] Why did you [choose|go with] that approach?",
        [
            "Mostly because it was the only thing we could [finish|deliver] in time.",
            "[Because|Well,] I'd seen it work [before|at {prev}], and we didn't have time to experiment.",
        ],
    ),
    (
        "Did your [manager|supervisor|advisor] know what was going on?",
        [
            "Yeah, I kept [her|him|them] in the loop the whole time, [mostly|usually] by a short email.",
            "Not at first. [I told them|They found out] after a week, and [honestly|in hindsight] I should "
            "have said [something|it] earlier.",
        ],
    ),
    (
        "[Okay.|Right.] And what was your [specific|own] role in that?",
        [
            "I was the one coordinating, [plus|and] I did [the analysis|most of the testing].",
            "I [owned|was responsible for] {work}, and I [ran|chaired] the weekly meetings.",
        ],
    ),
]
SKILL = [
    (
        "How would you approach {work} if you joined and it was your first [week|month]?",
        [
            "I'd start by [talking to|listening to] the people [who use it|closest to it], then look at the "
            "data, then decide.",
            "[Honestly,|] I wouldn't change anything in the first week. I'd [read|ask|watch] a lot first.",
            "I'd find out what's [already been tried|been done before], so I don't repeat it.",
        ],
    ),
    (
        "What tools [are you most comfortable with|have you used the most]?",
        [
            "[Mostly|Mainly] spreadsheets and Python, and I've used {tool} quite a bit for organising work.",
            "[For coding|Day to day] it's Python and a bit of SQL. [For|And for] planning, {tool}.",
            "I did a lot of [CAD|Matlab|R|statistics software] in my courses, and [some|a bit of] "
            "web stuff on "
            "the side.",
        ],
    ),
    (
        "How do you usually [prioritise|organise] your work?",
        [
            "I make a list every [morning|week] and ask what happens if each thing doesn't get done.",
            "[Deadlines first,|I go by deadlines,] then whatever unblocks other people.",
        ],
    ),
    (
        "Walk me through how you'd figure out why {metric} [dropped|changed] suddenly.",
        [
            "First I'd check if anything changed, a release, a data issue, then [segment it|break "
            "it down] to "
            "see where it dropped.",
            "I'd [look at|plot] it over time, [find|pin down] the day it moved, and ask who "
            "changed what that "
            "day.",
        ],
    ),
    (
        "How do you handle it when you don't know the answer to something?",
        [
            "I say so, and then I go find out. I'd rather be honest than guess.",
            "[I ask.|I ask someone.] [But first|Usually] I try for [half an hour|a bit] on my own, so I can "
            "ask a [good|specific] question.",
        ],
    ),
    (
        "Where do you see yourself in five years?",
        [
            "Ideally leading a small team, but still hands-on. I like being close to the work.",
            "[Honestly I'm not sure yet.|That's a hard one.] Maybe grad school, maybe industry, but "
            "[somewhere|in a role] where I'm building things.",
        ],
    ),
    (
        "Why should we hire you?",
        [
            "Because I learn fast and I care about the people I work with, and I think my background fits "
            "[well|the role].",
            "I think I bring [both|a mix of] the technical side and the [people|communication] side, which "
            "[is rare|you don't always get].",
        ],
    ),
    (
        "What do you know about {our}?",
        [
            "I know you work mostly with {industry} companies and that you've been growing quite fast.",
            "[I read|I looked at] your [website|blog] and a couple of [talks|articles], and I [liked|was "
            "struck by] how much you [publish|share].",
        ],
    ),
    (
        "What kind of environment do you do your best work in?",
        [
            "Somewhere with clear goals but freedom in how you get there. And people who give "
            "honest feedback.",
            "[Small teams.|A small team,] where you can [just walk over|just message someone] and ask.",
        ],
    ),
    (
        "[So,|] what would you say is your [biggest|greatest] weakness?",
        [
            "[Um,] I tend to [procrastinate|put things off] when a task is [big|vague]. What helps is "
            "[breaking it up|setting small goals] and telling someone my deadline.",
            "I can be a [bit of a|real] perfectionist, so I [spend too long|over-polish]. I've started "
            "[time-boxing|setting a time limit on] things.",
            "[Public speaking.|Presenting.] I get nervous, so I [joined a club|volunteer to present] to "
            "practise.",
            "[Saying no.|I take on too much.] I've [learned|been learning] to check my "
            "[calendar|list] before "
            "I say yes.",
        ],
    ),
    (
        "[And|What about] your strengths? What are you [best at|really good at]?",
        [
            "I'm [good at|pretty good at] [getting people|bringing people] together, and I [follow "
            "through|finish things].",
            "[Persistence, I'd say.|I don't give up easily.] When something [breaks|doesn't work], I [dig "
            "in|keep at it].",
        ],
    ),
    (
        "What are your salary expectations, roughly?",
        [
            "I was thinking somewhere in the range the posting mentioned, but I'm flexible.",
            "[Honestly I haven't|I haven't really] thought about a number. [What's|What is] the range for "
            "the role?",
        ],
    ),
]
COMPANY = [
    "So, a bit about the team. We're {num} people, we work closely with {work_team}, and we ship every week.",
    "The culture is pretty collaborative. People ask for help a lot, and that's encouraged.",
    "A typical week would be mostly project work, plus a one-on-one with me and a team sync on {weekday}s.",
    "In the first month you'd pair with someone senior and get to know {work}.",
    "We're hybrid, most people come in two days a week, but it's flexible.",
    "Honestly the hardest thing about this job is the ambiguity. Nobody hands you a spec.",
    "We care a lot about people growing, so there's a training budget and a mentoring programme.",
]
CAND_Q = [
    (
        "What does success look like in the first [three months|few months]?",
        [
            "Good question. I'd say getting comfortable with {work} and owning one small project end to end.",
        ],
    ),
    (
        "What do you enjoy most about working here?",
        ["[Honestly,|] the people. And that I get to work on different things every year."],
    ),
    (
        "How is the team structured?",
        ["There are {num} of us, two leads, and we work closely with the {work_team} group."],
    ),
    (
        "What's the biggest challenge the team is facing [right now|at the moment]?",
        ["Probably hiring fast enough. We have more ideas than hands."],
    ),
    (
        "How do people get feedback here?",
        ["Mostly in one-on-ones, but we also do a written review twice a year."],
    ),
    (
        "What are the next steps in the process?",
        [
            "So after this, you'd [have a conversation|talk] with someone from the team, and then we decide "
            "within a week."
        ],
    ),
    ("Is there much travel involved?", ["Very little, maybe a couple of trips a year."]),
    (
        "How would you describe your management style?",
        ["I try to be hands-off but available. You'd have to ask them though."],
    ),
]
CLOSE = [
    "Great, thank you, this was really helpful. The recruiter will be in touch in the next few days.",
    "Thanks so much for your time. We'll get back to you by the end of next week.",
    "Okay, I think we're at time. It was really nice to meet you.",
    "Thanks, that was great. Any last questions before we finish?",
]
CLOSE_A = [
    "Thank you, I really enjoyed talking to you.",
    "Thanks for your time, I appreciate it.",
    "No, I think that covers it. Thanks!",
    "Thank you, looking forward to hearing from you.",
]


def cast(b_rng, mk) -> list[Person]:
    people = [mk("interviewer", "Interviewer"), mk("candidate", "Candidate")]
    if b_rng.random() < 0.2:
        people.append(mk("interviewer", "Interviewer"))
    return people


def compose(b: Builder) -> None:
    ivs = [p for p in b.people if p.role == "interviewer"]
    cand = next(p for p in b.people if p.role == "candidate")
    lead = ivs[0]
    if b.chance(0.7):
        shared.opening(b, lead, extra_greeters=1, chatty=0.3)
    else:
        b.say(
            lead,
            b.one(["So how are you doing?", "Hi, how are you today?", "Hello. Have a seat. How are you?"]),
        )
        b.say(
            cand, b.one(["Pretty good.", "Good, thanks.", "I'm good, a little nervous.", "Fine, thank you."])
        )
    if b.chance(0.6):
        b.long(lead, [b.pick(INTRO, lead) for _ in range(b.rng.randint(1, 3))], [cand])
        b.back(cand)
    b.say(lead, b.pick(ABOUT_Q, lead))
    b.long(cand, [b.pick(ABOUT_A, cand) for _ in range(b.rng.randint(2, 5))], ivs, p_break=0.5)

    def behavioural() -> None:
        iv = b.one(ivs)
        b.say(iv, b.pick(BEHAV_Q, iv))
        parts = [b.pick(SETUP, cand), b.pick(PROBLEM, cand)]
        parts += [b.pick(ACTION, cand) for _ in range(b.rng.randint(1, 4))]
        parts.append(b.pick(RESULT, cand))
        if b.chance(0.6):
            parts.append(b.pick(REFLECT, cand))
        b.long(cand, parts, ivs, p_break=0.55)
        if b.chance(0.4):
            q, answers = b.pair(FOLLOW, iv)
            b.say(iv, q)
            b.say(cand, b.pick(answers, cand))

    def skill() -> None:
        iv = b.one(ivs)
        q, answers = b.pair(SKILL, iv)
        b.say(iv, q)
        b.say(cand, b.pick(answers, cand))

    def company() -> None:
        iv = b.one(ivs)
        b.long(iv, [b.pick(COMPANY, iv) for _ in range(b.rng.randint(1, 3))], [cand])

    b.loop(
        [(5, behavioural), (2.5, skill), (0.6, company), (0.3, lambda: shared.interruption(b))],
        reserve=min(150, b.target // 6),
    )
    if b.chance(0.8):
        for _ in range(b.rng.randint(1, 2)):
            q, answers = b.pair(CAND_Q, cand)
            b.say(cand, q)
            iv = b.one(ivs)
            b.say(iv, b.pick(answers, iv))
    b.say(lead, b.pick(CLOSE, lead))
    b.say(cand, b.pick(CLOSE_A, cand))
