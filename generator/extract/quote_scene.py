"""Whom the words around a quotation name: the article as the speaker rules read it.

A `Scene` knows each token's paragraph and sentence, whether it stands between quotation marks, which
actor's name it is part of, and which reporting verb it is. `referent` says whom a subject names: an
actor ('Ned Temko', 'the cardinal' when one actor holds that role), the body a spokesman or statement
speaks for ('a Labour spokesman'), the antecedent of 'who' or of 'he' and 'she', or someone unnamed.
A pronoun is the person an earlier coordinated clause of its sentence is about, else the subject of the
sentence before, else the nearest earlier speaker of its gender, never the last name read and never a
name between quotation marks.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.name_shapes import is_given_name, nam_dict_lines
from generator.lexicons.labels import SPEAKER_KINDS
from generator.lexicons.people import ROLE_HEADS
from generator.lexicons.speech import (GENDERED_WORDS, PRONOUN_GENDERS, PROXY_GENDERS, PROXY_PEOPLE, PROXY_TEXTS,
                                       SHARE_WORDS)
from generator.records import Actor

PRONOUN_WINDOW = 4  # sentences back to the nearest speaker a pronoun may mean


@dataclass(frozen=True)
class Referent:
    """Whom a subject names: an actor id, or None for someone unnamed ('a spokesman'); gender 'm', 'f', '?'
    (a person's given name of either gender) or None."""

    actor: str | None
    person: bool
    gender: str | None = None
    definite: bool = False  # 'the minister' no actor holds: someone named before, not a new person


@dataclass(frozen=True)
class Record:
    """What one sentence says about who is talking: whom it is about and who speaks in it, if anyone."""

    subject: Referent | None
    speaker: Referent | None
    announces: bool = False  # 'He said:'
    asks: bool = False  # a question: the quotation after it is someone's answer
    narrated: bool = True  # it has words outside quotation marks
    people: tuple[Referent, ...] = ()  # the named people its clauses have as subjects
    named: tuple[Referent, ...] = ()  # the people it names outside quotation marks


@dataclass(frozen=True)
class Scene:
    """An article's parsed paragraphs with its actors, quoted tokens and reporting verbs, by position."""

    docs: list[Doc]
    texts: list[str]  # each paragraph's text: Doc.text joins its tokens again on every call
    sents: list[Span]
    actors: tuple[Actor, ...]
    actor_at: dict[tuple[int, int], Actor]
    quoted: frozenset[tuple[int, int]]
    lemma: Callable[[Token], str | None]  # a reporting verb's lemma ('warned' -> 'warn'), None for other tokens
    genders: dict[str, str | None]
    paragraph_of: dict[int, int]
    sentence_at: dict[tuple[int, int], int]
    sentence_of: dict[tuple[int, int], int]

    def paragraph(self, token: Token) -> int:
        """Return the index of a token's paragraph (0 for the first)."""
        return self.paragraph_of[id(token.doc)]

    def is_quoted(self, token: Token) -> bool:
        """Return whether a token stands between quotation marks (the marks themselves are outside)."""
        return (self.paragraph(token), token.i) in self.quoted

    def sentence(self, token: Token) -> int:
        """Return the article-wide index of a token's sentence (0 for the first)."""
        return self.sentence_of[(self.paragraph(token), token.i)]  # token.sent walks the doc's sentences

    def sentence_at_char(self, paragraph: int, char: int) -> int:
        """Return the index of the paragraph's sentence that holds a character (its last if none does)."""
        indices = sorted(i for (p, _), i in self.sentence_at.items() if p == paragraph)
        return next((i for i in indices if self.sents[i].end_char > char), indices[-1] if indices else 0)

    def actor(self, token: Token) -> Actor | None:
        """Return the actor a token is part of the name of, or None."""
        return self.actor_at.get((self.paragraph(token), token.idx))


def build_scene(docs: list[Doc], texts: list[str], actors: tuple[Actor, ...],
                quoted_ranges: list[tuple[int, int, int]], lemma: Callable[[Token], str | None]) -> Scene:
    """Return the scene of parsed paragraphs, given their texts, their actors, the (paragraph, start, end)
    characters between quotation marks and what tells a reporting verb's lemma."""
    quoted = frozenset((p, t.i) for p, start, end in quoted_ranges
                       for t in docs[p].char_span(start, end, alignment_mode="expand") or () if start <= t.idx)
    actor_at = {(m.paragraph, t.idx): a for a in actors for m in a.mentions
                for t in docs[m.paragraph].char_span(m.start, m.end, alignment_mode="expand") or ()}
    sents = [(p, s) for p, doc in enumerate(docs) for s in doc.sents]
    return Scene(docs=docs, texts=texts, sents=[s for _, s in sents], actors=actors, actor_at=actor_at, quoted=quoted,
                 lemma=lemma, genders={a.id: actor_gender(a, texts) for a in actors if a.kind == "person"},
                 paragraph_of={id(doc): p for p, doc in enumerate(docs)},
                 sentence_at={(p, s.start): i for i, (p, s) in enumerate(sents)},
                 sentence_of={(p, t): i for i, (p, s) in enumerate(sents) for t in range(s.start, s.end)})


@functools.cache
def given_name_genders() -> dict[str, str]:
    """Return {lower-case given name: 'm' or 'f'} for gender-guesser's names of one gender only ({'ruth': 'f',
    ...}; not 'jamie', 'kim' or 'glyn', which its lines also give as '?M', '?F' or the other gender)."""
    codes: dict[str, set[str]] = {}
    for line in nam_dict_lines():
        if line.strip() and line[:1] not in "#=":
            codes.setdefault(line.split()[1].lower(), set()).add(line.split()[0].strip("1"))
    return {name: found.pop().lower() for name, found in codes.items() if len(found) == 1 and found <= {"M", "F"}}


def actor_gender(actor: Actor, texts: list[str]) -> str | None:
    """Return 'm' or 'f' from an honorific before a mention ('Ms Kelly': 'f') or the given name, '?' for a
    given name of either gender ('Jamie Foxx'), None for a name with none ('Lib Dems')."""
    for m in actor.mentions:
        before = texts[m.paragraph][max(0, m.start - 12):m.start].split()
        first = texts[m.paragraph][m.start:m.end].split()[:1]
        for word in before[-1:] + first:
            if word.lower() in GENDERED_WORDS:
                return GENDERED_WORDS[word.lower()]
    first_name = actor.name.split()[0].lower() if " " in actor.name else ""
    return given_name_genders().get(first_name) or ("?" if is_given_name(first_name) else None)


def referent(scene: Scene, token: Token | None, records: list[Record]) -> Referent | None:
    """Return whom a subject token names: an actor, a body's spokesman, a pronoun's antecedent, or someone
    unnamed ('a witness': Referent(None, True)); None inside quotation marks, for 'we' and for two people."""
    if token is None or scene.is_quoted(token):
        return None
    if token.lower_ in PRONOUN_GENDERS:
        return pronoun_referent(scene, token, records)
    if token.lower_ == "it":  # 'The committee said ... It added': a body the sentence before is about
        subject = (previous_record(records, scene.sentence(token)) or Record(None, None)).subject
        return subject if subject is not None and subject.actor and not subject.person else None
    if token.lower_ in ("who", "that") and token.head.dep_ == "relcl":
        return referent(scene, token.head.head, records)  # 'X, who ..., said'
    if token.pos_ == "PRON" or token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children):
        return None  # 'Ryan Crabbe and Gordon Rennie observed': two people, no one speaker
    return noun_referent(scene, token)


