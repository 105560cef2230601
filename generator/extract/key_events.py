"""Key events: the interactions that happened, ranked by salience, those above a threshold kept (0.6 a
sentence, 3 to 16 an article), each as an `Event` with its class, quad, realis and the rule that coded it.

Salience adds up what makes a happening a story's key event: its class's weight (reporting verbs low), named
participants (more for the article's most mentioned actors), its place in the article (news comes first),
words it shares with the headline, a date it is given, and other sentences that report the same class between
the same actors.
The weights and the threshold are tuned on the development set as a whole, never per text.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from generator.extract.event_classes import cameo, classes, event_class, noun_rows, table, word_set
from generator.extract.events import actor_index
from generator.extract.group_actors import find_groups
from generator.extract.interactions import find_interactions
from generator.lexicons.function_words import STOP_WORDS
from generator.lexicons.interactions import HAPPENED_REALIS, WEAK_CLASSES
from generator.records import Actor, Article, Event, GroupActor, Interaction, Sentence
from generator.slugs import safe_slug, unique_id

REPORTED_FACTOR = 0.85  # told only by someone in the story
PARTICIPANT_WEIGHT, MAIN_ACTOR_WEIGHT, POSITION_WEIGHT = 0.25, 0.3, 0.2
HEADLINE_WEIGHT, REPEAT_WEIGHT, DATE_WEIGHT = 0.3, 0.1, 0.2
THRESHOLD = 0.8
MIN_EVENTS, MAX_EVENTS, EVENTS_PER_SENTENCE = 3, 16, 0.6
MAX_SUMMARY_WORDS = 30


@dataclass(frozen=True)
class Ranked:
    """An interaction with its salience."""

    interaction: Interaction
    salience: float


def load_event_tables() -> None:
    """Load the event tables (CAMEO verbs, WordNet nouns, classes) once, before extraction workers fork."""
    cameo()
    for name in ("person_nouns.txt", "group_nouns.txt", "abstract_nouns.txt", "compound_nouns.txt"):
        word_set(name)
    noun_rows()
    table("verb_classes.tsv")
    table("control_verbs.tsv")
    classes()


def interaction_layer(article: Article, docs: list[Doc], actors: tuple[Actor, ...], sentences: tuple[Sentence, ...],
                      sentence_index: dict[tuple[int, int], int]
                      ) -> tuple[tuple[GroupActor, ...], tuple[Interaction, ...], tuple[Event, ...]]:
    """Return the article's groups, interactions and key events (the extract stage's step after actors)."""
    actor_at = actor_index(docs, actors)
    sentence_of = {(id(doc), t.i): sentence_index[(p, sent.start)]
                   for p, doc in enumerate(docs) for sent in doc.sents for t in sent}
    groups, group_at = find_groups(docs, actors, actor_at, sentence_of)
    interactions = find_interactions(docs, actors, group_at, actor_at, sentence_index, article.date)
    return groups, interactions, key_events(interactions, actors, groups, sentences, article.title)


def key_events(interactions: tuple[Interaction, ...], actors: tuple[Actor, ...], groups: tuple[GroupActor, ...],
               sentences: tuple[Sentence, ...], headline: str) -> tuple[Event, ...]:
    """Return the article's key events, in text order: the best interaction of each sentence, ranked."""
    main = {a.id for a in sorted(actors, key=lambda a: -len(a.mentions))[:3]}
    affiliation = {g.id: g.affiliation for g in groups}
    places = frozenset(a.id for a in actors if a.kind == "place")
    words = content_words(headline)
    repeats = Counter((i.cls, p) for i in interactions for p in i.source + i.targets)
    best: dict[int, Ranked] = {}
    for item in interactions:
        if item.realis not in HAPPENED_REALIS or not actors_of(item, affiliation):
            continue  # an event page needs a participant actor
        ranked = Ranked(item, salience(item, main, words, repeats, len(sentences), places))
        if item.sentence not in best or ranked.salience > best[item.sentence].salience:
            best[item.sentence] = ranked
    kept = sorted(best.values(), key=lambda r: -r.salience)[:limit(len(sentences))]
    kept = [r for n, r in enumerate(kept) if r.salience >= THRESHOLD or n < MIN_EVENTS]
    names = {a.id: a.name for a in actors} | {g.id: g.name for g in groups}
    return with_ids([to_event(r, affiliation) for r in sorted(kept, key=lambda r: r.interaction.sentence)], names)


