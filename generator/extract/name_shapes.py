"""What a name's shape says about its kind: given names, and head words of places and organisations."""
from __future__ import annotations

import functools
from pathlib import Path

import gender_guesser

from generator.lexicons.bodies import (CLUB_WORDS, LEADING_ORGANISATION_WORDS, MEMBER_NOUNS, NEWSPAPER_WORDS,
                                       ORGANISATION_WORDS)
from generator.lexicons.function_words import MEDIUM_PREPOSITIONS
from generator.lexicons.people import DIMINUTIVE_ENDINGS, NON_PERSON_WORDS
from generator.lexicons.places import PLACE_PREFIXES, PLACE_WORDS


@functools.cache
def short_given_names() -> frozenset[tuple[str, str]]:
    """Return gender-guesser's pairs of one given name's forms ("fred", "frederick"), both ways, lower case.

    Its data file lists 748 such pairs; they are fewer than a nickname table's ("ian" is not "john", "billy"
    not "robert"), which suits joining two people's pages on them.
    """
    pairs = set()
    for line in nam_dict_lines():
        if line.startswith("= "):
            short, full = (word.lower().replace("+", " ") for word in line.split()[1:3])
            pairs.update({(short, full), (full, short)})
    return frozenset(pairs)


def same_given_names(first: str, second: str) -> bool:
    """Return whether two lower-case given names are one, written out or cut short ("fred", "frederick"):
    forms that differ more ("robbie" and "robin", "steve" and "stephen", "jim" and "james") are also two
    people's names often enough ("Robbie Williams", "Robin Williams") to keep their pages apart."""
    short, full = sorted((first, second), key=len)
    if first == second:
        return True
    if full in {short + ending for ending in DIMINUTIVE_ENDINGS} | {short + short[-1] + "y", short + short[-1] + "ie"}:
        return False  # "johnny" is a form of "john" but "Johnny O'Connor" and "John O'Connor" are two men
    return full.startswith(short) and (short, full) in short_given_names()


def nam_dict_lines() -> list[str]:
    """Return the lines of gender-guesser's data file."""
    data = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    return data.read_text(encoding="utf-8").splitlines()


@functools.cache
def given_names() -> frozenset[str]:
    """Return gender-guesser's given names (~61,000 with spelling variants), lower case, loaded once.

    Read from the package's own data file, as its `Detector` reads it, but keeping only the names:
    the Detector also parses per-country frequencies we never use, line by line through `codecs`,
    which cost 0.8 s in every extraction worker (this takes a tenth of that).
    """
    names = set()
    for line in nam_dict_lines():
        if line[:1] not in ("#", "=", ""):
            name = line.split()[1].lower()
            # "+" joins the parts of a compound name written with nothing, a space or a hyphen between
            names.update(name.replace("+", joint) for joint in ("", " ", "-"))
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """Return whether a word is a known given name, in any case ("Marco", "MARCO")."""
    return word.lower() in given_names()


def looks_like_person(name: str) -> bool:
    """Return whether a 2-3 word name starts with a known given name and ends like a surname."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() in NON_PERSON_WORDS | CLUB_WORDS:
        return False
    if words[0].lower() in PLACE_PREFIXES:
        return False  # "San" and "Santa" are given names too, but "San Francisco" is a city
    if not all(w[:1].isupper() for w in words):
        return False
    return is_given_name(words[0])


def on_medium(span) -> bool:
    """Return whether a name follows "on" or "via": where things are posted or aired ("posted on Twitter")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in MEDIUM_PREPOSITIONS


def reads_as_medium(name: str, candidates) -> bool:
    """Return whether a one-word name the model calls a person is a medium: no given name, and two or
    more mentions after "on" or "via" ("on Twitter"; people are rarely "on" anything twice)."""
    return " " not in name and not is_given_name(name) and sum(c.medium for c in candidates) >= 2


def kind_from_last_word(name: str) -> str | None:
    """Return 'place' or 'organization' when the name's head word says so, else None.

    The head is the last word before "of", "on" or "for" ("Museum of Flight", "Council on ..."), else
    the last word; in Romance word order the first ("Instituto Gonzaga").
    """
    words = [w.lower() for w in name.split()]
    if words and words[0] in LEADING_ORGANISATION_WORDS:
        return "organization"
    link = next((i for i, w in enumerate(words) if i and w in ("of", "on", "for")), None)
    if link and words[link] == "for":
        return "organization"  # a body for a purpose: "Centre for Social Evolution", "Council for ..."
    head = words[link - 1] if link else words[-1] if words else ""
    for word in dict.fromkeys([head, words[-1] if words else ""]):
        if word in PLACE_WORDS:
            return "place"
        if word in ORGANISATION_WORDS or word in CLUB_WORDS or (word in NEWSPAPER_WORDS and len(words) > 1):
            return "organization"
    return None


def names_a_body(span) -> bool:
    """Return whether a name is followed by a noun for a body's staff or members ("Everton's manager")."""
    doc, after = span.doc, span.end
    if after < len(doc) and doc[after].text in ("'s", "’s"):
        after += 1
    return after < len(doc) and doc[after].lower_ in MEMBER_NOUNS
