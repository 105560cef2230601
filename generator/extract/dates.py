"""Resolve the date words of a sentence ("late February", "last week", "in 2022") against the article date."""
from __future__ import annotations

import datetime as dt
import functools
import re

from dateparser.date import DateDataParser

from generator.lexicons.function_words import RECENT_WORDS
from generator.records import EventDate

# Words that narrow a period without changing which period it is.
VAGUE_PREFIXES = re.compile(r"^(?:in|on|at|during|since|by|from|until|the|early|late|mid|end of|"
                            r"beginning of|start of|earlier|later|this|that)[\s-]+", re.IGNORECASE)
PRECISION_FORMATS = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


@functools.cache
def date_parser(base: dt.date) -> DateDataParser:
    """Return an English date parser that reads relative dates from `base`."""
    settings = {"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past"}
    return DateDataParser(languages=["en"], settings=settings)


def resolve_date(text: str, article_date: dt.date | None) -> EventDate | None:
    """Return the date a phrase names, with its precision; None if it names no date."""
    if text.strip().lower() in RECENT_WORDS:
        return EventDate(article_date.isoformat() if article_date else None, "before", text)
    phrase = text.strip()
    while VAGUE_PREFIXES.match(phrase):
        phrase = VAGUE_PREFIXES.sub("", phrase, count=1)
    if not phrase or (article_date is None and not re.search(r"\b\d{4}\b", phrase)):
        return None  # a relative date needs the article's date to mean anything
    data = date_parser(article_date or dt.date.today()).get_date_data(phrase)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "week":
        day -= dt.timedelta(days=day.weekday())  # a week is named by its Monday
    return EventDate(day.strftime(PRECISION_FORMATS[data.period]), data.period, text)


def compatible(a: EventDate, b: EventDate) -> bool:
    """Return whether two dates can name the same day: unknown, equal, or one contains the other."""
    if a.value is None or b.value is None or "before" in (a.precision, b.precision):
        return True
    if "week" in (a.precision, b.precision) and len(a.value) == len(b.value) == 10:
        start, other = (a, b) if a.precision == "week" else (b, a)
        return 0 <= (dt.date.fromisoformat(other.value) - dt.date.fromisoformat(start.value)).days < 7
    return a.value.startswith(b.value) or b.value.startswith(a.value)
