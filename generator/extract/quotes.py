"""Direct quotations and who said them.

The speaker is the subject of a speech verb in the quote's own sentence ('"...," Blair said'),
or in the sentence just before it when that one announces it ('He declared: "..."'), or just
after it. A pronoun speaker is the last person named before the quote. When none of these
names an actor, the speaker is None rather than a guess.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.records import Actor, Quote

QUOTE_PATTERN = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
MIN_QUOTE_WORDS = 4
SPEECH_VERBS = frozenset("""said says say told tells asked asks added adds insisted insists declared declares
stated states warned warns argued argues claimed claims continued continues promised promises
explained explains wrote writes replied replies responded responds according urged urges
admitted admits countered counters""".split())
PERSON_PRONOUNS = frozenset("he she".split())
# Short words a title leaves in lower case ("Gone with the Wind").
TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to vs with".split())


def find_quotes(docs: list[Doc], actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """Return every direct quotation of at least four words, with its speaker when clear."""
    actor_at = {(m.paragraph, i): a for a in actors for m in a.mentions for i in range(m.start, m.end)}
    people = sorted((m.paragraph, m.start, a.id) for a in actors if a.kind == "person" for m in a.mentions)
    quotes = []
    for p, doc in enumerate(docs):
        sents = list(doc.sents)
        for match in QUOTE_PATTERN.finditer(doc.text):
            text = (match.group(1) or match.group(2)).strip()
            if len(text.split()) < MIN_QUOTE_WORDS or is_title(text):
                continue  # scare quotes ("gossip"), labels and titles are not quotations
            inside = range(match.start(), match.end())
            own = [s for s in sents if s.start_char < match.end() and s.end_char > match.start()]
            speaker = speaker_of(own, sents, inside, p, actor_at, people, match.start())
            evidence = " ".join(s.text.strip() for s in own)
            quotes.append(Quote(speaker=speaker, text=text, evidence=evidence))
    return tuple(quotes)


def is_title(text: str) -> bool:
    """Return whether quoted words read as a title, not speech: every word capitalised, a number or a
    small word, and no closing punctuation ("The Internet Explorer 6 Countdown")."""
    return text[-1] not in ".,!?;:…" and all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS
                                               for w in text.split())


def speaker_of(own: list[Span], sents: list[Span], inside: range, p: int, actor_at: dict,
               people: list, quote_start: int) -> str | None:
    """Return the speaker's actor id from the quote's sentences, then its neighbours."""
    fills_sentence = sum(len(s.text.strip()) for s in own) <= len(inside) + 2
    for candidates in (own, before(sents, own, fills_sentence), after(sents, own)):
        for sent in candidates:
            subject = speech_subject(sent, inside)
            if subject is not None:
                return actor_of_subject(subject, p, actor_at, people, sents)
    return None


def before(sents: list[Span], own: list[Span], fills_sentence: bool) -> list[Span]:
    """Return the sentence before the quote if it announces it ('He said:') or the quote stands alone."""
    index = sents.index(own[0]) - 1 if own else -1
    if index < 0:
        return []
    sent = sents[index]
    return [sent] if sent.text.rstrip().endswith(":") or fills_sentence else []


def after(sents: list[Span], own: list[Span]) -> list[Span]:
    """Return the sentence after the quote if it opens with the attribution ('Blair said.')."""
    index = sents.index(own[-1]) + 1 if own else len(sents)
    if index >= len(sents) or QUOTE_PATTERN.search(sents[index].text):
        return []
    sent = sents[index]
    return [sent] if any(t.lower_ in SPEECH_VERBS for t in sent[:6]) else []


def speech_subject(sent: Span, inside: range) -> Token | None:
    """Return the subject of the speech verb nearest the quotation, or None."""
    def distance(token: Token) -> int:
        return min(abs(token.idx - inside.start), abs(token.idx - inside.stop))
    for token in sorted(sent, key=distance):
        if token.idx in inside or token.lower_ not in SPEECH_VERBS:
            continue
        if token.lower_ == "according":
            to = [c for c in token.children if c.lower_ == "to"]
            objects = [g for c in to for g in c.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx not in inside]
        if subjects:
            return subjects[0]
    return None


def actor_of_subject(subject: Token, p: int, actor_at: dict, people: list, sents: list[Span]) -> str | None:
    """Return the actor a speech verb's subject names; a pronoun means the person just named."""
    if subject.lower_ in PERSON_PRONOUNS:
        return pronoun_referent(subject, p, people, sents)
    head = actor_at.get((p, subject.idx))
    if head is not None:
        return head.id
    in_phrase = [a for t in subject.subtree if (a := actor_at.get((p, t.idx)))]
    people_first = sorted(in_phrase, key=lambda a: a.kind != "person")
    return people_first[0].id if people_first and people_first[0].kind == "person" else None


def pronoun_referent(pronoun: Token, p: int, people: list, sents: list[Span]) -> str | None:
    """Return the last person named in the pronoun's sentence or the one before; None if none is."""
    index = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    window_start = sents[max(0, index - 1)].start_char
    named = [actor for (para, start, actor) in people if para == p and window_start <= start < pronoun.idx]
    return named[-1] if named else None
