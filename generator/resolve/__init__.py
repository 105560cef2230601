"""Resolve stage: every `Briefing` -> one `Collection` where each real actor, faction and event has one
page with one stable id, on evidence; the editor's overrides are applied here, last.

The recipe (`resolve`): briefings newest first; each briefing's actors given collection ids (a lone
surname, a variant of a person's name or a body's short form joins its full name; see `actors`);
one collection actor per id, with the editor's fixes (`curation`); its former ids kept for
redirects; then factions and events across briefings (`factions`, `events`).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from generator.overrides import Overrides
from generator.records import Actor, Briefing, Collection
from generator.resolve.actors import assign_global_ids, co_mentions, merge_actor, with_former_ids
from generator.resolve.curation import curated
from generator.resolve.events import resolve_events
from generator.resolve.factions import resolve_factions


def resolve(briefings: Iterable[Briefing], overrides: Overrides | None = None) -> Collection:
    """Return the collection: briefings newest first, actors merged across briefings, the editor's
    overrides (merges, names, kinds, aliases, descriptions, roles) applied last."""
    ordered = tuple(sorted(briefings, key=newest_first))
    actor_ids, ambiguous = assign_global_ids(ordered, overrides or Overrides())
    members: dict[str, list[tuple[Briefing, Actor]]] = defaultdict(list)
    for briefing in ordered:
        for actor in briefing.actors:
            members[actor_ids[(briefing.article.id, actor.id)]].append((briefing, actor))
    related = co_mentions(ordered, actor_ids)
    actors = tuple(sorted((curated(merge_actor(gid, found, related[gid], actor_ids, ambiguous.get(gid, ())),
                                   (overrides or Overrides()).actor(gid))
                           for gid, found in members.items()), key=lambda a: a.id))
    actors = with_former_ids(actors, actor_ids)
    factions, faction_ids = resolve_factions(ordered, actor_ids, overrides)
    events, event_ids = resolve_events(ordered, actor_ids, {a.id: a.name for a in actors})
    return Collection(briefings=ordered, actors=actors, actor_ids=actor_ids, factions=factions,
                      faction_ids=faction_ids, events=events, event_ids=event_ids)


def newest_first(briefing: Briefing) -> tuple:
    """Return a sort key: newest date first, undated last, then by title and id."""
    date = briefing.article.date or dt.date.min
    return (-date.toordinal(), briefing.article.title.lower(), briefing.article.id)
