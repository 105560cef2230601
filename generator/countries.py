"""Country names, codes and demonyms -> one canonical country name (data from `countryinfo`)."""
from __future__ import annotations

import functools
import re

from countryinfo import CountryInfo

# Everyday names that the data set does not list as spellings.
COLLOQUIAL_NAMES = {
    "america": "United States", "the states": "United States", "britain": "United Kingdom",
    "great britain": "United Kingdom", "england": "United Kingdom", "holland": "Netherlands",
    "burma": "Myanmar", "czechia": "Czech Republic", "ivory coast": "Ivory Coast",
}
COLLOQUIAL_DEMONYMS = {"americans": "United States", "brits": "United Kingdom", "english": "United Kingdom"}


def normalise(text: str) -> str:
    """Return a lookup key: lower case, no leading 'the', no dots, single spaces."""
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    return " ".join(text.replace(".", "").lower().split())


@functools.cache
def country_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Return (names, upper-case codes, demonyms) tables, each key -> canonical country name."""
    names, codes, demonyms = {}, {}, {}
    for data in CountryInfo.all().values():
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
        return codes[bare]
    return names.get(normalise(bare)) if bare[:1].isupper() else None


def country_of_demonym(text: str) -> str | None:
    """Return the country of a demonym ("Russian", "Ukrainians"), or None."""
    _, _, demonyms = country_tables()
    key = normalise(text)
    if key in COLLOQUIAL_DEMONYMS:
        return COLLOQUIAL_DEMONYMS[key]
    return demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)
