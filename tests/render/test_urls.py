"""One URL scheme (`render.urls`): every page lives where the scheme says, every link of every page leads
to a page of the site, and redirects and the feed point at the HTML the scheme gives."""
from __future__ import annotations

import dataclasses
import datetime as dt
import posixpath
import re
import xml.etree.ElementTree as ET

from generator.records import EventDate, Event, Faction, Membership
from generator.render import render, urls
from generator.render.backlinks import LINK
from generator.resolve import resolve
from tests.conftest import ROOT, brief

PAGE_PATTERNS = [*urls.PAGE_PATHS.values(), *urls.LIST_PATHS.values()]


def scheme_pattern(pattern: str) -> re.Pattern:
    """Return a regex for a path pattern ("actors/{id}.md"), any page part ("--2") included."""
    return re.compile(re.escape(pattern).replace(r"\{id\}", "[^/]+").replace(r"\{key\}", "[^/]+")
                      .replace(r"\.md", r"(--\d+)?\.md"))


def collection(nlp):
    """Return a collection with every kind of page: briefings, actors (one renamed), a faction, an event, tags."""
    first = brief(nlp, "Rubio met Sergei Lavrov in Riyadh.", article_id="first", title="Riyadh talks",
                  date=dt.date(2025, 2, 18))
    second = brief(nlp, "Marco Rubio said talks with Russia would go on.", article_id="second", title="Rubio speaks",
                   date=dt.date(2025, 3, 1))
    faction = Faction("rubio-camp", "Rubio camp", "marco-rubio", (Membership("marco-rubio", "Marco Rubio said."),),
                      None, (), ("Marco Rubio said talks with Russia would go on.",))
    event = Event("talks-marco-rubio", "talks", "Rubio said talks would go on", EventDate("2025-03", "month"),
                  ("marco-rubio", "russia"), None, "Marco Rubio said talks with Russia would go on.", "talks")
    second = dataclasses.replace(second, factions=(faction,), events=(event,))
    return resolve([first, second])


def test_every_page_lives_where_the_scheme_says(rule_nlp):
    pages = render(collection(rule_nlp), ROOT / "templates")
    fixed = {urls.HOME_PATH, urls.FEED_PATH, *(urls.index_path(kind) for kind in urls.PAGE_PATHS)}
    patterns = [scheme_pattern(p) for p in PAGE_PATTERNS]
    assert [p for p in pages if p not in fixed and not any(r.fullmatch(p) for r in patterns)] == []
    assert {"actors/rubio.md", "factions/marco-rubio-camp.md", "events/2025-03-talks-marco-rubio.md", "tags/russia.md",
            "lists/events-2025-03.md"} <= set(pages)


def test_every_link_of_every_page_leads_to_a_page_of_the_site(rule_nlp):
    pages = render(collection(rule_nlp), ROOT / "templates")
    hand_written = {p.relative_to(ROOT / "site_src").as_posix() for p in (ROOT / "site_src").rglob("*.md")}
    broken = []
    for path, text in pages.items():
        for match in LINK.finditer(text):
            url = match.group(2).split("#")[0]
            target = posixpath.normpath(posixpath.join(posixpath.dirname(path), url)) if url else path
            if not url.startswith("#") and target not in pages and target not in hand_written:
                broken.append(f"{path} -> {match.group(2)}")
    assert broken == []
    assert "[Marco Rubio](../actors/marco-rubio.md)" in pages["factions/marco-rubio-camp.md"]


def test_a_redirect_and_the_feed_point_at_the_html_of_the_scheme(rule_nlp):
    pages = render(collection(rule_nlp), ROOT / "templates")
    assert 'content="0; url=marco-rubio.html"' in pages["actors/rubio.md"]
    assert urls.html_url(urls.actor_path("marco-rubio"), urls.list_path("actor", "x")) == "../actors/marco-rubio.html"
    feed = ET.fromstring(pages[urls.FEED_PATH].encode())
    links = [e.get("href") for e in feed.iter("{http://www.w3.org/2005/Atom}link")]
    assert links == ["feed.xml", "index.html", "second.html", "first.html"]


def test_the_scheme_builds_every_path_from_its_patterns():
    assert urls.page_path("actor", "marco-rubio") == urls.actor_path("marco-rubio") == "actors/marco-rubio.md"
    assert (urls.briefing_path("b"), urls.faction_path("f"), urls.event_path("e"), urls.tag_path("t")) == (
        "briefings/b.md", "factions/f.md", "events/e.md", "tags/t.md")
    assert urls.index_path("event") == "events/index.md" and urls.folder_of("briefing") == "briefings"
    assert urls.list_path("briefings", "2025-03") == "lists/briefings-2025-03.md"
    assert urls.part_path("lists/actor-x.md", 1) == "lists/actor-x.md"
    assert urls.part_path("lists/actor-x.md", 3) == "lists/actor-x--3.md"
    assert urls.relative_url("actors/a.md", "lists/actors-a.md") == "../actors/a.md"
