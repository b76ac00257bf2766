"""Material every meeting type uses: getting started, tech trouble, small talk, tangents, wrap-up.

Because these appear in every type with the same probabilities, they teach the model to ignore them.
Slots: {you} another participant's first name, {me} the speaker, {city}, {weekday}, {hobby}, {weather}...
"""

from __future__ import annotations

from ..engine import Builder, Person

GREET = [
    "Hi {you}, how are you?",
    "Hey, good morning.",
    "Hello, hi everyone.",
    "Hey {you}. Can you hear me okay?",
    "Hi, hi. Sorry, I was on mute.",
    "Good afternoon all.",
    "Morning! Or afternoon, wherever you are.",
    "Hey hey. How's it going?",
    "Hello? Is this working?",
    "Hi {you}, nice to see you.",
    "Oh hi, I didn't see you'd joined.",
    "Hey, sorry, just grabbing a coffee, one second.",
    "Hiya. Give me a sec, my headphones are doing the thing.",
    "Hi. Can everyone hear me?",
    "Hey {you}, long time.",
    "Hello hello.",
    "Hi there. Happy {weekday}.",
]
GREET_REPLY = [
    "Good, good, thanks. You?",
    "Yeah, I can hear you fine.",
    "Not bad, not bad. Busy {weekday}.",
    "Hi! Yeah, all good here.",
    "Doing well, thanks for asking.",
    "Hey. Yep, loud and clear.",
    "I'm alright. Bit tired, but alright.",
    "Good, thanks. It's {weather} here, so, you know.",
    "Hey, yeah, I'm here.",
    "Hi, yes, I can hear you. Can you hear me?",
    "Pretty good. Can't complain.",
    "Hello. All good.",
    "Yeah, hi, sorry, I was just finishing another call.",
]
WAITING = [
    "Should we wait a minute for {you}? I think they're running late.",
    "I'll give it another minute or two, a couple of people said they'd be a bit late.",
    "Let's give folks a second to trickle in.",
    "Is anyone else joining, or is it just us today?",
    "I think {you} is just finishing up another call, so let's start and they can catch up.",
    "We'll wait one more minute and then just get going.",
    "I see a few more people in the waiting room, let me let them in.",
    "I'm gonna start, people can catch the recording if they're late.",
    "Okay, looks like most people are here.",
    "I think that's everyone, or close enough.",
]
SCREEN = [
    "Can you see my screen?",
    "Let me share my screen. Is that coming through?",
    "Okay, can everyone see the slides?",
    "Hang on, I'm sharing the wrong window. Now?",
    "Are you seeing the doc or my desktop?",
    "Let me know when you can see it.",
    "Is the font big enough? I can zoom in.",
    "Sorry, it's asking me for permission to share, one sec.",
    "You should be seeing a blue screen with a table on it.",
    "Is it showing the presenter view or the slides?",
]
SCREEN_REPLY = [
    "Yep, we can see it.",
    "Yes, looks good.",
    "I see it now.",
    "Still loading for me. Okay, there it is.",
    "We see your email, actually.",
    "Yeah, all good.",
    "Can you zoom in a bit? Thanks, that's better.",
    "I see the slides, yeah.",
]
AUDIO = [
    "Sorry, you cut out there for a second. Could you say that again?",
    "I think you're on mute.",
    "You're breaking up a little bit.",
    "There's a bit of an echo, is someone not on headphones?",
    "Hang on, my internet just dropped. Am I back?",
    "Sorry, my dog is barking, let me mute.",
    "Can you hear me now? I switched to my phone.",
    "You froze for a second there.",
    "I think someone has their mic open, there's some typing noise.",
    "Sorry, the connection here is terrible today.",
    "Oh, you're back. We lost you for a minute.",
]
AUDIO_REPLY = [
    "Sorry about that. Can you hear me now?",
    "Yeah, you're back.",
    "Oops, sorry, that was me.",
    "Yeah, got you now.",
    "Better, yeah.",
    "Sorry! Where was I?",
    "Okay, I'll try to stay close to the router.",
]
SMALLTALK = [
    "How was your weekend?",
    "Did you get out at all this weekend?",
    "How's the weather over in {city}?",
    "Are you back from the trip?",
    "How's the new place? Did you finish unpacking?",
    "Did you watch the game last night?",
    "Is it still {weather} over there?",
    "How's {hobby} going? Last time you were pretty into it.",
    "Any plans for the long weekend?",
    "Have you recovered from last week?",
    "How are the kids doing?",
    "Is your cold any better?",
]
SMALLTALK_REPLY = [
    "Pretty quiet, honestly. I mostly did {hobby}, which was nice.",
    "Good! We went up to the lake, it was freezing but fun.",
    "It's {weather}. Classic {city}.",
    "Busy. Family stuff. But good.",
    "Oh, don't ask. The car broke down on the way back. But we made it.",
    "Yeah, I finally got some time for {hobby}. My hands still hurt.",
    "Not bad. Slept a lot, which I needed.",
    "We had people over, so I'm a bit tired, but yeah, good.",
    "Ha, still unpacking. There are boxes everywhere.",
    "Better, thanks. Still a bit croaky.",
    "Mostly sorted the garden, it was a jungle.",
    "Honestly it was nice to just not look at a screen.",
]
SMALLTALK_CLOSE = [
    "Ha, nice. Okay, well, let's get into it.",
    "Love that. Okay, so.",
    "Oh no. Well, glad you're back. So.",
    "Nice, nice. Alright, shall we start?",
    "Ha. Okay, I'll stop stalling.",
    "Good. Okay, um, so today.",
]
TANGENT = [
    "Sorry, totally unrelated, but did anyone else get that email about the parking changes?",
    "Side note, the coffee machine on three is broken again.",
    "Oh, that reminds me, I still owe {you} a reply on that thing from last week.",
    "Random, but is anyone going to the thing on {weekday}?",
    "Quick aside, my calendar says this is supposed to end ten minutes early, is that right?",
    "Sorry, someone's at the door, give me one second.",
    "Unrelated, but I have to leave a few minutes early today, just so you know.",
    "This is a tangent, but I read something about this last night, I'll send the link.",
    "Wait, is it already {month}? Where did the year go.",
    "Oh, by the way, the holiday calendar came out, has everyone seen it?",
]
TANGENT_REPLY = [
    "Ha, yeah, I saw that.",
    "No idea, honestly.",
    "Oh, good to know.",
    "Yeah no worries.",
    "I didn't, send it over.",
    "Same, it's been a week.",
    "Okay, we'll wrap up on time.",
    "Ha. Anyway.",
    "Oh nice, yeah send it.",
    "Right, okay, back to it.",
]
NEXT_CALL = [
    "Should we find time for the next one? Same time next week?",
    "I'll send over a calendar invite for a follow-up.",
    "Does {weekday} at two work for the next one?",
    "Let's pencil something in for two weeks from now.",
    "I'll look at calendars and send a couple of options.",
    "Can we put thirty minutes in for early next week?",
    "Same slot next {weekday}?",
    "I'll get something on the calendar before the end of the month.",
]
NEXT_CALL_REPLY = [
    "Works for me.",
    "{weekday} is tricky, but the afternoon should be fine.",
    "Yep, send it over.",
    "That should be fine, I'll confirm when I see the invite.",
    "Sounds good.",
    "Let me check, I think I'm travelling, but I'll reply to the invite.",
    "Sure, that works.",
]
WRAP = [
    "Okay, I think that's everything. Thanks everyone.",
    "Alright, I'll let you go. Thanks, this was helpful.",
    "Cool. I'll send notes after this.",
    "Great, thanks all. Talk soon.",
    "Okay, that's time. Thanks everyone.",
    "Perfect, I think we're good. Have a good rest of your day.",
    "Thanks so much, really appreciate it.",
    "Alright, let's leave it there. Bye everyone.",
    "Great. I'll follow up by email. Bye!",
    "Okay. Thanks, take care.",
    "That was great, thank you. Speak soon.",
    "Right, I'll stop the recording.",
    "Anything else before we jump off? No? Okay, bye.",
    "Okay, I'll give you ten minutes back.",
]
WRAP_REPLY = [
    "Thanks, bye.",
    "Thank you! Bye.",
    "Cheers, talk soon.",
    "Thanks, have a good one.",
    "Bye bye.",
    "Thanks everyone.",
    "See you.",
    "Take care.",
    "Yep, thanks.",
    "Thank you, bye-bye.",
]


