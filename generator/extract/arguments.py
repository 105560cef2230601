"""Arguments of a predicate from the dependency parse: who acts (source), on whom (targets), whether it happened
(realis) and when. The rules follow PETRARCH2 / UniversalPetrarch: the subject or a passive's by-agent is the
source, the object, a passive's subject and the objects of against/with/on/to/over are targets; a verb under
"to" takes the object (else the subject) of the verb above it ("urged Labour to vote": Labour votes).
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from generator.extract.dates import resolve_date
from generator.lexicons.function_words import (CONDITION_MARKERS, FUTURE_AUXILIARIES, MODAL_AUXILIARIES,
                                               OBLIGATION_AUXILIARIES, RECENT_WORDS, RELATIVIZERS,
                                               TARGET_PREPOSITIONS)
from generator.lexicons.labels import DATE_LINKS, NOUN_DATE_DEPS, OBJECT_DEPS, SUBJECT_DEPS
from generator.records import EventDate

# A date phrase that is a clock time, not a day ("1230 GMT", "10.30am").
CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]?\d{2}\s*(?:GMT|BST|UTC|am|pm)\b|\b(?:GMT|BST)\b", re.IGNORECASE)


def conjuncts(token: Token) -> list[Token]:
    """Return a token and the tokens coordinated with it ("Rubio and Waltz" -> [Rubio, Waltz])."""
    found, todo = [], [token]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(c for c in current.children if c.dep_ == "conj" and c.pos_ == current.pos_ or
                    c.dep_ == "conj" and current.pos_ in ("PROPN", "NOUN") and c.pos_ in ("PROPN", "NOUN"))
    return sorted(found, key=lambda t: t.i)


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Return the source tokens of a verb: its subject or by-agent, else what it inherits from the verb above."""
    if depth > 4:
        return []
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agent:
        return [t for a in agent for t in conjuncts(a)]
    if own and own[0].lower_ in RELATIVIZERS and verb.dep_ == "relcl":
        return conjuncts(verb.head)
    if own:
        return [t for s in own for t in conjuncts(s)]
    head = verb.head
    if verb.dep_ == "xcomp" and head is not verb:
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        return [t for o in objects for t in conjuncts(o)] or subjects(head, depth + 1)
    if verb.dep_ in ("conj", "advcl") and head.pos_ in ("VERB", "AUX") and head is not verb:
        return subjects(head, depth + 1)
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        return conjuncts(head)
    return []


def objects(verb: Token) -> list[Token]:
    """Return the target tokens of a verb: object, passive subject, a participle's noun, prepositional targets."""
    found = [t for c in verb.children if c.dep_ in OBJECT_DEPS for t in conjuncts(c)]
    found += prepositional(verb, TARGET_PREPOSITIONS)
    # "provide aid to Romania", "shared evidence with the U.S.": the object's to/with is the verb's target
    found += [t for o in list(found) if o.dep_ == "dobj" for t in prepositional(o, frozenset({"to", "with"}))]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found += conjuncts(verb.head)  # "a delegation led by Lavrov": the delegation is led
    return found


def prepositional(head: Token, prepositions: frozenset[str]) -> list[Token]:
    """Return the objects of a head's prepositions of this set ("talks with Russia" -> [Russia])."""
    return [t for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in prepositions
            for g in c.children if g.dep_ == "pobj" for t in conjuncts(g)]


def noun_sources(noun: Token) -> list[Token]:
    """Return who acts in an event noun: its possessor ("Labour's complaint"), a by-phrase, or the subject of
    the verb it depends on ("In discussions with X, officials sought ..." -> officials)."""
    own = [c for c in noun.children if c.dep_ == "poss"] + prepositional(noun, frozenset({"by"}))
    if own:
        return [t for o in own for t in conjuncts(o)]
    verb = governing_verb(noun)
    return subjects(verb) if verb is not None else []


