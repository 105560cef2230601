"""Listings that keep every page small: briefings and events by month, actors by letter, an actor's,
event's or tag's older items, each cut into pages of at most LIST_ITEMS; and the tags."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from generator.records import Briefing, CollectionActor, CollectionEvent, CollectionFaction
from generator.render.urls import list_path, part_path, tag_path
from generator.slugs import safe_slug

# Listings of the whole collection, one page per month or per letter, outside the nav (`urls.LIST_PATHS`):
# the nav pages stay small at any size, and a new article changes only the listing pages it falls in.
LIST_ITEMS = 100     # items per listing page (a table row or a list item each)
SECTION_TOP = 50     # newest briefings, events and quotes an actor's or tag's page shows; older ones on listing pages


@dataclass(frozen=True)
class Listing:
    """A listing (a month, a letter, an actor's older briefings): its heading, its path and what it lists.

    A listing longer than LIST_ITEMS is read on several pages (`pages()`), so that no page grows
    with the archive; `part` and `parts` say which of the pages (by path) this one is, `total` how
    many items all of them hold.
    """

    heading: str
    path: str
    items: list
    part: int = 1
    parts: tuple[str, ...] = ()
    total: int = -1

    @property
    def count(self) -> int:
        """Return the number of items of the whole listing, on all its pages."""
        return self.total if self.total >= 0 else len(self.items)

    def pages(self) -> list[Listing]:
        """Return the listing cut into pages of at most LIST_ITEMS items; the first keeps the path."""
        if len(self.items) <= LIST_ITEMS:
            return [self]
        starts = range(0, len(self.items), LIST_ITEMS)
        paths = tuple(part_path(self.path, n + 1) for n in range(len(starts)))
        return [Listing(self.heading, paths[n], self.items[start:start + LIST_ITEMS], n + 1, paths, len(self.items))
                for n, start in enumerate(starts)]


def older_pages(heading: str, path: str, older_newest_first: list) -> list[Listing]:
    """Return the listing pages of items older than a page shows, oldest first (none if none).

    Oldest first, so that a new article (the newest) moves one item onto the last page only.
    """
    older = older_newest_first[::-1]
    return Listing(heading, path, older).pages() if older else []


def by_month(items, month_key, kind: str, undated: str, undated_key) -> list[Listing]:
    """Return listings of `items` by their 'YYYY-MM' key (a year alone is a key too), newest first.

    Undated items are listed by `undated_key` (a letter, a type) instead: a whole archive can be
    undated, and one page for all of it would be as large as the archive.
    """
    groups: dict[str, list] = defaultdict(list)
    for item in items:
        month = month_key(item)
        groups[month or "undated-" + safe_slug(undated_key(item), "other")].append(item)
    dated = sorted((m for m in groups if not m.startswith("undated-")), reverse=True)
    lists = [Listing(month_heading(m), list_path(kind, m), groups[m]) for m in dated]
    return lists + [Listing(f"{undated}: {undated_key(groups[m][0])}", list_path(kind, m),
                            groups[m]) for m in sorted(set(groups) - set(dated))]


def initial(name: str) -> str:
    """Return the letter a name is listed under: the first of its ASCII form, or 'Other'."""
    letter = safe_slug(name, "0")[0]
    return letter.upper() if "a" <= letter <= "z" else "Other"


def month_heading(month: str) -> str:
    """Return 'March 2025' for '2025-03' (or the year alone)."""
    if len(month) == 7:
        return dt.date(int(month[:4]), int(month[5:]), 1).strftime("%B %Y")
    return month


def month_of(event: CollectionEvent) -> str:
    """Return the 'YYYY-MM' an event falls in ('YYYY' for a year, '' when unknown)."""
    return (event.date.value or "")[:7]


@dataclass
class Tag:
    """A tag and the briefings, actors and factions tagged with it."""

    name: str
    slug: str
    group: str
    briefings: list[Briefing]
    actors: list[CollectionActor]
    factions: list[CollectionFaction]

    @property
    def path(self) -> str:
        """Return the tag's page path."""
        return tag_path(self.slug)

    @property
    def count(self) -> int:
        """Return how many pages carry the tag."""
        return len(self.briefings) + len(self.actors) + len(self.factions)
