"""One URL scheme: where every page of the site lives, relative to the docs folder, as patterns (like
Pelican's `ARTICLE_URL` settings) rather than string concatenations. The page specs, the templates
(as Jinja filters: `actor.id | actor_path` ...), backlinks, listings, the feed and redirects all read it.

(`mkdocs.yml`'s nav names the index pages too; change them there as well.)
"""
from __future__ import annotations

import functools
import posixpath

# Each kind of page: where one page of that kind lives, from its id.
PAGE_PATHS = {
    "briefing": "briefings/{id}.md",
    "actor": "actors/{id}.md",
    "faction": "factions/{id}.md",
    "event": "events/{id}.md",
    "tag": "tags/{id}.md",
}
HOME_PATH = "index.md"
FEED_PATH = "briefings/feed.xml"
# Listing pages (outside the nav): briefings and events by month, actors by letter, and the older items
# of an actor, an event or a tag; `key` is the month ('2025-03'), the letter, the id or the slug.
LIST_PATHS = {
    "briefings": "lists/briefings-{key}.md",
    "events": "lists/events-{key}.md",
    "actors": "lists/actors-{key}.md",
    "actor": "lists/actor-{key}.md",
    "event": "lists/event-{key}.md",
    "tag": "lists/tag-{key}.md",
}
# Page n (from 2) of a listing too long for one: "--" is in no slug, so it never names another listing.
PART_PATH = "{stem}--{n}.md"


def page_path(kind: str, page_id: str) -> str:
    """Return the path of a page of a kind: page_path("actor", "marco-rubio") == "actors/marco-rubio.md"."""
    return PAGE_PATHS[kind].format(id=page_id)


def briefing_path(article_id: str) -> str:
    """Return the path of a briefing: "briefings/000_72eccff349c78508.md"."""
    return page_path("briefing", article_id)


def actor_path(actor_id: str) -> str:
    """Return the path of an actor's page: "actors/marco-rubio.md"."""
    return page_path("actor", actor_id)


def faction_path(faction_id: str) -> str:
    """Return the path of a faction's page: "factions/dealmakers.md"."""
    return page_path("faction", faction_id)


def event_path(event_id: str) -> str:
    """Return the path of an event's page: "events/meeting-marco-rubio.md"."""
    return page_path("event", event_id)


def tag_path(slug: str) -> str:
    """Return the path of a tag's page: "tags/russia.md"."""
    return page_path("tag", slug)


def folder_of(kind: str) -> str:
    """Return the folder of a kind's pages: folder_of("actor") == "actors"."""
    return posixpath.dirname(PAGE_PATHS[kind])


def index_path(kind: str) -> str:
    """Return the index page of a kind's folder: index_path("event") == "events/index.md"."""
    return f"{folder_of(kind)}/index.md"


def list_path(listing: str, key: str) -> str:
    """Return the path of a listing page: list_path("actor", "marco-rubio") == "lists/actor-marco-rubio.md"."""
    return LIST_PATHS[listing].format(key=key)


def lists_folder() -> str:
    """Return the folder of the listing pages: "lists"."""
    return posixpath.dirname(LIST_PATHS["actors"])


def part_path(path: str, n: int) -> str:
    """Return the path of page n of a listing: part_path("lists/actor-x.md", 2) == "lists/actor-x--2.md"."""
    return path if n == 1 else PART_PATH.format(stem=path.removesuffix(".md"), n=n)


def relative_url(target: str, page: str) -> str:
    """Return the URL of page `target` from page `page`, both paths relative to docs_dir."""
    folder, name = posixpath.split(target)
    way = relative_folder(folder, posixpath.dirname(page))
    return name if way == "." else f"{way}/{name}"


@functools.lru_cache(maxsize=None)
def relative_folder(target_folder: str, page_folder: str) -> str:
    """Return the way from one folder to another (cached: a site has a handful of folders)."""
    return posixpath.relpath(target_folder or ".", page_folder or ".")


def html_url(target: str, page: str) -> str:
    """Return the address of page `target`'s HTML from page `page`, as a redirect or the feed needs it:
    html_url("actors/marco-rubio.md", "actors/rubio.md") == "marco-rubio.html"."""
    url = relative_url(target, page)
    return url.removesuffix(".md") + ".html" if url.endswith(".md") else url
