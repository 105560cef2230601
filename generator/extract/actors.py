"""The actors of one article: one `Actor` per group of mentions, with its name, kind, aliases and roles."""
from __future__ import annotations

from collections.abc import Iterator

from generator.extract.groups import Group, canonical_name, group_id
from generator.extract.kinds import kind_of
from generator.records import Actor, Role
from generator.slugs import unique_id


def roles_of(group: Group) -> tuple[Role, ...]:
    """Return the group's distinct roles, in order of first mention."""
    roles: dict[str, Role] = {}
    for c in sorted(group.candidates, key=lambda c: c.mention.sentence):
        if c.role and c.role.title.lower() not in roles:
            roles[c.role.title.lower()] = c.role
    return tuple(roles.values())


def to_actor(group: Group) -> Actor:
    """Return the actor of a group (its id is the slug of its name, made unique later)."""
    name = canonical_name(group)
    mentions = tuple(sorted({c.mention for c in group.candidates}, key=lambda m: (m.paragraph, m.start)))
    aliases = tuple(sorted({c.surface for c in group.candidates} | {c.name for c in group.candidates}))
    return Actor(id=group_id(group), name=name, kind=kind_of(group), aliases=aliases,
                 roles=roles_of(group), mentions=mentions)


def build_actors(groups: list[Group]) -> Iterator[Actor]:
    """Yield one `Actor` per group, ids unique within the article, most mentioned first."""
    seen: set[str] = set()
    built = [to_actor(g) for g in groups]
    for actor in sorted(built, key=lambda a: (-len(a.mentions), a.name)):
        actor_id = unique_id(actor.id, seen)
        yield Actor(id=actor_id, name=actor.name, kind=actor.kind, aliases=actor.aliases,
                    roles=actor.roles, mentions=actor.mentions)
