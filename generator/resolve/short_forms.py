"""Short forms across articles: an article that only says "IMF" or "Labour" names the body another article
spells out ("the International Monetary Fund (IMF)", "the Labour Party ... Labour")."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from generator.lexicons.bodies import CONNECTIVES, CORPORATE_SUFFIXES, LEGAL_FORM_WORDS
from generator.lexicons.labels import OTHER_KINDS, PLACE_KINDS
from generator.records import Briefing


def short_form_targets(briefings: Iterable[Briefing]) -> dict[str, str]:
    """Return name -> the full name of the same body: names that differ only in legal form join the
    fullest ("Electronic Data Systems Corp" -> "Electronic Data Systems Corporation"), short forms their
    full name (`joined_short_forms`), following a short form to the fullest name of its body."""
    briefings = tuple(briefings)
    # A body's name the model took for a person's counts too: "ATI Technologies" is a person in 5 ECB+ articles.
    counts = Counter(a.name for b in briefings for a in b.actors
                     if a.kind not in OTHER_KINDS or a.kind == "person" and ends_in_legal_form(a.name))
    places = {a.name for b in briefings for a in b.actors if a.kind in PLACE_KINDS}
    targets = same_body_targets(counts, places)
    for short, full in joined_short_forms(briefings).items():
        # the body's fullest name follows its short form: "UN" -> "U.N." and "UN" -> "United Nations"
        body, full = final_target(short, targets), final_target(full, targets)
        if body != full:
            targets[body] = full
    return {name: final_target(name, targets) for name in targets if final_target(name, targets) != name}


def final_target(name: str, targets: dict[str, str]) -> str:
    """Return the end of a name's chain of targets ("HP" -> "Hewlett-Packard Co" -> "Hewlett-Packard Company")."""
    seen = {name}
    while name in targets and targets[name] not in seen:
        name = targets[name]
        seen.add(name)
    return name


def ends_in_legal_form(name: str) -> bool:
    """Return whether a name of two words or more ends in a legal-form or trade word ("ATI Technologies")."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in LEGAL_FORM_WORDS


def same_body_targets(counts: Counter, places: set[str]) -> dict[str, str]:
    """Return name -> the fullest name among names that differ only in legal form or dots (most words, then
    most articles) or, unless a name is a place's, in spaces or hyphens ("ExxonMobil", "X-Box"; not "South
    West" and "Southwest", an airline the model took for a place)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        base = corporate_base(name)
        groups[base if name in places else re.sub(r"[\s-]", "", base)].append(name)
    targets = {}
    for names in groups.values():
        fullest = max(names, key=lambda n: (sum(any(ch.isalnum() for ch in w) for w in n.split()), counts[n], n))
        targets.update({n: fullest for n in names if n != fullest})
    return targets


def corporate_base(name: str) -> str:
    """Return a body's name without legal form or dots, in lower case ("hewlett-packard" for "Hewlett-Packard Co.")."""
    words = name.replace(",", " ").replace(".", " ").split()  # "U.S.", "U. S." and "US Geological Survey"
    while len(words) > 1 and words[-1].lower() in CORPORATE_SUFFIXES:
        words.pop()
        if len(words) > 1 and words[-1] in ("&", "and"):
            words.pop()  # "J. P. Morgan Chase & Co."
    return re.sub(r"\b(\w) (?=\w\b)", r"\1", " ".join(words)).lower()  # initials written apart are one word


def joined_short_forms(briefings: Iterable[Briefing]) -> dict[str, str]:
    """Return short name -> full name, where most articles that join the short name to a longer one
    join it to that full name ("EU" -> "European Union" in 31 of 34 BBC articles; not "United" ->
    "United Airlines", since 12 articles join "United" to "Manchester United")."""
    joins: dict[str, Counter] = defaultdict(Counter)
    places = set()
    for briefing in briefings:
        for actor in briefing.actors:
            if actor.kind in PLACE_KINDS:
                places.add(actor.name)
            if actor.kind not in OTHER_KINDS:
                for alias in {a.removeprefix("the ") for a in actor.aliases} - {actor.name}:
                    joins[alias][actor.name] += 1
    targets = {}
    for short, names in joins.items():
        (full, count), = names.most_common(1)
        if 2 * count > sum(names.values()) and (is_short_form(short, full) or is_team_nickname(short, full, places)):
            targets[short] = full
    return targets


def is_short_form(short: str, name: str) -> bool:
    """Return whether `short` is the initials of `name` ("IMF") or `name` without its legal form or trade
    ("Labour", "ATI" of "ATI Technologies Inc.")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in LEGAL_FORM_WORDS:
        words.pop()  # "ATI" for "ATI Technologies Inc."
        if short.lower() == " ".join(words).lower():
            return True
    return is_acronym_of(short, name)


def is_team_nickname(short: str, name: str, places: set[str]) -> bool:
    """Return whether `short` is a plural nickname after a place the collection names ("Colts" of
    "Indianapolis Colts", "Saints" of "New Orleans Saints"); a singular word is too common a name
    ("Opera" of "Turin Opera", "United" of "Manchester United")."""
    return (short.endswith("s") and short[:1].isupper() and name.endswith(" " + short)
            and name[:-len(short) - 1] in places)


def is_acronym_of(short: str, name: str) -> bool:
    """Return whether a short name is the initials of a longer one ("UKIP" for "UK Independence Party")."""
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
        return False
    words = [w.replace(".", "") for w in re.split(r"[\s,-]+", name) if w.lower() not in CONNECTIVES]
    while words and words[-1].lower() in {w.rstrip(".") for w in CORPORATE_SUFFIXES}:
        words.pop()  # "HP" for "Hewlett-Packard Company"
    words = [w for w in words if w]
    return len(words) > 1 and "".join(w if w.isupper() else w[0] for w in words).upper() == short
