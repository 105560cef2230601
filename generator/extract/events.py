"""Key events: a trigger word from a small lexicon, the actors of its clause, a place and a date.

The lexicon maps trigger words (verbs and their nominalisations) to an event type. An event needs
a trigger and at least one participant actor in the trigger's clause; triggers nested in one
another in a sentence ("a meeting where X engaged in a confrontation with Y") are one event, of
the more specific type; repeated mentions of one event in an article (same type, shared
participants, compatible dates) are merged.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from generator.extract.dates import RECENT_WORDS, compatible, resolve_date
from generator.records import Actor, Event, EventDate
from generator.slugs import safe_slug, unique_id

# Most specific first: when triggers nest, the earlier type names the event.
EVENT_LEXICON: dict[str, tuple[str, ...]] = {
    "invasion": ("invasion", "invaded", "invade", "invades", "invading"),
    "attack": ("attack", "attacks", "attacked", "bombing", "bombed", "airstrike", "shelling"),
    "killing": ("killed", "kills", "killing", "murdered", "murder", "shot", "shooting", "stabbed", "assassinated"),
    "death": ("died", "dies", "death"),
    "injury": ("injured", "wounded", "injuries"),
    "disaster": ("earthquake", "quake", "explosion", "crash", "crashed", "flood", "floods", "tsunami"),
    "confrontation": ("confrontation", "clash", "clashed", "clashes", "row", "spat", "showdown"),
    "exchange": ("exchange", "swap", "swapped"),
    "sanction": ("sanction", "sanctions", "sanctioned", "embargo"),
    "defection": ("defected", "defection", "defect", "defects"),
    "resignation": ("resigned", "resignation", "resign", "resigns", "quit", "quits"),
    "appointment": ("appointed", "appointment", "appoint", "appoints", "nominated", "nomination"),
    "election": ("election", "elections", "elected", "re-elected", "reelected"),
    "vote": ("vote", "votes", "voted", "referendum", "ballot"),
    "agreement": ("agreement", "deal", "accord", "treaty", "agreed", "pact"),
    "signing": ("signing", "signed"),
    "talks": ("talks", "discussions", "negotiations", "negotiated", "negotiating", "negotiate", "dialogue"),
    "meeting": ("meeting", "meetings", "met", "meet", "meets", "summit"),
    "visit": ("visit", "visits", "visited", "visiting", "trip", "tour"),
    "acquisition": ("acquired", "acquire", "acquires", "acquisition", "takeover", "merger", "bought"),
    "launch": ("launched", "launches", "launch", "unveiled", "unveils", "released", "introduced"),
    "dismissal": ("fired", "sacked", "dismissed", "ousted"),
    "hiring": ("hired", "hires", "recruited"),
    "win": ("won", "wins", "win", "victory", "defeated", "beat", "beats"),
    "arrest": ("arrested", "arrest", "detained", "detention"),
    "trial": ("trial", "convicted", "sentenced", "charged", "indicted"),
    "protest": ("protest", "protests", "protested", "demonstration", "demonstrations", "rally"),
    "speech": ("speech", "addressed", "address"),
    "statement": ("announced", "announcement", "statement", "declared", "declaration"),
}
TRIGGERS = {word: kind for kind, words in EVENT_LEXICON.items() for word in words}
SPECIFICITY = {kind: rank for rank, kind in enumerate(EVENT_LEXICON)}
CLAUSE_ROOTS = frozenset("ROOT ccomp advcl relcl conj parataxis csubj".split())
SUB_CLAUSES = frozenset("ccomp advcl relcl parataxis csubj".split())
PLACE_PREPOSITIONS = frozenset("in at near outside inside".split())
MAX_SUMMARY_WORDS = 30
# What a clause cut before its conjunct can end on: the conjunction and the punctuation around it.
TRAILING_JOINERS = frozenset({"and", "or", "but", "nor", ",", ";", ":", ".", "—", "–", "-"})
DESCRIPTOR_DEPS = frozenset("amod compound nmod appos poss npadvmod".split())


@dataclass(frozen=True)
class Found:
    """One trigger with what its clause says: participants, place and date."""

    kind: str
    trigger: Token
    clause: tuple[Token, ...]
    participants: tuple[str, ...]
    place: str | None
    date: EventDate


def find_events(docs: list[Doc], actors: tuple[Actor, ...], article_date: dt.date | None) -> tuple[Event, ...]:
    """Return the key events of one article."""
    if not docs or not docs[0].has_annotation("DEP"):
        return ()  # clauses come from the parse; a pipeline without one finds no events
    actor_at = actor_index(docs, actors)
    kinds = {a.id: a.kind for a in actors}
    events: list[Event] = []
    for doc in docs:
        for sent in doc.sents:
            for found in merge_nested(triggers_in(sent, actor_at, kinds, article_date)):
                events = add_or_merge(events, to_event(found, sent))
    return tuple(with_ids(events, {a.id: a.name for a in actors}))


def actor_index(docs: list[Doc], actors: tuple[Actor, ...]) -> dict[tuple[int, int], str]:
    """Return (doc identity, token index) -> actor id for every actor mention."""
    index = {}
    for actor in actors:
        for m in actor.mentions:
            for token in docs[m.paragraph].char_span(m.start, m.end, alignment_mode="expand") or ():
                index[(id(token.doc), token.i)] = actor.id
    return index


def triggers_in(sent: Span, actor_at: dict, kinds: dict, article_date: dt.date | None) -> list[Found]:
    """Return every trigger of the sentence whose clause names at least one participant."""
    found = []
    for token in sent:
        kind = TRIGGERS.get(token.lower_)
        if kind is None or token.pos_ not in ("NOUN", "VERB", "PROPN") or in_hyphenated_word(token):
            continue
        clause = clause_tokens(token)
        actors = [(t, actor_at[(id(t.doc), t.i)]) for t in clause if (id(t.doc), t.i) in actor_at]
        place = next((a for t, a in actors if kinds[a] == "place" and t.head.lower_ in PLACE_PREPOSITIONS), None)
        participants = tuple(dict.fromkeys(a for t, a in actors if a != place and kinds[a] != "place"
                                           and not describes_person(t, actor_at, kinds)))
        if participants:
            found.append(Found(kind, token, clause, participants, place, date_in(clause, article_date)))
    return found


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


def date_in(clause: tuple[Token, ...], article_date: dt.date | None) -> EventDate:
    """Return the first date the clause names ("late February", "recently"), else an unknown date."""
    for token in clause:
        if token.ent_type_ == "DATE" and token.ent_iob_ == "B":
            ent = next(e for e in token.doc.ents if e.start == token.i)
            resolved = resolve_date(ent.text, article_date)
            if resolved:
                return resolved
    recent = next((t for t in clause if t.lower_ in RECENT_WORDS), None)
    if recent is not None:
        return resolve_date(recent.text, article_date) or EventDate(None, None)
    return EventDate(None, None)


def merge_nested(found: list[Found]) -> list[Found]:
    """Return the triggers of a sentence with nested ones merged, the most specific type kept."""
    merged: list[Found] = []
    for item in sorted(found, key=lambda f: SPECIFICITY[f.kind]):
        outer = next((m for m in merged if is_nested(item, m)), None)
        if outer is None:
            merged.append(item)
            continue
        merged[merged.index(outer)] = replace(
            outer, participants=tuple(dict.fromkeys(outer.participants + item.participants)),
            place=outer.place or item.place, date=outer.date if outer.date.value else item.date)
    return merged


def is_nested(a: Found, b: Found) -> bool:
    """Return whether one trigger sits inside the other's phrase or clause."""
    def inside(x: Token, y: Token) -> bool:
        return y.left_edge.i <= x.i <= y.right_edge.i
    return inside(a.trigger, b.trigger) or inside(b.trigger, a.trigger) or a.trigger in b.clause


