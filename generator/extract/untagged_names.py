"""Names the model did not tag at all, found by their shape: capitalised words ending in a head word
of a place or organisation ("Mecca's Grand Mosque", "the Irving Police Department"), and the acronym
of the body a person belongs to ("Frederick Fung of ADPL"), an acronym spelled out in parentheses
("FIRST ... (For Inspiration and Recognition of Science and Technology)") or leading an event ("the
FIFA football World Cup"), and a person introduced by a role ("Aner Shalev is an Israeli
mathematician")."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from generator.lexicons.bodies import ORGANISATION_WORDS
from generator.lexicons.function_words import CAPITALISED_DETERMINERS, INTRODUCING_COPULAS, MEMBERSHIP_WORDS
from generator.lexicons.labels import LISTED_LABELS
from generator.lexicons.people import NON_PERSON_WORDS, ROLE_HEADS
from generator.lexicons.places import PLACE_WORDS


def untagged_names(doc: Doc) -> Iterator[Span]:
    """Yield ORG or FAC spans for runs of two or more capitalised untagged words ending in a head word."""
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and is_name_word(token) and not (not run and token.text in CAPITALISED_DETERMINERS):
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


def introduced_people(doc: Doc) -> Iterator[Span]:
    """Yield PERSON spans for untagged names of two or three words introduced by a role: the subject
    of "is/was a <role>" ("Aner Shalev is an Israeli mathematician and writer")."""
    for token in doc:
        if token.dep_ != "nsubj" or token.head.lower_ not in INTRODUCING_COPULAS or not is_name_word(token):
            continue
        if not any(child.dep_ == "attr" and child.lower_ in ROLE_HEADS for child in token.head.children):
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and is_name_word(doc[start - 1]):
            start -= 1
        words = doc[start:token.i + 1]
        if 2 <= len(words) <= 3 and not any(t.lower_ in NON_PERSON_WORDS for t in words):
            yield Span(doc, start, token.i + 1, label="PERSON")


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
    if "(" not in doc.text:
        return
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
    if not starts:
        return
    for token in doc:
        if len(token) < 3 or not is_acronym(token):
            continue
        between = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.i + 1 in starts or (token.i + 2 in starts and between.is_lower and not between.is_stop
                                     and between.pos_ not in ("VERB", "AUX")):
            yield Span(doc, token.i, token.i + 1, label="ORG")


def list_members(doc: Doc) -> Iterator[Span]:
    """Yield the untagged names in a list of three or more whose tagged items mostly share one label:
    "Zeus, Hera, Poseidon, Aphrodite, and Athena" makes Poseidon and Aphrodite people too."""
    for items in name_lists(doc):
        yield from untagged_items(doc, items)


def name_lists(doc: Doc) -> list[list[tuple[int, int]]]:
    """Return the (start, end) items of each list of three or more names in a paragraph (found once per
    paragraph and kept with it: two rules read them)."""
    if "name_lists" not in doc.user_data:
        doc.user_data["name_lists"] = list(find_name_lists(doc))
    return doc.user_data["name_lists"]


def find_name_lists(doc: Doc) -> Iterator[list[tuple[int, int]]]:
    """Yield the items of each list of three or more names, left to right."""
    i = 0
    while i < len(doc):
        items, end = list_at(doc, i)
        if len(items) >= 3:
            yield items
        i = max(end, i + 1)


def list_label(doc: Doc, items: list[tuple[int, int]]) -> str | None:
    """Return the label two or more tagged items of a list share with more than half of them, else None."""
    labels = Counter(doc[start].ent_type_ for start, _ in items if doc[start].ent_type_)
    if not labels:
        return None
    label, count = labels.most_common(1)[0]
    return label if count >= 2 and 2 * count > sum(labels.values()) and label in LISTED_LABELS else None


def list_at(doc: Doc, i: int) -> tuple[list[tuple[int, int]], int]:
    """Return the (start, end) of the items of a list of names starting at token i, and where it ends."""
    items = []
    while (item := name_item(doc, i)) is not None:
        items.append(item)
        i = item[1]
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ in ("and", "or"):
            i += 1
        elif i >= len(doc) or doc[i - 1].text != ",":
            break
    return items, (items[-1][1] if items else i)


def name_item(doc: Doc, i: int) -> tuple[int, int] | None:
    """Return (start, end) of the entity or untagged capitalised run starting at token i, else None."""
    if i >= len(doc):
        return None
    token = doc[i]
    if token.ent_iob_ == "B":
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return i, end
    if not is_name_word(token) or token.is_sent_start:
        return None
    end = i + 1
    while end < len(doc) and is_name_word(doc[end]):
        end += 1
    return i, end


def untagged_items(doc: Doc, items: list[tuple[int, int]]) -> Iterator[Span]:
    """Yield the untagged items labelled as most tagged items are, when two or more agree."""
    label = list_label(doc, items)
    for start, end in items if label else ():
        if not doc[start].ent_type_:
            yield Span(doc, start, end, label=label)


def is_joiner(token) -> bool:
    """Return whether a token joins two words of a name: "&", or a hyphen without spaces."""
    if token.ent_type_ or token.i + 1 >= len(token.doc) or not is_name_word(token.nbor()):
        return False
    return token.text == "&" or (token.text == "-" and not token.whitespace_ and not token.nbor(-1).whitespace_)


def is_name_word(token) -> bool:
    """Return whether a token can be part of an untagged name: a capitalised word outside any entity."""
    return token.is_alpha and token.text[:1].isupper() and not token.ent_type_
