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
    "What would you say is your biggest weakness?",
    "What are your greatest strengths?",
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
FOLLOW_Q = [
    "What would you do differently if it happened again?",
    "How did the rest of the team react?",
    "And how did you know it had worked?",
    "What was the hardest part of that for you personally?",
    "Interesting. Why did you choose that approach?",
    "Did your manager know what was going on?",
    "How did that feel at the time?",
    "Okay. And what was your specific role in that?",
]
FOLLOW_A = [
    "I'd probably set expectations earlier, to be honest.",
    "Mixed at first, but they came round.",
    "We tracked it every week, so we could see it move.",
    "The hardest part was admitting I didn't know.",
    "Mostly because it was the only thing we could finish in time.",
    "Yeah, I kept her in the loop the whole time.",
    "Stressful! But also kind of exciting.",
    "I was the one coordinating, plus I did the analysis.",
]
SKILL_Q = [
    "How would you approach {work} if you joined and it was your first week?",
    "What tools are you most comfortable with?",
    "How do you usually prioritise your work?",
    "Walk me through how you'd figure out why {metric} dropped suddenly.",
    "How do you handle it when you don't know the answer to something?",
    "Where do you see yourself in five years?",
    "Why should we hire you?",
    "What do you know about {our}?",
    "What kind of environment do you do your best work in?",
    "What are your salary expectations, roughly?",
]
SKILL_A = [
    "I'd start by talking to the people who use it, then look at the data, then decide.",
    "Mostly spreadsheets and Python, and I've used {tool} quite a bit for organising work.",
    "I make a list every morning and ask what happens if each thing doesn't get done.",
    "First I'd check if anything changed, a release, a data issue, then segment it to see where it dropped.",
    "I say so, and then I go find out. I'd rather be honest than guess.",
    "Ideally leading a small team, but still hands-on. I like being close to the work.",
    "Because I learn fast and I care about the people I work with, and I think my background fits well.",
    "I know you work mostly with {industry} companies and that you've been growing quite fast.",
    "Somewhere with clear goals but freedom in how you get there. And people who give honest feedback.",
    "I was thinking somewhere in the range the posting mentioned, but I'm flexible.",
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
    "What does success look like in the first three months?",
    "What do you enjoy most about working here?",
    "How is the team structured?",
    "What's the biggest challenge the team is facing right now?",
    "How do people get feedback here?",
    "What are the next steps in the process?",
    "Is there much travel involved?",
    "How would you describe your management style?",
]
CAND_Q_A = [
    "Good question. I'd say, getting comfortable with {work} and owning one small project end to end.",
    "Honestly, the people. And that I get to work on different things every year.",
    "There are {num} of us, two leads, and we work closely with the {work_team} group.",
    "Probably hiring fast enough. We have more ideas than hands right now.",
    "Mostly in one-on-ones, but we also do a written review twice a year.",
    "So after this, you'd have a conversation with someone from the team, and then we decide within a week.",
    "Very little, maybe a couple of trips a year.",
    "I try to be hands-off but available. You'd have to ask them though.",
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
            b.say(iv, b.pick(FOLLOW_Q, iv))
            b.say(cand, b.pick(FOLLOW_A, cand))

    def skill() -> None:
        iv = b.one(ivs)
        b.say(iv, b.pick(SKILL_Q, iv))
        b.long(cand, [b.pick(SKILL_A, cand) for _ in range(b.rng.randint(1, 3))], ivs)

    def company() -> None:
        iv = b.one(ivs)
        b.long(iv, [b.pick(COMPANY, iv) for _ in range(b.rng.randint(1, 3))], [cand])

    b.loop(
        [(5, behavioural), (2.5, skill), (0.6, company), (0.3, lambda: shared.interruption(b))],
        reserve=min(150, b.target // 6),
    )
    if b.chance(0.8):
        for _ in range(b.rng.randint(1, 2)):
            b.say(cand, b.pick(CAND_Q, cand))
            b.say(b.one(ivs), b.pick(CAND_Q_A, lead))
    b.say(lead, b.pick(CLOSE, lead))
    b.say(cand, b.pick(CLOSE_A, cand))
