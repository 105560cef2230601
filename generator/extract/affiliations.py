"""Affiliations: the country or organisation an actor belongs to, without merging the two.

A capital or a seat of government stands for its country ("Moscow", "the Kremlin" -> Russia); a
person's or organisation's role names the body they serve ("U.S. Secretary of State" -> United
States, "head of the Russian Direct Investment Fund" -> that fund).
"""
from __future__ import annotations

import functools
import re

from countryinfo import CountryInfo

from generator.lexicons.places import GOVERNMENT_SEATS
from generator.records import Actor


@functools.cache
def capitals() -> dict[str, str]:
    """Return capital city -> canonical country name."""
    found = {}
    for data in CountryInfo.all().values():
        capital = data.get("capital")
        for city in capital if isinstance(capital, list) else [capital] if capital else []:
            found.setdefault(city, data["name"])
    return found


def affiliations(actors: tuple[Actor, ...]) -> dict[str, str]:
    """Return actor id -> the id of the country or organisation of the article it belongs to."""
    by_name = {a.name: a.id for a in actors if a.kind in ("country", "organization")}
    found = {}
    for actor in actors:
        target = seat_country(actor) if actor.kind in ("place", "organization") else None
        target = by_name.get(target) if target else None
        target = target or body_in_roles(actor, actors)
        if target and target != actor.id:
            found[actor.id] = target
    return found


def seat_country(actor: Actor) -> str | None:
    """Return the country a capital or seat of government stands for."""
    return GOVERNMENT_SEATS.get(actor.name) or capitals().get(actor.name)


def body_in_roles(actor: Actor, actors: tuple[Actor, ...]) -> str | None:
    """Return the first country or organisation named in one of the actor's role titles."""
    bodies = [a for a in actors if a.kind in ("country", "organization") and a.id != actor.id]
    for role in actor.roles:
        if re.search(r"\b(envoy|ambassador)\b", role.title, re.IGNORECASE):
            continue  # "Ukraine envoy" is an envoy *to* Ukraine
        for body in sorted(bodies, key=lambda b: -max(len(x) for x in b.aliases)):
            if any(re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", role.title) for alias in body.aliases if len(alias) > 1):
                return body.id
    return None
