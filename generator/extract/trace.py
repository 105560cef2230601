"""What the actor steps did to one article's groups, for `briefings extract --explain`: every merge, every
mention or group added and every group dropped, and the rule behind each actor's kind.

Kept out of the `Briefing` (and so out of `extract --json` and the cache): `extract` records here only
when it is given a `Trace`, by comparing the groups before and after each step, so no rule records
anything itself.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from generator.extract.groups import Group, canonical_name
from generator.extract.kinds import kind_rule
from generator.records import Mention


@dataclass(frozen=True)
class Change:
    """One thing a step did: "merged" 'RDIF' into Russian Direct Investment Fund; "grouped" names of one key
    ('America', 'U.S.' -> United States); "added" a group; "dropped" one; added "mentions" to one."""

    step: int
    step_name: str
    action: str
    name: str
    into: str | None
    mentions: frozenset[Mention]

    def describe(self) -> str:
        """Return one line: "1. merge_acronyms: 'RDIF' -> Russian Direct Investment Fund"."""
        what = {"merged": f"'{self.name}' -> {self.into}", "added": f"'{self.name}' added",
                "grouped": f"{self.name} -> {self.into}",
                "dropped": f"'{self.name}' dropped",
                "mentions": f"{len(self.mentions)} more mention(s) of '{self.name}'"}
        return f"{self.step}. {self.step_name}: {what[self.action]}"


class Trace:
    """Collects the changes of one article's actor steps and the rule behind each final group's kind."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.kinds: list[tuple[frozenset[Mention], str, str]] = []

    def run(self, number: int, step: Callable[[list[Group]], list[Group]], groups: list[Group]) -> list[Group]:
        """Return `step(groups)`, recording what step `number` of the recipe changed."""
        after = step(groups)
        self.changes += changes(number, step_name(step), groups, after)
        return after

    def grouped(self, groups: list[Group]) -> None:
        """Record the groups that hold several names from the start (one country, one key of a name)."""
        self.changes += [Change(0, "group_by_name", "grouped", ", ".join(f"'{n}'" for n in sorted(names)),
                                canonical_name(g), mentions_of(g))
                         for g in groups if len(names := {c.surface for c in g.candidates}) > 1]

    def decided(self, groups: list[Group]) -> None:
        """Record the kind, and its rule, of each final group (one per actor)."""
        self.kinds = [(mentions_of(g), *kind_rule(g)) for g in groups]

    def of_actor(self, mentions: tuple[Mention, ...]) -> tuple[tuple[str, str] | None, list[Change]]:
        """Return ((kind, rule), the changes that formed it) for the actor with these mentions."""
        own = set(mentions)
        kind = next(((k, rule) for group, k, rule in self.kinds if group & own), None)
        return kind, [c for c in self.changes if c.action != "dropped" and c.mentions & own]

    def dropped(self) -> list[Change]:
        """Return the groups a step dropped: names that are no actors."""
        return [c for c in self.changes if c.action == "dropped"]


def step_name(step: Callable) -> str:
    """Return a step's function name ("add_missed_mentions" for a `partial` of it)."""
    return (step.func if isinstance(step, partial) else step).__name__


def mentions_of(group: Group) -> frozenset[Mention]:
    """Return the mentions of a group."""
    return frozenset(c.mention for c in group.candidates)


def changes(number: int, name: str, before: list[Group], after: list[Group]) -> list[Change]:
    """Return what turned the groups `before` a step into those `after` it, by group key and mention."""
    now = {g.key: g for g in after}
    then = {g.key for g in before}
    holder = {c.mention: g for g in after for c in g.candidates}
    found = []
    for group in before:
        if group.key not in now:
            target = holder.get(group.candidates[0].mention)
            found.append(Change(number, name, "merged" if target else "dropped", canonical_name(group),
                                canonical_name(target) if target else None, mentions_of(group)))
    found += [Change(number, name, "added", canonical_name(g), None, mentions_of(g))
              for g in after if g.key not in then]
    for group in before:
        extra = mentions_of(now[group.key]) - mentions_of(group) if group.key in now else frozenset()
        extra -= {m for c in found if c.into is not None for m in c.mentions}
        if extra:
            found.append(Change(number, name, "mentions", canonical_name(group), None, frozenset(extra)))
    return found
