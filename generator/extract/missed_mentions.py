"""Mentions the model did not tag: the other occurrences of an actor's names, and a person's surname alone."""
from __future__ import annotations

from dataclasses import replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from generator.extract.candidates import Candidate
from generator.extract.groups import Group, canonical_name
from generator.extract.name_shapes import names_a_body, on_medium
from generator.extract.national_teams import as_side
from generator.records import Mention


def add_missed_mentions(groups: list[Group], docs: list[Doc], sentence_index: dict) -> list[Group]:
    """Return groups with the other occurrences of their names that the model did not tag."""
    if not docs:
        return groups
    matcher = PhraseMatcher(docs[0].vocab)
    surnames = unique_surnames(groups)
    for n, group in enumerate(groups):
        surfaces = {c.name for c in group.candidates if len(c.name) > 1} | surnames.get(n, set())
        matcher.add(str(n), [Doc(docs[0].vocab, words=s.split()) for s in sorted(surfaces)])
    taken = {(c.mention.paragraph, i) for g in groups for c in g.candidates
             for i in range(c.mention.start, c.mention.end)}
    extra: dict[int, list[Candidate]] = {}
    for p, doc in enumerate(docs):
        for match_id, start, end in matcher(doc):
            span = doc[start:end]
            if any((p, i) in taken for i in range(span.start_char, span.end_char)):
                continue
            taken.update((p, i) for i in range(span.start_char, span.end_char))
            source = groups[int(doc.vocab.strings[match_id])].candidates[0]
            mention = Mention(p, span.start_char, span.end_char, sentence_index[(p, span.sent.start)])
            extra.setdefault(int(doc.vocab.strings[match_id]), []).append(
                replace(source, surface=span.text, mention=mention, person_title=False, role=None, acronym=None,
                        adjective=False, propagated=True, sporting=as_side(span),
                        body=source.label != "NORP" and names_a_body(span), medium=on_medium(span)))
    return [replace(g, candidates=g.candidates + tuple(extra.get(n, ()))) for n, g in enumerate(groups)]


def unique_surnames(groups: list[Group]) -> dict[int, set[str]]:
    """Return group index -> {surname} for people whose surname no other actor of the article shares.

    "According to Rathbun" is Mark Rathbun when the model tagged him once by his full name; two
    Browns leave "Brown" alone.
    """
    last_words: dict[str, list[int]] = {}
    for n, group in enumerate(groups):
        words = canonical_name(group).split()
        if group.is_person and len(words) > 1 and len(words[-1]) > 2 and words[-1][:1].isupper():
            last_words.setdefault(words[-1], []).append(n)
    names = {name for g in groups for name in g.names}
    return {found[0]: {word} for word, found in last_words.items() if len(found) == 1 and word not in names}
