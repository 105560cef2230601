"""Entities the model labelled wrongly that their name or context shows to be actors of another kind:
"the Sydney Morning Herald" tagged EVENT is a newspaper, "FIFA" leads the EVENT "FIFA World Cup",
"fashion designer Halston" tagged GPE is a person."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from generator.extract.affiliations import capitals
from generator.extract.countries import is_region_or_country
from generator.extract.name_shapes import kind_from_last_word, looks_like_person
from generator.extract.roles import title_before
from generator.extract.untagged_names import is_name_word, list_label, name_lists
from generator.lexicons.bodies import (BODY_NOUNS_AFTER, BODY_NOUNS_BEFORE, LEGISLATURES, NEWSPAPER_WORDS,
                                       ORGANISATION_WORDS)
from generator.lexicons.function_words import POSSESSIVES
from generator.lexicons.labels import EVENT_PRODUCT_LABELS, NAME_PART_LABELS, NOT_NAME_TAGS
from generator.lexicons.people import HONORIFICS, ROLE_HEADS, TITLE_MODIFIERS


def joined_entities(doc: Doc) -> list[Span]:
    """Return the paragraph's entities with the pieces of one name the model split joined: a given name
    and a surname ("Valeska" + "Paris", "Dries" + untagged "Mertens" when it tags "Mertens" elsewhere), and
    a body and its purpose ("the Andy Warhol Foundation" for "the Visual Arts")."""
    ents, joined = [as_listed(ent, labels) for labels in [listed_labels(doc)] for ent in doc.ents], []
    surnames = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    i = 0
    while i < len(ents):
        ent, nxt = ents[i], ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and split_person(ent, nxt):
            joined.append(Span(doc, ent.start, nxt.end, label="PERSON"))
            i += 2
            continue
        if nxt is not None and body_for_purpose(ent, nxt):
            joined.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.text in surnames and is_name_word(after) and split_person(ent, after):
            joined.append(Span(doc, ent.start, ent.end + 1, label="PERSON"))
        elif given_name_before(ent):
            joined.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))
        else:
            joined.append(ent)
        i += 1
    return joined


def given_name_before(ent: Span) -> bool:
    """Return whether an untagged given name stands right before a one-word name ("Junius" Ho, "Vitas"
    Gerulaitis tagged GPE): together they are a person, unless the word is a known place."""
    if ent.label_ not in NAME_PART_LABELS or len(ent) != 1 or ent.start == 0:
        return False
    if ent.label_ != "PERSON" and (is_region_or_country(ent.text) or ent.text in capitals()):
        return False
    before = ent.doc[ent.start - 1]
    if not is_name_word(before) or before.is_stop or before.pos_ in NOT_NAME_TAGS:
        return False  # "My Santorum", "Hey John"
    if before.lower_ in ROLE_HEADS | HONORIFICS | TITLE_MODIFIERS:
        return False
    return looks_like_person(f"{before.text} {ent.text}")


def listed_labels(doc: Doc) -> dict[int, str]:
    """Return entity start -> the label of the list it stands in, for one-word items labelled otherwise
    ("Zeus, Hera, Poseidon and Athena": Athena is a person too); countries keep theirs, and so do
    people (the model tags surnames in a line-up ORG more often than it tags a body PERSON)."""
    found = {}
    for items in name_lists(doc):
        label = list_label(doc, items)
        for start, end in items if label else ():
            word = doc[start]
            if end - start == 1 and word.ent_type_ not in ("", "PERSON", label) and not is_region_or_country(word.text):
                found[start] = label
    return found


def as_listed(ent: Span, labels: dict[int, str]) -> Span:
    """Return the entity with the label of its list, if `labels` gives one."""
    label = labels.get(ent.start) if len(ent) == 1 else None
    return Span(ent.doc, ent.start, ent.end, label=label) if label else ent


def split_person(first: Span, second) -> bool:
    """Return whether one word and the name right after it are a person's given name and surname."""
    if len(first) != 1 or first.label_ not in NAME_PART_LABELS or is_region_or_country(first.text):
        return False
    start = second.start if isinstance(second, Span) else second.i
    single = len(second) == 1 if isinstance(second, Span) else True
    return start == first.end and single and looks_like_person(f"{first.text} {second.text}")


def body_for_purpose(first: Span, second: Span) -> bool:
    """Return whether "<body> for (the) <name>" is one name the model split ("Foundation for the Visual Arts")."""
    doc = first.doc
    if first.label_ != "ORG" or second.label_ != "ORG" or first[-1].lower_ not in ORGANISATION_WORDS:
        return False
    if first[-1].lower_ in LEGISLATURES:
        return False  # "Member of Parliament for Sheffield Brightside": a seat, not the body's name
    link = first.end
    if link + 1 >= len(doc) or doc[link].lower_ != "for" or not second[-1].text[:1].isupper():
        return False
    return second.start == link + 1 or (second.start == link + 2 and doc[link + 1].lower_ == "the")


def relabelled(ent: Span) -> Iterator[Span]:
    """Yield the entity, or for an event or product the organisation its head word or acronym shows;
    an organisation with a person's name glued to its end yields both."""
    if ent.label_ == "ORG" and glued_person(ent):
        yield Span(ent.doc, ent.start, ent.end - 2, label="ORG")
        yield Span(ent.doc, ent.end - 2, ent.end, label="PERSON")
        return
    if ent.label_ not in EVENT_PRODUCT_LABELS:
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


def as_body(ent: Span) -> Span:
    """Return a name relabelled ORG when it is no person's name and a person belongs to it ("Cheng Chung-tai
    of Civic Passion", "Civic Passion's Wong Yeung-tat"), or a noun for a business names it ("oil giant
    Yukos", "the Kommersant newspaper"), whatever the model tagged it."""
    words = [t for t in ent if t.is_alpha]
    if ent.label_ not in ("PERSON", "GPE", "LOC", "FAC") or looks_like_person(" ".join(t.text for t in words)):
        return ent
    if described_as_body(ent):
        return Span(ent.doc, ent.start, ent.end, label="ORG")
    if ent.label_ != "PERSON":
        return ent
    doc = ent.doc
    member_of = ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].ent_type_ == "PERSON"
    possessive_end = ent.end if ent[-1].text in POSSESSIVES else ent.end + 1
    owner = len(words) >= 2 and possessive_end < len(doc) and doc[possessive_end - 1].text in POSSESSIVES \
        and doc[possessive_end].ent_type_ == "PERSON"
    return Span(doc, ent.start, ent.end, label="ORG") if member_of or owner else ent


def described_as_body(ent: Span) -> bool:
    """Return whether a business noun stands right before a name or right after it ("giant Yukos", "the
    Kommersant newspaper"); not a place's name ("the firm Russia sued", "a Hollywood newspaper")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    named = (before is not None and before.is_lower and before.lower_ in BODY_NOUNS_BEFORE) or \
        (after is not None and after.is_lower and after.lower_ in BODY_NOUNS_AFTER
         and (before is None or before.lower_ not in ("a", "an")))  # "a Hollywood newspaper": where it is
    return named and not is_region_or_country(ent.text) and ent.text not in capitals()


def as_person(ent: Span) -> Span:
    """Return a place-labelled word relabelled PERSON when a role stands before it ("designer Halston")."""
    if ent.label_ not in ("GPE", "LOC", "FAC") or len(ent) != 1 or is_region_or_country(ent.text):
        return ent
    title = title_before(ent)
    if title is None or not any(t.lower_ in ROLE_HEADS for t in title):
        return ent
    return Span(ent.doc, ent.start, ent.end, label="PERSON")
