"""Words of camps and their relations: the nouns that name a camp, its allies and rivals, and the
words that set camps against each other or make someone their leader.
"""
# Nouns that name a camp ("the pro-Beijing camp", "the Blairite wing").
# Source: hand-made, from the seed article and the faction benchmark's texts (70370d4).
CAMP_NOUNS = frozenset("camp camps faction factions wing bloc caucus clique".split())

# Plural nouns that make a quoted label a group's name ("the 'rebels'", "'hardliners'").
# Source: hand-made, from the seed article and the faction benchmark's texts (70370d4).
GROUP_WORDS = frozenset("rebels hardliners hawks doves loyalists moderates reformists reformers".split())

# Words before a quoted label that make it a group's name ("dubbed 'dealmakers'").
# Source: hand-made, from the seed article and the faction benchmark's texts (70370d4).
NAMING_CUES = frozenset("dubbed called labelled labeled nicknamed so-called".split())

# Nouns for a leader's followers ("X and his allies, including Y and Z").
# Source: hand-made, from the seed article and the faction benchmark's texts (70370d4).
ALLY_NOUNS = frozenset("allies supporters loyalists backers".split())

# Nouns of a rivalry between two people, whose camps then oppose each other ("X's feud with Y").
# Source: hand-made, from the seed article and the faction benchmark's texts (70370d4).
RIVALRY_NOUNS = frozenset("feud rivalry rift split".split())

# Nouns of an alliance of the actors it names ("the alliance between China and Russia").
# Source: hand-made, from the seed article and the faction benchmark's texts (70370d4).
ALLIANCE_NOUNS = frozenset("alliance coalition axis".split())

# Words that set the camps of a sentence against each other ("at odds with", "versus").
# Source: hand-made, from the seed article and the faction benchmark's texts (70370d4).
OPPOSITION_CUES = frozenset("odds oppose opposed opposes opposing opposition against versus vs vs. rival rivals".split())

# Words of support that put the backer in the camp of the one backed ("X backed Y").
# Source: hand-made, from the seed article and the faction benchmark's texts (70370d4).
SUPPORT_WORDS = frozenset("support backed backs backing endorsed endorses".split())

# Verbs whose subject or agent leads a camp ("Leading the Q faction is X", "led by X").
# Source: hand-made, from the seed article and the faction benchmark's texts (70370d4).
LEAD_VERBS = frozenset("lead leads leading led".split())

# Words before a camp noun that describe it without naming it ("two rival factions").
# Source: hand-made, from BBC politics and sport texts (3934b0b).
UNNAMING_WORDS = frozenset("rival rivals opposing warring competing different various several many".split())
