"""Words of people: roles and forms of address around a name, titles' modifiers, and the parts of a
name that are not the person's own (a diminutive's ending, "Jr").
"""
from generator.lexicons.bodies import NEWSPAPER_WORDS, ORGANISATION_WORDS
from generator.lexicons.places import PLACE_WORDS

# Nouns that make a phrase a role or office. Lower case; matched against token.lower_.
# Source: hand-made: role nouns of the seed article and of GUM Wikinews and BBC News 2005 texts (7175134, grown since).
ROLE_HEADS = frozenset("""
president vice-president president-elect minister secretary adviser advisor envoy ambassador
chancellor senator sen. governor gov. mayor spokesman spokeswoman spokesperson chairman chairwoman
chair chairperson director head leader chief ceo founder king queen prince princess general gen.
commander premier judge justice representative rep. congressman congresswoman mp lawmaker deputy
officer official prosecutor attorney commissioner coach captain pope cardinal bishop archbishop
sheikh emir negotiator diplomat economist analyst professor prof. correspondent editor executive
manager inspector sergeant lieutenant colonel admiral marshal associate aide candidate
actor actress singer musician artist designer photographer novelist poet journalist reporter columnist
activist athlete striker goalkeeper midfielder defender scientist researcher sheriff
writer author mathematician physicist historian lawyer
""".split())

# Forms of address: they mark a person but are not a role.
# Source: hand-made (7175134).
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady".split())

# Lower-case words that may sit inside a title ("vice president", "foreign minister", "head of state").
# Source: hand-made (7175134, grown since).
TITLE_MODIFIERS = frozenset("""
vice deputy former acting interim foreign prime special senior top assistant executive general
national security defence defense finance economy interior trade health education state affairs
of the for chief first opposition party shadow regional federal supreme emeritus home
""".split())

# Words a title can end with ("Secretary of State"): never a bare "of", "the" or "for".
# Source: derived from the three tables above.
TITLE_ENDINGS = (ROLE_HEADS | HONORIFICS | TITLE_MODIFIERS) - {"of", "the", "for"}

# "pro-Beijing DAB", "anti-war Labour MP": prefixes of a stance, never part of a name.
# Source: hand-made, from Hong Kong politics texts of the faction benchmark (6fa6379).
DESCRIPTOR_PREFIXES = frozenset("pro anti pan non ex".split())

# Endings of agent nouns: one capitalised before a given name says what the person does ("Producer Mel Gibson",
# "Sprinter Kelly Holmes", "Coroner Gary Hargrove"), in names the model tagged whole.
# Source: English derivational suffixes of agent nouns (c8403bf).
AGENT_ENDINGS = ("er", "or", "ist", "ian")

# Endings that make a diminutive of a given name ("jimmy", "charlie"): a form of its own, not the name written out.
# Source: English diminutive suffixes of given names (c8403bf).
DIMINUTIVE_ENDINGS = ("y", "ie", "ey")

# Generation suffixes: "Hank Williams" and "Hank Williams Jr" are father and son.
# Source: hand-made (7175134).
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Head words that end no person's name.
# Source: derived from the head words of places, bodies and newspapers.
NON_PERSON_WORDS = PLACE_WORDS | ORGANISATION_WORDS | NEWSPAPER_WORDS

# Person and group nouns too general to be a group actor unless something says whose ("Labour members", not
# "people").
# Source: hand-made (e7cc8af).
GENERIC_PERSON_NOUNS = frozenset("people person man woman men women member members others group one ones public "
                                 "family friend friends child children kid kids someone anyone everyone".split())
