"""Incremental MkDocs builds that give the same site as a full build (unlike `mkdocs build --dirty`).

A generated page outside the nav renders to HTML that depends only on its own Markdown, the
config, the theme and the (small, fixed) nav. So a page whose Markdown and all of those are
unchanged since the last build is not rendered again: its HTML file is linked from the previous
site and its search-index entries are copied from the previous index, in place, so the index
comes out identical. Nav pages and hand-written pages are always rendered. Anything unexpected
(an unknown plugin, a changed config, a file touched since) means a full render of that page
or of the whole site. The record of the last build is `.briefings/site-manifest.json`.
"""
from __future__ import annotations

import importlib.metadata
import json
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.pages import Page

from generator.files import digest, write_atomically
from generator.render import GENERATED_MARKER
from generator.publish.unchanged import content_digest, file_digest, is_unchanged

MANIFEST_FILE = Path(".briefings") / "site-manifest.json"
# 2: pages are squeezed (generator.squeeze); 3: sources' stats; 4: built files' digests (restored caches)
MANIFEST_FORMAT = "briefings-site/4"
# Plugins known to read nothing but the page being built (besides the search index handled here).
SAFE_PLUGINS = frozenset({"material/search", "material/offline", "briefings-progress", "briefings-reuse",
                          "briefings-squeeze"})
RENDERING_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "pygments")
REUSED_TEMPLATE = "briefings-reused-page.html"
SEARCH_INDEX = "search/search_index.json"
MARKER = GENERATED_MARKER.encode("utf-8")


@dataclass
class PageRecord:
    """A built page: the key of what it was built from, its HTML file and that file's stat."""

    key: str
    dest: str
    anchors: list[str]
    size: int = -1
    mtime_ns: int = -1
    source: str = ""  # digest of the generated Markdown it was built from ("" for other pages)
    source_stat: tuple[int, int, int] = (-1, -1, -1)  # that Markdown file's size, mtime and inode
    html: str = ""  # digest of the HTML file: a restored copy (new mtime) with these bytes is the same


@dataclass
class Manifest:
    """What the last build made: per source page, and the search index it wrote."""

    signature: str = ""
    pages: dict[str, PageRecord] = field(default_factory=dict)
    search: tuple[int, int] = (-1, -1)
    search_digest: str = ""

    @classmethod
    def load(cls, path: Path) -> Manifest:
        """Return the manifest at `path`, or an empty one if it is missing or not ours."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != MANIFEST_FORMAT:
                return cls()
            pages = {src: PageRecord(**{**record, "source_stat": tuple(record["source_stat"])})
                     for src, record in data["pages"].items()}
            return cls(signature=data["signature"], pages=pages, search=tuple(data["search"]),
                       search_digest=data["search_digest"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return cls()  # a damaged manifest only costs one full render

    def save(self, path: Path, site_dir: Path) -> None:
        """Record the built files' stats (after the site was moved into place) and write atomically."""
        for record in self.pages.values():
            record.size, record.mtime_ns = file_stat(site_dir / record.dest)
        self.search = file_stat(site_dir / SEARCH_INDEX)
        self.search_digest = file_digest(site_dir / SEARCH_INDEX)
        data = {"format": MANIFEST_FORMAT, "signature": self.signature, "search": list(self.search),
                "search_digest": self.search_digest, "pages": {src: vars(r) for src, r in self.pages.items()}}
        write_atomically(path, json.dumps(data, separators=(",", ":")))


def file_stat(path: Path) -> tuple[int, int]:
    """Return (size, mtime in ns) of a file, or (-1, -1) if it is missing."""
    try:
        st = path.stat()
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


def source_stat(path: str) -> tuple[int, int, int]:
    """Return (size, mtime in ns, inode) of a source file; the writer replaces a changed page by a new file."""
    try:
        st = os.stat(path)
    except OSError:
        return (-1, -1, -1)
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def package_versions() -> str:
    """Return the versions of the packages that turn Markdown into HTML pages."""
    versions = []
    for name in RENDERING_PACKAGES:
        try:
            versions.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name}=-")
    return ",".join(versions)


