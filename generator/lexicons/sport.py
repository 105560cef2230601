"""Words of match reports: a sentence with two of them reports a game.
"""
# Words of a match report; two of them make a sentence about a game ("Sweden had higher ball possession").
# Source: hand-made, from GUM Wikinews and BBC sport match reports (7309387).
SPORT_WORDS = frozenset("""match matches game games goal goals scored scoring score scoreboard penalty penalties
referee striker defender goalkeeper midfielder captain coach possession kick tournament league cup
points victory defeated beat drew draw equalise equalize equaliser equalizer header volley foul booked
substituted innings wicket wickets touchdown halftime half-time squad fixture opener minute player players
attempt attempts saved lead""".split())

# A country after these is where the game is played, not a side in it ("in Russia", "from Brazil").
# Source: hand-made (7309387).
VENUE_PREPOSITIONS = frozenset({"in", "at", "from", "across", "near", "throughout", "within", "inside", "outside"})
