"""Apply the editor's overrides file (`seeds/actors.yml`) to the collection: merges, names, kinds, extra
aliases, descriptions and roles are applied after the automatic resolution, so every fix survives every
rebuild. (Extraction reads the same file: `extract.language.add_override_patterns` makes each name and
alias an entity-ruler pattern, so the mention lands on that actor.)
"""
from __future__ import annotations

from dataclasses import replace

from generator.overrides import ActorOverride, Overrides
from generator.records import CollectionActor, CollectionRole

EDITOR_EVIDENCE = "Set by the editor in seeds/actors.yml."


def merge_targets(overrides: Overrides | None) -> dict[str, str]:
    """Return {actor id: the id the editor merged it into}."""
    return overrides.merged_ids() if overrides else {}


def curated(actor: CollectionActor, override: ActorOverride | None) -> CollectionActor:
    """Return the actor with the editor's name, kind, aliases, description and roles applied."""
    if override is None:
        return actor
    aliases = tuple(sorted((set(actor.aliases) | set(override.aliases)) - set(override.reject_aliases)))
    roles = actor.roles + tuple(CollectionRole(title, EDITOR_EVIDENCE, "") for title in override.roles
                                if title.lower() not in {r.title.lower() for r in actor.roles})
    return replace(actor, name=override.name or actor.name, kind=override.kind or actor.kind, aliases=aliases,
                   roles=roles, description=override.description)