def theme_overrides_hash(config) -> str:
    """Return a hash of the files in the theme's `custom_dir`, if the config has one."""
    custom = config.theme.custom_dir
    if not custom or not Path(custom).is_dir():
        return ""
    files = sorted(p for p in Path(custom).rglob("*") if p.is_file())
    return digest(*(part for p in files for part in (str(p.relative_to(custom)), p.read_bytes())))


def nav_outline(items) -> str | None:
    """Return the nav's titles and URLs as text, or None if a title is not given in the config."""
    parts = []
    for item in items:
        if item.title is None:
            return None
        inner = nav_outline(item.children) if item.children else ""
        if inner is None:
            return None
        parts.append(f"{item.title}\t{getattr(item, 'url', '')}\t[{inner}]")
    return "\n".join(parts)


def search_entries_by_page(path: Path) -> dict[str, list[dict]]:
    """Return the previous search index's entries grouped by page URL."""
    grouped: dict[str, list[dict]] = {}
    for entry in json.loads(path.read_text(encoding="utf-8"))["docs"]:
        grouped.setdefault(entry["location"].split("#", 1)[0], []).append(entry)
    return grouped


class ReusedPage(Page):
    """A page whose HTML comes from the previous build: nothing to read, convert or render."""

    def __init__(self, file, config, record: PageRecord) -> None:
        super().__init__(None, file, config)
        self.record = record

    def read_source(self, config) -> None:
        """Skip reading: the empty template stands in for the theme."""
        self.markdown, self.meta = "", {"template": REUSED_TEMPLATE}

    def render(self, config, files) -> None:
        """Skip Markdown: no content, and the anchors the page had (for other pages' link checks)."""
        self.content, self.present_anchor_ids = "", set(self.record.anchors)


