"""Sales Intro Call: learn a prospect's situation, pains and requirements; give a brief talk track. NO demo.

The seller asks discovery questions and the prospect tells stories about their current process. The
seller's pitch is short and verbal. A demo is often proposed as the NEXT step, so the word "demo" itself is
not a cue; what matters is that nothing is shown.
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import shared

SET_AGENDA = [
    "[So|Okay, so] [my goal today|what I'd like to do today|the plan] is [mostly to listen|to understand "
    "your world], [then|and then] [give you|share] [a quick overview|the short version] of [who we are|"
    "{our}], and [see if|figure out whether] it makes sense to [talk again|go further].",
    "[I'm not going to|I won't] [show you|demo] [anything|the product] today. [I'd rather|I want to] "
    "[understand|learn] [what's going on|how things work] at {cust} first.",
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
# Discovery: each topic has its question phrasings and the prospect's answers on that same topic.
DISCOVERY = [
    (
        "[Can you|Could you] walk me through how you handle {work} today?",
        [
            "[Sure.|Yeah, so.|Honestly?] [Right now|Today|At the moment] it's [mostly|basically] "
            "[spreadsheets and email|a shared drive and a lot of email|an old system plus a "
            "spreadsheet], and "
            "[things fall through the cracks|nobody trusts the numbers|it only works because {you} "
            "knows where "
            "everything is].",
            "[It starts|Everything starts] when [a request comes in|a customer calls|an order lands], then "
            "[someone|one of the coordinators] [copies it|types it] into [our system|a tracker], and then "
            "[it waits|it sits there] until [somebody chases it|the weekly meeting].",
            "[We have|There's] a [process on paper|documented process], but in practice [every site|each "
            "team|every manager] does it [differently|their own way].",
        ],
    ),
    (
        "[What does your team look like|How big is the team|How many people are we talking about], "
        "[roughly|more or less]?",
        [
            "We're [about|around|roughly] {num} people [on the team|in the department|in operations], "
            "[spread over|across] [two|three|four] [sites|offices|regions].",
            "[Small.|Pretty lean.] [Me,|It's me,] [two|three] [coordinators|analysts|leads], and [a few|a "
            "couple of] [part-timers|contractors] [in busy season|at peak].",
            "[We've grown a lot|We doubled|We've almost tripled] in the last [year|two years], so "
            "[what worked "
            "before|the old way] [doesn't scale|is breaking].",
        ],
    ),
    (
        "What's [prompting|driving] you to look at this [now|this year] rather than, say, a year ago?",
        [
            "[We had|There was] a [bad incident|big miss|painful audit] last [quarter|month], [a customer "
            "complaint|an error|a fine] that went all the way up, and [that's really what started "
            "this|leadership asked us to fix it].",
            "[Honestly,|Mostly] [growth|volume]. We [can't keep up|are drowning], and [hiring|adding people] "
            "isn't [the answer|sustainable].",
            "[Our new|A new] [director|VP|COO] came in [and asked|asking] why [this takes so "
            "long|we do it by "
            "hand].",
        ],
    ),
    (
        "What tools are you using [today|right now|for this]?",
        [
            "[Mostly|Mainly] {tool} and [spreadsheets|a lot of Excel|shared docs]. [IT built|Someone "
            "built] a [small|little] [database|app] years ago, but [the person who built it left|nobody "
            "maintains it].",
            "[We tried|We had] {partner} [for a while|last year], but it was [too complicated|too expensive|"
            "too rigid] for our [people|team], so we [went back|reverted] to [spreadsheets|the old way].",
        ],
    ),
    (
        "Where does it hurt the most? If you could fix one thing, what would it be?",
        [
            "The biggest [pain|problem|headache] is {metric}. [Our leadership|My boss] is on us about it "
            "every [month|week].",
            "[Visibility.|Honestly, visibility.] Nobody has a single view. Everyone has their own version of "
            "the truth, and [we spend|we waste] [meetings|hours] arguing about [whose|which] "
            "number is right.",
            "[The manual work.|All the copy-paste.] It's [error-prone|mind-numbing], and [people|my best "
            "people] [are burning out|are leaving] because of it.",
        ],
    ),
    (
        "How much time does that [take|cost] your team [each week|every month], roughly?",
        [
            "[About|Probably|Easily] [two days a week|a full day a week|half of someone's job] just [to pull "
            "the reports together|chasing updates|fixing errors].",
            "[If you count|Counting] the overtime, [maybe|probably] {money} a year. [That's a guess|Don't "
            "quote me].",
        ],
    ),
    (
        "Who else [would be|is usually] involved in a decision like this?",
        [
            "[I'd have to bring in|We'd need] our [finance lead|CFO|controller] and [probably|definitely] "
            "[IT|security] [for the review|for security].",
            "[I can recommend|I'd champion it], but [my VP|our director|the COO] signs off, and [procurement|"
            "legal] [has to|will want to] look at the contract.",
        ],
    ),
    (
        "Is there a [timeline|date] you're working towards?",
        [
            "We need something live by {month}, because that's when our [busy season|peak|audit] starts.",
            "[Not a hard one.|No hard date.] [But|Though] [ideally|realistically] [before the end of the "
            "year|this quarter], [while we still have budget|before the next hiring round].",
        ],
    ),
    (
        "Is there budget set aside for this, or would it need to be found?",
        [
            "We haven't set a budget yet. If the [case is good|numbers work], I can get it approved.",
            "[There's|We have] [some|a] budget, [roughly|around] {money}, but [it's not all for this|it "
            "covers a few projects].",
        ],
    ),
    (
        "Have you looked at other options [before|so far]?",
        [
            "[We looked at|We trialled] {partner} [last year|a while ago]. [The demo was nice|It looked "
            "good], but [nobody used it|it was too much for us].",
            "[A couple.|Two or three.] [Honestly,|] we're [early|just starting to look]. You're the [first|"
            "second] call.",
        ],
    ),
    (
        "What happens if you don't change anything?",
        [
            "[If nothing changes,|Honestly,] we'll need to hire [two|a couple] more people just to keep up.",
            "[We'll miss|We risk missing] [targets|our numbers|the audit], and [I'll|we'll] be having this "
            "conversation [again|with my boss] in six months.",
        ],
    ),
    (
        "[Tell me about|Who are] your customers? Who are you serving?",
        [
            "[Mostly|Mainly] [mid-sized|smaller|regional] {industry} [companies|businesses], [and|plus] a "
            "[few|handful of] [big accounts|enterprise clients] that [drive most of the revenue|shout the "
            "loudest].",
        ],
    ),
    (
        "[Are there|Do you have] [regulations|compliance requirements] I should know about?",
        [
            "We're in {industry}, so [yes|there are regulations], and [audits|inspections] are always "
            "painful for us.",
            "[Some|A few], [mostly|mainly] around [data retention|privacy|record keeping]. [Our|The] "
            "[auditor|compliance team] will [ask|want to know] where the data lives.",
        ],
    ),
]
# A pain story the prospect tells unprompted, built from parts.
STORY = [
    "[Just last week|A couple of weeks ago|Last month], [we had to|somebody had to] [redo a whole batch|"
    "re-enter {num} records|rebuild the report] by hand, because [the spreadsheet broke|two people "
    "edited the "
    "same file|the export was wrong].",
    "[The frustrating part is|What kills me is|The worst bit is] [we know|everyone knows] it's broken, but "
    "nobody [owns it|has time to fix it].",
    "[And then|Then] [a customer|our biggest client|an auditor] [asked|called] [about|for] [it|the numbers], "
    "and it took us [three days|a week] to answer.",
    "[My team|People] spend [more time|half their time] [updating the tracker|reconciling] than actually "
    "[doing the work|helping customers].",
]
DIG = [
    "[Okay,|Got it.] and how often does that happen?",
    "[Interesting.|Hmm.] What does that cost you, do you think?",
    "And who feels that [pain|the most pain] the most?",
    "[Can you|Could you] give me an example from last [month|week]?",
    "And when that happens, what do you do?",
    "[Okay.|Right.] So if I heard you right, the main [issue|problem] is the manual work, not the data "
    "itself?",
]
DIG_A = [
    "[Every week,|Most weeks,] pretty much.",
    "A lot. [Maybe|Probably] {money} a year if you count the overtime.",
    "The people on the front line, for sure.",
    "Sure, just last week we had to redo a whole batch by hand.",
    "We patch it, and hope nobody notices, [to be honest|honestly].",
    "[Yeah, exactly.|Pretty much.] The data's fine, it's getting it in and out.",
]
DIG_PAIRS = [(q, [a]) for q, a in zip(DIG, DIG_A, strict=True)]
# kept for the demo module, which imports it
PAIN = [a for _, answers in DISCOVERY for a in answers] + STORY
PITCH = [
    "[So,|Okay,] [quickly|in a nutshell|the two minute version], [who we are|what we do]: {our} makes a "
    "{what}. [Most of our customers|The teams we work with] [are|tend to be] in {industry2}, [about your "
    "size|a bit bigger than you].",
    "[What we hear a lot|The pattern we see] is [exactly what you described|the same story]: [too much "
    "manual work|no single view|a tool nobody owns], and [it gets worse|it breaks] as you grow.",
    "[I won't show you anything today|No screens today], but [at a high level|conceptually], it [connects "
    "to|sits on top of] [the systems you already have|your existing tools] and [takes over|automates] the "
    "[boring|repetitive] part.",
    "[A customer|One of our customers] [similar to you|in {industry2}] [cut|reduced] the time [they spent|"
    "spent] on [reporting|{work}] by [about|roughly] {pct}, [mostly|largely] by [getting rid of|removing] "
    "the [spreadsheets|double entry].",
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
    (
        "How long does it usually take to get up and running?",
        ["Usually [four to six|three to five] weeks, depending on the integrations."],
    ),
    (
        "[Roughly|Ballpark,] what does it cost?",
        [
            "It depends on the number of users, but for a team your "
            "size, somewhere around {money}. I'll send proper numbers."
        ],
    ),
    (
        "Do you integrate with {tool}?",
        [
            "Yes, that's one of our most common ones.",
            "[Not natively|Not out of "
            "the box], [but|though] there's an API, and [a partner|our services team] has built it before.",
        ],
    ),
    (
        "Do you work with other companies our size?",
        ["Quite a few, yes, I can connect you with one as a reference."],
    ),
    (
        "What about security, data residency, that kind of thing?",
        ["We're certified, and I'll send you our security pack."],
    ),
    (
        "Can I see it? [Do you have|Is there] a [demo|video]?",
        [
            "[Not today,|I won't show it today,] but "
            "[that's exactly what|that's what] the next call is for. I'd rather [tailor it|set it "
            "up] to what you "
            "told me."
        ],
    ),
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
        q, answers = b.pair(DISCOVERY, seller)
        b.say(seller, q)
        sents = [b.pick(answers, p) for _ in range(b.rng.randint(1, 2))]
        sents += [b.pick(STORY, p) for _ in range(b.rng.randint(0, 2))]
        b.long(p, sents, sellers, p_break=0.3)
        if b.chance(0.5):
            q, answers = b.pair(DIG_PAIRS, seller)
            b.say(seller, q)
            b.say(p, b.pick(answers, p))

    def pitch() -> None:
        b.long(s, [b.pick(PITCH, s) for _ in range(b.rng.randint(2, 3))], pros)

    def question() -> None:
        p = b.one(pros)
        q, answers = b.pair(PROSPECT_Q, p)
        b.say(p, q)
        b.say(s, b.pick(answers, s))

    b.loop(
        [(5, discovery), (0.5, pitch), (1, question), (0.3, lambda: shared.interruption(b))],
        reserve=min(160, b.target // 6),
    )
    b.say(s, b.pick(NEXT, s))
    p = b.one(pros)
    b.say(p, b.pick(NEXT_A, p))
    shared.closing(b, s, next_call=0.3)
