"""Partial names of organisations: "Church" and "Scientology" for "Church of Scientology",
"Court" for "Supreme Court", "Home Office" for "United Kingdom Home Office"; and "the North" for the
one country of the article named by that compass word ("North Korea")."""
from __future__ import annotations

from generator.clusters import Group, canonical_name, kind_of, merge_into
from generator.countries import country_of_demonym, country_of_name
from generator.names import NEWSPAPER_WORDS, ORGANISATION_WORDS

# Words that join a head to its complement: "Church of Scientology", "Council on ... Relations".
LINK_WORDS = frozenset({"of", "on", "for"})
PLACE_KINDS = frozenset({"place", "country"})
COMPASS_WORDS = frozenset({"North", "South", "East", "West"})


def head_and_complement(name: str) -> tuple[list[str], str]:
    """Return (head phrase words, complement) of a name: (["Church"], "Scientology"), (["Supreme", "Court"], "")."""
    words = name.split()
    link = next((i for i, w in enumerate(words) if w in LINK_WORDS), len(words))
    return words[:link], " ".join(w for w in words[link + 1:] if w.lower() != "the")


def is_partial_of(short: str, full: str) -> bool:
    """Return whether `short` names `full` by its complement, its head phrase, its generic head word,
    the words before that head, or the rest of its head phrase after a country ("Court", "Supreme Court" for "Italian Supreme
    Court of Cassation").

    Other leading words make another body: "Democratic Party" is not the "Social Democratic Party".
    """
    head, complement = head_and_complement(full)
    words = short.split()
    if short == complement or (words == head and complement):
        return True
    if words == head[-1:] and short.lower() in ORGANISATION_WORDS:
        return True  # a generic head ("the Court"); a proper one ("UKIP" in "London UKIP") may be a branch
    if not complement and head[:-1] == words and head[-1].lower() in ORGANISATION_WORDS | NEWSPAPER_WORDS:
        return True  # the name without its generic head: "Labour" for "Labour Party", "Freedom" for "Freedom Magazine"
    qualifier = " ".join(head[:-len(words)])
    return 1 < len(words) < len(head) and head[-len(words):] == words and is_country_word(qualifier)


def is_country_word(text: str) -> bool:
    """Return whether a text names a country or is its demonym ("United Kingdom", "Italian")."""
    return bool(country_of_name(text) or country_of_demonym(text))


def is_place(group: Group) -> bool:
    """Return whether a group is a place: place names nest without naming one place ("Los Angeles" in
    "East Los Angeles", "Bengal" in "Bay of Bengal"), so their partials stay apart."""
    return kind_of(group) in PLACE_KINDS


def is_body(group: Group) -> bool:
    """Return whether a group is an organisation: neither a person, a country nor a place."""
    return not group.is_person and not group.key.startswith("country:") and not is_place(group)


def merge_partial_bodies(groups: list[Group]) -> list[Group]:
    """Return groups where a partial organisation or place name joins the one longer name it is part of."""
    for partial in sorted(groups, key=lambda g: -len(canonical_name(g).split())):  # longest first: chains
        if partial not in groups or not is_body(partial):
            continue
        short = canonical_name(partial)
        fuller = [g for g in groups if g is not partial and is_body(g)
                  and len(canonical_name(g)) > len(short) and is_partial_of(short, canonical_name(g))]
        if len(fuller) == 1:
            groups = merge_into(groups, partial, fuller[0])
    return groups


def merge_compass_metonyms(groups: list[Group]) -> list[Group]:
    """Return groups where "the North" joins the one country whose name starts with it ("North Korea")."""
    for short in [g for g in groups if canonical_name(g) in COMPASS_WORDS and not g.is_person]:
        countries = [g for g in groups if g.key.startswith("country:")
                     and canonical_name(g).split()[0] == canonical_name(short)]
        if len(countries) == 1:
            groups = merge_into(groups, short, countries[0])
    return groups