def to_event(found: Found, sent: Span) -> Event:
    """Return an event (id assigned later) from a trigger and its clause."""
    words = [t for t in found.clause if not (t.i == found.clause[0].i and t.lower_ in ("where", "while", "when"))]
    while words and (words[-1].dep_ == "cc" or words[-1].lower_ in TRAILING_JOINERS):
        words.pop()  # a clause cut before its conjunct ends on "and": "... to stop using IE6 and"
    summary = "".join(t.text_with_ws for t in words[:MAX_SUMMARY_WORDS]).strip(" ,.;:")
    if len(words) > MAX_SUMMARY_WORDS:
        summary += " …"
    return Event(id="", type=found.kind, summary=summary[:1].upper() + summary[1:], date=found.date,
                 participants=found.participants, place=found.place, evidence=sent.text.strip(),
                 trigger=found.trigger.text)


def add_or_merge(events: list[Event], new: Event) -> list[Event]:
    """Return events with `new` added, or merged into an earlier mention of the same event."""
    for i, old in enumerate(events):
        if old.type == new.type and set(old.participants) & set(new.participants) and compatible(old.date, new.date):
            events[i] = replace(old, participants=tuple(dict.fromkeys(old.participants + new.participants)),
                                place=old.place or new.place, date=old.date if old.date.value else new.date)
            return events
    return events + [new]


def with_ids(events: list[Event], names: dict[str, str]) -> list[Event]:
    """Return the events with ids unique in the article: type and first participant."""
    seen: set[str] = set()
    out = []
    for event in events:
        event_id = unique_id(safe_slug(f"{event.type} {names[event.participants[0]]}", "event"), seen)
        out.append(replace(event, id=event_id))
    return out
