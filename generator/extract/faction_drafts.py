"""The working state of faction finding in one article: drafts, label uses, and who each token is."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from generator.lexicons.labels import CLAUSE_DEPS
from generator.records import Actor

MIN_STANCE_WORDS = 3


@dataclass
class Draft:
    """A faction being gathered over one article (mutable while the article is read)."""

    key: str
    names: Counter = field(default_factory=Counter)
    leader: str | None = None
    members: dict[str, str] = field(default_factory=dict)
    stance: str | None = None
    opposes: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)

    def cite(self, sentence: str) -> None:
        """Record a sentence that mentions the faction."""
        if sentence not in self.evidence:
            self.evidence.append(sentence)

    def add_member(self, actor_id: str, sentence: str) -> None:
        """Record a member with the sentence that puts it in the faction."""
        self.members.setdefault(actor_id, sentence)
        self.cite(sentence)


@dataclass(frozen=True)
class LabelUse:
    """One place in the text where a faction is named: its key and the token the label hangs on."""

    key: str
    anchor: Token


class ArticleFactions:
    """Collects the factions of one article from its parsed paragraphs and its actors."""

    def __init__(self, docs: list[Doc], actors: tuple[Actor, ...]) -> None:
        self.docs = docs
        self.actors = {a.id: a for a in actors}
        self.actor_at = token_actor_index(docs, actors)
        self.drafts: dict[str, Draft] = {}
        self.stems: dict[str, str] = {}

    def draft(self, key: str, name: str | None = None) -> Draft:
        """Return the draft of a faction key, creating it; count `name` as one of its names."""
        found = self.drafts.setdefault(key, Draft(key))
        if name:
            found.names[name] += 1
        return found

    def actor_of(self, token: Token) -> Actor | None:
        """Return the actor a token belongs to, if any."""
        actor_id = self.actor_at.get((id(token.doc), token.i))
        return self.actors[actor_id] if actor_id else None

    def person_of(self, token: Token) -> Actor | None:
        """Return the person a token belongs to, if any."""
        actor = self.actor_of(token)
        return actor if actor and actor.kind == "person" else None


def token_actor_index(docs: list[Doc], actors: tuple[Actor, ...]) -> dict[tuple[int, int], str]:
    """Return (doc identity, token index) -> actor id for every actor mention."""
    index = {}
    for actor in actors:
        for m in actor.mentions:
            span = docs[m.paragraph].char_span(m.start, m.end, alignment_mode="expand")
            for token in span or ():
                index[(id(docs[m.paragraph]), token.i)] = actor.id
    return index


def stem(label: str) -> str:
    """Return a crude stem that makes 'pan-democracy', 'pan-democrats' and 'pan-democratic' equal."""
    word = re.sub(r"[^a-z]", "", label.lower())
    for endings in (("ic", "s"), ("cy", "t", "y")):
        for ending in endings:
            if word.endswith(ending) and len(word) > len(ending) + 3:
                word = word[: -len(ending)]
                break
    return word


def possessor(state: ArticleFactions, noun: Token) -> Actor | None:
    """Return the person in "X's camp", if the noun has one."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text in ("'s", "’s") and state.person_of(doc[noun.i - 2]):
        return state.person_of(doc[noun.i - 2])
    return None


def camp_of(state: ArticleFactions, leader: Actor) -> Draft:
    """Return the draft of a person's camp ("Rubio camp"), led by that person."""
    draft = state.draft(f"camp:{leader.id}", f"{leader.name.split()[-1]} camp")
    draft.leader = leader.id
    draft.members.setdefault(leader.id, "")
    return draft


def persons_in(state: ArticleFactions, root: Token, skip: Token | None = None) -> list[Actor]:
    """Return the people named in a phrase, not looking inside its clauses."""
    found, stack = [], [root]
    while stack:
        token = stack.pop()
        if token is skip:
            continue
        if (person := state.person_of(token)) and person not in found:
            found.append(person)
        stack.extend(c for c in reversed(list(token.children)) if c.dep_ not in CLAUSE_DEPS)
    return found
