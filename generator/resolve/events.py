"""Resolve events across briefings: two articles reporting the same event give one event page."""
from __future__ import annotations

from dataclasses import replace


from generator.extract import compatible_dates as compatible
from generator.records import Briefing, CollectionEvent, Event, Report
from generator.slugs import safe_slug, unique_id


def resolve_events(briefings: tuple[Briefing, ...], actor_ids: dict[tuple[str, str], str],
                   names: dict[str, str]) -> tuple[tuple[CollectionEvent, ...], dict[tuple[str, str], str]]:
    """Return the collection's events (newest first) and (briefing id, local event id) -> event id.

    Two events are the same when they have the same type, share a participant and have compatible
    dates (a date and an unknown date are compatible; two known dates must overlap).
    """
    merged: list[CollectionEvent] = []
    index: dict[tuple[str, str], list[int]] = {}  # (type, participant) -> positions in `merged`
    for briefing in sorted(briefings, key=lambda b: (b.article.date is None, b.article.date, b.article.id)):
        for event in briefing.events:
            merged = add_report(merged, briefing, event, actor_ids, index)
    events, ids = [], {}
    taken: set[str] = set()
    for event in merged:
        event_id = unique_id(event_slug(event, names), taken)
        events.append(replace(event, id=event_id))
        ids.update({(r.briefing_id, r.local_id): event_id for r in event.reports})
    return tuple(sorted(events, key=lambda e: (e.date.value or "", e.id), reverse=True)), ids


def add_report(merged: list[CollectionEvent], briefing: Briefing, event: Event, actor_ids: dict,
               index: dict[tuple[str, str], list[int]]) -> list[CollectionEvent]:
    """Return the events with this briefing's event joined to the same real event, or added.

    Only events of the same type sharing a participant are compared (through `index`), so the
    cost grows with the collection, not with its square.
    """
    participants = tuple(actor_ids[(briefing.article.id, p)] for p in event.participants)
    place = actor_ids[(briefing.article.id, event.place)] if event.place else None
    report = Report(briefing.article.id, event.id, event.summary, event.evidence)
    candidates = sorted({i for p in participants for i in index.get((event.type, p), ())})
    for i in candidates:
        known = merged[i]
        if compatible(known.date, event.date) and known.reports[0].briefing_id != briefing.article.id:
            merged[i] = replace(known, participants=tuple(dict.fromkeys(known.participants + participants)),
                                place=known.place or place, reports=known.reports + (report,),
                                date=known.date if known.date.value else event.date)
            for p in participants:
                index.setdefault((event.type, p), []).append(i)
            return merged
    for p in participants:
        index.setdefault((event.type, p), []).append(len(merged))
    merged.append(CollectionEvent("", event.type, event.date, participants, place, (report,)))
    return merged


def event_slug(event: CollectionEvent, names: dict[str, str]) -> str:
    """Return a readable id: date, type and first participant ('2025-02-agreement-ukraine')."""
    date = event.date.value if event.date.value and event.date.precision != "before" else ""
    return safe_slug(f"{date} {event.type} {names[event.participants[0]]}", "event")

