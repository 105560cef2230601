"""Variants of one person's full name across articles: "Mark Felt" and "W. Mark Felt" are one man, so are
"Fred LaRue" and "Frederick C. LaRue"; "George Bush" stays apart from both "George W. Bush" and "George H. W.
Bush", and "Pat Smith" from "Patrick Smith" when "Patricia Smith" is named too."""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from itertools import combinations

from generator.extract import same_given_names
from generator.lexicons.people import NAME_SUFFIXES


def person_variant_targets(counts: Counter) -> dict[str, str]:
    """Return full name -> the name of its group, for full names that are variants of one person's name.

    Two names are joined only if every name compatible with either is compatible with all the others:
    a short name that fits two different people ("George Bush") joins neither.
    """
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        parts = name_parts(name)
        if parts is not None:
            by_surname[parts[0]].append(name)
    targets = {}
    for names in by_surname.values():
        for group in variant_groups(names):
            chosen = max(group, key=lambda n: (counts[n], len(n.split()), n))
            targets.update({n: chosen for n in group if n != chosen})
    return targets


def variant_groups(names: list[str]) -> list[set[str]]:
    """Return the groups of two or more names that are unambiguously one person's."""
    fits = {n: {m for m in names if m != n and compatible(n, m)} for n in names}
    clear = {n for n in names if all(compatible(a, b) for a, b in combinations(fits[n], 2))}
    parent = {n: n for n in names}

    def root(n: str) -> str:
        while parent[n] != n:
            n = parent[n]
        return n

    for n in clear:
        for m in fits[n] & clear:
            parent[root(n)] = root(m)
    groups: dict[str, set[str]] = defaultdict(set)
    for n in names:
        groups[root(n)].add(n)
    return [g for g in groups.values() if len(g) > 1]


@functools.cache  # asked for every person of every article, twice, and for each pair of candidates
def name_parts(name: str) -> tuple[str, tuple[str, ...], str] | None:
    """Return (surname, given names, generation suffix) of a full name, or None for a single word."""
    words = [w.strip(".,'\"‘’“”") for w in name.split()]
    words = [w for w in words if w and not w.islower()]  # "Vincent 'the Chin' Gigante"
    suffix = words.pop().lower() if len(words) > 2 and words[-1].lower() in NAME_SUFFIXES else ""
    if len(words) < 2:
        return None
    return words[-1].lower(), tuple(w.lower() for w in words[:-1]), suffix


def compatible(first: str, second: str) -> bool:
    """Return whether two full names can be one person's: same surname and suffix, the same given names
    written out (or one's short form: "Fred", "Frederick"), and initials only on one side or the same on both
    ("W. Mark Felt" and "Mark Felt"; not "R Kelly" and "Ruth Kelly", "Jerry Lewis" and "Jerry Lee Lewis",
    "George W." and "George H. W. Bush")."""
    a, b = name_parts(first), name_parts(second)
    if a is None or b is None or a[0] != b[0] or a[2] != b[2]:
        return False
    words_a, words_b = [g for g in a[1] if len(g) > 1], [g for g in b[1] if len(g) > 1]
    initials_a, initials_b = [g for g in a[1] if len(g) == 1], [g for g in b[1] if len(g) == 1]
    return (bool(words_a) and len(words_a) == len(words_b) and all(map(same_given_names, words_a, words_b))
            and (initials_a == initials_b or not initials_a or not initials_b))