class ReusePlugin(BasePlugin):
    """Takes unchanged generated pages from the previous site instead of rendering them again."""

    def __init__(self, config_file: Path, old_site: Path, previous: Manifest) -> None:
        super().__init__()
        self.config_file, self.old_site, self.previous = config_file, old_site, previous
        self.manifest = Manifest()
        self.keys: dict[str, str] = {}
        self.sources: dict[str, tuple[str, tuple[int, int, int]]] = {}
        self.made_folders: set[Path] = set()
        self.reused = 0
        self.old_search: dict[str, list[dict]] = {}
        self.search_entries: list | None = None
        self.entries_before = 0
        self.known_plugins = False

    def on_config(self, config):
        """Compute the signature of everything besides a page's Markdown that its HTML depends on."""
        self.manifest.signature = digest(MANIFEST_FORMAT, self.config_file.read_bytes(), package_versions(),
                                         theme_overrides_hash(config), ",".join(sorted(config.plugins)))
        self.known_plugins = set(config.plugins) <= SAFE_PLUGINS
        search = config.plugins.get("material/search")
        self.search_entries = getattr(getattr(search, "search_index", None), "entries", None)
        return config

    def on_nav(self, nav, config, files):
        """Key every generated page by its Markdown, the signature and the nav it shows; pick reusable ones."""
        outline = nav_outline(nav.items)
        if outline is None:  # a nav title that comes from a page's content: any page may change it
            return nav
        signature = digest(self.manifest.signature, outline)
        in_nav = {page.file.src_uri for page in nav.pages}
        reuse = self.can_reuse(config)
        for file in files.documentation_pages():
            old = self.previous.pages.get(file.src_uri)
            source = None if file.src_uri in in_nav else self.source_of(file, old)
            if source is None:
                continue  # hand-written and nav pages are always rendered
            self.sources[file.src_uri] = source
            self.keys[file.src_uri] = key = digest(signature, file.src_uri, source[0])
            if (reuse and old is not None and old.key == key and old.dest == file.dest_uri
                    and self.is_previous(old.dest, (old.size, old.mtime_ns), old.html)):
                old.source_stat = source[1]
                ReusedPage(file, config, old)  # MkDocs uses a file's page if it already has one
                self.reused += 1
        return nav

    @staticmethod
    def source_of(file, old: PageRecord | None) -> tuple[str, tuple[int, int, int]] | None:
        """Return (digest, stat) of a generated page's Markdown, or None for a hand-written page.

        A file with the stat recorded last time is the same file: it is not read again (the writer
        replaces a changed page by a new file, and an edit in place changes the mtime).
        """
        stat = source_stat(file.abs_src_path)
        if old is not None and old.source and old.source_stat == stat:
            return old.source, stat
        try:
            data = Path(file.abs_src_path).read_bytes()
        except OSError:
            return None
        return (digest(data), stat) if MARKER in data else None

    def can_reuse(self, config) -> bool:
        """Return whether the previous site can be reused at all, loading its search index if so."""
        if (self.previous.signature != self.manifest.signature or not self.known_plugins
                or (self.search_entries is None and "material/search" in config.plugins)):
            return False
        if self.search_entries is not None:
            index = self.old_site / SEARCH_INDEX
            if not self.is_previous(SEARCH_INDEX, self.previous.search, self.previous.search_digest):
                return False
            try:
                self.old_search = search_entries_by_page(index)
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                return False
        return True

    def is_previous(self, dest: str, recorded: tuple[int, int], recorded_digest: str) -> bool:
        """Return whether the previous site's file `dest` is the one the manifest recorded."""
        path = self.old_site / dest
        return is_unchanged(path, file_stat(path), recorded, recorded_digest)

    def on_env(self, env, config, files):
        """Add the empty template that reused pages are 'rendered' with."""
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({REUSED_TEMPLATE: ""}), env.loader])
        return env

    def on_page_content(self, html, page, config, files):
        """Record what each page was built from (a reused page keeps its previous record)."""
        src = page.file.src_uri
        if isinstance(page, ReusedPage):
            self.manifest.pages[src] = page.record
        else:
            anchors = sorted(page.present_anchor_ids or ())
            source, stat = self.sources.get(src, ("", (-1, -1, -1)))
            self.manifest.pages[src] = PageRecord(self.keys.get(src, ""), page.file.dest_uri, anchors,
                                                  source=source, source_stat=stat)
        return html

    @event_priority(100)
    def _count_entries(self, context, page, config, nav):
        """Note the search index's length before the search plugin indexes this page."""
        self.entries_before = len(self.search_entries) if self.search_entries is not None else 0
        return context

    @event_priority(-100)
    def _restore_entries(self, context, page, config, nav):
        """Replace what the search plugin made of a reused (empty) page with its previous entries."""
        if isinstance(page, ReusedPage) and self.search_entries is not None:
            del self.search_entries[self.entries_before:]
            self.search_entries.extend(self.old_search.get(page.url, ()))
        return context

    on_page_context = CombinedEvent(_count_entries, _restore_entries)

    @event_priority(-100)
    def on_post_page(self, output, page, config):
        """Put the previous HTML of a reused page in place; empty output tells MkDocs not to write."""
        if not isinstance(page, ReusedPage):
            record = self.manifest.pages.get(page.file.src_uri)
            if record is not None:  # the bytes MkDocs writes (lone surrogates become references)
                record.html = content_digest(output.encode("utf-8", errors="xmlcharrefreplace"))
            if self.known_plugins:  # written; no known plugin reads them again: frees 10,000s of pages
                page.content, page.markdown = "", ""
            return output
        target = Path(page.file.abs_dest_path)
        if target.parent not in self.made_folders:  # thousands of pages share a few folders
            target.parent.mkdir(parents=True, exist_ok=True)
            self.made_folders.add(target.parent)
        link_or_copy(self.old_site / page.record.dest, target)
        return ""


def link_or_copy(source: Path, target: Path) -> None:
    """Hard-link `source` at `target` (its folder exists; nothing ever writes into a built page), else copy it."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)  # keeps the mtime the manifest checks


class QuietSkips(logging.Filter):
    """Hides MkDocs' 'Page skipped ... empty output' note, which every reused page triggers."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Return False for the skipped-page note."""
        return not str(record.msg).startswith("Page skipped:")


def mkdocs_logger() -> Any:
    """Return MkDocs' build logger (where the skipped-page note is logged)."""
    return logging.getLogger("mkdocs.commands.build")
