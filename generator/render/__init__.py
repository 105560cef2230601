"""Render stage: `Collection` -> {page path: Markdown}, by the Jinja2 templates only (no NLP, no file I/O).

The recipe (`render`): the lookups the templates read (`site_view.SiteView`); every page to render, its
path and template (`pages`); the pages rendered (in forked processes for a large site, `forked`); a
"Linked from" section added to each page others link to (`backlinks`); the Atom feed (`feed`). Page
paths and links come from one URL scheme (`urls`); every value is escaped (`markdown_safe`).
"""
from __future__ import annotations

from pathlib import Path

from generator.records import Collection
from generator.render.backlinks import add_backlinks
from generator.render.environment import GENERATED_MARKER, make_environment
from generator.render.feed import atom_feed
from generator.render.forked import map_ranges
from generator.render.markdown_safe import escaped
from generator.render.pages import page_specs, render_page
from generator.render.site_view import SiteView
from generator.render.urls import FEED_PATH

# Later stages import only these: the pages, the marker that tells a generated page from a hand-written one,
# and the escaping of untrusted text for Markdown (publish's job summary on GitHub Actions lists file names).
__all__ = ["render", "GENERATED_MARKER", "escaped"]


def render(collection: Collection, templates_dir: Path, processes: int = 1) -> dict[str, str]:
    """Return every generated page of the site as {path relative to docs_dir: Markdown}.

    Pages are independent once the site's lookups exist, so with `processes` > 1 they are rendered
    in forked processes (see `forked`); the pages are the same either way.
    """
    env = make_environment(templates_dir)
    site = SiteView(collection)
    specs = page_specs(site)
    site.build_shared_lookups()  # before forking: the processes inherit them instead of each building them
    texts = map_ranges(lambda indices: [render_page(env, site, specs[i]) for i in indices], len(specs), processes)
    pages = add_backlinks({spec.path: text for spec, text in zip(specs, texts)}, processes)
    pages[FEED_PATH] = atom_feed(collection.briefings, site.briefing_tags, GENERATED_MARKER)
    return pages
