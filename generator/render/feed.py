"""The Atom feed of the newest briefings, written next to the briefing pages as `briefings/feed.xml`.

Links are relative to the feed (Atom resolves them against the feed's own address), so the feed
works wherever the site is published. Dates come from the articles, never from the clock, so
the feed is byte-identical from one build to the next.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from urllib.parse import quote
from xml.etree import ElementTree as ET

from generator.records import Briefing
from generator.render.markdown_safe import one_line
from generator.render.urls import FEED_PATH, briefing_path, html_url, index_path

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 50
# Atom ids must be permanent IRIs; a UUID named after the article id stays the same on every build.
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/briefings/briefings")
EPOCH = dt.date(1970, 1, 1)


def atom_feed(briefings: Sequence[Briefing], tags_of: Callable[[Briefing], list[str]], marker: str,
              site_name: str = "Briefings", count: int = FEED_ENTRIES) -> str:
    """Return an Atom feed of the first `count` briefings (newest first), `marker` as a comment on top."""
    ET.register_namespace("", ATOM)
    newest = max((b.article.date for b in briefings if b.article.date), default=EPOCH)
    feed = ET.Element(f"{{{ATOM}}}feed")
    add(feed, "title", site_name)
    add(feed, "subtitle", "The newest briefings")
    add(feed, "id", f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, 'feed')}")
    add(feed, "updated", timestamp(newest))
    add(feed, "link", rel="self", type="application/atom+xml", href=html_url(FEED_PATH, FEED_PATH))
    add(feed, "link", rel="alternate", type="text/html", href=html_url(index_path("briefing"), FEED_PATH))
    author = add(feed, "author")
    add(author, "name", site_name)
    add(feed, "generator", "briefings")
    for briefing in briefings[:count]:
        feed.append(entry(briefing, tags_of(briefing), newest))
    ET.indent(feed)
    body = ET.tostring(feed, encoding="unicode")
    # The marker marks the file as generated for the writer (see write.is_generated).
    return f'<?xml version="1.0" encoding="utf-8"?>\n{marker}\n{body}\n'


def entry(briefing: Briefing, tags: list[str], newest: dt.date) -> ET.Element:
    """Return the feed entry of one briefing: title, link, date, summary and its tags as categories."""
    article = briefing.article
    element = ET.Element(f"{{{ATOM}}}entry")
    add(element, "title", article.title)
    add(element, "link", rel="alternate", type="text/html", href=quote(html_url(briefing_path(article.id), FEED_PATH)))
    add(element, "id", f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, 'briefing:' + article.id)}")
    add(element, "updated", timestamp(article.date or newest))
    if article.date:
        add(element, "published", timestamp(article.date))
    add(element, "summary", " ".join(briefing.summary) or article.title)
    for tag in tags:
        add(element, "category", term=one_line(tag))
    return element


def add(parent: ET.Element, name: str, text: str | None = None, **attributes: str) -> ET.Element:
    """Append an Atom element with one line of visible text (XML 1.0 refuses control characters)."""
    child = ET.SubElement(parent, f"{{{ATOM}}}{name}", attributes)
    if text is not None:
        child.text = one_line(text)
    return child


def timestamp(day: dt.date) -> str:
    """Return the RFC 3339 time Atom wants for a day: its midnight UTC."""
    return f"{day.isoformat()}T00:00:00Z"
