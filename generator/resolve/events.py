"""Resolve events across briefings: reports of one real event become one event page, only on evidence.

Two reports are of one event when they have the same class and share two participants, or one
participant and a known, compatible date or the same place (see `evidence`); something said (a
statement, an accusation) needs two participants in common, only the same day counts for it as a
date and no place counts, as one speaker says something in article after article, wherever they
are. A report joins a page
only with evidence against the page's FIRST report and no date at odds with any other, so a page
never grows by transitivity: B sharing Rubio and Lavrov with A, and C sharing Lavrov and Dmitriev
with B, put C on A's page only if C has evidence against A itself.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
from dataclasses import dataclass, replace

import lemminflect

from generator.extract import compatible_dates as compatible
from generator.lexicons.interactions import UTTERANCE_CLASSES
from generator.lexicons.labels import KNOWN_DATE_PRECISIONS
from generator.records import Briefing, CollectionEvent, Event, EventDate, MergeReason, Report
from generator.slugs import safe_slug, unique_id


@dataclass(frozen=True)
class Account:
    """One report as the merge rule sees it: class, participants and place (collection ids), date."""

    briefing_id: str
    cls: str
    participants: tuple[str, ...]  # in the event's order: a page's slug names its first participant
    countries: frozenset[str]
    place: str | None
    date: EventDate
    trigger: str = ""  # the predicate's word, lower-cased ('shot'); '' when the event has none
    utterance: bool = False  # something said: a statement, an appeal, an accusation, a rejection ...


@dataclass(frozen=True)
class Page:
    """An event page being built: its event so far and the accounts of its reports, first one first."""

    event: CollectionEvent
    accounts: tuple[Account, ...]


def event_class(event: Event) -> str:
    """Return the class two reports must share to merge: the interaction class, else the type ('talks')."""
    return getattr(event, "cls", "") or event.type


def resolve_events(briefings: tuple[Briefing, ...], actor_ids: dict[tuple[str, str], str],
                   names: dict[str, str]) -> tuple[tuple[CollectionEvent, ...], dict[tuple[str, str], str]]:
    """Return the collection's events (newest first) and (briefing id, local event id) -> event id."""
    pages: list[Page] = []
    index: dict[tuple[str, ...], list[int]] = {}  # match key of a page's first report -> page positions
    for briefing in sorted(briefings, key=lambda b: (b.article.date is None, b.article.date, b.article.id)):
        kinds = {a.id: a.kind for a in briefing.actors}
        for event in briefing.events:
            add_report(pages, index, briefing, event, account_of(briefing, event, actor_ids, kinds))
    events, ids = [], {}
    taken: set[str] = set()
    for page in pages:
        event_id = unique_id(event_slug(page.event, names), taken)
        events.append(replace(page.event, id=event_id))
        ids.update({(r.briefing_id, r.local_id): event_id for r in page.event.reports})
    return tuple(sorted(events, key=lambda e: (e.date.value or "", e.id), reverse=True)), ids


def account_of(briefing: Briefing, event: Event, actor_ids: dict, kinds: dict[str, str]) -> Account:
    """Return the account of a briefing's event, its participants as collection ids."""
    article = briefing.article.id
    participants = tuple(dict.fromkeys(actor_ids[(article, p)] for p in event.participants))
    countries = frozenset(actor_ids[(article, p)] for p in event.participants if kinds.get(p) == "country")
    place = actor_ids[(article, event.place)] if event.place else None
    cls = event_class(event)
    return Account(article, cls, participants, countries, place, event.date, getattr(event, "trigger", "").lower(),
                   utterance=cls in UTTERANCE_CLASSES)


def same_predicate(a: Account, b: Account) -> bool:
    """Return whether two reports use one predicate ('shot', 'shooting': 'shoot'), or either has none to compare."""
    return a.trigger == b.trigger or not (a.trigger and b.trigger) or bool(lemmas(a.trigger) & lemmas(b.trigger))


@functools.cache
def lemmas(word: str) -> frozenset[str]:
    """Return the lemmas a word can have, itself included ('shot' -> {'shot', 'shoot'}).

    lemminflect's tables load on the first call (~0.3 s), so only collections that compare two
    different trigger words pay for them.
    """
    found = lemminflect.getAllLemmas(word) or lemminflect.getAllLemmasOOV(word, "VERB")
    return frozenset(lemma for lemmas in found.values() for lemma in lemmas) | {word}


def add_report(pages: list[Page], index: dict, briefing: Briefing, event: Event, account: Account) -> None:
    """Join the event to the page with the strongest evidence against its first report, or open a page.

    Only pages whose first report shares a match key with the report (a class and two participants,
    or a participant and a place or a month) are compared, so the cost grows with the collection,
    not its square.
    """
    report = Report(briefing.article.id, event.id, event.summary, event.evidence)
    keys = match_keys(account)
    candidates = sorted({i for key in keys for i in index.get(key, ())})
    joined = [(reason, i) for i in candidates if (reason := joins(pages[i].accounts, account))]
    if joined:
        reason, i = max(joined, key=lambda pair: (strength(pair[0]), -pair[1]))
        pages[i] = grown(pages[i], account, replace(report, reason=reason), event.date)
        return
    for key in keys:
        index.setdefault(key, []).append(len(pages))
    first = CollectionEvent("", event.type, event.date, account.participants, account.place, (report,))
    pages.append(Page(first, (account,)))


