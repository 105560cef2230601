"""Groups of mentions that name no actor of the story: events, laws, products, vehicles, storms, web
addresses, common nouns, and countries seen only as adjectives. The small model tags all of these PERSON, ORG or GPE."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from generator.extract.countries import country_of_name
from generator.extract.groups import Group, canonical_name
from generator.extract.kinds import is_known_place
from generator.extract.name_shapes import is_given_name, kind_from_last_word, looks_like_person
from generator.extract.quotes import is_title
from generator.lexicons.function_words import COPULAS, QUOTATION_MARKS
from generator.lexicons.labels import VERB_TAGS
from generator.lexicons.things import (AWARD_NOUNS, AWARD_PARTICIPLES, CONCEPT_ENDINGS, COUNTED_NOUNS, DOCUMENT_WORDS,
                                       EVENT_WORDS, FAITH_WORDS, SCORE_JOINERS, THING_NOUNS, THING_PREFIXES, TIME_ZONES)

# A model or version designation: letters then a number ("IE6", "STS-134", "COVID-19", "MH17"); when the
# model tags it ORG it is more often a body or channel ("MI6", "ITV1") and stays.
DESIGNATION = re.compile(r"^[A-Z]{2,5}-?\d+[a-z]?$")
# A web address cited as a source ("Gawker.com", "Scientology.org").
WEB_ADDRESS = re.compile(r"\.(com|org|net|gov|edu|info|co\.uk|org\.uk)$", re.IGNORECASE)
# A version number after a name ("Internet Explorer 9", "Windows 7"): one or two digits, maybe dotted;
# four digits are more often a year ("Expo 2016").
VERSION = re.compile(r"^\d{1,2}(\.\d+)*$")
# Longer quoted words than this are speech, however they are capitalised.
MAX_TITLE_WORDS = 16


def drop_non_actors(groups: list[Group], docs: list[Doc]) -> list[Group]:
    """Return the groups that name an actor."""
    lower_words = Counter(t.text for doc in docs for t in doc if t.is_lower)
    return [g for g in groups if not only_adjectives(g) and not is_thing(g) and not is_belief(g)
            and not is_common_noun(g, docs, lower_words) and not is_product(g, docs) and not is_named_thing(g, docs)
            and not is_award(g, docs)]


def is_named_thing(group: Group, docs: list[Doc]) -> bool:
    """Return whether a group names a craft or a work: its noun right before a mention ("cruise ship
    Freewinds", "the film Easy Rider"), or a mention is the subject of "is a ... capsule" ("Stardust is a
    NASA space capsule"); not where the name does something ("the book Obama wrote")."""
    if group.key.startswith("country:") or any(c.person_title for c in group.candidates):
        return False
    for c in group.candidates:
        doc = docs[c.mention.paragraph]
        first, last = token_at(doc, c.mention.start), token_at_end(doc, c.mention.end)
        if first is None or last is None:
            continue
        noun = doc[first.i - 1] if first.i > 0 else None
        if noun is not None and noun.lower_ in THING_NOUNS and noun.pos_ not in VERB_TAGS and last.dep_ != "nsubj":
            return True  # "the film Easy Rider"; not "Tautou will play Hanks"
        if last.dep_ == "nsubj" and last.head.lower_ in COPULAS and any(
                t.dep_ == "attr" and t.lower_ in THING_NOUNS for t in last.head.children):
            return True
    return False


def is_award(group: Group, docs: list[Doc]) -> bool:
    """Return whether half the mentions or more name an award: an award noun follows ("Oscar nominations"),
    "-nominated" or "-winning" is glued on, or "an" before and a preposition after ("up for an Oscar for")."""
    name = canonical_name(group)
    if group.key.startswith("country:") or any(c.person_title for c in group.candidates) \
            or is_known_place(name) or looks_like_person(name) or kind_from_last_word(name):
        return False  # "a California 'shield' law", "an Edward Steichen and Andy Warhol exhibit", "... Party"
    awards = 0
    for c in group.candidates:
        doc = docs[c.mention.paragraph]
        first, last = token_at(doc, c.mention.start), token_at_end(doc, c.mention.end)
        if first is None or last is None or last.i + 1 >= len(doc):
            continue
        after = doc[last.i + 1]
        glued = after.text == "-" and not last.whitespace_ and last.i + 2 < len(doc) \
            and doc[last.i + 2].lower_ in AWARD_PARTICIPLES
        counted = first.i > 0 and doc[first.i - 1].text in ("a", "an", "An") and (
            after.text in (".", ",", ";") or after.pos_ == "ADP")  # not "a BBC spokesman", "A Masi" (an initial)
        awards += after.lower_ in AWARD_NOUNS or glued or counted
    return 2 * awards >= len(group.candidates)


def token_at_end(doc: Doc, char: int):
    """Return the token that ends at a character offset, else None."""
    i = token_offsets(doc)[1].get(char)
    return None if i is None else doc[i]


def is_product(group: Group, docs: list[Doc]) -> bool:
    """Return whether a group names a product or a work: a version follows half its mentions or more
    ("Internet Explorer 9"; the maker of the "Commodore 64" is named alone more often), it is glued to
    versions ("IE6", "IE9" -> "IE"), it ends a product's name, or every mention is a quoted title."""
    name = canonical_name(group)
    if group.key.startswith("country:") or looks_like_person(name) or any(c.person_title for c in group.candidates):
        return False
    if is_known_place(name):
        return False  # "in London 13 years ago"
    if glued_to_versions(name, docs) or ends_a_product(name, docs):
        return True
    mentions = [(docs[c.mention.paragraph], c.mention) for c in group.candidates]
    versions = sum(versioned(doc, m.start, m.end) for doc, m in mentions)
    return 2 * versions >= len(mentions) or all(in_quoted_title(doc, m.start, m.end) for doc, m in mentions)


def token_at(doc: Doc, char: int):
    """Return the token that starts at a character offset, else None."""
    i = token_offsets(doc)[0].get(char)
    return None if i is None else doc[i]


def token_offsets(doc: Doc) -> tuple[dict[int, int], dict[int, int]]:
    """Return ({start offset: token index}, {end offset: token index}), the first token of each,
    built once per paragraph: a scan of the paragraph per lookup made extraction 15% slower."""
    if "token_offsets" not in doc.user_data:
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        for t in doc:
            starts.setdefault(t.idx, t.i)
            ends.setdefault(t.idx + len(t), t.i)
        doc.user_data["token_offsets"] = (starts, ends)
    return doc.user_data["token_offsets"]


def versioned(doc: Doc, start: int, end: int) -> bool:
    """Return whether the name between two character offsets is followed by a version number: not a
    score ("Sweden 1 – 0"), a count ("London 13 years ago") or a line-up's minute ("(Cisse 76)")."""
    after = token_at(doc, end + 1) or token_at(doc, end)
    if after is None or not VERSION.match(after.text) or after.idx - end > 1:
        return False
    if after.i + 1 >= len(doc):
        return True
    follower, first = doc[after.i + 1], token_at(doc, start)
    if follower.text.lower() in SCORE_JOINERS | COUNTED_NOUNS | {","}:
        return False
    return not (follower.text == ")" and first is not None and first.i > 0 and doc[first.i - 1].text == "(")


def ends_a_product(name: str, docs: list[Doc]) -> bool:
    """Return whether a name is the short form of a longer name the model tags as a product in the same
    article ("Chrome" after "Google Chrome", "iPod" after "Apple iPod"); the model also tags some people
    as products, so not a name with a given name in it ("Justin Gatlin", "prop Phil Vickery")."""
    return any(ent.label_ == "PRODUCT" and ent.text.endswith(" " + name)
               and not any(is_given_name(word) for word in ent.text.split()) for doc in docs for ent in doc.ents)


def glued_to_versions(name: str, docs: list[Doc]) -> bool:
    """Return whether an acronym also appears with a version glued on, twice or more ("IE6", "IE9")."""
    if not (name.isupper() and name.isalpha()):
        return False
    pattern = re.compile(rf"^{re.escape(name)}\d{{1,2}}$")
    return sum(bool(pattern.match(t.text)) for doc in docs if name in doc.text for t in doc) >= 2


def in_quoted_title(doc: Doc, start: int, end: int) -> bool:
    """Return whether a name stands alone between quotation marks ("Countdown") or inside quoted words
    that read as a title ("Andy Warhol: Photographs and Prints from the University Collection")."""
    first, last = token_at(doc, start), token_at_end(doc, end)
    if first is None or last is None:
        return False
    sentence = first.sent
    opening = next((t for t in reversed(doc[sentence.start:first.i]) if t.text in QUOTATION_MARKS), None)
    closing = next((t for t in doc[last.i + 1:sentence.end] if t.text in QUOTATION_MARKS), None)
    if opening is None or closing is None or not opens(opening) or not closes(closing):
        return False
    inside = doc[opening.i + 1:closing.i]
    return (opening.i + 1, closing.i) == (first.i, last.i + 1) or (len(inside) <= MAX_TITLE_WORDS
                                                                  and is_title(inside.text))


def opens(mark) -> bool:
    """Return whether a quotation mark opens a quote: a space before it, none after (the apostrophe of
    "Critics' Circle" does not)."""
    return (mark.i == 0 or bool(mark.doc[mark.i - 1].whitespace_)) and not mark.whitespace_


def closes(mark) -> bool:
    """Return whether a quotation mark closes a quote: glued to the word before it."""
    return mark.i > 0 and not mark.doc[mark.i - 1].whitespace_


def is_belief(group: Group) -> bool:
    """Return whether a group names a faith, its followers or rites, or an idea ("Islam", "Muslims", "Islamophobia")."""
    name = canonical_name(group)
    if " " in name or any(c.person_title for c in group.candidates):
        return False  # "Mr Hajj" is a man
    return name.lower() in FAITH_WORDS or name.lower().endswith(CONCEPT_ENDINGS)


def is_common_noun(group: Group, docs: list[Doc], lower_words: Counter) -> bool:
    """Return whether a one-word name is a common noun, capitalised mostly where it starts a sentence.

    "Iodine is ..." is tagged PERSON where the article speaks of "iodine" more often; "Labour" in
    the middle of sentences stays a party even where the text mentions "labour".
    """
    name, mentions = canonical_name(group), group.candidates
    if " " in name or lower_words[name.lower()] <= len(mentions):
        return False
    initial = sum(starts_sentence(docs[c.mention.paragraph], c.mention.start) for c in mentions)
    return 2 * initial >= len(mentions)


def starts_sentence(doc: Doc, start: int) -> bool:
    """Return whether the word at a character offset is the first word of its sentence."""
    token = next((t for t in doc if t.idx == start), None)
    return token is not None and all(t.is_punct for t in doc[token.sent.start:token.i])


def only_adjectives(group: Group) -> bool:
    """Return whether a country is named only by demonyms modifying other words ("Estonian team")."""
    return all(c.adjective for c in group.candidates)


def is_located_event(name: str) -> bool:
    """Return whether a name is an event followed by its place or year ("Fan Expo Canada", "World Cup 2018")."""
    words = name.split()
    at = next((i for i, w in enumerate(words[:-1]) if w.lower() in EVENT_WORDS), None)
    rest = " ".join(words[at + 1:]) if at is not None else ""
    return bool(rest) and (rest.isdigit() or country_of_name(rest) is not None)


def is_thing(group: Group) -> bool:
    """Return whether a group names an event, a law, a product or version, a vehicle, a storm, a web address,
    a time zone, or is one letter."""
    name = canonical_name(group)
    if len(name) == 1:
        return True  # a letter the model tagged in a line-up ("S Williams; S Jones")
    if DESIGNATION.match(name) and not any(c.label == "ORG" for c in group.candidates):
        return True
    if name.split()[-1].lower() in EVENT_WORDS | DOCUMENT_WORDS or is_located_event(name):
        return True  # an event has its own page among the events; a law is what actors make
    return bool(WEB_ADDRESS.search(name) or name.startswith(THING_PREFIXES) or name in TIME_ZONES)
