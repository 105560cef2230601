"""Every page of the site to render: its path, its template and the values the template gets."""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment
from markupsafe import Markup

from generator.render.site_view import SiteView
from generator.render.urls import (HOME_PATH, actor_path, briefing_path, event_path, faction_path, html_url,
                                   index_path)


@dataclass(frozen=True)
class PageSpec:
    """A page to render: its path, its template and the template's values besides `site` and `page`."""

    path: str
    template: str
    values: dict


def render_page(env: Environment, site: SiteView, spec: PageSpec) -> str:
    """Return one page's Markdown."""
    return env.get_template(spec.template).render(site=site, page=spec.path, **spec.values)


def page_specs(site: SiteView) -> list[PageSpec]:
    """Return every page of the site to render, in a fixed order."""
    collection = site.collection
    specs = [PageSpec(HOME_PATH, "home.md.j2", {}),
             PageSpec(index_path("briefing"), "briefings_index.md.j2", {}),
             PageSpec(index_path("actor"), "actors_index.md.j2", {}),
             PageSpec(index_path("faction"), "factions_index.md.j2", {}),
             PageSpec(index_path("event"), "timeline.md.j2", {})]
    specs += [PageSpec(briefing_path(b.article.id), "briefing.md.j2", {"briefing": b}) for b in collection.briefings]
    for actor in collection.actors:
        specs.append(PageSpec(actor_path(actor.id), "actor.md.j2", {"actor": actor}))
        specs += [PageSpec(actor_path(old_id), "redirect.md.j2",  # an id the actor had before its name improved
                           {"actor": actor, "target_html": Markup(html_url(actor_path(actor.id), actor_path(old_id)))})
                  for old_id in actor.former_ids]
    specs += [PageSpec(faction_path(f.id), "faction.md.j2", {"faction": f}) for f in collection.factions]
    specs += [PageSpec(event_path(e.id), "event.md.j2", {"event": e}) for e in collection.events]
    specs += list_specs(site)
    specs.append(PageSpec(index_path("tag"), "tags_index.md.j2", {}))
    specs += [PageSpec(tag.path, "tag.md.j2", {"tag": tag}) for tag in site.tag_index.values()]
    return specs


def list_specs(site: SiteView) -> list[PageSpec]:
    """Return the listing pages: briefings and events by month, actors by letter."""
    return ([PageSpec(m.path, "list_briefings.md.j2", {"month": m}) for ms in site.briefing_months for m in ms.pages()]
            + [PageSpec(m.path, "list_events.md.j2", {"month": m}) for ms in site.event_months for m in ms.pages()]
            + [PageSpec(letter.path, "list_actors.md.j2", {"letter": letter})
               for letters in site.actor_letters for letter in letters.pages()]
            + [PageSpec(older.path, "list_older.md.j2", {"listing": older, "of": actor.name, "of_path": actor_path(actor.id)})
               for actor in site.collection.actors for older in site.older_appearances(actor)]
            + [PageSpec(older.path, "list_older.md.j2", {"listing": older, "of": event.summary,
                                                         "of_path": event_path(event.id)})
               for event in site.collection.events for older in site.older_reports(event)]
            + [PageSpec(older.path, "list_older.md.j2", {"listing": older, "of": f"Tag: {tag.name}", "of_path": tag.path})
               for tag in site.tag_index.values() for older in site.older_tagged(tag)])