def limit(sentences: int) -> int:
    """Return how many key events an article of this many sentences may have (3 to 16: 13 for 22 sentences)."""
    return max(MIN_EVENTS, min(MAX_EVENTS, round(sentences * EVENTS_PER_SENTENCE)))


def salience(item: Interaction, main: set[str], headline: set[str], repeats: Counter, sentences: int,
             places: frozenset[str] = frozenset()) -> float:
    """Return how much an interaction is a key event of its article (about 0.3 to 2); a place it is aimed at
    ("visited Manchester") is no participant that makes it weigh more."""
    named = tuple(p for p in item.source + item.targets if p not in places)
    score = event_class(item.cls).weight * (REPORTED_FACTOR if item.realis == "reported" else 1.0)
    score += PARTICIPANT_WEIGHT * min(2, len(named)) + MAIN_ACTOR_WEIGHT * bool(main & set(named))
    score += POSITION_WEIGHT * (1 - item.sentence / max(1, sentences))
    shared = headline & content_words(item.evidence)
    score += HEADLINE_WEIGHT * min(1.0, len(shared) / max(1, min(4, len(headline))))
    score += REPEAT_WEIGHT * any(repeats[(item.cls, p)] > 1 for p in named)
    score += DATE_WEIGHT * (item.date.value is not None)
    return round(score, 3)


def content_words(text: str) -> set[str]:
    """Return the lower-case content words of a text ("Fox attacks Blair's Tory 'lies'" -> {fox, attacks, ...})."""
    return {w for w in re.findall(r"[a-z]+", text.lower().replace("'s", "")) if w not in STOP_WORDS and len(w) > 2}


def actors_of(item: Interaction, affiliation: dict[str, str | None]) -> tuple[str, ...]:
    """Return an interaction's participant actors: source and targets (a group by its affiliation), else the
    other actors of its clause. A statement's are its speakers only: whom it was told to ("BBC Radio 4") or the
    actors named around it say nothing of the event, and would join unrelated statements across articles."""
    named = item.source if item.cls in WEAK_CLASSES else item.source + item.targets
    actors = [affiliation[p] if p in affiliation else p for p in named]
    found = tuple(dict.fromkeys(a for a in actors if a and a != item.place))
    return found if found or item.cls in WEAK_CLASSES else item.others


def to_event(ranked: Ranked, affiliation: dict[str, str | None]) -> Event:
    """Return the key event of a ranked interaction."""
    item = ranked.interaction
    return Event(id="", type=item.type or event_class(item.cls).display, summary=item.summary or summary(item.evidence),
                 date=item.date, participants=actors_of(item, affiliation), place=item.place,
                 evidence=item.evidence, trigger=item.trigger, source=item.source, targets=item.targets,
                 cls=item.cls, quad=item.quad, realis=item.realis, salience=ranked.salience, rule=item.rule)


def summary(sentence: str) -> str:
    """Return the sentence cut to MAX_SUMMARY_WORDS words ("… " marks the cut)."""
    words = sentence.split()
    text = " ".join(words[:MAX_SUMMARY_WORDS]).rstrip(" ,;:")
    return text + " …" if len(words) > MAX_SUMMARY_WORDS else text.rstrip(".")


def with_ids(events: list[Event], names: dict[str, str]) -> tuple[Event, ...]:
    """Return the events with ids unique in the article: type and first participant ('meeting-sergei-lavrov')."""
    seen: set[str] = set()
    out = []
    for event in events:
        who = names.get((event.participants or event.source or ("",))[0], "")
        out.append(Event(**{**event.__dict__, "id": unique_id(safe_slug(f"{event.type} {who}", "event"), seen)}))
    return tuple(out)
