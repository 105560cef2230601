"""Words of organisations: head words of their names, the nouns that say a business or a body is
named next to them, their staff, and their legal forms.
"""
# A name ending with one of these is an organisation.
# Source: hand-made: head words of organisations' names in GUM Wikinews and BBC News 2005 texts (a318c6b,
# later commits).
ORGANISATION_WORDS = frozenset("""party company inc inc. corp corp. corporation group bank university college
school institute foundation association council committee ministry department agency fund union club team
movement league society church army force forces police court trust network airlines airways motors exchange
project program programme service services office board commission authority bros bros. brothers
government administration parliament assembly municipality org
times post herald news journal tribune gazette magazine press""".split())

# The last word of a sports club's name ("Manchester United", "Blackburn Rovers", "Wigan Athletic"): the model
# tags them PERSON or GPE as often as ORG. "City" and "Town" end places too ("Mexico City", "Cape Town").
# Source: hand-made, from BBC sport texts (62a48ae).
CLUB_WORDS = frozenset("united rovers wanderers athletic albion hotspur fc afc".split())

# Mastheads: the last word of a newspaper's name ("Edmonton Sun"), but alone the word is something else.
# Source: hand-made (a6f4d56: kind by a name's head word).
NEWSPAPER_WORDS = frozenset("""sun star mail express mirror telegraph guardian observer chronicle courier globe
review""".split())

# Names in Romance and German word order start with their head ("Instituto Gonzaga", "Banca d'Italia").
# Source: hand-made (a6f4d56: kind by a name's head word).
LEADING_ORGANISATION_WORDS = frozenset("""instituto istituto institut universidad università université
universität universidade partido partito parti banco banca compagnie compañía gruppo grupo""".split())

# Nouns for a body's staff, players or members: a name right before one names the body ("Newcastle
# manager Graeme Souness", "Everton's striker", "Lib Dem spokesman"), whatever the model tagged it. Not "MP",
# "candidate" or "president": a place comes before them too ("Edinburgh MSP", "Chechnya's president").
# Source: hand-made, from BBC sport and politics texts (62a48ae, 81315d5).
MEMBER_NOUNS = frozenset("""manager boss coach striker midfielder defender winger goalkeeper keeper skipper captain
chairman squad leader spokesman spokeswoman peer peers""".split())

# Nouns that say a business or medium is named next: "oil giant Yukos", "state-controlled firm Rosneft", "the
# newspaper Kommersant" (not "maker", "broadcaster", "publisher" or "rival": "film maker Michael Moore").
# Source: hand-made, from BBC business texts (20f589c).
BODY_NOUNS_BEFORE = frozenset("""firm company giant group bank carrier airline retailer operator insurer
manufacturer supplier chain conglomerate newspaper paper label studio""".split())

# ... or after it: "the Kommersant newspaper", "Yukos shareholders".
# Source: hand-made, from BBC business texts (20f589c).
BODY_NOUNS_AFTER = frozenset("newspaper firm shareholders subsidiary".split())

# Bodies that seat members for a place: "Member of Parliament for Sheffield Brightside" names a
# seat, not a body for a purpose.
# Source: hand-made (61e3cbb: guards from a BBC spot check).
LEGISLATURES = frozenset({"parliament", "assembly", "congress", "senate"})

# Words that join a head to its complement: "Church of Scientology", "Council on ... Relations".
# Source: hand-made (9340767: partial organisation names).
LINK_WORDS = frozenset({"of", "on", "for"})

# Legal-form and trade words after a body's name: "Veritas" is short for "Veritas Party", "Lenovo" for "Lenovo
# Group", "ATI" for "ATI Technologies Inc.". Not "University" or "Council": "Bristol" is not short for "Bristol
# University".
# Source: hand-made, from ECB+ and BBC bodies' names (446da2b).
LEGAL_FORM_WORDS = frozenset("party group inc inc. corp corp. corporation company co co. plc ltd llc holdings "
                             "airlines airways motors technologies technology systems industries international "
                             "communications networks entertainment pharmaceuticals electronics software".split())

# Words that only say what legal form a company takes: "Hewlett-Packard Co." and "Hewlett-Packard Company"
# are one body, and "HP" stands for both.
# Source: hand-made, from ECB+ bodies' names (158277d).
CORPORATE_SUFFIXES = frozenset("inc inc. corp corp. corporation co co. company ltd ltd. llc plc".split())

# Words an acronym skips ("Confederation of British Industry" is CBI).
# Source: hand-made (446da2b: a body's short form).
CONNECTIVES = frozenset("of and for the & de du des la le".split())

# Unnamed bodies that govern a country: "the government" is the article's country's when one country leads.
# Source: hand-made, from BBC News 2005 politics texts (6555933).
GOVERNMENT_NOUNS = frozenset("government regime administration cabinet executive".split())
