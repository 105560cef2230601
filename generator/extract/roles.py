"""Titles and roles around a person's name: "Foreign Minister Sergei Lavrov", "Kirill Dmitriev, the head of ..."."""
from __future__ import annotations

from spacy.tokens import Span

from generator.extract.countries import country_of_demonym, is_region_or_country
from generator.extract.name_shapes import is_given_name, looks_like_person
from generator.lexicons.function_words import APPOSITION_STOPS, DETERMINERS
from generator.lexicons.labels import CLAUSE_START_TAGS, NOUN_TAGS
from generator.lexicons.people import (AGENT_ENDINGS, DESCRIPTOR_PREFIXES, HONORIFICS, ROLE_HEADS, TITLE_ENDINGS,
                                       TITLE_MODIFIERS)

MAX_ROLE_TOKENS = 16


def is_title_word(token) -> bool:
    """Return whether a token can be part of a title placed before a name."""
    lower = token.lower_
    if lower in ROLE_HEADS or lower in HONORIFICS or lower in TITLE_MODIFIERS:
        return True
    return token.is_alpha and token.text[:1].isupper() or token.text.endswith(".") and token.text[:1].isupper()


def title_before(name: Span) -> Span | None:
    """Return the title phrase just before a name ("Vice President"), or None."""
    doc, start = name.doc, name.start
    if start == name.sent.start:
        return None
    if doc[start - 1].lower_ not in TITLE_ENDINGS:  # the title ends right before the name: "Minister Lavrov"
        return occupation_before(name)
    if doc[start - 1].lower_ == "former":
        return None  # the name qualifies what follows it: "an associate of former Yukos boss Mikhail Khodorkovsky"
    while start > name.sent.start and is_title_word(doc[start - 1]) and not doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    while start < name.start and doc[start].lower_ in DETERMINERS | {"of", "for"}:
        start += 1
    phrase = doc[start:name.start]
    if not any(t.lower_ in ROLE_HEADS or t.lower_ in HONORIFICS for t in phrase):
        return None
    first_head = next(i for i, t in enumerate(phrase) if t.lower_ in ROLE_HEADS | HONORIFICS | TITLE_MODIFIERS
                      or t.ent_type_ in ("GPE", "NORP"))
    return phrase[first_head:] if len(phrase[first_head:]) else None


def occupation_before(name: Span) -> Span | None:
    """Return the one occupation word that starts a sentence before a person's name ("Coroner Gary Hargrove
    said ...", the model tagging only the name), or None."""
    word = name.doc[name.start - 1]
    if word.i != name.sent.start or word.ent_type_ or not is_occupation_word(word) or not looks_like_person(name.text):
        return None
    return name.doc[word.i:name.start]


def role_text(phrase: Span) -> str | None:
    """Return the role named by a title phrase, without forms of address; None if only those."""
    words = [t.text for t in phrase if t.lower_ not in HONORIFICS]
    has_role = any(t.lower_ in ROLE_HEADS for t in phrase) or (len(phrase) == 1 and is_occupation_word(phrase[0]))
    return " ".join(words) if has_role and words else None


def is_occupation_word(token) -> bool:
    """Return whether a capitalised word reads as an occupation: an agent noun ("After", "Former", "Whatever"
    are not; the tagger tells) that is no given name or place."""
    return (token.is_alpha and token.text[:1].isupper() and token.lower_.endswith(AGENT_ENDINGS)
            and token.tag_ in NOUN_TAGS and not is_given_name(token.text) and not is_region_or_country(token.text))


def leading_word_length(name: Span) -> int:
    """Return 1 (2 after "the") when an occupation, or a demonym in a name tagged PERSON, starts a given name
    and a surname ("Producer Mel Gibson", "American Mark Teixeira"), else 0."""
    start = 1 if len(name) and name[0].lower_ == "the" else 0  # "the American Hasim Rahman"
    if len(name) < start + 3 or not looks_like_person(name[start + 1:].text):
        return 0
    first = name[start]
    if is_occupation_word(first) or (name.label_ == "PERSON" and country_of_demonym(first.text) is not None
                                      and not is_given_name(first.text)):
        return start + 1  # a demonym before a body's name is part of it ("British Royal Navy", "Greek Sky TV")
    return 0


def leading_descriptor_length(name: Span) -> int:
    """Return the length of a hyphenated descriptor glued before a name ("Pan-democrat" Eddie Chu)."""
    if len(name) < 4 or name[1].text != "-" or not name[3].text[:1].isupper():
        return 0
    if name[0].lower_ in DESCRIPTOR_PREFIXES or (name[2].is_lower and len(name) >= 5 and name[4].text[:1].isupper()):
        return 3
    return 0


def leading_title_length(name: Span) -> int:
    """Return how many leading tokens of an entity are a title, form of address or descriptor, or an
    occupation or demonym before a person's name."""
    count = leading_descriptor_length(name)
    rest = name[count:]
    for token in rest:
        position = token.i - rest.start
        if token.lower_ in ROLE_HEADS | HONORIFICS or (token.lower_ in TITLE_MODIFIERS and position < len(rest) - 1
                                                        and rest[position + 1].lower_ in ROLE_HEADS):
            count += 1
        else:
            break
    return count or leading_word_length(name)


def apposition_after(name: Span) -> str | None:
    """Return the role in an apposition after a name ("X, the head of Y, ..." -> "head of Y")."""
    doc, i = name.doc, name.end
    if i >= len(doc) - 1 or doc[i].text != ",":
        return None
    start = i + 1
    if doc[start].is_quote:
        return None  # "... against United,’ the defender told The Guardian": the comma ends a quotation
    # A tensed verb starts a clause, not an apposition: "a lawyer for Yukos, told Judge Clark ..."; not any
    # present tense or pronoun ("reviews editor of Empire" can be tagged VBZ, "himself an ardent activist").
    if doc[start].tag_ in ("VBD", "MD") or doc[start].pos_ == "AUX":
        return None
    if doc[start].lower_ in DETERMINERS:
        start += 1
    end = start
    while end < len(doc) and end < name.sent.end and doc[end].text not in APPOSITION_STOPS \
            and not (end > start and doc[end].tag_ in CLAUSE_START_TAGS):
        end += 1  # up to a verb with a tense or a pronoun: "X, Nintendo Europe's general manager said ..."
    phrase = doc[start:end]
    if not 0 < len(phrase) <= MAX_ROLE_TOKENS or doc[start].ent_type_ == "PERSON":
        return None
    return phrase.text if any(t.lower_ in ROLE_HEADS for t in phrase) else None
