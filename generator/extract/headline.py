"""The headline's actors: a place or body the title names that the body names only inside longer names."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from generator.extract.groups import Group, canonical_name, group_key
from generator.extract.mentions import candidates_of_entity
from generator.lexicons.bodies import ORGANISATION_WORDS
from generator.lexicons.labels import HEADLINE_LABELS
from generator.lexicons.places import PLACE_WORDS
from generator.records import Mention


def add_headline_groups(groups: list[Group], headline: Doc | None, docs: list[Doc],
                        sentence_index: dict) -> list[Group]:
    """Return the groups and, after them, those of `headline_groups` (the same groups without a headline)."""
    return groups if headline is None else groups + headline_groups(headline, groups, docs, sentence_index)


def headline_groups(headline: Doc, groups: list[Group], docs: list[Doc],
                    sentence_index: dict) -> list[Group]:
    """Return a group for each place or body the headline names that the body names only inside longer
    names (and maybe alone, untagged): the headline's "in Toronto" makes Toronto an actor of a story
    whose body names "the Metro Toronto Convention Centre". People are left out: a person in a
    headline is named in the body, and one found only inside a name is a band or a work's title."""
    known = {name for g in groups for name in g.names} | {canonical_name(g) for g in groups}
    keys = {g.key for g in groups}
    mentions = [c.mention for g in groups for c in g.candidates]
    person_words = {w for g in groups if g.is_person for w in canonical_name(g).split()}
    found = []
    for ent in headline.ents:
        name = ent.text.strip()
        if ent.label_ not in HEADLINE_LABELS or name in known or set(name.split()) <= person_words:
            continue  # a body actor already, or a person's name the headline mistook ("Parker" of "Scott Parker")
        spans = [(p, span) for p, span in occurrences(name, docs) if not starts_sentence_alone(span)]
        if not any(inside_longer_name(span, p, mentions) for p, span in spans):
            continue
        candidates = [c for p, span in spans
                      for c in candidates_of_entity(Span(span.doc, span.start, span.end, label=ent.label_,
                                                         span_id=ent.id), p,
                                                    sentence_index[(p, span.sent.start)])]
        key = group_key(candidates[0]) if candidates else None
        if key is not None and key not in keys:
            keys.add(key)
            found.append(Group(key, tuple(candidates)))
    return found


def inside_longer_name(span: Span, paragraph: int, mentions: list[Mention]) -> bool:
    """Return whether a span lies inside another actor's longer mention as a name of its own: not its
    end ("Commons" of "House of Commons") nor its start before a generic head word ("Reliance" of
    "Reliance Group", "Guantanamo" of "Guantanamo Bay"), which are short forms of the same actor."""
    start, end, text = span.start_char, span.end_char, span.doc.text
    for m in mentions:
        if m.paragraph != paragraph or not m.start <= start < end < m.end:
            continue  # elsewhere, the same span, or its end
        rest = text[end:m.end].split()
        if start == m.start and len(rest) == 1 and rest[0].lower() in ORGANISATION_WORDS | PLACE_WORDS:
            continue
        return True
    return False


def occurrences(name: str, docs: list[Doc]) -> Iterator[tuple[int, Span]]:
    """Yield (paragraph, span) for every occurrence of a name's exact words in the body."""
    words = name.split()
    for p, doc in enumerate(docs):
        if name not in doc.text:
            continue
        for i in range(len(doc) - len(words) + 1):
            if all(doc[i + k].text == word for k, word in enumerate(words)):
                yield p, doc[i:i + len(words)]


def starts_sentence_alone(span: Span) -> bool:
    """Return whether a one-word occurrence opens its sentence: capitalised there whatever it is."""
    return len(span) == 1 and span.start == span.sent.start