def joins(accounts: tuple[Account, ...], new: Account) -> MergeReason | None:
    """Return the evidence against the page's first report, if the new report contradicts none on the page.

    The first report is what the page is about (its title and summary), so every other report must
    have evidence against it, never only against a later one. Asking for evidence against every
    report instead split stories whose reports each add a participant (ECB+ pair recall 0.080
    instead of 0.093, precision 0.94 both ways).
    """
    if any(a.briefing_id == new.briefing_id or not compatible(a.date, new.date) for a in accounts):
        return None  # one briefing's events were merged at extraction; two left apart stay apart
    return evidence(accounts[0], new)


def evidence(old: Account, new: Account) -> MergeReason | None:
    """Return what makes two reports one event, or None when it is too little.

    Each shared participant, a known compatible date and the same place are one point each; two
    points with a shared participant make one event, three when the predicates differ ('charged' and
    'sentenced'). Between undated reports, shared countries count as one point and never alone:
    'England beat France' is every rugby season.

    Something said (`Account.utterance`) needs two participants in common, only the same day counts for it
    as a date and its place never counts: a statement's participants are its speakers, and a speaker says
    something in article after article, wherever they are (on one shared participant, one BBC event page
    held Tony Blair's statements from 56 of 300 articles). Joint speakers ('Zadan and Meron said') or an
    accuser and the accused ('Blackmore accused Oppal of religious persecution') still make one event.
    """
    if old.cls != new.cls or not compatible(old.date, new.date):
        return None
    shared = tuple(p for p in new.participants if p in old.participants)
    date = new.date if is_known(old.date) and is_known(new.date) else None
    place = new.place if new.place and new.place == old.place else None
    if new.utterance and len(shared) < 2:
        return None  # one speaker alone is no evidence
    if new.utterance:
        date, place = (date if old.date.precision == "day" else None), None
    points = participant_points(shared, old.countries | new.countries, dated=date is not None)
    points += (date is not None) + (place is not None) if points else 0
    needed = 2 if same_predicate(old, new) else 3
    return MergeReason(shared, date, place) if points >= needed else None


def participant_points(shared: tuple[str, ...], countries: frozenset[str], dated: bool) -> int:
    """Return what shared participants weigh: one each; undated, all countries together one, and none alone.

    ('labour-party', 'united-kingdom') undated -> 2; ('france', 'united-kingdom') undated -> 0.
    """
    if dated:
        return len(shared)
    others = [p for p in shared if p not in countries]
    return len(others) + (len(others) < len(shared)) if others else 0


def is_known(date: EventDate) -> bool:
    """Return whether a date names a period short enough to count as evidence ('2025-02-18', '2025-02')."""
    return date.value is not None and date.precision in KNOWN_DATE_PRECISIONS


def strength(reason: MergeReason) -> tuple[int, bool, bool]:
    """Return how strong a reason is, to pick between pages: shared participants, then date, then place."""
    return len(reason.shared), reason.date is not None, reason.place is not None


def match_keys(account: Account) -> set[tuple[str, ...]]:
    """Return the keys under which any report with evidence against this one is found.

    ('talks', 'lavrov', 'rubio') for two participants; ('talks', 'lavrov', '@riyadh') for one and the
    place; ('talks', 'lavrov', '#2025-02') for one and a month its date falls in.
    """
    people = sorted(account.participants)
    keys = {(account.cls, a, b) for a, b in itertools.combinations(people, 2)}
    extras = [f"@{account.place}"] if account.place else []
    extras += [f"#{month}" for month in months(account.date)] if is_known(account.date) else []
    return keys | {(account.cls, p, extra) for p in people for extra in extras}


def months(date: EventDate) -> tuple[str, ...]:
    """Return the months a known date falls in: one, or two for a week across a month's end ('2025-03', ...)."""
    if date.precision != "week":
        return (date.value[:7],)
    monday = dt.date.fromisoformat(date.value)
    return tuple(dict.fromkeys((monday.isoformat()[:7], (monday + dt.timedelta(days=6)).isoformat()[:7])))


def grown(page: Page, account: Account, report: Report, date: EventDate) -> Page:
    """Return the page with one more report: participants added, the first known place and date kept."""
    known = page.event
    event = replace(known, participants=tuple(dict.fromkeys(known.participants + account.participants)),
                    place=known.place or account.place, reports=known.reports + (report,),
                    date=known.date if known.date.value else date)
    return Page(event, page.accounts + (account,))


def event_slug(event: CollectionEvent, names: dict[str, str]) -> str:
    """Return a readable id: date, type and first participant ('2025-02-agreement-ukraine')."""
    date = event.date.value if event.date.value and event.date.precision != "before" else ""
    return safe_slug(f"{date} {event.type} {names[event.participants[0]]}", "event")