def noun_referent(scene: Scene, noun: Token) -> Referent | None:
    """Return whom a noun names: the actor of its name or apposition, a spokesman's body, the one actor a
    definite description fits ('the chancellor'), else someone unnamed; None for a place."""
    actor = named_actor(scene, noun)
    if actor is not None:
        return actor_referent(scene, noun, actor) if actor.kind in SPEAKER_KINDS else None
    if noun.lower_ in PROXY_PEOPLE | PROXY_TEXTS:
        principal = principal_of(scene, noun)
        return Referent(principal.id if principal else None, noun.lower_ in PROXY_PEOPLE,
                        PROXY_GENDERS.get(noun.lower_))
    if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
        described = described_actor(scene, noun)
        return Referent(described.id, described.kind == "person", scene.genders.get(described.id)) \
            if described else Referent(None, noun.lower_ in ROLE_HEADS, definite=True)
    honorific = next((GENDERED_WORDS[c.lower_] for c in noun.lefts if c.lower_ in GENDERED_WORDS), None)
    who = any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in noun.children)
    # 'Mr Cole', 'DiCaprio, who lost out ...': a person the model did not tag
    person = noun.lower_ in ROLE_HEADS or noun.ent_type_ == "PERSON" or honorific is not None or who
    return Referent(None, person, honorific)


