"""The kind of an actor (person, organisation, country, place, group), decided over all its mentions."""
from __future__ import annotations

from collections import Counter

from generator.extract.affiliations import capitals
from generator.extract.countries import is_region_or_country
from generator.extract.groups import Group, canonical_name
from generator.extract.name_shapes import kind_from_last_word, looks_like_person, reads_as_medium
from generator.extract.national_teams import plays_as_team
from generator.lexicons.labels import KIND_OF_LABEL, KIND_PRIORITY


def kind_of(group: Group, known_places: bool = True) -> str:
    """Return the group's kind ("person", "organization", "country", "place", "group"); see `kind_rule`."""
    return kind_rule(group, known_places)[0]


def kind_rule(group: Group, known_places: bool = True) -> tuple[str, str]:
    """Return the group's kind and the rule that decided it, over all its mentions and the shape of its
    name: ("person", "a person's title") for "President Trump".

    A country named mostly as a side in games is its national team, an organisation. A person's
    title makes a person; then a given name ("Margaret Atwood"); then a last word of a place or
    organisation ("... Space Center", "... Party", "... United"); then a body's staff after it ("Everton
    manager", "Lib Dem spokesman"); then a known region or capital; then the model's
    labels, by vote. Without `known_places` a capital the model tagged ORG stays a body: it may
    be short for one ("research at Helsinki" for the University of Helsinki).
    """
    if group.key.startswith("country:"):
        return ("organization", "a country named as a side in games") if plays_as_team(group.candidates) \
            else ("country", "a country's name, code or demonym")
    if any(c.person_title for c in group.candidates):
        return "person", "a person's title"
    name = canonical_name(group)
    if looks_like_person(name):
        return "person", "a given name"
    if kind_from_last_word(name):
        return kind_from_last_word(name), "the head word of the name"
    if any(c.body for c in group.candidates):
        return "organization", "a body's staff or a business noun next to the name"  # "Newcastle manager"
    votes = Counter(KIND_OF_LABEL[c.label] for c in group.candidates if not c.propagated)  # the model's own
    if known_places and len(group.candidates) == 1 and not group.is_person and is_known_place(name) \
            and not group.candidates[0].sporting:
        return "place", "a known place named once"  # tagged ORG: "from Herat, their home"; a club is named more
    kind = max(KIND_PRIORITY, key=lambda kind: (votes[kind], -KIND_PRIORITY.index(kind)))
    if kind == "person" and reads_as_medium(name, group.candidates):
        return "organization", "a medium: named after 'on' or 'via'"
    return kind, "the model's labels, by vote"


def is_known_place(name: str) -> bool:
    """Return whether a word names a country, a region or a capital ("Lukaku" tagged GPE does not)."""
    return is_region_or_country(name) or name in capitals()
