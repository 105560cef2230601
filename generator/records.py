"""Plain values that flow between the stages: Article -> Briefing -> Collection."""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One article as read from `seeds/`: metadata and body paragraphs, no NLP."""

    id: str
    title: str
    date: dt.date | None
    source: str
    paragraphs: tuple[str, ...]
    path: str = ""
    url: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """A body sentence: its text and where it sits (paragraph index, character offset)."""

    text: str
    paragraph: int
    start: int


@dataclass(frozen=True)
class Mention:
    """One occurrence of an actor: character span in a paragraph, and the sentence index."""

    paragraph: int
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Role:
    """A role an actor holds ("Foreign Minister"), with the sentence that says so."""

    title: str
    evidence: str


@dataclass(frozen=True)
class Actor:
    """A person, organisation, country, place or group named in one article."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    mentions: tuple[Mention, ...]
    affiliation: str | None = None


@dataclass(frozen=True)
class Membership:
    """An actor's place in a faction, with the sentence that puts it there."""

    actor: str
    evidence: str


@dataclass(frozen=True)
class Faction:
    """A camp of actors in one article: its label, leader, members, stance and rivals."""

    id: str
    name: str
    leader: str | None
    members: tuple[Membership, ...]
    stance: str | None
    opposes: tuple[str, ...]
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class EventDate:
    """When an event happened, as precisely as the text says: a day, a month, a year, or 'before' a day."""

    value: str | None
    precision: str | None
    text: str = ""


@dataclass(frozen=True)
class GroupActor:
    """An unnamed group of people that acts in the story ("Labour backbenchers", "the rebels"): an argument of
    interactions, not an actor with a page."""

    id: str  # unique among the article's actor and group ids
    name: str  # "Labour backbenchers"
    head: str  # the person/group noun lemma: "backbencher"
    affiliation: str | None  # actor id of the party/body/country that modifies it (Labour)
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Interaction:
    """Who did what to whom in one clause ("Rubio met Lavrov in Riyadh on Tuesday").

    `realis` is "asserted" (it happened, as the text tells it), "reported" (asserted inside what someone says),
    "negated", "conditional" (if, unless), "future" (will, plans to), "obliged" (must, should, has to) or
    "modal" (could, may, would, wanted to): only the first two are events that happened.
    """

    id: str  # unique in the article
    predicate: str  # lemma phrase: "meet", "hold talks", "refuse to retract"
    trigger: str  # the words of the text: "met"
    cls: str  # class name from lexicons/data/classes.tsv: "consult", "accuse", "vote"
    quad: str  # "verbal cooperation" | "material cooperation" | "verbal conflict" | "material conflict" | "neutral"
    source: tuple[str, ...]  # actor or group ids
    targets: tuple[str, ...]  # actor or group ids
    realis: str
    date: EventDate
    place: str | None  # actor id of a place
    evidence: str  # the sentence
    sentence: int  # index into Briefing.sentences
    rule: str  # which rule/table entry coded it: "cameo verb meet 040 (code of block meet_people)"
    type: str = ""  # display name: "meeting", "accusation"
    summary: str = ""  # the predicate's clause, cut to a line
    depth: int = 0  # how many words its predicate hangs below the sentence's root (0: the main verb)
    others: tuple[str, ...] = ()  # other actors of its clause (no argument of it): the event's participants if
    # it has no actor source or target, as the pages need one


@dataclass(frozen=True)
class Event:
    """A key event in one article: what happened, between whom, where and when."""

    id: str
    type: str
    summary: str
    date: EventDate
    participants: tuple[str, ...]
    place: str | None
    evidence: str
    trigger: str = ""
    source: tuple[str, ...] = ()  # actor or group ids
    targets: tuple[str, ...] = ()
    cls: str = ""
    quad: str = ""
    realis: str = ""
    salience: float = 0.0
    rule: str = ""


@dataclass(frozen=True)
class Quote:
    """A direct quotation and its speaker (an actor id, or None when the text does not make it clear)."""

    speaker: str | None
    text: str
    evidence: str
    rule: str = ""  # how the speaker was found: "speech verb", "announcing sentence", "speaker before"
    verb: str = ""  # the reporting verb's lemma ("say", "warn", "deny"): the statement's class


@dataclass(frozen=True)
class Briefing:
    """Everything extracted from one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    summary: tuple[str, ...]
    actors: tuple[Actor, ...]
    factions: tuple[Faction, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    groups: tuple[GroupActor, ...] = ()


@dataclass(frozen=True)
class Appearance:
    """An actor's presence in one briefing: mention count and one sentence of context."""

    briefing_id: str
    local_id: str
    mentions: int
    context: str


@dataclass(frozen=True)
class CollectionRole:
    """A role of a collection actor, with its evidence and the briefing it came from."""

    title: str
    evidence: str
    briefing_id: str
    date: dt.date | None = None


@dataclass(frozen=True)
class CollectionActor:
    """One real actor across the whole collection."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[CollectionRole, ...]
    appearances: tuple[Appearance, ...]
    related: tuple[tuple[str, int], ...] = ()
    affiliations: tuple[str, ...] = ()
    former_ids: tuple[str, ...] = ()
    may_be: tuple[str, ...] = ()
    description: str | None = None

    @functools.cached_property
    def mentions(self) -> int:
        """Return the total number of mentions across briefings (cached: pages sort actors by it)."""
        return sum(a.mentions for a in self.appearances)


@dataclass(frozen=True)
class CollectionMembership:
    """A member of a collection faction, with its evidence and the briefing it came from."""

    actor: str
    evidence: str
    briefing_id: str


@dataclass(frozen=True)
class CollectionFaction:
    """One faction across the whole collection."""

    id: str
    name: str
    leader: str | None
    members: tuple[CollectionMembership, ...]
    stance: str | None
    opposes: tuple[str, ...]
    briefing_ids: tuple[str, ...]


@dataclass(frozen=True)
class MergeReason:
    """What put a report on an event page: the participants (collection ids), date and place it shares with
    the page's first report."""

    shared: tuple[str, ...]
    date: EventDate | None = None
    place: str | None = None


@dataclass(frozen=True)
class Report:
    """One briefing's account of a collection event; `reason` is None for the page's first report."""

    briefing_id: str
    local_id: str
    summary: str
    evidence: str
    reason: MergeReason | None = None


@dataclass(frozen=True)
class CollectionEvent:
    """One real event across the collection, with every briefing that reports it."""

    id: str
    type: str
    date: EventDate
    participants: tuple[str, ...]
    place: str | None
    reports: tuple[Report, ...]

    @property
    def summary(self) -> str:
        """Return the first report's summary."""
        return self.reports[0].summary


@dataclass(frozen=True)
class Collection:
    """All briefings (newest first), actors and factions, with each briefing's local->global ids."""

    briefings: tuple[Briefing, ...]
    actors: tuple[CollectionActor, ...]
    actor_ids: dict[tuple[str, str], str] = field(default_factory=dict)
    factions: tuple[CollectionFaction, ...] = ()
    faction_ids: dict[tuple[str, str], str] = field(default_factory=dict)
    events: tuple[CollectionEvent, ...] = ()
    event_ids: dict[tuple[str, str], str] = field(default_factory=dict)

    def actor(self, actor_id: str) -> CollectionActor:
        """Return the actor with this id."""
        return next(a for a in self.actors if a.id == actor_id)