def actor_referent(scene: Scene, noun: Token, actor: Actor) -> Referent:
    """Return the referent of a noun naming an actor; for a body, the person or spokesman named with it
    ('Usdaw general secretary John Hannett' -> John Hannett, 'A Department for Transport spokesman')."""
    if actor.kind != "person" and (named := person_named_after(scene, noun)):
        return Referent(named.id, True, scene.genders.get(named.id))
    proxy = next((t for t in noun.subtree if t.i > noun.i and t.lower_ in PROXY_PEOPLE), None)
    if actor.kind != "person" and proxy is not None:  # the spokesman misparsed as the body's modifier
        return Referent(actor.id, True, PROXY_GENDERS.get(proxy.lower_))
    return Referent(actor.id, actor.kind == "person", scene.genders.get(actor.id))


def named_actor(scene: Scene, token: Token) -> Actor | None:
    """Return the actor a noun names itself, by a surname alone or in an apposition ('The chairman, Guy
    Mansfield, ...' -> Guy Mansfield)."""
    actor = scene.actor(token)
    if actor is not None:
        return actor
    if token.pos_ == "PROPN":  # a surname the model did not tag ('Cardinal O'Connor' of Cormac Murphy O'Connor)
        people = [a for a in scene.actors if a.kind == "person" and a.name.split()[-1:] == [token.text]]
        if len(people) == 1:
            return people[0]
    appositions = [scene.actor(c) for c in token.children if c.dep_ == "appos" and not scene.is_quoted(c)]
    return next((a for a in appositions if a is not None and a.kind == "person"), None)


def person_named_after(scene: Scene, noun: Token) -> Actor | None:
    """Return the person named right after a body's name, across title words only ('Usdaw general
    secretary John Hannett' -> John Hannett; not 'Labour, whose leader ...')."""
    for token in noun.doc[noun.i + 1:noun.i + 8]:
        actor = scene.actor(token)
        if actor is not None and actor.kind == "person":
            return actor
        if token.pos_ not in ("PROPN", "NOUN", "ADJ") or scene.is_quoted(token):
            return None
    return None


def principal_of(scene: Scene, noun: Token) -> Actor | None:
    """Return the body a spokesman or statement speaks for ('a Labour spokesman', 'a spokesman for the
    BBC' -> the actor Labour, the BBC), or None."""
    modifiers = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod", "npadvmod")]
    modifiers += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                  for g in c.children if g.dep_ == "pobj"]
    actors = [a for m in modifiers for t in m.subtree if (a := scene.actor(t)) and a.kind in SPEAKER_KINDS]
    return actors[0] if actors else None


