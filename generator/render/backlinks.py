"""Backlinks with context: each generated page lists the pages that link to it and what they say.

Read from the rendered Markdown itself, not from the model, so the list is exactly the links the
reader can follow, whatever the templates link. Every link in a generated page comes from
`markdown_safe.link` (escaped text, relative target), so one pattern finds them all; the context
is the linking list item, table row or paragraph, already escaped, with its markup taken away.
"""
from __future__ import annotations

import functools
import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass

from generator.render.forked import map_ranges
from generator.render.urls import folder_of, lists_folder, relative_url

LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]+)\)")
BOLD = re.compile(r"(?<!\\)\*\*")
ITEM_START = re.compile(r"^(?:- |\d+\\?[.)] |\| |#{1,6} )")
# A list, quote or heading mark at the start of a line (escaped text never starts with one).
LINE_MARK = re.compile(r"^\s*(?:[-#>]+ ?|\d+[.)] |!!! ?\w+ ?)")
# A page that only forwards the reader elsewhere (an actor's former address) is no backlink.
REDIRECT = '<meta http-equiv="refresh"'
# The folders whose pages' links are grouped under a heading, in this order (the rest: "Other pages").
SECTIONS = tuple((folder_of(kind), heading) for kind, heading in (("briefing", "Briefings"), ("actor", "Actors"),
                                                                   ("faction", "Factions"), ("event", "Events")))
# Folders of listing pages (like the index pages): they link to many pages and are no backlinks,
# and the pages they list are their content, not links to them.
LISTING_FOLDERS = frozenset({folder_of("tag"), lists_folder()})
# The id a page's title carries (markdown_safe.heading_attribute); escaped text has no bare "{" or "}".
TITLE_ID = re.compile(r" \{ #[^ }]+ \}$")
CONTEXT_CHARS = 110  # either side of the link: about a sentence
LINK_TEXT_CHARS = 60  # the link's own text, often this page's (long) title
WITH_CONTEXT = 50    # beyond this many linking pages per section, the rest are listed as bare links
BARE_LINKS = 100     # and beyond this many more, only counted: no page's section grows with the archive
# Pages that already list these linking pages with context in their own body: an actor page's
# "Briefings" section quotes each briefing's sentence about the actor, an event page's "Reported
# in" each briefing's sentence about the event.
ALREADY_LISTED = {folder_of("actor"): frozenset({folder_of("briefing")}),
                  folder_of("event"): frozenset({folder_of("briefing")})}


@dataclass(frozen=True)
class Backlink:
    """A page linking to another: where it is, its title and the words around the link (Markdown)."""

    source: str
    title: str
    context: str


def add_backlinks(pages: dict[str, str], processes: int = 1) -> dict[str, str]:
    """Return the pages with a "Linked from" section at the end of each page others link to.

    With `processes` > 1 the pages are read and the sections written in forked processes; the
    result is the same.
    """
    found = find_backlinks(pages, processes)
    targets = list(found)
    sections = map_ranges(lambda indices: [linked_from(targets[i], found[targets[i]]) for i in indices],
                          len(targets), processes)
    extra = dict(zip(targets, sections))
    return {path: text + extra[path] if path in extra else text for path, text in pages.items()}


def find_backlinks(pages: dict[str, str], processes: int = 1) -> dict[str, list[Backlink]]:
    """Return {target page: backlinks}, one per linking page, from every page but the index pages."""
    taking_part = {path for path, text in pages.items() if counts(path, text)}
    sources = [path for path in pages if path in taking_part]  # home and indexes link to everything: no backlinks
    pairs = map_ranges(lambda indices: [pair for i in indices for pair in links_from(sources[i], pages[sources[i]],
                                                                                      taking_part)],
                       len(sources), processes)
    found: dict[str, list[Backlink]] = defaultdict(list)
    for target, backlink in pairs:
        found[target].append(backlink)
    return found


def links_from(source: str, text: str, taking_part: set[str]) -> list[tuple[str, Backlink]]:
    """Return (target, backlink) for each page one page links to, the first link to each only."""
    title = page_title(text)
    seen = {source}
    found = []
    for item in items(text):
        for match in LINK.finditer(item):
            target = link_target(posixpath.dirname(source), match.group(2))
            if target in taking_part and target not in seen and wanted(target, source):
                seen.add(target)
                found.append((target, Backlink(source, title, context(item, match))))
    return found


@functools.lru_cache(maxsize=1 << 16)
def link_target(folder: str, url: str) -> str:
    """Return the page a relative link in `folder` points to (cached: pages share their links)."""
    return posixpath.normpath(posixpath.join(folder, url))