def governing_verb(noun: Token) -> Token | None:
    """Return the verb a noun is the object of, directly or through a preposition ("sought" for "In discussions")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass", "attr", "conj"):
        return None
    return head if head.pos_ in ("VERB", "AUX") and head is not noun else None


def realis(verb: Token, noun: Token | None = None) -> str:
    """Return whether the predicate happened as the text tells it: asserted, reported, negated, conditional,
    future, obliged (must, should, has to) or modal (could, may, would), in that order (checked on the verb
    and the verbs whose "to"-clause it is)."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head is not chain[-1] \
            and chain[-1].head.pos_ in ("VERB", "AUX"):
        chain.append(chain[-1].head)  # "could also use X and work with Y": "work" shares "could"
    words = [c for v in chain for c in v.children] + (list(noun.children) if noun is not None else [])
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "det", "advmod") for c in words):
        return "negated"
    if conditional(chain[-1]):
        return "conditional"
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in words) or any(going_to(v) for v in chain):
        return "future"
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUXILIARIES for c in words) or have_to(chain):
        return "obliged"
    if any(c.dep_ == "aux" and c.lower_ in MODAL_AUXILIARIES for c in words) or purpose(chain[-1]) or likely(chain[-1]):
        return "modal"
    return "asserted"


def purpose(verb: Token) -> bool:
    """Return whether a verb is a purpose ("rushed through to allow X": meant, not done)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def likely(verb: Token) -> bool:
    """Return whether a verb is under "likely to", "able to", "set to" and the like: an adjective above it."""
    return verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ"


def have_to(chain: list[Token]) -> bool:
    """Return whether a verb is under "have to" or "need to" ("has to resign")."""
    return any(v.dep_ == "xcomp" and v.head.lemma_ in ("have", "need") for v in chain)


def going_to(verb: Token) -> bool:
    """Return whether a verb is under "going to" or "is to" ("is going to resign", "are to be debated")."""
    return verb.dep_ == "xcomp" and (verb.head.lower_ == "going" or verb.head.lemma_ == "be")


def conditional(verb: Token) -> bool:
    """Return whether a verb's clause, or one it sits in, opens with if/unless/whether, or an if-clause hangs on
    it ("If Brown resigns, Blair could attack him": both)."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKERS for m in c.children)
           for c in verb.children):
        return True
    for clause in [verb, *verb.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in clause.children):
            return True
        if clause.dep_ in ("ROOT",):
            break
    return False


def reported_by(verb: Token) -> Token | None:
    """Return the verb of saying a clause is reported under ("said the party had repaid the loan" -> said)."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ in ("ccomp", "parataxis") and clause.head.pos_ == "VERB":
        return clause.head
    return None


def event_date(anchors: list[Token], realis_value: str, article_date: dt.date | None,
               dates: list[Span] | None = None) -> EventDate:
    """Return the date of a predicate from a date phrase attached to it, never a clock time ("1230 GMT"), a year
    named for a forecast (a future or modal predicate, a year after the article's) or a date inside a noun
    phrase ("2000 and 2003 results"); "recent"/"recently" on it gives "before" the article date."""
    for ent in anchors[0].sent.ents if dates is None else dates:  # the sentence's entities, when given
        if ent.label_ != "DATE" or CLOCK_TIME.search(ent.text) or not attached(ent.root, anchors):
            continue
        resolved = resolve_date(ent.text, article_date)
        if resolved is None or (resolved.precision == "year"
                                and not plausible_year(resolved, realis_value, article_date)):
            continue
        return resolved
    recent = next((c for a in anchors for c in a.children if c.lower_ in RECENT_WORDS), None)
    if recent is not None:
        return resolve_date(recent.text, article_date) or EventDate(None, None)
    return EventDate(None, None)


def attached(token: Token, anchors: list[Token]) -> bool:
    """Return whether a date phrase's head hangs on a predicate token within three links."""
    for _ in range(3):
        if token.head in anchors and token.head is not token:
            return token.dep_ in DATE_LINKS or (token.head.pos_ == "NOUN" and token.dep_ in NOUN_DATE_DEPS)
        if token.dep_ not in ("pobj", "prep") or token.head is token:
            return False
        token = token.head
    return False


def plausible_year(date: EventDate, realis_value: str, article_date: dt.date | None) -> bool:
    """Return whether a bare year can date an event that happened: not a forecast's, not after the article."""
    if realis_value in ("future", "modal", "conditional", "obliged"):
        return False
    return article_date is None or int(date.value[:4]) <= article_date.year
