"""Country names, codes and demonyms -> one canonical country name (data from `countryinfo`)."""
from __future__ import annotations

import functools
import re

from countryinfo import CountryInfo

from generator.lexicons.places import COLLOQUIAL_DEMONYMS, COLLOQUIAL_NAMES, PROSE_CODES


def normalise(text: str) -> str:
    """Return a lookup key: lower case, no leading 'the', no dots, single spaces."""
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    return " ".join(text.replace(".", "").lower().split())


@functools.cache
def country_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Return (names, upper-case codes, demonyms) tables, each key -> canonical country name."""
    names, codes, demonyms = {}, {}, {}
    # The most populous country first, so a shared demonym ("American") names it, not a territory.
    for data in sorted(CountryInfo.all().values(), key=lambda d: -(d.get("population") or 0)):
        canonical = data["name"]
        names[normalise(canonical)] = canonical
        for spelling in data.get("altSpellings") or ():
            if spelling.isupper() and len(spelling) <= 3:
                codes[spelling] = canonical
            elif spelling.isascii():
                names.setdefault(normalise(spelling), canonical)
        for demonym in (data.get("demonym") or "").split(","):
            if demonym.strip():
                demonyms.setdefault(normalise(demonym), canonical)
    names.update(COLLOQUIAL_NAMES)
    return names, codes, demonyms


def country_of_name(text: str) -> str | None:
    """Return the canonical country named by `text` ("U.S.", "the United States"), or None."""
    names, codes, _ = country_tables()
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).replace(".", "")
    if bare.isupper() and bare in codes:
        dotted = "." in text
        return codes[bare] if len(bare) > 2 or dotted or bare in PROSE_CODES else None
    return names.get(normalise(bare)) if bare[:1].isupper() else None


def country_of_demonym(text: str) -> str | None:
    """Return the country of a demonym ("Russian", "Ukrainians"), or None."""
    _, _, demonyms = country_tables()
    key = normalise(text)
    if key in COLLOQUIAL_DEMONYMS:
        return COLLOQUIAL_DEMONYMS[key]
    return demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)


@functools.cache
def region_countries() -> dict[str, frozenset[str]]:
    """Return first-level region name ("Texas", "Ontario", "Durham") -> the countries that have it."""
    found: dict[str, set[str]] = {}
    for data in CountryInfo.all().values():
        for province in data.get("provinces") or ():
            found.setdefault(province, set()).add(data["name"])
    return {name: frozenset(countries) for name, countries in found.items()}


def is_region_or_country(text: str) -> bool:
    """Return whether `text` names a country or a country's first-level region."""
    return text in region_countries() or country_of_name(text) is not None
