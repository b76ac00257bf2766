"""Support: a guided session with the team: training, release updates, walkthroughs of new features.

Mostly one presenter talking at length (multi-paragraph explanations), with attendees asking questions.
Variants: an internal training on a new feature, a "what's new in this release" briefing, a hands-on
workshop, onboarding training for new staff, and a technical talk with audience Q&A.
"""

from __future__ import annotations

from ..engine import Builder, Person
from . import shared

VARIANTS = ["feature_training", "release_update", "workshop", "staff_onboarding", "tech_talk"]

OPEN = {
    "feature_training": [
        "So today I'm going to walk everyone through {feature}, which goes live for the whole team on "
        "{weekday}.",
        "This session is about the new {feature} in {product}. I'll show how it works and then take "
        "questions.",
        "The goal for today is that everyone leaves knowing how to use {feature} in their daily work.",
    ],
    "release_update": [
        "Okay, so this is the update on what's in the new release. There's quite a lot, so I'll go fast.",
        "I'm going to go through what's new in version {version}, what changed, and what you need to do.",
        "So we shipped {version} last week, and I want to explain the main changes before people run into "
        "them.",
    ],
    "workshop": [
        "This is a hands-on session, so please have your laptops open and follow along.",
        "Today's workshop is on {topic}. I'll explain a bit, then you'll try it yourselves.",
        "We're going to do a practical session on {topic}. If you get stuck, shout, that's the point.",
    ],
    "staff_onboarding": [
        "Welcome to the new folks! This is the training session on how we use {tool} and our internal "
        "processes.",
        "So, for those who just joined, this is part two of the onboarding training, on {topic}.",
        "This session is for everyone who started this month. I'll cover how {work} works here.",
    ],
    "tech_talk": [
        "Thanks for having me. I'm going to talk about {topic}, what it is, why it matters, and how to "
        "use it.",
        "I want to describe a project we've been working on for a while, around {topic}.",
        "I'll give some background on {topic} first, then get into the details, and leave plenty of time "
        "for Q&A.",
    ],
}
EXPLAIN = [
    "So the basic idea is that {feature} takes care of the repetitive part, so you don't have to do it by "
    "hand.",
    "Before this, you had to export everything to a spreadsheet, fix it there, and import it again. Now "
    "it's one "
    "screen.",
    "The reason we built it is that people kept asking for it. It was the top request for two quarters.",
    "To turn it on, you go to settings, then the section at the bottom, and flip the toggle.",
    "Once it's on, you'll see a new panel on the right-hand side. That's where everything lives.",
    "There's one important thing to remember: changes don't apply to old records, only new ones.",
    "If you've used the old version, the big difference is that it's now automatic.",
    "Under the hood, it checks the data every few minutes and flags anything that looks wrong.",
    "Permissions work the same way as before, so if you couldn't edit it before, you still can't.",
    "There's a limit of {num} hundred items per batch, which should be plenty for most cases.",
    "Let me show a quick example. Say you have a record for {cust}, and the details change.",
    "You can see here the status changed to pending, and then a few seconds later to done.",
    "This also means you don't need the old workaround anymore, please stop using it, it will break.",
    "The history is kept, so if someone makes a mistake you can roll it back.",
    "So that's the core of it. It's pretty simple once you've done it once or twice.",
    "One thing that confuses people: the numbers on the dashboard are updated hourly, not live.",
    "The next part is about {work}. This is where most of the questions come from.",
    "We've also improved performance quite a bit. Things that took a minute now take a few seconds.",
    "There's documentation on the wiki, I'll put the link in the chat.",
    "Now, a common mistake is to skip the setup step. If you do that, nothing will show up.",
    "There were some changes to the defaults as well, which I want to point out, because they might "
    "surprise you.",
    "So, that's how it's supposed to work. Let me show you what it looks like when something goes wrong.",
    "And the nice thing is it works on mobile as well, although the layout is slightly different.",
    "The old menu is still there for now, but it'll be removed in {month}.",
]
TECH = [
    "In this release there are three big things, and a long tail of smaller fixes. I'll start with the "
    "big ones.",
    "Previously you had to restart the whole service to change the configuration. Now you can reload it "
    "live.",
    "There's a new command-line flag for this. If you pass it, the tool prints every step it takes.",
    "The API has a couple of new calls. The old ones still work, but they're deprecated.",
    "The way we validate things changed. It used to be checked one at a time, now it's done in batches.",
    "If you run the older version against the new one, they'll still talk to each other, that was a "
    "hard rule.",
    "Some of you asked about the wallet side. The big change there is how keys are stored and backed up.",
    "This part is a bit technical, so stop me if it doesn't make sense.",
    "So what is it actually for? Think of it as a safer way to express conditions on who can do what.",
    "We measured it on a few real workloads, and the memory use dropped by roughly {pct}.",
    "There's a whole class of bugs that just can't happen anymore with this design.",
    "The downside is that the first sync takes longer, because it has to build an index.",
    "You'll notice the logs look different. Each line now has the component name in front.",
    "Let me open the terminal and actually run it, that's easier than slides.",
    "Here you can see it failing. Let's set a breakpoint and look at the variables at that point.",
    "A good habit is to write the test first, watch it fail, and then fix the code.",
    "I'll put the exercises in the repository, so you can try them at home.",
    "This is experimental, so please don't use it with real money or real patient data yet.",
    "The reason it's faster is caching. We remember results we've already checked.",
    "A lot of this came from community contributions, so thanks to everyone who sent patches.",
    "If you only remember one thing from today, it's this: always back up before you upgrade.",
    "The roadmap for the next version includes the features people asked for in the last session.",
    "So the problem {topic} solves is that the old approach doesn't scale. Every new case needs new code.",
    "The way it works is that you describe what you want, and the system figures out how to check it.",
    "It's quite low-level, almost like an assembly language, which is why it's easier to verify.",
    "A lot of people have asked why we didn't just extend the existing thing. The short answer is safety.",
    "You can think of it as a set of building blocks. Each block is tiny, but you combine them.",
    "The first release was a developer preview. This one adds the pieces people asked for.",
    "There's a trade-off here between flexibility and how much it costs to run.",
    "The debugger lets you step through line by line and see the state at each point.",
    "If you've never used a debugger before, don't worry, we'll start from the basics.",
    "So you set a breakpoint here, run it, and it stops right before the thing we care about.",
    "The logging has changed too. You can now turn on logging for just one component.",
    "This is where it gets interesting. If two things happen at the same time, the order matters.",
    "A lot of the work in this release went into testing. We added a few hundred new tests.",
    "For the older versions, nothing changes. It's fully backwards compatible.",
]
QUESTION = [
    "Is there a plan to support the older hardware?",
    "How is this different from what the competitors do?",
    "Can you say more about the security model?",
    "Does the upgrade need any downtime?",
    "What's the best way to learn this if I'm new to it?",
    "Will the old configuration files still work?",
    "Quick question, does this replace the old report, or do both exist?",
    "What happens if two people edit the same thing at once?",
    "Is this available for everyone, or just admins?",
    "Sorry, can you go back one slide?",
    "Will the recording be shared afterwards?",
    "Does it work with {tool}?",
    "What about existing data, do we need to migrate anything?",
    "How does this affect the customers who are on the old plan?",
    "Is there a way to turn it off if it causes problems?",
    "Can you show that step again? I missed it.",
    "How does the performance compare with the previous version?",
    "Where do we report bugs?",
    "I tried it and got an error, is that expected?",
    "Why was it designed that way, rather than the simpler way?",
]
ANSWER = [
    "For now, no, but it's on the list.",
    "The main difference is that everything is checked up front.",
    "Sure. The short version is that nothing is trusted by default.",
    "No downtime, it upgrades in place.",
    "Start with the tutorial, then try the exercises, and come to the next session.",
    "Yes, they're read and converted automatically the first time.",
    "Good question. Both exist for now, the old one goes away next quarter.",
    "The last save wins, but you'll see a warning, so it's pretty obvious.",
    "Everyone, from {weekday}.",
    "Yep, going back. This one?",
    "Yes, I'll send the recording and the slides after this.",
    "It does, the connection is in settings.",
    "No migration needed, it picks up existing data automatically.",
    "They'll get it too, but a month later.",
    "Yes, there's a toggle, but please talk to me first.",
    "Sure. So you click here, then here, and then save.",
    "It's a lot faster, maybe five times in most cases.",
    "Use the support channel, and tag me.",
    "Yes, that's a known issue, we have a fix coming.",
    "Mainly because the simpler way breaks when the data gets big. We tried it first.",
]
PRACTICE = [
    "Okay, now you try. Open it up and create a test one.",
    "Take a couple of minutes and follow the steps on the handout.",
    "Everyone try it on your own laptop, I'll wait.",
    "Let's do an exercise. Try to find the bug in this example.",
]
PRACTICE_A = [
    "Done.",
    "Wait, where's the button?",
    "I got an error. Oh, no, I typed it wrong.",
    "Okay, that worked.",
    "Mine's still loading.",
    "It says I don't have access.",
    "Got it, that was easy.",
]
WRAP = [
    "So that's everything for today. The slides and the recording will be on the wiki.",
    "If you have questions later, ping me or post in the channel.",
    "Next session is on {weekday}, we'll go deeper into the reporting side.",
    "Thanks everyone for joining. Please try it this week and send feedback.",
]


