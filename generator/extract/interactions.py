"""Interactions: for every clause, its predicate (a verb, an event noun, a light verb with one: "held talks") with
source, targets, class (`event_classes`), realis, date, place and evidence sentence.

Verbs under "to" compose: a coded verb frames the one under it ("refused to retract" is a rejection), a verb of
trying or planning passes the class down and says it did not (yet) happen ("tried to block": modal).
Guards: no trigger inside a name ("Securities Exchange Commission") or a compound WordNet names as no event
("stock exchange"); a meeting needs someone to meet ("meet a target" is none); an assault on an abstract
object is verbal ("attack the plans").
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from generator.extract import arguments as args
from generator.extract.event_classes import Coding, code_noun, code_verb, event_class, rows, table, word_set
from generator.extract.events import clause_summary, clause_tokens, in_hyphenated_word
from generator.extract.group_actors import lemma_of
from generator.extract.participants import Article, clause_actors, key, participants, place_of, remember_subject
from generator.lexicons.function_words import NOUN_TARGET_PREPOSITIONS
from generator.lexicons.interactions import AGENT_CLASSES, PHYSICAL_CLASSES, TARGETED_CLASSES, WEAK_CLASSES
from generator.lexicons.labels import NAME_LABELS
from generator.records import Actor, Interaction

TokenKey = tuple[int, int]


@dataclass(frozen=True)
class Predicate:
    """A candidate predicate: the token that carries the arguments, its event noun, words and class."""

    head: Token
    noun: Token | None
    words: tuple[Token, ...]
    lemma: str
    coding: Coding
    passed: str | None = None  # realis given by a verb of trying or planning above it
    framed: Token | None = None  # the verb under "to" a coded verb frames ("retract" of "refused to retract")


@functools.cache
def light_verbs() -> frozenset[str]:
    """Return the light verbs ('hold', 'make', ...) whose event-noun object names the event."""
    return frozenset(r[0] for r in rows("light_verbs.txt"))


def find_interactions(docs: list[Doc], actors: tuple[Actor, ...], group_at: dict[TokenKey, str],
                      actor_at: dict[TokenKey, str], sentence_index: dict[tuple[int, int], int],
                      article_date: dt.date | None) -> tuple[Interaction, ...]:
    """Return the interactions of one article, in text order, ids 'i1', 'i2', ..."""
    if not docs or not docs[0].has_annotation("DEP"):
        return ()  # arguments come from the parse: a pipeline without one finds none
    article = Article(actor_at, group_at, {a.id: a.kind for a in actors}, article_date)
    found = []
    for p, doc in enumerate(docs):
        for sent in doc.sents:
            dates = [e for e in sent.ents if e.label_ == "DATE"]  # once a sentence: Token.sent is slow
            for predicate in composed(predicates(sent, article)):
                item = interaction(predicate, sent, sentence_index[(p, sent.start)], article, dates)
                if item is not None:
                    found.append(item)
            remember_subject(sent, article)
    return tuple(replace(item, id=f"i{n}") for n, item in enumerate(found, 1))


def predicates(sent: Span, article: Article) -> list[Predicate]:
    """Return the sentence's candidate predicates: verbs, light verb + event noun, event nouns."""
    found, consumed = [], set()
    for token in sent:
        if token.pos_ == "VERB" and not in_name(token, article) and not according_to(token):
            predicate = verb_predicate(token)
            if predicate is not None:
                found.append(predicate)
                consumed.update(t.i for t in predicate.words)
    for token in sent:
        if token.pos_ == "NOUN" and token.i not in consumed and token.dep_ != "compound" \
                and not in_name(token, article) and not named_compound(token) and not names_people(token):
            coding = code_noun(lemma_of(token))
            if coding is not None:
                found.append(Predicate(token, token, (token,), lemma_of(token), coding))
    return sorted(found, key=lambda p: p.head.i)


