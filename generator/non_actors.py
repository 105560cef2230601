"""Groups of mentions that name no actor of the story: countries seen only as adjectives, ..."""
from __future__ import annotations

from generator.clusters import Group


def drop_non_actors(groups: list[Group]) -> list[Group]:
    """Return the groups that name an actor."""
    return [g for g in groups if not only_adjectives(g)]


def only_adjectives(group: Group) -> bool:
    """Return whether a country is named only by demonyms modifying other words ("Estonian team")."""
    return all(c.adjective for c in group.candidates)
