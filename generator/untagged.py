"""Names the model did not tag at all, found by their shape: capitalised words ending in a head word
of a place or organisation ("Mecca's Grand Mosque", "the Irving Police Department"), and the acronym
of the body a person belongs to ("Frederick Fung of ADPL"), an acronym spelled out in parentheses
("FIRST ... (For Inspiration and Recognition of Science and Technology)") or leading an event ("the
FIFA football World Cup")."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from generator.names import ORGANISATION_WORDS, PLACE_WORDS

DETERMINERS = frozenset({"The", "A", "An", "This", "That"})
# "<person> of ADPL", "<person> from the BPA": the acronym after a person is the body they belong to.
MEMBERSHIP_WORDS = frozenset({"of", "from"})


def untagged_names(doc: Doc) -> Iterator[Span]:
    """Yield ORG or FAC spans for runs of two or more capitalised untagged words ending in a head word."""
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and is_name_word(token) and not (not run and token.text in DETERMINERS):
            run.append(token.i)
            continue
        if token is not None and run and is_joiner(token):
            run.append(token.i)  # "Aviation & Space Museum", "Sea-Air-Space Museum"
            continue
        if len(run) >= 2:
            head = doc[run[-1]].lower_
            label = "FAC" if head in PLACE_WORDS else "ORG" if head in ORGANISATION_WORDS else None
            if label:
                yield Span(doc, run[0], run[-1] + 1, label=label)
        run = []


def member_acronyms(doc: Doc) -> Iterator[Span]:
    """Yield ORG spans for untagged acronyms right after "<person> of" or "<person> from" ("Fung of ADPL")."""
    for token in doc:
        if not is_acronym(token):
            continue
        at = token.i - 1 - (token.i >= 1 and doc[token.i - 1].lower_ == "the")
        if at >= 1 and doc[at].lower_ in MEMBERSHIP_WORDS and doc[at - 1].ent_type_ == "PERSON":
            yield Span(doc, token.i, token.i + 1, label="ORG")


def is_acronym(token) -> bool:
    """Return whether a token is an untagged acronym: two to six capital letters outside any entity."""
    return token.is_alpha and token.is_upper and 2 <= len(token) <= 6 and not token.ent_type_


def spelled_out_acronyms(doc: Doc) -> Iterator[Span]:
    """Yield ORG spans for an acronym and the capitalised words in parentheses after it that it abbreviates."""
    for open_ in (t for t in doc if t.text == "("):
        close = next((t.i for t in doc[open_.i + 1:open_.sent.end] if t.text == ")"), None)
        if close is None or close - open_.i < 3:
            continue
        inner = doc[open_.i + 1:close]
        letters = "".join(t.text[0] for t in inner if t.text[:1].isupper())
        if not (inner[0].text[:1].isupper() and inner[-1].text[:1].isupper()):
            continue
        short = next((t for t in doc[open_.sent.start:open_.i] if is_acronym(t) and t.text == letters), None)
        if short is not None:
            yield Span(doc, short.i, short.i + 1, label="ORG")
            yield Span(doc, inner.start, inner.end, label="ORG")


def event_organisers(doc: Doc) -> Iterator[Span]:
    """Yield ORG spans for an untagged acronym leading an event, maybe past one noun ("FIFA football World Cup")."""
    starts = {ent.start for ent in doc.ents if ent.label_ == "EVENT"}
    for token in doc:
        if len(token) < 3 or not is_acronym(token):
            continue
        between = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.i + 1 in starts or (token.i + 2 in starts and between.is_lower and not between.is_stop
                                     and between.pos_ not in ("VERB", "AUX")):
            yield Span(doc, token.i, token.i + 1, label="ORG")


def is_joiner(token) -> bool:
    """Return whether a token joins two words of a name: "&", or a hyphen without spaces."""
    if token.ent_type_ or token.i + 1 >= len(token.doc) or not is_name_word(token.nbor()):
        return False
    return token.text == "&" or (token.text == "-" and not token.whitespace_ and not token.nbor(-1).whitespace_)


def is_name_word(token) -> bool:
    """Return whether a token can be part of an untagged name: a capitalised word outside any entity."""
    return token.is_alpha and token.text[:1].isupper() and not token.ent_type_
