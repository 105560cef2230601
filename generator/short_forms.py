"""Short forms across articles: an article that only says "IMF" or "Labour" names the body another article
spells out ("the International Monetary Fund (IMF)", "the Labour Party ... Labour")."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from generator.models import Briefing

# Legal-form words after a body's name: "Veritas" is short for "Veritas Party", "Lenovo" for "Lenovo
# Group". Not "University" or "Council": "Bristol" is not short for "Bristol University".
LEGAL_FORM_WORDS = frozenset("party group inc inc. corp corp. corporation company co co. plc ltd llc holdings "
                             "airlines airways motors".split())
# Words an acronym skips ("Confederation of British Industry" is CBI).
CONNECTIVES = frozenset("of and for the & de du des la le".split())
# Kinds resolved elsewhere (people by surname, countries by their country key) or never short.
OTHER_KINDS = frozenset({"person", "country"})


def short_form_targets(briefings: Iterable[Briefing]) -> dict[str, str]:
    """Return short name -> full name, where most articles that join the short name to a longer one
    join it to that full name ("EU" -> "European Union" in 31 of 34 BBC articles; not "United" ->
    "United Airlines", since 12 articles join "United" to "Manchester United")."""
    joins: dict[str, Counter] = defaultdict(Counter)
    for briefing in briefings:
        for actor in briefing.actors:
            if actor.kind not in OTHER_KINDS:
                for alias in {a.removeprefix("the ") for a in actor.aliases} - {actor.name}:
                    joins[alias][actor.name] += 1
    targets = {}
    for short, names in joins.items():
        (full, count), = names.most_common(1)
        if 2 * count > sum(names.values()) and is_short_form(short, full):
            targets[short] = full
    return targets


def is_short_form(short: str, name: str) -> bool:
    """Return whether `short` is the initials of `name` ("IMF") or `name` without its legal form ("Labour")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in LEGAL_FORM_WORDS and short.lower() == " ".join(words[:-1]).lower():
        return True
    return is_acronym_of(short, name)


def is_acronym_of(short: str, name: str) -> bool:
    """Return whether a short name is the initials of a longer one ("UKIP" for "UK Independence Party")."""
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in CONNECTIVES]
    return len(words) > 1 and "".join(w if w.isupper() else w[0] for w in words).upper() == short
