"""Groups of mentions that name no actor of the story: events, laws, products, vehicles, storms, web
addresses, common nouns, and countries seen only as adjectives. The small model tags all of these PERSON, ORG or GPE."""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from generator.clusters import Group, canonical_name
from generator.countries import country_of_name
from generator.names import DOCUMENT_WORDS, EVENT_WORDS

# A model or version designation: letters then a number ("IE6", "STS-134", "COVID-19", "MH17"); when the
# model tags it ORG it is more often a body or channel ("MI6", "ITV1") and stays.
DESIGNATION = re.compile(r"^[A-Z]{2,5}-?\d+[a-z]?$")
# A web address cited as a source ("Gawker.com", "Scientology.org").
WEB_ADDRESS = re.compile(r"\.(com|org|net|gov|edu|info|co\.uk|org\.uk)$", re.IGNORECASE)
# Prefixes of the names of vehicles and storms: a ship, a spacecraft or a cyclone is not an actor
# ("Space Shuttle Atlantis", "USS Cole", "Cyclone Phailin").
THING_PREFIXES = ("Space Shuttle", "Spacecraft ", "HMS ", "USS ", "RMS ", "HMAS ", "HMCS ", "HMNZS ",
                  "Cyclone ", "Hurricane ", "Typhoon ", "Tropical Storm ")


def drop_non_actors(groups: list[Group], docs: list[Doc]) -> list[Group]:
    """Return the groups that name an actor."""
    lower_words = Counter(t.text for doc in docs for t in doc if t.is_lower)
    return [g for g in groups if not only_adjectives(g) and not is_thing(g)
            and not is_common_noun(g, docs, lower_words)]


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
    """Return whether a group names an event, a law, a product or version, a vehicle, a storm or a web address."""
    name = canonical_name(group)
    if DESIGNATION.match(name) and not any(c.label == "ORG" for c in group.candidates):
        return True
    if name.split()[-1].lower() in EVENT_WORDS | DOCUMENT_WORDS or is_located_event(name):
        return True  # an event has its own page among the events; a law is what actors make
    return bool(WEB_ADDRESS.search(name) or name.startswith(THING_PREFIXES))