def counts(path: str, text: str) -> bool:
    """Return whether a page takes part in backlinks: a content page, not an index, listing or redirect."""
    return (path.endswith(".md") and posixpath.basename(path) != "index.md"
            and section_of(path) not in LISTING_FOLDERS and REDIRECT not in text)


def wanted(target: str, source: str) -> bool:
    """Return whether a link from `source` belongs in `target`'s "Linked from" section."""
    return section_of(source) not in ALREADY_LISTED.get(section_of(target), ())


def section_of(path: str) -> str:
    """Return the generated folder a page is in ('' for a top-level page)."""
    return path.split("/", 1)[0] if "/" in path else ""


def page_title(text: str) -> str:
    """Return a page's first heading (escaped Markdown), or '' if it has none."""
    return next((TITLE_ID.sub("", line[2:].strip()) for line in text.splitlines() if line.startswith("# ")), "")


def items(text: str) -> list[str]:
    """Return a page's list items, table rows, headings, quotes and paragraphs; raw HTML left out."""
    blocks: list[list[str]] = []
    previous = ""
    for line in body_lines(text):
        starts = ITEM_START.match(line) or (line.startswith(">") and not previous.startswith(">"))
        if not line.strip():
            blocks.append([])
        elif starts or not blocks:
            blocks.append([line])
        else:
            blocks[-1].append(line)
        previous = line
    return [" ".join(LINE_MARK.sub("", line) for line in b) for b in blocks if b and not b[0].lstrip().startswith("<")]


def body_lines(text: str) -> list[str]:
    """Return the page's lines after its front matter."""
    lines = text.splitlines()
    if lines and lines[0] == "---" and "---" in lines[1:]:
        return lines[lines.index("---", 1) + 1:]
    return lines


def context(item: str, match: re.Match) -> str:
    """Return about a sentence of plain text (still escaped) around a link in an item."""
    before = plain(item[:match.start()])
    after = plain(item[match.end():])
    if len(before) > CONTEXT_CHARS:
        # Cut at a space only: an escape (\*) or an entity (&#91;) never holds one, so none is split.
        tail = before[-CONTEXT_CHARS:]
        before = "… " + tail.split(" ", 1)[1] if " " in tail else "… "
    if len(after) > CONTEXT_CHARS:
        head = after[:CONTEXT_CHARS]
        after = head.rsplit(" ", 1)[0] + " …" if " " in head else " …"
    return f"{before}**{shorten(match.group(1), LINK_TEXT_CHARS)}**{after}".strip(" ·")


def shorten(text: str, limit: int) -> str:
    """Return text cut at a space to at most about `limit` characters (escapes and entities intact)."""
    if len(text) <= limit or " " not in text[:limit]:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def plain(markdown: str) -> str:
    """Return Markdown without links, emphasis, list, quote, heading and table marks; one line."""
    text = LINK.sub(r"\1", markdown)
    text = BOLD.sub("", text)
    text = re.sub(r"\s*\|\s*", " · ", text)
    return re.sub(r"\s+", " ", text)


def linked_from(page: str, backlinks: list[Backlink]) -> str:
    """Return the "Linked from" section of a page: linking pages by section, each with its context."""
    # Kept out of the search index: the contexts repeat other pages' words, and would show up as
    # extra results for every name in them (md_in_html renders the Markdown inside the div).
    # The heading stays outside: one inside would still make an (empty) search entry per group.
    out = ["", "## Linked from", "", '<div class="backlinks" markdown data-search-exclude="true">', ""]
    for folder, heading in (*SECTIONS, ("", "Other pages")):
        group = [b for b in backlinks if section_of(b.source) == folder]
        if not group:
            continue
        out += [f"**{heading}**", ""]
        for backlink in group[:WITH_CONTEXT]:
            out.append(f"- {link_markdown(backlink, page)}: {backlink.context}")
        bare = group[WITH_CONTEXT:WITH_CONTEXT + BARE_LINKS]
        if bare:
            out.append(f"- and {len(group) - WITH_CONTEXT} more: " + ", ".join(link_markdown(b, page) for b in bare)
                       + (f" and {len(group) - WITH_CONTEXT - len(bare)} others" if len(group) > WITH_CONTEXT + len(bare) else ""))
        out.append("")
    return "\n".join([*out, "</div>", ""])


def link_markdown(backlink: Backlink, page: str) -> str:
    """Return a Markdown link from `page` to the linking page, its title as the text."""
    return f"[{backlink.title or backlink.source}]({relative_url(backlink.source, page)})"
