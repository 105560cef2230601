"""A mention as the grouping rules see it: one cleaned entity mention and what its context says about it.

Its own module, below every rule that groups, merges or tests mentions, so none of them imports
another to name the type.
"""
from __future__ import annotations

from dataclasses import dataclass

from generator.records import Mention, Role


@dataclass(frozen=True)
class Candidate:
    """One cleaned entity mention before mentions are grouped into actors."""

    name: str
    surface: str
    label: str
    mention: Mention
    person_title: bool = False
    role: Role | None = None
    country: str | None = None
    acronym: str | None = None
    pinned: str | None = None
    rejects: str | None = None
    adjective: bool = False
    propagated: bool = False
    sporting: bool = False
    body: bool = False
    medium: bool = False
