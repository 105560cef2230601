"""The labels of spaCy's English models (OntoNotes entity types, Universal POS and Penn Treebank
tags, ClearNLP dependency labels) as the rules group them, and the mapping to our actor kinds.
"""
# Entity labels that can name an actor.
# Source: OntoNotes entity types of spaCy's English models (7175134).
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})

# Entity labels of places: countries and cities, other locations, buildings.
# Source: OntoNotes entity types (7175134).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Entity labels of areas, not buildings: the ones a region qualifies ("Mountain View, California").
# Source: OntoNotes entity types (bd8870a).
AREA_LABELS = ("GPE", "LOC")

# Names a headline gives that can make an actor of the body (see `headline_groups`).
# Source: OntoNotes entity types (0801a37).
HEADLINE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})

# Labels the model gives a given name it split from the surname ("Valeska" GPE).
# Source: OntoNotes entity types (9f3a710).
NAME_PART_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "PERSON"})

# Titles of works stay titles: "No Jennifer Lopez News" is a headline, not a newsroom.
# Source: OntoNotes entity types (6b9d8ed).
EVENT_PRODUCT_LABELS = frozenset({"EVENT", "PRODUCT"})

# Labels a list lends its untagged items: people, bodies, places.
# Source: OntoNotes entity types (9f3a710).
LISTED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC"})

# The actor kind each entity label votes for.
# Source: OntoNotes entity types -> our actor kinds (7175134).
KIND_OF_LABEL = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                 "FAC": "place", "NORP": "group"}

# When mentions disagree on the label, earlier kinds win ties.
# Source: our actor kinds (7175134).
KIND_PRIORITY = ("person", "organization", "place", "group")

# The entity label of an editor's pattern, for the kind the editor gives the actor.
# Source: our actor kinds -> OntoNotes entity types, for the editor's patterns.
LABEL_OF_KIND = {"person": "PERSON", "organization": "ORG", "country": "GPE", "place": "GPE", "group": "NORP"}

# Actor kinds of places: place names nest without naming one place ("East Los Angeles").
# Source: our actor kinds (9340767).
PLACE_KINDS = frozenset({"place", "country"})

# Actor kinds that can speak: a quotation's speaker is never a place.
# Source: our actor kinds (8c9120f).
SPEAKER_KINDS = frozenset({"person", "organization", "country", "group"})

# Kinds resolved elsewhere (people by surname, countries by their country key) or never short.
# Source: our actor kinds (446da2b).
OTHER_KINDS = frozenset({"person", "country"})

# Parts of speech a given name never has ("Hey John": an interjection).
# Source: Universal POS tags (9f3a710).
NOT_NAME_TAGS = frozenset({"INTJ", "DET", "PRON", "ADP", "VERB", "AUX", "ADV", "CCONJ", "SCONJ", "NUM"})

# Tags of verbs and auxiliaries: a work's noun before a name must not be one ("Tautou will play Hanks").
# Source: Universal POS tags (61e3cbb).
VERB_TAGS = frozenset({"VERB", "AUX"})

# A noun's tags; a blank pipeline without a tagger gives "".
# Source: Penn Treebank tags (c8403bf).
NOUN_TAGS = frozenset({"NN", "NNP", ""})

# Tags of a verb with a tense ("told", "says") or a personal pronoun: an apposition ends before one ("the
# newly elected president" has none; "the hotel manager he plays" is a clause).
# Source: Penn Treebank tags (1c511de).
CLAUSE_START_TAGS = frozenset({"VBD", "VBZ", "VBP", "PRP"})

# Dependencies of a modifier on its noun: a camp's label modifies the names it describes.
# Source: ClearNLP dependency labels of spaCy's English models (70370d4).
MODIFIER_DEPS = frozenset("amod compound nmod poss npadvmod nn".split())

# Dependencies of clauses, inside which a phrase's people are not looked for.
# Source: ClearNLP dependency labels (70370d4).
CLAUSE_DEPS = frozenset("relcl acl advcl ccomp".split())

# Entity labels of names: a predicate inside one is no event ("Exchange" of "Securities Exchange Commission").
# Source: OntoNotes entity types (e7cc8af).
NAME_LABELS = frozenset("PERSON ORG GPE LOC FAC NORP WORK_OF_ART EVENT LAW PRODUCT".split())

# Dependencies of a predicate's source (subject) and of its targets (object, dative, passive subject, predicative).
# Source: ClearNLP dependency labels, after PETRARCH2's source and target rules (e7cc8af).
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "oprd"})

# Dependencies by which a date phrase hangs on a predicate, and on an event noun.
# Source: ClearNLP dependency labels (e7cc8af).
DATE_LINKS = frozenset({"prep", "pobj", "npadvmod", "tmod", "advmod", "obl", "nmod"})
NOUN_DATE_DEPS = frozenset({"compound", "nummod", "amod", "poss", "npadvmod"})

# Dependencies that start a clause of its own, and those of them that hang below another clause.
# Source: ClearNLP dependency labels (0c7a02c).
CLAUSE_ROOTS = frozenset("ROOT ccomp advcl relcl conj parataxis csubj".split())
SUB_CLAUSES = frozenset("ccomp advcl relcl parataxis csubj".split())

# Dependencies of words that describe a person rather than take part ("Ukrainian President Zelensky").
# Source: ClearNLP dependency labels (0c7a02c).
DESCRIPTOR_DEPS = frozenset("amod compound nmod appos poss npadvmod".split())

# Dependencies of the words that name a group with its head noun ("Labour backbenchers", "Britain's government").
# Source: ClearNLP dependency labels (e7cc8af).
GROUP_MODIFIER_DEPS = frozenset("compound amod poss nmod".split())

# Date precisions short enough to count as evidence that two reports are one event: a year is not.
# Source: the precisions of `records.EventDate` (617ad71).
KNOWN_DATE_PRECISIONS = frozenset({"day", "week", "month"})
