"""The actors and groups an argument names: the token's own actor or group, its possessor or compound modifier,
"he"/"she" and "they" resolved to the last main subject that is a person, or a body, country or group; the
place and the other actors of a predicate's clause.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Span, Token

from generator.extract.events import describes_person
from generator.lexicons.function_words import PERSON_PRONOUNS, PLURAL_PRONOUNS
from generator.lexicons.places import EVENT_PLACE_PREPOSITIONS

TokenKey = tuple[int, int]


@dataclass
class Article:
    """What the rules know of one article: actor and group of each token, kinds, the last person subject."""

    actor_at: dict[TokenKey, str]
    group_at: dict[TokenKey, str]
    kinds: dict[str, str]
    date: dt.date | None
    last_person: str | None = None
    last_body: str | None = None  # the last main subject that is a body, country or group: "they"


def key(token: Token) -> TokenKey:
    """Return the key of a token across the article's Docs."""
    return (id(token.doc), token.i)


def participants(tokens: list[Token], article: Article) -> tuple[str, ...]:
    """Return the actor or group ids the argument tokens name: the token itself, else the name in apposition
    ("spokeswoman Theresa May"), else its possessor or compound modifier ("Labour's pledges" -> Labour); a
    pronoun resolved to the last main subject."""
    found = []
    for token in tokens:
        ids = [article.actor_at.get(key(token)) or article.group_at.get(key(token))]
        if ids[0] is None and token.lower_ in PERSON_PRONOUNS:
            ids = [pronoun_referent(token, article)]
        elif ids[0] is None and token.lower_ in PLURAL_PRONOUNS:
            ids = [article.last_body]
        if ids[0] is None:  # "spokeswoman Theresa May" (apposition) before "Labour's pledges" (possessor)
            near = [c for c in token.children if c.dep_ == "appos"] or \
                [c for c in token.children if c.dep_ in ("poss", "compound")]
            ids = [article.actor_at.get(key(c)) or article.group_at.get(key(c)) for c in near]
        where = token.head.dep_ == "prep" and token.head.lower_ in EVENT_PLACE_PREPOSITIONS
        found += [i for i in ids if i and not (article.kinds.get(i) == "place" and where) and not describes_person(
            token, article.actor_at, article.kinds)]  # "arrived in Amman": a place; "visited Amman": a target
    return tuple(dict.fromkeys(found))


def place_of(clause: tuple[Token, ...], article: Article) -> str | None:
    """Return the place actor named in the predicate's clause after in/at/near ("in Riyadh")."""
    for token in clause:
        actor = article.actor_at.get(key(token))
        if actor and article.kinds.get(actor) == "place" and token.head.lower_ in EVENT_PLACE_PREPOSITIONS:
            return actor
    return None


def clause_actors(clause: tuple[Token, ...], named: tuple[str, ...], article: Article) -> tuple[str, ...]:
    """Return the actors of the predicate's clause that are no argument, place or description of it."""
    found = [article.actor_at.get(key(t)) for t in clause]
    return tuple(dict.fromkeys(a for t, a in zip(clause, found) if a and a not in named
                               and article.kinds.get(a) != "place"
                               and not describes_person(t, article.actor_at, article.kinds)))


def main_subject(sent: Span, article: Article) -> tuple[Token, str] | None:
    """Return the token and person actor that are the subject of a sentence's main verb, if a person is."""
    for token in sent.root.children:
        actor = article.actor_at.get(key(token))
        if token.dep_ in ("nsubj", "nsubjpass") and actor and article.kinds.get(actor) == "person":
            return token, actor
    return None


def pronoun_referent(pronoun: Token, article: Article) -> str | None:
    """Return the person "he" or "she" stands for: the main subject of its sentence if that comes first ("Rubio
    seemed to question how he found himself"), else the last main subject of the sentences before."""
    subject = main_subject(pronoun.sent, article)
    if subject is not None and subject[0].i < pronoun.i:
        return subject[1]
    return article.last_person


def remember_subject(sent: Span, article: Article) -> None:
    """Record the person who is the main subject of the sentence, for "he"/"she" in the next ones, and the
    body, country or group that is, for "they" ("BAA said ... They have said they cannot raise the money")."""
    subject = main_subject(sent, article)
    if subject is not None:
        article.last_person = subject[1]
    for token in sent.root.children:
        named = article.actor_at.get(key(token)) or article.group_at.get(key(token))
        if token.dep_ in ("nsubj", "nsubjpass") and named and article.kinds.get(named) not in ("person", "place"):
            article.last_body = named
