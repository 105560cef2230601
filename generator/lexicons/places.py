"""Words of places: head words of place names, the nouns and prepositions around them, the names
and codes of countries that countryinfo does not list, and seats of government.
"""
# A name ending with one of these is a place ("Kennedy Space Center", "Museum of Flight" is not: see below).
# Source: hand-made: head words that ended place names the model mislabelled in GUM Wikinews and BBC News
# 2005 texts (a318c6b, 03456c9).
PLACE_WORDS = frozenset("""center centre museum base hall station planetarium gallery stadium arena airport
palace square tower towers park bridge street road avenue river lake mountain island islands valley bay beach
memorial temple mosque cathedral plaza county province factory
sea ocean gulf strait desert cave canyon glacier peninsula coast harbour harbor shelf reef volcano""".split())

# "the town of Yeoncheon": the noun before "of" says the name is a place, whatever the model's label.
# Source: hand-made (e86b74d: context corrects labels).
PLACE_NOUNS = frozenset("town city village county province region district port".split())

# First words of place names that gender-guesser also lists as given names ("San Diego", "Santa Monica").
# Source: hand-made, from gender-guesser's given names that start place names (f47ae3d).
PLACE_PREFIXES = frozenset({"san", "santa", "santo", "são", "sao"})

# Compass words that stand for the one country of the article named by them ("the North").
# Source: hand-made (f5c36e2: 'the North' for North Korea).
COMPASS_WORDS = frozenset({"North", "South", "East", "West"})

# Prepositions before a place that the next word may qualify as its region ("in Livorno, Tuscany,").
# Source: hand-made (03456c9: one word closing 'in <place>, X,' is its region).
LOCATIVE_PREPOSITIONS = frozenset("in at near from to outside".split())

# Prepositions before the place where an event happens ("talks in Riyadh"); "visited Amman" is a target.
# Source: hand-made (0c7a02c).
EVENT_PLACE_PREPOSITIONS = frozenset("in at near outside inside".split())

# Everyday names that the data set does not list as spellings.
# Source: hand-made additions to countryinfo's names and spellings (7175134).
COLLOQUIAL_NAMES = {
    "america": "United States", "the states": "United States", "britain": "United Kingdom",
    "great britain": "United Kingdom", "england": "United Kingdom", "holland": "Netherlands",
    "burma": "Myanmar", "czechia": "Czech Republic", "ivory coast": "Ivory Coast",
    "dprk": "North Korea", "rok": "South Korea", "prc": "China",
    # the names sports bodies give the two Koreas
    "korea republic": "South Korea", "korea dpr": "North Korea",
    # states that no longer exist are still countries in the stories that name them
    "soviet union": "Soviet Union", "ussr": "Soviet Union", "east germany": "East Germany",
    "west germany": "West Germany", "czechoslovakia": "Czechoslovakia",
}

# Demonyms the data set does not list.
# Source: hand-made additions to countryinfo's demonyms (7175134).
COLLOQUIAL_DEMONYMS = {"americans": "United States", "brits": "United Kingdom", "english": "United Kingdom"}

# Two-letter codes that English prose uses bare as a country name; other ISO codes ("IE", "SC", "CA")
# are far more often something else: a browser, "Senior Counsel", a state.
# Source: hand-made, from reading which ISO codes BBC and GUM texts use bare (bd8870a).
PROSE_CODES = frozenset({"US", "UK"})

# Seats of government used for the government itself.
# Source: hand-made (9b25fd3: affiliations).
GOVERNMENT_SEATS = {
    "Kremlin": "Russia", "White House": "United States", "Pentagon": "United States",
    "Capitol Hill": "United States", "Downing Street": "United Kingdom", "Whitehall": "United Kingdom",
    "Elysee": "France", "Élysée": "France", "Zhongnanhai": "China", "Blue House": "South Korea",
}
