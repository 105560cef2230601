"""Merges of a body's or a country's names within an article: an acronym joins its long form ("RDIF",
"U.N."), a partial name its full name ("Church" and "Scientology" for "Church of Scientology", "Court"
for "Supreme Court", "Home Office" for "United Kingdom Home Office"), a team's nickname its full name in
a match report ("Colts" for "Indianapolis Colts"), and "the North" the one country of the article named
by that compass word ("North Korea")."""
from __future__ import annotations

from dataclasses import replace

from generator.extract.countries import country_of_demonym, country_of_name
from generator.extract.groups import Group, canonical_name, merge_into, name_key
from generator.extract.kinds import kind_of
from generator.extract.name_shapes import looks_like_person
from generator.lexicons.bodies import LINK_WORDS, NEWSPAPER_WORDS, ORGANISATION_WORDS
from generator.lexicons.labels import PLACE_KINDS
from generator.lexicons.places import COMPASS_WORDS


def merge_acronyms(groups: list[Group]) -> list[Group]:
    """Return groups where an acronym or other name given in parentheses joins its long form ("RDIF")."""
    for long_form in list(groups):
        for acronym in {c.acronym for c in long_form.candidates if c.acronym}:
            short = next((g for g in groups if g.key == name_key(acronym)), None)
            current = next(g for g in groups if g.key == long_form.key)
            groups = merge_into(groups, short, current) if short else groups
    return groups


def initials(name: str) -> str:
    """Return the initials of a name's significant words ("Kennedy Space Center" -> "KSC")."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def merge_initials(groups: list[Group]) -> list[Group]:
    """Return groups where an acronym ("U.N.", "KSC") joins the one longer name it abbreviates."""
    for short in list(groups):
        letters = canonical_name(short).replace(".", "")
        if short.key.startswith("country:") or not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
            continue
        longer = [g for g in groups if g is not short and len(canonical_name(g).split()) > 1
                  and not g.key.startswith("country:") and initials(canonical_name(g)) == letters]
        if len(longer) == 1:
            groups = merge_into(groups, short, longer[0])
    return groups


def head_and_complement(name: str) -> tuple[list[str], str]:
    """Return (head phrase words, complement): (["Church"], "Scientology"), (["Supreme", "Court"], "")."""
    words = name.split()
    link = next((i for i, w in enumerate(words) if w in LINK_WORDS), len(words))
    return words[:link], " ".join(w for w in words[link + 1:] if w.lower() != "the")


def is_partial_of(short: str, full: str) -> bool:
    """Return whether `short` is a partial name of `full` by one of the ways below."""
    head, complement = head_and_complement(full)
    words = short.split()
    return any(way(words, head, complement) for way in PARTIAL_WAYS)


def by_complement(words: list[str], head: list[str], complement: str) -> bool:
    """Return whether the words are the complement or the head phrase ("Scientology", "Church")."""
    return bool(complement) and (" ".join(words) == complement or words == head)


def by_generic_head(words: list[str], head: list[str], complement: str) -> bool:
    """Return whether the words are a generic head ("the Court"); a proper one ("UKIP" in "London UKIP")
    may name a branch."""
    return len(head) > 1 and words == head[-1:] and words[0].lower() in ORGANISATION_WORDS


def without_generic_head(words: list[str], head: list[str], complement: str) -> bool:
    """Return whether the words are the name without its generic head ("Labour" for "Labour Party")."""
    return not complement and head[:-1] == words and head[-1].lower() in ORGANISATION_WORDS | NEWSPAPER_WORDS


def after_country(words: list[str], head: list[str], complement: str) -> bool:
    """Return whether the words end the head phrase after a country ("Supreme Court" for "Italian Supreme
    Court"); other qualifiers make another body ("Social Democratic Party" is not the "Democratic Party")."""
    qualifier = " ".join(head[:-len(words)])
    return 1 < len(words) < len(head) and head[-len(words):] == words and is_country_word(qualifier)


PARTIAL_WAYS = (by_complement, by_generic_head, without_generic_head, after_country)


def is_country_word(text: str) -> bool:
    """Return whether a text names a country or is its demonym ("United Kingdom", "Italian")."""
    return bool(country_of_name(text) or country_of_demonym(text))


def is_place(group: Group) -> bool:
    """Return whether a group is a place: place names nest without naming one place ("Los Angeles" in
    "East Los Angeles", "Bengal" in "Bay of Bengal"), so their partials stay apart."""
    return kind_of(group, known_places=False) in PLACE_KINDS


def is_body(group: Group) -> bool:
    """Return whether a group is an organisation: neither a person, a country nor a place."""
    return not group.is_person and not group.key.startswith("country:") and not is_place(group)


def merge_partial_bodies(groups: list[Group]) -> list[Group]:
    """Return groups where a partial organisation name joins the one longer name it is part of."""
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


def merge_team_nicknames(groups: list[Group]) -> list[Group]:
    """Return groups where a team's plural nickname ("Colts", "Red Sox") joins the one longer name that ends
    with it ("Indianapolis Colts") when one of their mentions reports a game; the team is a body
    whatever the model tagged ("Jaguars" PERSON, "Jacksonville Jaguars" GPE)."""
    for partial in sorted(groups, key=lambda g: len(canonical_name(g).split())):  # "Blazers" before "Trail Blazers"
        short = canonical_name(partial)
        if partial not in groups or partial.key.startswith("country:") or not is_plural_name(short):
            continue  # a singular name after another word is more often a surname ("Hasim Rahman")
        fuller = [g for g in groups if g is not partial and not g.key.startswith("country:")
                  and canonical_name(g).endswith(" " + short)]
        if len(fuller) == 1 and reports_games(partial, fuller[0]) and not names_a_person(fuller[0]):
            team = replace(fuller[0], candidates=tuple(replace(c, body=True) for c in fuller[0].candidates))
            groups = merge_into([team if g is fuller[0] else g for g in groups], partial, team)
    return groups


def is_plural_name(name: str) -> bool:
    """Return whether a capitalised name ends in a plural noun, as teams' nicknames do ("Colts", "Red Sox")."""
    return name[:1].isupper() and name.endswith(("s", "x"))


def names_a_person(group: Group) -> bool:
    """Return whether a longer name may be a person's: tagged PERSON, titled or with a given name ("Vincent
    Jackson", "American Hasim Rahman"); its surname is no team's nickname."""
    return any(c.label == "PERSON" or c.person_title for c in group.candidates) \
        or looks_like_person(canonical_name(group))


def reports_games(*groups: Group) -> bool:
    """Return whether a mention of the groups is in a sentence that reports a game (a score, or two words
    of a match report): "The Colts dominated the final period" alone is no evidence, but the article
    that says it reports games."""
    return any(c.sporting for g in groups for c in g.candidates)
