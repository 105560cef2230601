"""Resolve factions across briefings: the same camp named in two articles is one faction."""
from __future__ import annotations

from collections import Counter, defaultdict


from generator.factions import stem
from generator.models import Briefing, CollectionFaction, CollectionMembership, Faction
from generator.slugs import safe_slug


def resolve_factions(briefings: tuple[Briefing, ...], actor_ids: dict[tuple[str, str], str]
                     ) -> tuple[tuple[CollectionFaction, ...], dict[tuple[str, str], str]]:
    """Return the collection's factions and (briefing id, local faction id) -> faction id."""
    groups: dict[str, list[tuple[Briefing, Faction]]] = defaultdict(list)
    for briefing in briefings:
        for faction in briefing.factions:
            groups[faction_key(briefing, faction, actor_ids)].append((briefing, faction))
    faction_ids = {}
    for key, found in groups.items():
        for briefing, faction in found:
            faction_ids[(briefing.article.id, faction.id)] = global_id(key, found)
    factions = tuple(sorted((merge_faction(global_id(k, f), f, actor_ids, faction_ids) for k, f in groups.items()),
                            key=lambda f: f.id))
    return factions, faction_ids


def faction_key(briefing: Briefing, faction: Faction, actor_ids: dict) -> str:
    """Return what makes two factions the same: a leader's camp, or the same label."""
    leader = actor_ids[(briefing.article.id, faction.leader)] if faction.leader else None
    if leader and faction.name.endswith(" camp") and len(faction.name.split()) == 2:
        return f"camp:{leader}"
    return f"label:{stem(faction.name)}"


def global_id(key: str, found: list[tuple[Briefing, Faction]]) -> str:
    """Return the faction's stable id: '<leader id>-camp' for a person's camp, else its name's slug."""
    if key.startswith("camp:"):
        return f"{key[5:]}-camp"
    return safe_slug(found[0][1].name.replace("–", "-"), "faction")


def merge_faction(faction_id: str, found: list[tuple[Briefing, Faction]], actor_ids: dict,
                  faction_ids: dict) -> CollectionFaction:
    """Return one collection faction from its per-briefing factions."""
    names = Counter(f.name for _, f in found)
    members, seen = [], set()
    for briefing, faction in found:
        for m in faction.members:
            actor = actor_ids[(briefing.article.id, m.actor)]
            if actor not in seen:
                seen.add(actor)
                members.append(CollectionMembership(actor, m.evidence, briefing.article.id))
    leaders = Counter(actor_ids[(b.article.id, f.leader)] for b, f in found if f.leader)
    opposes = {faction_ids.get((b.article.id, o)) for b, f in found for o in f.opposes} - {None}
    return CollectionFaction(
        id=faction_id, name=max(names, key=lambda n: (names[n], n)),
        leader=leaders.most_common(1)[0][0] if leaders else None, members=tuple(members),
        stance=next((f.stance for _, f in found if f.stance), None), opposes=tuple(sorted(opposes)),
        briefing_ids=tuple(dict.fromkeys(b.article.id for b, _ in found)))
