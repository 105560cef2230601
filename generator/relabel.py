"""Entities the model labelled wrongly that their name or context shows to be actors of another kind:
"the Sydney Morning Herald" tagged EVENT is a newspaper, "FIFA" leads the EVENT "FIFA World Cup",
"fashion designer Halston" tagged GPE is a person."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from generator.countries import is_region_or_country
from generator.names import NEWSPAPER_WORDS, ORGANISATION_WORDS, kind_from_last_word, looks_like_person
from generator.titles import ROLE_HEADS, title_before

# Titles of works stay titles: "No Jennifer Lopez News" is a headline, not a newsroom.
OTHER_LABELS = frozenset({"EVENT", "PRODUCT"})


def relabelled(ent: Span) -> Iterator[Span]:
    """Yield the entity, or for an event or product the organisation its head word or acronym shows;
    an organisation with a person's name glued to its end yields both."""
    if ent.label_ == "ORG" and glued_person(ent):
        yield Span(ent.doc, ent.start, ent.end - 2, label="ORG")
        yield Span(ent.doc, ent.end - 2, ent.end, label="PERSON")
        return
    if ent.label_ not in OTHER_LABELS:
        yield ent
        return
    if ent[-1].lower_ in ORGANISATION_WORDS or (len(ent) > 1 and ent[-1].lower_ in NEWSPAPER_WORDS):
        yield Span(ent.doc, ent.start, ent.end, label="ORG")
    elif leading_acronym(ent):
        yield Span(ent.doc, ent.start, ent.start + 1, label="ORG")


def glued_person(ent: Span) -> bool:
    """Return whether an organisation's last two words are a person's name the model glued on
    ("Council on American-Islamic Relations Alia Salem")."""
    if len(ent) < 4 or not ent[-3].text[:1].isupper() or not ent[-3].is_alpha:
        return False
    return looks_like_person(ent[-2:].text) and kind_from_last_word(ent[:-2].text) is not None


def leading_acronym(ent: Span) -> bool:
    """Return whether an event starts with an organisation's acronym ("FIFA World Cup", "UEFA Euro 2024")."""
    first = ent[0]
    return len(ent) > 1 and first.is_alpha and first.is_upper and len(first) >= 3 and ent[1].text[:1].isupper()


def as_person(ent: Span) -> Span:
    """Return a place-labelled word relabelled PERSON when a role stands before it ("designer Halston")."""
    if ent.label_ not in ("GPE", "LOC", "FAC") or len(ent) != 1 or is_region_or_country(ent.text):
        return ent
    title = title_before(ent)
    if title is None or not any(t.lower_ in ROLE_HEADS for t in title):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="PERSON")
