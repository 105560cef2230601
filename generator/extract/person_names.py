"""Merges of one person's names within an article: a surname or a given name alone joins the one full
name it belongs to ("Rubio" -> Marco Rubio), and so do a line-up's initial ("G Thomas") and a name
misspelt once ("Kristin Wilkins" beside "Kristen Wilkins")."""
from __future__ import annotations

from generator.extract.groups import INITIAL, Group, canonical_name, merge_into
from generator.extract.kinds import is_known_place
from generator.extract.name_shapes import looks_like_person


def merge_initialled_names(groups: list[Group]) -> list[Group]:
    """Return groups where an initial and a surname ("G Thomas" in a line-up) join the one person of the
    article with that surname and a given name with that initial ("Gareth Thomas"; the model often tags
    the line-up's names ORG)."""
    for short in list(groups):
        words = canonical_name(short).split()
        if len(words) < 2 or short.key.startswith("country:") or not INITIAL.fullmatch(words[0]):
            continue
        fuller = [g for g in groups if g is not short and (g.is_person or looks_like_person(canonical_name(g)))
                  and len(canonical_name(g).split()) == len(words) and canonical_name(g).split()[1:] == words[1:]
                  and len(canonical_name(g).split()[0]) > 2 and canonical_name(g)[0] == words[0][0]]
        if len(fuller) == 1:
            groups = merge_into(groups, short, fuller[0])
    return groups


def can_be_surname(group: Group) -> bool:
    """Return whether a group could be a person's partial name: a person, or a lone word not an acronym."""
    if group.key.startswith("country:"):
        return False
    name = canonical_name(group)
    one_word = len(name.split()) == 1 and not name.isupper()
    if group.is_person or not one_word or any(c.label == "NORP" for c in group.candidates):
        return group.is_person
    return not any(c.label in ("GPE", "LOC") for c in group.candidates) or not is_known_place(name)


def merge_given_names(groups: list[Group]) -> list[Group]:
    """Return groups where a lone given name ("Daniel") joins the one full name that starts with it."""
    for partial in list(groups):
        if len(canonical_name(partial).split()) != 1 or not can_be_surname(partial) or partial not in groups:
            continue
        fuller = [g for g in groups if g is not partial and g.is_person and len(canonical_name(g).split()) > 1
                  and canonical_name(g).split()[0] == canonical_name(partial)]
        if len(fuller) == 1:
            groups = merge_into(groups, partial, fuller[0])
    return groups


def merge_misspelt_given_names(groups: list[Group]) -> list[Group]:
    """Return groups where a full name written once joins the one person it misspells by a vowel, a
    letter dropped or added in the given name ("Kristin Wilkins" beside three "Kristen Wilkins")."""
    for once in [g for g in full_names(groups) if len(g.candidates) == 1]:
        given, *rest = canonical_name(once).split()
        likely = [g for g in full_names(groups) if len(g.candidates) > 1 and canonical_name(g).split()[1:] == rest
                  and misspelt(given, canonical_name(g).split()[0], vowels_only=True)]
        if len(likely) == 1:
            groups = merge_into(groups, once, likely[0])
    return groups


def merge_misspelt_surnames(groups: list[Group]) -> list[Group]:
    """Return groups where a lone surname written once, that no one bears, joins the one person whose
    surname it misspells by a letter dropped or added ("Water" for Kathryn Waters, "Mauer" for Maurer);
    not its plural ("the Blairs")."""
    for once in [g for g in groups if len(g.candidates) == 1 and len(canonical_name(g).split()) == 1]:
        if not can_be_surname(once):
            continue
        name = canonical_name(once)
        likely = [g for g in full_names(groups) if misspelt(name, canonical_name(g).split()[-1])
                  and name != canonical_name(g).split()[-1] + "s"]  # "the Blairs" are a family
        if len(likely) == 1:
            groups = merge_into(groups, once, likely[0])
    return groups


def full_names(groups: list[Group]) -> list[Group]:
    """Return the groups of people named by more than one word (asked anew after each merge)."""
    return [g for g in groups if g.is_person and len(canonical_name(g).split()) > 1]


def misspelt(word: str, meant: str, vowels_only: bool = False) -> bool:
    """Return whether `word` is `meant` with one letter dropped or added, or (`vowels_only`) one vowel
    for another; words of four letters or more, as shorter names differ by a letter too often."""
    if word == meant or min(len(word), len(meant)) < 4 or not word[:1].isupper():
        return False
    if len(word) == len(meant):
        changed = [(a, b) for a, b in zip(word, meant) if a != b]
        return vowels_only and len(changed) == 1 and all(c in "aeiouy" for c in changed[0])
    short, long = sorted((word, meant), key=len)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def merge_partial_names(groups: list[Group]) -> list[Group]:
    """Return groups where a partial person name ("Rubio") joins the one full name that ends with it."""
    for partial in sorted(groups, key=lambda g: len(canonical_name(g).split())):
        if not can_be_surname(partial) or partial not in groups:
            continue
        words = canonical_name(partial).split()
        fuller = [g for g in groups if g is not partial and g.is_person and not g.key.startswith("country:")
                  and len(canonical_name(g).split()) > len(words) and canonical_name(g).split()[-len(words):] == words]
        if len(fuller) == 1:  # two people share the surname: leave it ambiguous rather than guess
            groups = merge_into(groups, partial, fuller[0])
    return groups