def described_actor(scene: Scene, noun: Token) -> Actor | None:
    """Return the one actor a definite description fits ('the cardinal' -> Cardinal Cormac Murphy-O'Connor,
    'the committee' -> the Environment Select Committee), by its roles or its name's words; else None."""
    words = [c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod")] + [noun.lower_]
    phrase = " ".join(words)
    kinds = {"person"} if noun.lower_ in ROLE_HEADS else SPEAKER_KINDS - {"person"}
    fits = [a for a in scene.actors if a.kind in kinds and (
        any(r.title.lower() == phrase or r.title.lower().endswith(" " + phrase) for r in a.roles)
        or (len(words) == 1 and noun.lower_ in a.name.lower().split()))]
    return fits[0] if len(fits) == 1 else None


def previous_record(records: list[Record], i: int) -> Record | None:
    """Return the record of the last sentence before `i` with words outside quotation marks, or None."""
    return next((r for r in reversed(records[:i]) if r.narrated), None)


def pronoun_referent(scene: Scene, pronoun: Token, records: list[Record]) -> Referent | None:
    """Return the person 'he' or 'she' means: the subject of a clause its own is joined to, else the one
    person subject of another clause, else the subject of the sentence before (None if that is someone
    unnamed), else the nearest speaker of its gender, else the one person of its gender named just before."""
    gender, i = PRONOUN_GENDERS[pronoun.lower_], scene.sentence(pronoun)

    def fits(r: Referent | None, known: bool = False) -> bool:  # known: a person's name, not a misread 'Lib Dems'
        return r is not None and r.person and r.gender in ((gender, "?") if known else (None, "?", gender))
    joined, others = earlier_subjects(scene, pronoun)
    if candidate := next((r for t in reversed(joined) if fits(r := referent(scene, t, records))), None):
        return candidate
    if len(people := {r for t in others if fits(r := referent(scene, t, records)) and r.actor}) == 1:
        return people.pop()  # 'Ms Hutt said she hoped "..." Asked about it, she said' (no full stop between)
    previous = previous_record(records, i) or Record(None, None)
    if fits(previous.subject):
        return previous.subject if previous.subject.actor or not previous.subject.definite else None
    if len(people := [r for r in previous.people if fits(r)]) == 1:
        return people[0]  # 'His words came as Cardinal X backed ...'
    speakers = [r.speaker for r in records[max(0, i - PRONOUN_WINDOW):i]]
    if speaker := next((s for s in reversed(speakers) if fits(s, known=True) and s.actor), None):
        return speaker
    named = [r for r in previous.named if fits(r, known=True)]
    return named[0] if len(named) == 1 else None  # 'his confrontation with Sharron Storer. "...," she said'


def earlier_subjects(scene: Scene, pronoun: Token) -> tuple[list[Token], list[Token]]:
    """Return the named subjects before a pronoun in its sentence: of the clauses its own is joined to
    ('X claimed ..., but he said', 'X added: "..." she said'), and of the others, leaving out what it
    reports ('X has failed, he said': X is what was said, not who said it)."""
    verb, joined = pronoun.head, []
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        joined.append(verb.i)
    joined += [a.i for a in pronoun.head.ancestors if scene.lemma(a)]
    reported = {t.i for t in pronoun.head.subtree} | {t.i for t in pronoun.head.ancestors} - set(joined)
    subjects = [t for t in scene.sents[scene.sentence(pronoun)] if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                and t.pos_ != "PRON" and not scene.is_quoted(t)]
    return ([t for t in subjects if t.head.i in joined],
            [t for t in subjects if t.head.i not in joined and t.head.i not in reported])


def depth(token: Token) -> int:
    """Return how many heads lie between a token and its sentence's root (0 for the root)."""
    return sum(1 for _ in token.ancestors)


def inverted_subject(verb: Token) -> Token | None:
    """Return the name after a reporting verb right after a quotation ('"...," said Mr Howard' -> Howard)."""
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if verb.i == 0 or verb.nbor(-1).text not in (",", '"', "”") or after is None or after.pos_ != "PROPN":
        return None
    return after.head if after.dep_ == "compound" else after if after.dep_ in ("dobj", "attr") else None


def is_share(token: Token) -> bool:
    """Return whether a subject counts people asked ('one quarter', '47%', 'a majority')."""
    return token.lower_ in SHARE_WORDS or token.like_num or token.ent_type_ == "PERCENT"