# Technical talks, release briefings and workshops in many technical fields (one presenter + audience Q&A).
TECH_FIELDS = [
    {
        "thing": ["the database engine", "the query planner", "our storage layer"],
        "comp": ["the query planner", "the write-ahead log", "the index builder", "replication", "vacuuming"],
        "tmetric": ["query latency", "write throughput", "disk usage", "replication lag"],
    },
    {
        "thing": ["the compiler", "the language toolchain", "the build system"],
        "comp": [
            "the type checker",
            "incremental builds",
            "the linker",
            "error messages",
            "the package manager",
        ],
        "tmetric": ["compile time", "binary size", "build cache hits", "memory use"],
    },
    {
        "thing": ["the container platform", "our cluster tooling", "the deployment pipeline"],
        "comp": ["the scheduler", "autoscaling", "the service mesh", "rolling upgrades", "secrets handling"],
        "tmetric": ["pod start time", "failed deploys", "node utilisation", "cost per cluster"],
    },
    {
        "thing": ["the node software", "the wallet library", "the payment channel daemon"],
        "comp": ["the wallet", "peer-to-peer networking", "fee estimation", "the mempool", "key backup"],
        "tmetric": ["initial sync time", "memory use", "routing success rate", "fee overpayment"],
    },
    {
        "thing": ["the machine learning library", "the training framework", "the inference server"],
        "comp": ["the data loader", "mixed precision", "checkpointing", "the model registry", "quantisation"],
        "tmetric": ["training throughput", "GPU memory", "inference latency", "accuracy"],
    },
    {
        "thing": ["the robot controller firmware", "the embedded SDK", "the sensor stack"],
        "comp": [
            "the motor driver",
            "the bootloader",
            "over-the-air updates",
            "the sensor fusion",
            "power management",
        ],
        "tmetric": ["battery life", "boot time", "control loop jitter", "flash usage"],
    },
    {
        "thing": ["the mapping toolkit", "the GIS server", "the geocoding service"],
        "comp": [
            "tile rendering",
            "the projection code",
            "the import tools",
            "spatial indexes",
            "the styling language",
        ],
        "tmetric": ["render time", "tile cache size", "geocoding accuracy", "import speed"],
    },
    {
        "thing": ["the lab analysis software", "the instrument control suite", "the sequencing pipeline"],
        "comp": [
            "the plate reader module",
            "calibration",
            "the QC reports",
            "sample tracking",
            "the alignment step",
        ],
        "tmetric": ["run time per sample", "failed runs", "calibration drift", "throughput"],
    },
    {
        "thing": ["the browser engine", "the web framework", "the front-end toolkit"],
        "comp": ["the rendering pipeline", "server-side rendering", "the router", "hydration", "dev tools"],
        "tmetric": ["page load time", "bundle size", "time to interactive", "memory use"],
    },
    {
        "thing": ["the network stack", "the VPN client", "the DNS resolver"],
        "comp": [
            "connection handling",
            "the TLS layer",
            "congestion control",
            "the config parser",
            "logging",
        ],
        "tmetric": ["handshake time", "packet loss recovery", "CPU per connection", "reconnect time"],
    },
]
TALK = [
    "[In this release|In version {version}|Since the last release], [we|the team] [rewrote|reworked|"
    "replaced] {comp}, [which means|so] [it's|things are] [faster|more robust|easier to debug|much simpler].",
    "The [big|main|headline] [change|improvement] is [in|to] {comp}. [Previously|Before], you had to "
    "[restart everything|do it by hand|edit the config and reload], [and|but] [now|in this version] it "
    "[happens automatically|is one command|just works].",
    "[On our benchmarks|In our tests|On a typical workload|On a real deployment], {tmetric} [went|dropped|"
    "improved] from [about|roughly] {val} to {val}.",
    "[So|Okay,] [how does|what does] {comp} [actually work|actually do]? [At a high level|Conceptually|"
    "Roughly], it [keeps|builds|maintains] [a small index|a cache|a queue] [of|for] [what it has already "
    "seen|pending work|recent results], and [checks|processes] [it|them] [in batches|lazily|on demand].",
    "[Let me|I'll] [open a terminal|switch to the demo machine|show you the code] and [actually run it|"
    "show you], [that's|it's] easier than slides.",
    "[A common mistake|Something people trip over|The number one question we get] is [forgetting|"
    "skipping] the [migration step|config change|upgrade notes]. If you do that, {comp} [won't start|"
    "falls back to the old behaviour].",
    "[This part|What comes next] is a bit [technical|low-level], so [stop me|shout] if it doesn't "
    "make sense.",
    "[There's|We added] a new [flag|option|setting] for {comp}. If you [pass it|turn it on], it [prints|"
    "logs] every step it takes, [which is|and that's] [great|really useful] for debugging.",
    "[For|With] the older versions, nothing changes. [It's|Everything is] [fully|still] backwards "
    "compatible, [that was|which was] a hard rule for us.",
    "[A lot of|Much of] this [came from|was contributed by] [the community|outside contributors|people in "
    "this room], so thank you to everyone who sent [patches|bug reports|reviews].",
    "[The downside|The trade-off|The cost] is that [the first run|start-up|the initial sync] takes longer, "
    "because it has to [build an index|warm the cache|check everything].",
    "[What's next?|Looking ahead,] [the roadmap|the next release] [includes|will bring] [better|faster] "
    "{comp} and [the features|a few things] people asked for [last time|in the survey].",
    "[If you only remember one thing|The one takeaway] from today, it's this: [always back up before you "
    "upgrade|read the release notes|test on a copy first].",
    "[Here you can see|You can see here|Look at this trace:] it [failing|stalling|retrying]. [Let's|I'll] "
    "set a breakpoint [and look at|and inspect] the [variables|state] at that point.",
    "[The exercises|The examples|The slides] [are|will be] in the repository, so you can [try them|go "
    "through them] [at home|later|at your own pace].",
]
TALK_Q = [
    (
        "[Does|Will] {comp} [work with|support] the older versions?",
        [
            "[Yes,|It does,] [that was a hard requirement|we test against the last two releases].",
            "[Not yet,|Partly,] [that's planned|it's on the roadmap] for the next release.",
        ],
    ),
    (
        "[How|What] did you measure {tmetric}? [Was that|Is that] on real [hardware|data]?",
        [
            "[On real|Yes, on real] [workloads|machines], [three|five] runs each, and we took the median.",
            "[Mostly|Partly] synthetic, [to be honest|honestly], [so|and] your numbers [will "
            "vary|may differ].",
        ],
    ),
    (
        "[Is|Can] {comp} [be turned off|optional]? [We|Some of us] [rely on|depend on] the old behaviour.",
        [
            "[Yes,|You can,] there's a [setting|flag] for that, [but|though] it'll be removed "
            "[eventually|in a "
            "future release]."
        ],
    ),
    (
        "[What happens|How does it behave] if [the process crashes|the connection drops|the disk fills up] "
        "[halfway through|in the middle]?",
        [
            "[It recovers|It picks up] [where it left off|from the last checkpoint], [that's|which "
            "is] [the whole "
            "point of|why we reworked] {comp}."
        ],
    ),
    (
        "[Sorry, can you|Could you] go back [one slide|to the previous slide|to the diagram]?",
        ["[Sure.|Yep.] [So this is|Here's] [the part|where] {comp} [sits|fits in]. [Okay?|Does that help?]"],
    ),
    (
        "[Where|How] do I [report|file] bugs [for this|if I hit one]?",
        [
            "[On the issue tracker|In the repo], [please|and please] [include|attach] the logs [with the new "
            "flag|in debug mode]."
        ],
    ),
]