def verb_predicate(verb: Token) -> Predicate | None:
    """Return a verb's predicate with its phrasal particle and, for a light verb, its event noun object."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    lemma = f"{lemma_of(verb)} {particle.lower_}" if particle is not None else lemma_of(verb)
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # Both the lemma and the word: CAMEO lists "relations", not "relation".
    obj_lemmas = tuple(w for o in objs for w in (lemma_of(o), o.lower_)) + ((particle.lower_,) if particle else ())
    preps = tuple((c.lower_, lemma_of(g)) for c in verb.children if c.dep_ == "prep"
                  for g in c.children if g.dep_ == "pobj") + tuple((c.lower_, "") for c in verb.children
                                                                   if c.dep_ == "prep")
    coding = code_verb(lemma, obj_lemmas, preps)
    if particle is not None and (coding is None or coding.rule.startswith("unknown")):
        coding = code_verb(lemma_of(verb), obj_lemmas, preps)  # "cut off": the patterns of "cut" with "* OFF"
    words = (verb,) + ((particle,) if particle is not None else ())
    noun = next((o for o in objs if o.dep_ == "dobj" and code_noun(lemma_of(o))), None)
    if noun is None and lemma_of(verb) in light_verbs():  # "engaged in a confrontation"
        noun = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                     for g in c.children if g.dep_ == "pobj" and code_noun(lemma_of(g))), None)
    if noun is not None and (coding is None or "pattern" in coding.rule or lemma_of(verb) in light_verbs()):
        if coding is None or "pattern" not in coding.rule:
            coding = code_noun(lemma_of(noun))
        elif lemma_of(verb) in light_verbs():
            coding = replace(coding, nominal=lemma_of(noun))  # "held talks": the noun names the event, not "hold"
        return Predicate(verb, noun, words + (noun,), f"{lemma} {lemma_of(noun)}", coding)
    return Predicate(verb, None, words, lemma, coding) if coding is not None else None


def according_to(verb: Token) -> bool:
    """Return whether a verb is the "according" of "according to", which names a source, not an event."""
    return verb.lower_ == "according" and any(c.lower_ == "to" for c in verb.children)


def in_name(token: Token, article: Article) -> bool:
    """Return whether a token is part of a name ("Exchange" of "Securities Exchange Commission") or a hyphenated
    word ("deal-making")."""
    return key(token) in article.actor_at or token.ent_type_ in NAME_LABELS or in_hyphenated_word(token)


def names_people(noun: Token) -> bool:
    """Return whether a noun names people or a group ("government", "administration" as a body), not an event."""
    lemma = lemma_of(noun)
    return lemma in word_set("group_nouns.txt") or lemma in word_set("person_nouns.txt") or \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) and noun.head.lower_ == "in"


def named_compound(noun: Token) -> bool:
    """Return whether a noun with its modifier is a WordNet compound that is no event ("stock exchange")."""
    left = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1), None)
    return left is not None and f"{lemma_of(left)} {lemma_of(noun)}" in word_set("compound_nouns.txt")


def composed(found: list[Predicate]) -> list[Predicate]:
    """Return the predicates with "to"-clauses composed: a control verb passes on, a coded verb frames."""
    by_head = {p.head.i: p for p in found}
    drop: set[int] = set()
    out = []
    for predicate in found:
        inner = by_head.get(next((c.i for c in predicate.head.children if c.dep_ == "xcomp"), -1))
        effect = table("control_verbs.tsv").get(lemma_of(predicate.head))
        if effect is not None and any(c.dep_ == "xcomp" for c in predicate.head.children):
            drop.add(predicate.head.i)  # "expected to be 5 May": trying or planning is no event of its own
        if inner is None or predicate.noun is not None:
            continue
        if effect is not None:
            drop.add(predicate.head.i)
            by_head[inner.head.i] = replace(inner, passed=effect, words=(predicate.head,) + inner.words)
        elif predicate.coding.cls not in WEAK_CLASSES:
            drop.add(inner.head.i)
            by_head[predicate.head.i] = replace(predicate, lemma=f"{predicate.lemma} to {inner.lemma}",
                                                words=predicate.words + inner.words, framed=inner.head)
    for predicate in found:
        if predicate.head.i not in drop:
            out.append(by_head[predicate.head.i])
    return out


def interaction(predicate: Predicate, sent: Span, sentence: int, article: Article,
                dates: list[Span] | None = None) -> Interaction | None:
    """Return the interaction of one predicate: arguments, class after sense checks, realis, date, place; None
    for an unclassed verb with neither source nor target (no one does anything to anyone)."""
    verb = predicate.head if predicate.head.pos_ != "NOUN" else args.governing_verb(predicate.head)
    if predicate.head.pos_ == "NOUN":
        source_tokens = args.noun_sources(predicate.head)
        target_tokens = args.prepositional(predicate.head, NOUN_TARGET_PREPOSITIONS)
    else:
        source_tokens, target_tokens = args.subjects(predicate.head), args.objects(predicate.head)
        if predicate.framed is not None:
            target_tokens += args.objects(predicate.framed)
        if predicate.noun is not None:
            target_tokens += args.prepositional(predicate.noun, NOUN_TARGET_PREPOSITIONS)
    source = participants(source_tokens, article)
    targets = tuple(t for t in participants(target_tokens, article) if t not in source)
    coding = sense_checked(predicate, target_tokens, targets)
    if coding.cls == "act" and not source and not targets:
        return None
    clause = clause_tokens(predicate.head)
    realis = realis_of(predicate, verb)
    anchors = [t for t in (predicate.head, predicate.noun, verb) if t is not None]
    cls = event_class(coding.cls)
    return Interaction(id="", predicate=predicate.lemma, trigger=" ".join(t.text for t in predicate.words),
                       cls=coding.cls, quad=cls.quad, source=source, targets=targets, realis=realis,
                       date=args.event_date(anchors, realis, article.date, dates), place=place_of(clause, article),
                       evidence=sent.text.strip(), sentence=sentence, rule=coding.rule,
                       type=display(coding), summary=clause_summary(clause),
                       others=clause_actors(clause, source + targets, article),
                       depth=sum(1 for _ in predicate.head.ancestors))


def realis_of(predicate: Predicate, verb: Token | None) -> str:
    """Return the predicate's realis: its verb's, what a verb of trying passed on, "reported" under a verb of
    saying, "modal" for an event noun a request or a plan governs ("called for talks")."""
    value = args.realis(verb, predicate.noun) if verb is not None else "asserted"
    if value == "asserted" and predicate.passed is not None:
        value = predicate.passed
    if value == "asserted" and verb is not None:
        value = controlled(verb) or value
    if value == "asserted" and predicate.head.pos_ == "NOUN" and verb is not None and requested(predicate.head):
        preps = (("for", lemma_of(predicate.head)), ("for", "")) if predicate.head.dep_ == "pobj" else ()
        governing = code_verb(lemma_of(verb), (lemma_of(predicate.head),), preps)
        if governing is not None and governing.cls in ("appeal", "demand", "threaten"):
            value = "modal"
    if value == "asserted" and verb is not None and args.reported_by(verb) is not None:
        return "reported"
    return value


def controlled(verb: Token) -> str | None:
    """Return what a verb of trying or planning higher up says of a verb under it ("a group attempting to
    leverage his tactics to serve U.S. interests": serving is attempted, modal), else None."""
    current = verb
    for _ in range(4):
        if current.dep_ not in ("xcomp", "advcl", "conj") or current.head is current:
            return None
        current = current.head
        effect = table("control_verbs.tsv").get(lemma_of(current))
        if effect is not None and effect != "asserted":
            return effect
    return None


def requested(noun: Token) -> bool:
    """Return whether an event noun is what a verb asks for: its object or its "for" ("called for talks")."""
    return noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.lower_ == "for"


def sense_checked(predicate: Predicate, target_tokens: list[Token], targets: tuple[str, ...]) -> Coding:
    """Return the coding after the argument-type checks: meet + no one to meet, attack + an abstract object."""
    coding = predicate.coding
    objects = [t for t in target_tokens if t.dep_ in ("dobj", "nsubjpass")]
    abstract = [t for t in objects if lemma_of(t) in word_set("abstract_nouns.txt")]
    agents = targets or [t for t in objects if t.pos_ == "PRON" or lemma_of(t) in word_set("person_nouns.txt")
                         or lemma_of(t) in word_set("group_nouns.txt")]
    weak = coding.cls == "act" or "(own code" not in coding.rule and "pattern" not in coding.rule
    if reports_speech(predicate) and weak and (coding.cls == "act" or "material" in event_class(coding.cls).quad):
        return Coding("statement", f"{coding.rule}; reports speech ('{predicate.head.text}' + a clause or quote)")
    if coding.cls in AGENT_CLASSES and objects and not agents and predicate.noun is None:
        return Coding("act", f"{coding.rule}; sense check: no one to meet ('{objects[0].text}')")
    if coding.cls in PHYSICAL_CLASSES and abstract and not targets:
        return Coding("disapprove", f"{coding.rule}; sense check: abstract object ('{abstract[0].text}') "
                                    "makes it verbal", coding.nominal)
    if coding.cls in TARGETED_CLASSES and abstract and not agents:
        return Coding("act", f"{coding.rule}; sense check: abstract object ('{abstract[0].text}')")
    return coding


def reports_speech(predicate: Predicate) -> bool:
    """Return whether a verb introduces what was said: a finite clause ("added that it was ...") or a colon
    ('added: "...')."""
    head = predicate.head
    if head.pos_ != "VERB" or predicate.noun is not None:
        return False
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    finite = [c for c in head.children if c.dep_ in ("ccomp", "parataxis") and (c.tag_ in ("VBD", "VBZ", "VBP", "MD")
              or any(a.dep_ in ("aux", "auxpass") and a.lower_ != "to" for a in c.children))]
    return bool(finite) or (nxt is not None and nxt.text == ":")  # not "allowed him to speak": no speech


def display(coding: Coding) -> str:
    """Return an event's display name: the predicate's nominalisation ("meeting", "talks"), else its class's."""
    if coding.nominal and coding.cls not in WEAK_CLASSES and coding.nominal.isalpha():
        return coding.nominal
    return event_class(coding.cls).display


