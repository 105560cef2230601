"""Words of reported speech: the reporting verbs, the people and texts who speak for someone else,
the words that tell a speaker's gender, and the subjects that count people asked in a survey.
"""
# Reporting verbs, as lemmas, including verbs of quoted judgement ('branded it "evil"'). Not 'agree' or 'speak'
# ('the US had agreed to release them after "talks"', 'was speaking about adults').
# Source: picked from WordNet 3.0's verb.communication (83 of these 85; 'muse' is verb.cognition, 'tweet' is
# newer), on BBC News 2005 politics texts (8c9120f; 'read' c3b85b6).
REPORTING_VERBS = frozenset("""
say tell add ask insist declare state warn argue claim continue promise explain write reply respond urge
admit counter acknowledge announce comment complain confirm deny describe note observe predict remark report
reveal stress suggest concede contend emphasise emphasize maintain mention quip joke recall call brand
dub label criticise criticize condemn attack accuse blame praise welcome hail dismiss pledge vow boast shout
cry demand plead conclude assert allege apologise apologize protest question wonder muse testify
lament quote recount retort snap tweet post signal caution affirm read""".split())

# Forms of the reporting verbs that the regular suffix rules do not make ('according' stands for 'according to').
# Source: English irregular verbs among the reporting verbs (8c9120f).
IRREGULAR_REPORTING_FORMS = {"said": "say", "told": "tell", "wrote": "write", "written": "write",
                             "according": "according"}

# Nouns whose words are their principal's: 'a Labour spokesman', 'UK officials'.
# Source: hand-made, from BBC News 2005 politics texts (8c9120f).
PROXY_PEOPLE = frozenset("""spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople official
officials source sources representative representatives aide aides""".split())

# Texts whose words are their author's: 'the BBC's statement', 'a letter'.
# Source: hand-made, from BBC News 2005 politics texts (8c9120f).
PROXY_TEXTS = frozenset("statement statements letter website report".split())

# The gender a subject pronoun names.
# Source: English (8c9120f).
PRONOUN_GENDERS = {"he": "m", "she": "f"}

# The gender a spokesperson noun names.
# Source: English (8c9120f).
PROXY_GENDERS = {"spokesman": "m", "spokesmen": "m", "spokeswoman": "f", "spokeswomen": "f"}

# Honorifics and titles of one gender, lower-cased, before a name ('Ms Kelly', 'Lord Ashcroft').
# Source: English forms of address and British titles (8c9120f).
GENDERED_WORDS = {**{w: "m" for w in "mr mr. sir lord king prince father brother baron earl duke".split()},
                  **{w: "f" for w in "mrs mrs. ms ms. miss lady dame baroness queen princess".split()}}

# Subjects that are shares of people asked: their quoted words are a survey's answer, not a quotation
# ('one quarter said they "neither support nor oppose"').
# Source: hand-made, from BBC News 2005 politics texts (8c9120f).
SHARE_WORDS = frozenset("half third thirds quarter quarters majority minority percent per cent %".split())