AUDIENCE = [
    "[For those of you who|If you] [haven't used|are new to] {topic}, [don't worry|that's fine], "
    "[I'll start from the basics|we'll go step by step].",
    "[I'll take questions|Let's do questions] [at the end|after each part|as we go], [so|and] [just|please] "
    "[raise your hand|put them in the chat|unmute and ask].",
    "[Thanks everyone for joining|Thanks for coming to] [this session|today's training|this talk]. [The "
    "recording and slides|The slides] will be [shared|sent out] [afterwards|after this].",
    "[What I want you to take away|By the end of this session, you should know] [is|]how to use {topic} "
    "[on your own|in your day-to-day work].",
    "[Let me show you|I'll walk you through] [how that works|an example|the steps] [on my screen|live], "
    "[and then|then] you can [try it yourselves|ask me anything].",
    "[Any questions so far?|Is everyone following so far?|Does that make sense to everyone?] [Okay,|Good,] "
    "[let's move on|next slide].",
]


QA = [(q, [a]) for q, a in zip(QUESTION, ANSWER, strict=True)]


def cast(rng, mk) -> list[Person]:
    people = [mk("presenter", rng.choice(["Presenter", "Trainer", "Host", "Speaker"]))]
    for _ in range(rng.choice([1, 1, 2, 3, 4, 5, 7])):
        people.append(mk("attendee", rng.choice(["Attendee", "Audience", "Participant", "Q"])))
    return people


