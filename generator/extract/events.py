"""Clause helpers of the interaction layer: which actor each token names, the tokens of a predicate's clause,
a clause cut into a one-line summary, and the guards on mentions that only describe a person.
(The key events themselves are ranked interactions: `interactions.py`, `key_events.py`.)
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.lexicons.function_words import TRAILING_JOINERS
from generator.lexicons.labels import CLAUSE_ROOTS, DESCRIPTOR_DEPS, SUB_CLAUSES
from generator.records import Actor

MAX_SUMMARY_WORDS = 30


def actor_index(docs: list[Doc], actors: tuple[Actor, ...]) -> dict[tuple[int, int], str]:
    """Return (doc identity, token index) -> actor id for every actor mention."""
    index = {}
    for actor in actors:
        for m in actor.mentions:
            for token in docs[m.paragraph].char_span(m.start, m.end, alignment_mode="expand") or ():
                index[(id(token.doc), token.i)] = actor.id
    return index


def clause_tokens(trigger: Token) -> tuple[Token, ...]:
    """Return the tokens of the clause that holds the trigger, without its other sub-clauses."""
    root = trigger
    while root.dep_ not in CLAUSE_ROOTS and root.head is not root:
        root = root.head
    tokens, stack = [], [root]
    while stack:
        token = stack.pop()
        tokens.append(token)
        for child in token.children:
            inside = child.left_edge.i <= trigger.i <= child.right_edge.i
            if child.dep_ not in SUB_CLAUSES and not (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")) or inside:
                stack.append(child)
    return tuple(sorted(tokens, key=lambda t: t.i))


def in_hyphenated_word(token: Token) -> bool:
    """Return whether a token is part of a hyphenated word ("deal" in "deal-making")."""
    doc = token.doc
    after = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
    before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    return after or before


def describes_person(token: Token, actor_at: dict, kinds: dict) -> bool:
    """Return whether a non-person mention only describes a person ("Ukrainian" President X,
    "the U.S. Secretary of State" after a name)."""
    if kinds.get(actor_at.get((id(token.doc), token.i))) == "person":
        return False
    for _ in range(4):
        if token.dep_ not in DESCRIPTOR_DEPS or token.head is token:
            return False
        token = token.head
        if kinds.get(actor_at.get((id(token.doc), token.i))) == "person":
            return True
    return False


def clause_summary(clause: tuple[Token, ...]) -> str:
    """Return a clause (its tokens) as a one-line summary, capitalised, at most MAX_SUMMARY_WORDS words
    ("Microsoft has launched an aggressive campaign to persuade users to stop using IE6")."""
    words = [t for t in clause if not (t.i == clause[0].i and t.lower_ in ("where", "while", "when"))]
    while words and (words[-1].dep_ == "cc" or words[-1].lower_ in TRAILING_JOINERS):
        words.pop()  # a clause cut before its conjunct ends on "and": "... to stop using IE6 and"
    summary = "".join(t.text_with_ws for t in words[:MAX_SUMMARY_WORDS]).strip(" ,.;:")
    if len(words) > MAX_SUMMARY_WORDS:
        summary += " …"
    return summary[:1].upper() + summary[1:]
