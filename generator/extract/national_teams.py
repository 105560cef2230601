"""National sides: in a match report "Sweden defeated South Korea 1 – 0" names two teams, not two countries."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span

from generator.extract.candidates import Candidate
from generator.extract.countries import country_of_name
from generator.lexicons.sport import SPORT_WORDS, VENUE_PREPOSITIONS

# A score: two small numbers joined by a dash ("1 – 0", "2-1"); years and ranges have more digits.
SCORE = re.compile(r"(?<![\d.,])\d{1,2} ?[-–—] ?\d{1,2}(?![\d.,%])")
# What follows a range of days or hours, not a score: "from 10-13 February", "9-5 pm".
DATE_AFTER = re.compile(r"\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|am\b|pm\b|a\.m|p\.m)", re.IGNORECASE)


def is_sporting(sent: Span) -> bool:
    """Return whether a sentence reports a game: a score, or two words of a match report."""
    if any(not DATE_AFTER.match(sent.text[m.end():]) for m in SCORE.finditer(sent.text)):
        return True
    return len({t.lower_ for t in sent if t.lower_ in SPORT_WORDS}) >= 2


def as_side(ent: Span) -> bool:
    """Return whether a country's mention can be a side in a sporting sentence (not "in Russia")."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > ent.sent.start else ""
    return before not in VENUE_PREPOSITIONS and is_sporting(ent.sent)


def plays_as_team(candidates: Iterable[Candidate]) -> bool:
    """Return whether most mentions of a country name it as a side in a game: its national team."""
    named = [c for c in candidates if not c.adjective]
    return bool(named) and 2 * sum(c.sporting for c in named) > len(named)


def team_name(candidates: Iterable[Candidate], country: str) -> str:
    """Return the name writers give the side: its most frequent country name ("England", not "United Kingdom")."""
    counts = Counter(c.surface.removeprefix("the ") for c in candidates if country_of_name(c.surface))
    return max(counts, key=lambda name: (counts[name], name)) if counts else country
