"""Groups of one article's mentions believed to name one actor: their keys, their fullest name, the
one way two groups are merged (`merge_into`), and the merge of names that differ only in case or
punctuation."""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from generator.extract.candidates import Candidate
from generator.extract.national_teams import plays_as_team, team_name
from generator.slugs import safe_slug

# A given name written as its initial ("G", "J.").
INITIAL = re.compile(r"[A-Z]\.?")


@dataclass(frozen=True)
class Group:
    """Mentions believed to name one actor."""

    key: str
    candidates: tuple[Candidate, ...]

    @property
    def names(self) -> set[str]:
        """Return the distinct cleaned names of the group's mentions."""
        return {c.name for c in self.candidates}

    @functools.cached_property
    def canonical(self) -> str:
        """Return the fullest name, worked out once: the merging rules ask for it in loops over all groups."""
        return fullest_name(self)

    @property
    def is_person(self) -> bool:
        """Return whether any mention is tagged PERSON or carries a person's title."""
        return any(c.label == "PERSON" or c.person_title for c in self.candidates)


def group_by_name(candidates: list[Candidate]) -> list[Group]:
    """Return one group per key: the mentions of one name, one country or one editor's id (every "Rubio" of
    the article is one group, "Marco Rubio" another, until the merges below join them)."""
    by_key: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_key.setdefault(group_key(c), []).append(c)
    return [Group(key, tuple(cs)) for key, cs in by_key.items()]


def group_key(c: Candidate) -> str:
    """Return the key that groups a mention with others: the editor's id, its country, else its name."""
    return f"id:{c.pinned}" if c.pinned else f"country:{c.country}" if c.country else name_key(c.name)


def name_key(name: str) -> str:
    """Return the grouping key of a name: without an inner possessive ("New People's Party" is
    "New People Party"), as writers drop it; several words in any case ("Republican party")."""
    key = re.sub(r"['’]s(?= )", "", name)
    return key.casefold() if " " in key else key


def group_id(group: Group) -> str:
    """Return the id the group's actor will have: the editor's, else the slug of its name."""
    return group.key[3:] if group.key.startswith("id:") else safe_slug(canonical_name(group), "actor")


def refused(source: Group, target: Group) -> bool:
    """Return whether the editor said the source's name is not the target actor."""
    return group_id(target) in {c.rejects for c in source.candidates if c.rejects}


def merge_into(groups: list[Group], source: Group, target: Group) -> list[Group]:
    """Return `groups` with `source`'s mentions moved into `target` (unless the editor refused it)."""
    if refused(source, target):
        return groups
    merged = replace(target, candidates=target.candidates + source.candidates)
    return [merged if g is target else g for g in groups if g is not source]


def merge_same_ids(groups: list[Group]) -> list[Group]:
    """Return groups where names that differ only in case or punctuation are one actor ("Robert Kilroy-Silk"
    and "Robert Kilroy Silk", "CeBit" and "Cebit", "Warner Bros" and "Warner Bros."): their ids are one slug."""
    by_id: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        by_id[group_id(group)].append(group)
    for twins in by_id.values():
        largest = max(twins, key=lambda g: len(g.candidates))
        for twin in twins:
            if twin is not largest:
                groups = merge_into(groups, twin, largest)
                largest = next((g for g in groups if g.key == largest.key), largest)
    return groups


def canonical_name(group: Group) -> str:
    """Return the fullest name of the group (most words, then spelled out, most frequent, most capitalised)."""
    return group.canonical


def fullest_name(group: Group) -> str:
    """Work out the group's canonical name (see `canonical_name`)."""
    if group.key.startswith("country:"):
        country = group.key.split(":", 1)[1]
        return team_name(group.candidates, country) if plays_as_team(group.candidates) else country
    if group.key.startswith("id:") and all(c.country for c in group.candidates):
        return group.candidates[0].country
    counts = Counter(c.name for c in group.candidates)
    capitals = {name: sum(w[:1].isupper() for w in name.split()) for name in counts}
    spelled = {name: not INITIAL.fullmatch(name.split()[0]) for name in counts}  # "Kelly Holmes", not "K Holmes"
    return max(counts, key=lambda name: (len(name.split()), spelled[name], counts[name], capitals[name], name))
