"""Words and names of the interaction layer kept as code: the groups of event classes the rules treat alike,
the realis values of events that happened, and the WordNet lexicographer files that say whether a verb acts.
The large tables (CAMEO verbs and patterns, WordNet nouns, the class set) are data files in `data/`, derived by
`tools/derive_lexicons.py` (PETRARCH2, MIT; WordNet 3.0) with their licence notices beside them.
"""
# Classes of `data/classes.tsv` that need someone on the other side: a meeting needs someone to meet
# ("meet a target" is none).
# Source: the class set (e7cc8af).
AGENT_CLASSES = frozenset({"consult"})

# Classes of physical force: aimed at an abstract object they are verbal ("attack the plans").
# Source: the class set (e7cc8af).
PHYSICAL_CLASSES = frozenset({"assault", "fight"})

# Classes done to someone: on an abstract object and no one they are no event of the class ("cut the budget").
# Source: the class set (e7cc8af).
TARGETED_CLASSES = frozenset({"sanction", "coerce", "arrest", "charge", "dismiss"})

# Classes that say little of what happened: a statement (someone spoke) or a bare act (a verb with no class of
# its own). They frame no verb under them, lend no display name, and a key event of one has its speakers as its
# only participants (whom it was told to, or the actors around it, say nothing of the event).
# Source: the class set (e7cc8af; as the participants rule, eeaa17d).
WEAK_CLASSES = frozenset({"statement", "act"})

# Classes of something said: a statement, an appeal, support, a demand, criticism, an accusation, a rejection, a
# threat. CAMEO's verbal classes but meetings, agreements, investigations and rulings, which are occasions of
# their own: two articles' reports of something said are one event only on stronger evidence (resolve/events.py).
# Source: the class set, `data/classes.tsv` (issue 18 item 6, when the interaction layer landed on main).
UTTERANCE_CLASSES = frozenset({"statement", "appeal", "support", "demand", "disapprove", "accuse", "reject",
                               "threaten"})

# The realis values of interactions that happened as the text tells it (the others: negated, conditional,
# future, obliged, modal): only these become key events.
# Source: the realis values of `records.Interaction` (e7cc8af).
HAPPENED_REALIS = frozenset({"asserted", "reported"})

# WordNet 3.0 verb lexicographer files of verbs that act on someone: an uncoded verb takes its CAMEO patterns'
# majority code only if one of its top senses is in one ("appear", "come" are no coercion).
# Source: WordNet 3.0 lexnames (c5af28a).
ACTING_LEXNAMES = frozenset("communication social competition possession contact creation".split())

# WordNet 3.0 verb lexicographer files whose verbs report no happening: being, thinking, feeling, perceiving.
# Source: WordNet 3.0 lexnames (e7cc8af).
NON_EVENT_LEXNAMES = frozenset("stative cognition emotion perception body weather consumption".split())
