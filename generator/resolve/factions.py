"""Resolve factions across briefings: the same camp named in two articles is one faction."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from generator.extract import label_stem as stem
from generator.records import Briefing, CollectionFaction, CollectionMembership, Faction
from generator.overrides import FactionOverride, Overrides
from generator.resolve.curation import EDITOR_EVIDENCE
from generator.slugs import safe_slug


def resolve_factions(briefings: tuple[Briefing, ...], actor_ids: dict[tuple[str, str], str],
                     overrides: Overrides | None = None
                     ) -> tuple[tuple[CollectionFaction, ...], dict[tuple[str, str], str]]:
    """Return the collection's factions and (briefing id, local faction id) -> faction id.

    The editor's overrides merge factions and correct their name, leader, members, stance and rivals.
    """
    overrides = overrides or Overrides()
    merged = overrides.merged_faction_ids()
    groups: dict[str, list[tuple[Briefing, Faction]]] = defaultdict(list)
    for briefing in briefings:
        for faction in briefing.factions:
            groups[faction_key(briefing, faction, actor_ids)].append((briefing, faction))
    by_id: dict[str, list[tuple[Briefing, Faction]]] = defaultdict(list)
    faction_ids = {}
    for key, found in groups.items():
        final = merged.get(global_id(key, found), global_id(key, found))
        by_id[final].extend(found)
        faction_ids.update({(b.article.id, f.id): final for b, f in found})
    known = set(actor_ids.values())
    factions = [curated_faction(merge_faction(fid, found, actor_ids, faction_ids), overrides.faction(fid), known)
                for fid, found in by_id.items()]
    names = {f.id for f in factions}  # an editor's id that names no faction here is ignored
    return tuple(sorted((replace(f, opposes=tuple(o for o in f.opposes if o in names and o != f.id))
                         for f in factions), key=lambda f: f.id)), faction_ids


def curated_faction(faction: CollectionFaction, override: FactionOverride | None, known: set[str]) -> CollectionFaction:
    """Return the faction with the editor's name, leader, members, stance and rivals applied.

    Actor ids the collection does not have are ignored (the article that named them may be gone).
    """
    if override is None:
        return faction
    members = tuple(m for m in faction.members if m.actor not in override.remove_members)
    members += tuple(CollectionMembership(a, EDITOR_EVIDENCE, "") for a in override.members
                     if a in known and a not in {m.actor for m in members})
    leader = override.leader if override.leader in known else faction.leader
    return replace(faction, name=override.name or faction.name, leader=leader,
                   members=members, stance=override.stance or faction.stance,
                   opposes=tuple(sorted(set(faction.opposes) | set(override.opposes))))


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
