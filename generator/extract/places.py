"""Place rules: "City, Region" qualifiers, demonyms used as adjectives ("an Australian woman"), and the
candidates of a place or demonym ("U.S.-Russia" is two countries, "North and South Korea" too)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span

from generator.extract.candidates import Candidate
from generator.extract.countries import country_of_demonym, country_of_name, is_region_or_country, region_countries
from generator.lexicons.function_words import DETERMINERS
from generator.lexicons.labels import AREA_LABELS, PLACE_LABELS
from generator.lexicons.places import LOCATIVE_PREPOSITIONS, PLACE_NOUNS
from generator.records import Mention


def as_place(ent: Span) -> Span:
    """Return the entity relabelled GPE when its context says it is a place, else the entity.

    The context: "town of Yeoncheon", one word qualified by a region ("Evansville, Indiana"), or one
    word qualifying a place ("in Livorno, Tuscany, to pay").
    """
    if ent.label_ in AREA_LABELS or ent.label_ not in ("ORG", "PERSON"):
        return ent
    doc, i = ent.doc, ent.start
    after_place_noun = i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in PLACE_NOUNS
    relabelled = Span(doc, ent.start, ent.end, label="GPE")
    if after_place_noun or (len(ent) == 1 and (region_after(relabelled) is not None or qualifies_place(ent))):
        return relabelled
    return ent


def qualifies_place(ent: Span) -> bool:
    """Return whether one word follows "in <place>," and closes the phrase: the region of that place
    ("in Livorno, Tuscany, to pay"), not a person starting an apposition ("In London, Smith, 45, said")."""
    doc, i = ent.doc, ent.start
    place = next((e for e in doc.ents if e.end == i - 1 and e.label_ in PLACE_LABELS), None)
    if place is None or doc[i - 1].text != "," or place.start == 0 \
            or doc[place.start - 1].lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.text in (".", ";", ")"):
        return True
    follower = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return after.text == "," and follower is not None and follower.is_lower and follower.lower_ not in DETERMINERS


def region_after(ent: Span) -> Span | None:
    """Return the region qualifying a place right after a comma ("Mountain View, California"), or None.

    Only a country or a first-level region qualifies, and two of a kind are a list, not a
    qualified name: "Sweden, Belgium", "Texas, California".
    """
    doc = ent.doc
    if ent.label_ not in AREA_LABELS or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    region = next((e for e in doc.ents if e.start == ent.end + 1), None)
    if region is None or region.label_ not in AREA_LABELS or not is_region_or_country(region.text):
        return None
    return None if listed_together(ent.text, region.text) else region


def listed_together(first: str, second: str) -> bool:
    """Return whether two places are more likely items of a list than a place and its region.

    Two countries are a list; so are two regions of one country. "Durham, North Carolina" is not
    (Durham is an English county) and neither is "Ontario, Canada".
    """
    if country_of_name(first):
        return True
    regions = region_countries()
    return bool(regions.get(first, frozenset()) & regions.get(second, frozenset()))


def qualified_name(ent: Span) -> str | None:
    """Return "City, Region" when a region qualifies the place, else None."""
    region = region_after(ent)
    return ent.doc[ent.start:region.end].text if region is not None else None


def is_adjectival_demonym(ent: Span) -> bool:
    """Return whether an entity is a singular demonym used as an adjective or a language: modifying the
    next word ("Greek court"), or standing without an article ("the discoverer was German", "languages
    like German, Hebrew", "half-Chinese"); "the Chinese" are a people.

    Such a mention describes another entity; it does not make its country an actor of the story.
    """
    doc, text = ent.doc, ent.text
    if text.endswith("s") or country_of_name(text) or not country_of_demonym(text):
        return False
    if ent.end < len(doc) and doc[ent.end].is_alpha:
        return True
    return ent.start == 0 or doc[ent.start - 1].lower_ not in DETERMINERS


def place_candidates(span: Span, label: str, paragraph: int, sentence: int,
                     qualified: str | None = None) -> Iterator[Candidate]:
    """Yield candidates for a place or demonym; "U.S.-Russia" yields one per country.

    A place qualified by its region keeps "Mountain View, California" as an alias: the name that
    tells it from another Mountain View.
    """
    parts = coordinated_countries(span) or split_hyphenated(span)
    for start, end, text in parts:
        country = country_of_name(text) or country_of_demonym(text)
        if country is None and len(parts) > 1:
            parts = [(span.start_char, span.end_char, span.text)]
            break
    for start, end, text in parts:
        country = country_of_name(text) or (country_of_demonym(text) if label in ("NORP", "GPE") else None)
        if label == "NORP" and country is None and not is_group_name(text):
            continue
        name = region_of_state(text[4:] if text.lower().startswith("the ") else text)
        surface = qualified if qualified and len(parts) == 1 else text
        yield Candidate(name=country or name, surface=surface, label=label, country=country,
                        mention=Mention(paragraph, start, end, sentence))


def region_of_state(name: str) -> str:
    """Return the region a formal name names ("State of Texas" -> "Texas"), else the name."""
    match = re.fullmatch(r"(?:State|Commonwealth|Province) of (.+)", name)
    return match.group(1) if match and is_region_or_country(match.group(1)) else name


def coordinated_countries(span: Span) -> list[tuple[int, int, str]]:
    """Return (start, end, country name) of both countries in "North and South Korea", else []."""
    words = span.text.split(" ")
    if len(words) < 4 or words[1] not in ("and", "&"):
        return []
    rest = " ".join(words[3:])
    first, second = f"{words[0]} {rest}", " ".join(words[2:])
    if not (country_of_name(first) and country_of_name(second)):
        return []
    start = span.start_char
    return [(start, start + len(words[0]), first), (start + len(" ".join(words[:2])) + 1, span.end_char, second)]


def split_hyphenated(span: Span) -> list[tuple[int, int, str]]:
    """Return (start, end, text) of each hyphen-joined part of a span ("U.S.-Russia")."""
    parts, offset = [], span.start_char
    for piece in span.text.split("-"):
        parts.append((offset, offset + len(piece), piece))
        offset += len(piece) + 1
    return [p for p in parts if p[2]]


def is_country_compound(span: Span) -> bool:
    """Return whether a span is countries joined by hyphens ("U.S.-Russia"), whatever its label."""
    parts = split_hyphenated(span)
    return len(parts) > 1 and all(country_of_name(text) for _, _, text in parts)


def is_group_name(text: str) -> bool:
    """Return whether a NORP entity names a group of people ("Republicans"), not an adjective."""
    return text[:1].isupper() and text.endswith("s") and " " not in text
