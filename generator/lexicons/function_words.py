"""Function words and marks the rules read: articles, copulas, quotation marks, possessives and
the prepositions and pronouns some rules turn on.
"""
# Articles, skipped before a role or a place ("the head of ...", "in the Hague").
# Source: English articles (7175134).
DETERMINERS = frozenset({"a", "an", "the"})

# Determiners capitalised at a sentence's start, which start no untagged name ("The Irving Police
# Department" is "Irving Police Department").
# Source: English determiners that open a sentence (abf9883).
CAPITALISED_DETERMINERS = frozenset({"The", "A", "An", "This", "That"})

# Copulas that say what a name is ("Stardust is a NASA space capsule").
# Source: English (2e4d1d6).
COPULAS = frozenset({"is", "was", "are", "were"})

# "<name> is a <role>": the copulas that introduce a person by what they do.
# Source: English (6e39beb).
INTRODUCING_COPULAS = frozenset({"is", "was"})

# Quotation marks, straight and curly.
# Source: Unicode's quotation marks in English use.
QUOTATION_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})

# Marks that set off a camp's label ("dubbed 'dealmakers'"), the backtick of plain text too.
# Source: the quotation marks and the plain-text backtick (70370d4).
LABEL_QUOTES = QUOTATION_MARKS | {"`"}

# What stands before a straight double quotation mark that opens a quotation (' "', '(“', ':"'), and after one
# that closes it ('",', '".', '"?').
# Source: English punctuation around quotation marks, read on BBC News 2005 texts (8c9120f).
QUOTE_OPENING_CONTEXT = frozenset(" \t\n([{—–-/:")
QUOTE_CLOSING_CONTEXT = frozenset(" \t\n.,;:!?)]}—–-'’")

# Short words a title leaves in lower case ("Gone with the Wind"): quoted words that read as a title are no quote.
# Source: English title case (7622873).
TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to vs with".split())

# The possessive endings spaCy's tokenizer splits off ("Civic Passion's").
# Source: spaCy's English tokenizer's possessive tokens (8d959ee).
POSSESSIVES = frozenset({"'s", "’s"})

# Prepositions before a website, network or channel: "posted on Twitter", "via Facebook".
# Source: hand-made (fd40a37: a name posted on twice is a medium).
MEDIUM_PREPOSITIONS = frozenset({"on", "via"})

# "<person> of ADPL", "<person> from the BPA": the acronym after a person is the body they belong to.
# Source: hand-made (18f7f70: an acronym after '<person> of').
MEMBERSHIP_WORDS = frozenset({"of", "from"})

# Relative pronouns: they open the clause saying what a camp stands for ("who prioritize X over Y"), and a
# relative clause's subject stands for the noun it hangs on ("the minister who resigned").
# Source: English relative pronouns (70370d4; the interaction layer's arguments, e7cc8af).
RELATIVIZERS = frozenset("who that which whom".split())

# Pronoun subjects that stand for the camp named just before ("They are at odds with ...").
# Source: English subject pronouns a camp is named by (70370d4).
PRONOUN_SUBJECTS = frozenset("they he she we".split())

# Marks and relative pronouns that end the role of an apposition ("X, the head of Y, who ...").
# Source: hand-made (7175134).
APPOSITION_STOPS = frozenset(", . ; : ( ) [ ] — – who which that whose".split())

# Words that date an event to just before the article's date ("recently").
# Source: English (0c7a02c).
RECENT_WORDS = frozenset({"recent", "recently", "lately"})

# Subject and object pronouns of one person, and of many: "he" is the last person subject, "they" the last
# body, country or group.
# Source: English (e7cc8af; plural b0b2fc0).
PERSON_PRONOUNS = frozenset("he she him her".split())
PLURAL_PRONOUNS = frozenset("they them".split())

# Prepositions whose object is a predicate's target ("talks with Russia", "sanctions against Iran"), and for an
# event noun also "of" ("the arrest of X").
# Source: PETRARCH2's target prepositions, widened on BBC News 2005 texts (e7cc8af).
TARGET_PREPOSITIONS = frozenset("against with on to over at between towards toward into upon".split())
NOUN_TARGET_PREPOSITIONS = TARGET_PREPOSITIONS | {"of"}

# Auxiliaries of a future, of what might be, and of an obligation (what someone must do has not been done).
# Source: English modal auxiliaries, as spaCy tokenizes them ("wo" of "won't", "ca" of "can't") (e7cc8af, 06bbed2).
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
MODAL_AUXILIARIES = frozenset("could might may would can ca".split())
OBLIGATION_AUXILIARIES = frozenset("must should ought".split())

# Subordinators of a condition: what follows them has not happened.
# Source: English (e7cc8af).
CONDITION_MARKERS = frozenset({"if", "unless", "whether"})

# What a clause cut before its conjunct can end on: the conjunction and the punctuation around it.
# Source: English conjunctions and punctuation (f23dd8f).
TRAILING_JOINERS = frozenset({"and", "or", "but", "nor", ",", ";", ":", ".", "—", "–", "-"})

# Words that carry no content when an event's sentence is compared with the headline.
# Source: hand-made English stop words (e7cc8af).
STOP_WORDS = frozenset("the a an of to in on at for and or but with by from as is was were be been has have had "
                       "it its his her their they he she this that said says".split())