def context(b: Builder) -> dict:
    variant = b.one(VARIANTS)
    topics = [
        "the new scripting language",
        "debugging with the command line tools",
        "the wallet library",
        "our deployment process",
        "writing good tests",
        "the new routing engine",
        "data privacy rules",
        "the reporting dashboard",
        "the customer ticket workflow",
        "the new pricing rules",
        "formal verification",
        "the monitoring stack",
        "the lab safety system",
        "the new EHR templates",
    ]
    field = b.one(TECH_FIELDS)
    topics = topics + field["thing"] + field["comp"]
    return {
        "variant": variant,
        "topic": topics,
        "comp": field["comp"],
        "tmetric": field["tmetric"],
        "version": ["2.4", "3.0", "0.17", "5.1", "2024.2", "1.6"],
    }


def title(b: Builder) -> str:
    v = b.ctx["variant"]
    return {
        "feature_training": "Training: {feature}",
        "release_update": "What's new in {product}",
        "workshop": "Workshop",
        "staff_onboarding": "New starter training",
        "tech_talk": "Tech talk",
    }[v].format(feature=b.ctx["feature"][0], product=b.ctx["product"])


def compose(b: Builder) -> None:
    pres = b.people[0]
    att = b.people[1:]
    variant = b.ctx["variant"]
    shared.opening(b, pres, extra_greeters=2, chatty=0.4)
    if b.chance(0.5):
        shared.share_screen(b, pres)
    b.long(
        pres,
        [b.pick(OPEN[variant], pres)] + [b.pick(EXPLAIN, pres) for _ in range(b.rng.randint(0, 2))],
        att,
        p_break=0.1,
    )
    techy = variant in ("tech_talk", "workshop", "release_update")
    body = (TECH + TALK + TALK + AUDIENCE) if techy else EXPLAIN + TALK + AUDIENCE

    def explain() -> None:
        n = b.rng.randint(3, 9)
        sents = [b.pick(body if b.chance(0.7) else EXPLAIN, pres) for _ in range(n)]
        b.long(pres, sents, att, p_break=0.12)

    def question() -> None:
        a = b.one(att)
        if b.chance(0.5):
            q, answers = b.pair(TALK_Q, a)
            b.say(a, q)
            first = b.pick(answers, pres)
        else:
            q, answers = b.pair(QA, a)
            b.say(a, q)
            first = b.pick(answers, pres)
        b.long(pres, [first] + [b.pick(body, pres) for _ in range(b.rng.randint(0, 2))], [a])
        if b.chance(0.4):
            b.say(a, b.pick(["Okay, thanks.", "Got it, thank you.", "Makes sense.", "Cool, thanks."], a))

    def practice() -> None:
        b.say(pres, b.pick(PRACTICE, pres))
        for a in b.rng.sample(att, min(len(att), 3)):
            b.say(a, b.pick(PRACTICE_A, a))
            if b.chance(0.5):
                b.say(pres, b.pick(ANSWER, pres))

    steps = [(5, explain), (2.5, question), (0.3, lambda: shared.interruption(b))]
    if variant in ("workshop", "staff_onboarding", "feature_training"):
        steps.append((1, practice))
    b.loop(steps, reserve=min(150, b.target // 6))
    b.say(pres, b.pick(WRAP, pres))
    shared.closing(b, pres, next_call=0.1)
