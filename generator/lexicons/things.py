"""Words of names that are no actors: events, laws, faiths and ideas, vehicles and works, awards,
storms, time zones, credits and captions, and what a number after a name counts.
"""
# A name ending with one of these is an event, not an actor ("Google Science Fair", "Fan Expo Canada" is not).
# Source: hand-made, from GUM Wikinews and BBC texts' event names (6b9d8ed, grown since).
EVENT_WORDS = frozenset("""festival fair expo awards championship championships cup olympics paralympics games
tournament summit conference convention carnival jubilee parade marathon ceremony month week""".split())

# A name ending with one of these is a text, a law or an agreement ("The Communist Manifesto", "Patriot Act").
# Source: hand-made (848f3fb: laws are no actors).
DOCUMENT_WORDS = frozenset("""manifesto license licence act treaty accord protocol charter declaration""".split())

# Faiths and their observances: a belief or a rite is not an actor ("Islam", "the Hajj"); the faithful
# ("Muslims") are a group of people and stay.
# Source: hand-made (355a98a: faiths, rites and -isms are no actors).
FAITH_WORDS = frozenset("""islam christianity judaism hinduism buddhism sikhism jainism shinto taoism
confucianism zoroastrianism catholicism protestantism mormonism
hajj umrah ramadan eid easter christmas passover hanukkah diwali lent""".split())

# A one-word name ending like this is an idea or a condition, not an actor ("Islamophobia").
# Source: English suffixes of ideas and conditions (355a98a).
CONCEPT_ENDINGS = ("ism", "phobia", "mania")

# Words before a colon that credit a picture or recording to someone ("Image: Nick Moreau").
# Source: hand-made, from GUM Wikinews picture credits (323d92f).
CREDIT_WORDS = frozenset({"Image", "Photo", "Photograph", "Picture", "Video", "Audio", "Credit", "Illustration",
                          "Graphic", "Images", "Photos"})

# Words that scrapers glue to names from photo captions ("Ahmed Mohamed Image").
# Source: hand-made, from GUM Wikinews captions (a318c6b).
CAPTION_WORDS = frozenset({"Image", "Photo", "Picture", "File", "Video", "Archived"})

# Nouns for one vehicle or craft: before a name ("cruise ship Freewinds") or said of it ("Stardust is a
# NASA space capsule"), they make the name a thing; so do the nouns of works below.
# Source: hand-made (2e4d1d6: ships and craft are things).
VEHICLE_NOUNS = frozenset("""ship vessel yacht liner ferry tanker freighter submarine boat spacecraft
probe capsule satellite rover lander orbiter shuttle telescope aircraft airliner plane jet helicopter""".split())

# Nouns for a work or a product: "the 1969 film Easy Rider", "her graphic novel Angel Catbird".
# Source: hand-made (c6abdc2: works are things).
WORK_NOUNS = frozenset("""film movie novel book album song single documentary play opera musical painting
sculpture poem videogame browser software app""".split())

# Nouns of a thing, a vehicle or a work.
# Source: derived from the two tables above.
THING_NOUNS = VEHICLE_NOUNS | WORK_NOUNS

# Nouns after the name of an award ("Oscar nominations", "Grammy awards"; not "the Cannes ceremony" or "Republican
# Party nominee"), and what is glued to it ("Oscar-nominated", "Bafta-winning"): the model tags "Oscar" a person
# in 46 BBC articles.
# Source: hand-made, from BBC entertainment texts (3021c5c).
AWARD_NOUNS = frozenset("award awards nomination nominations statuette".split())

# What is glued to an award's name ("Oscar-nominated", "Bafta-winning").
# Source: hand-made, from BBC entertainment texts (3021c5c).
AWARD_PARTICIPLES = frozenset({"nominated", "winning"})

# Prefixes of the names of vehicles and storms: a ship, a spacecraft or a cyclone is not an actor
# ("Space Shuttle Atlantis", "USS Cole", "Cyclone Phailin").
# Source: hand-made: ship prefixes of the navies that use them, and storm words (848f3fb).
THING_PREFIXES = ("Space Shuttle", "Spacecraft ", "HMS ", "USS ", "RMS ", "HMAS ", "HMCS ", "HMNZS ",
                  "Cyclone ", "Hurricane ", "Typhoon ", "Tropical Storm ")

# Time zones the model tags as organisations ("15:11 GMT").
# Source: common time-zone abbreviations (18f7f70).
TIME_ZONES = frozenset("GMT UTC BST IST CET CEST EET EEST WET MSK EST EDT CST CDT MST MDT PST PDT AKST HST JST KST "
                       "HKT AEST AEDT ACST AWST NZST NZDT".split())

# What a number after a name counts instead of versioning it: "in London 13 years ago".
# Source: hand-made, from diffing 60 BBC 2005 stories before and after a rule (1c9cfba).
COUNTED_NOUNS = frozenset("""years year days months weeks hours minutes seconds times people percent per cent miles
km kilometres kilometers metres meters points goals votes seats members""".split())

# What follows a score rather than a version: "Sweden 1 – 0", "lost 1 to 2".
# Source: hand-made (355a98a).
SCORE_JOINERS = frozenset({"-", "–", "—", "to", ":"})