def opening(b: Builder, host: Person, extra_greeters: int = 1, chatty: float = 0.5) -> None:
    """Greetings, maybe waiting for people, maybe small talk, maybe tech trouble. Scaled to the target."""
    rng = b.rng
    others = b.others(host)
    if b.target < 500:
        chatty *= 0.4
    if b.chance(0.8):
        b.say(host, b.pick(GREET, host))
        for p in rng.sample(others, min(len(others), rng.randint(1, max(1, extra_greeters)))):
            b.say(p, b.pick(GREET_REPLY, p))
            if b.chance(0.3):
                b.say(host, b.pick(GREET_REPLY, host))
    if len(b.people) > 2 and b.chance(chatty * 0.8):
        b.say(host, b.pick(WAITING, host))
        b.back(b.one(others))
    if b.chance(chatty * 0.3):
        p = b.one(b.people)
        b.say(p, b.pick(AUDIO, p))
        q = b.one(b.others(p))
        b.say(q, b.pick(AUDIO_REPLY, q))
    if b.chance(chatty):
        p = b.one(b.people)
        q = b.one(b.others(p))
        b.say(p, b.pick(SMALLTALK, p))
        b.say(q, b.pick(SMALLTALK_REPLY, q))
        if b.chance(0.5):
            b.say(p, b.pick(SMALLTALK_REPLY, p))
        b.say(host if host is not q else p, b.pick(SMALLTALK_CLOSE, host))


def share_screen(b: Builder, who: Person) -> None:
    b.say(who, b.pick(SCREEN, who))
    b.say(b.one(b.others(who)), b.pick(SCREEN_REPLY))


def interruption(b: Builder) -> None:
    """Tech trouble or a tangent in the middle of a meeting."""
    p = b.one(b.people)
    q = b.one(b.others(p))
    if b.chance(0.5):
        b.say(p, b.pick(AUDIO, p))
        b.say(q, b.pick(AUDIO_REPLY, q))
    else:
        b.say(p, b.pick(TANGENT, p))
        b.say(q, b.pick(TANGENT_REPLY, q))


def closing(b: Builder, host: Person, next_call: float = 0.5) -> None:
    if b.chance(next_call):
        b.say(host, b.pick(NEXT_CALL, host))
        p = b.one(b.others(host))
        b.say(p, b.pick(NEXT_CALL_REPLY, p))
    b.say(host, b.pick(WRAP, host))
    for p in b.rng.sample(b.others(host), min(len(b.others(host)), b.rng.randint(1, 3))):
        b.say(p, b.pick(WRAP_REPLY, p))


# Working discussion: proposals, opinions and doubts about the thing being built. Used by both kick-offs
# and syncs (and a little by 1:1s), so that "design talk" itself is not a cue for either project type.
WORK_TALK = [
    "It should really appeal to the target group, that's the whole point of the design.",
    "I think the design should be a bit more playful, it should stand out on the shelf.",
    "It shouldn't need a manual. You should just pick it up and know what to do.",
    "For the target group, I think the price matters more than the extra functions.",
    "We should decide that now, otherwise the next phase gets messy.",
    "Maybe we should look at what people actually complained about, and start from there.",
    "I think it should be simple. Most people only ever use a handful of the functions.",
    "What if we made {work} the thing that sets it apart?",
    "We could go with the cheaper material and spend the difference on {work}.",
    "I'm not sure people will pay more just because it looks nice.",
    "The question is whether the users actually care about {metric}, or whether that's just us.",
    "If it's too complicated, nobody's going to use it, simple as that.",
    "Maybe we can have both, like a basic mode and an advanced mode?",
    "I'd rather do one thing well than five things badly.",
    "That might work, but it depends on what it costs.",
    "From what I've seen, younger users want something that looks modern, and older users want big buttons.",
    "Could we reuse what we already have for {work}? It would save a lot of time.",
    "Honestly, the colour and the shape matter more than we think.",
    "It needs to survive being dropped, or sat on, or chewed by a dog.",
    "I'd want to test that with real people before we commit to it.",
    "The risk is that we spend all our time on {work} and run out of budget for the rest.",
    "I agree, but I think the bigger problem is {problem}.",
    "We should keep it consistent with the brand, the colours, the logo, all of that.",
    "Speech recognition on it would be cool, but it's probably too expensive.",
    "What about making it rechargeable? People hate buying batteries.",
    "If we can get {metric} down, everything else gets easier.",
    "I'm thinking out loud here, but what if we flip it and start from the data?",
    "Do we even need that part? I haven't heard anyone ask for it.",
    "That's a good point. I hadn't thought about the cost side.",
    "We need a way to find it when it's lost, maybe a button on the base that makes it beep.",
    "Let's not forget the people who aren't technical at all.",
    "My gut says the second one, but I can't really justify it yet.",
]
WORK_REACT = [
    "Mm, maybe.",
    "I like that.",
    "Hmm, not sure about that one.",
    "Yeah, good point.",
    "Right.",
    "That could work.",
    "Mm-hmm. Yeah.",
    "Okay, yeah.",
    "True.",
    "Hmm, I don't know.",
    "Ooh, I like that.",
    "Yeah, exactly.",
    "Could be expensive though.",
    "Let's write that down.",
]


# Lines that only make sense for a physical product (shape, buttons, batteries); other domains skip them.
PRODUCT_ONLY = (
    "shelf",
    "manual",
    "material",
    "colour",
    "dropped",
    "big buttons",
    "Speech recognition",
    "rechargeable",
    "beep",
    "functions",
)
WORK_TALK_GENERIC = [t for t in WORK_TALK if not any(w in t for w in PRODUCT_ONLY)]


def work_talk(b: Builder, lo: int = 2, hi: int = 6) -> None:
    """A few turns of the group thinking out loud about the work."""
    pool = WORK_TALK if b.ctx.get("domain") == "product design" else WORK_TALK_GENERIC
    for _ in range(b.rng.randint(lo, hi)):
        p = b.one(b.people)
        b.say(p, b.pick(pool, p))
        if b.chance(0.6):
            q = b.one(b.others(p))
            b.say(q, b.pick(WORK_REACT, q))
