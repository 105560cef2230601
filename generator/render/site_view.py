"""The read-only lookups the templates need: actors, briefings, factions and events by id, linked article
text, listings, tags and pictures, built once per collection."""
from __future__ import annotations

import functools
from collections import defaultdict

from markupsafe import Markup

from generator.records import (Briefing, Collection, CollectionActor, CollectionEvent, CollectionFaction,
                               Faction)
from generator.render import listings
from generator.render.environment import KIND_TITLES, link_to
from generator.render.listings import Listing, Tag, by_month, initial, month_heading, month_of, older_pages
from generator.render.markdown_safe import escape_text
from generator.render.network import Network, ego_network, network_picture, strongest_network
from generator.render.pictures import sides_picture, timeline_picture
from generator.render.urls import actor_path, list_path, tag_path
from generator.slugs import safe_slug

HOME_LATEST = 10
INDEX_TOP = 25        # most mentioned actors of each kind on the actors index; the rest A to Z
TAG_GROUPS = ("Countries", "Factions", "Article tags")


class SiteView:
    """Read-only lookups the templates need: actors by id, briefings by id, linked article text."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self.actors = {a.id: a for a in collection.actors}
        self.briefings = {b.article.id: b for b in collection.briefings}
        self.factions = {f.id: f for f in collection.factions}
        self.events = {e.id: e for e in collection.events}
        self.actor_events: dict[str, list[CollectionEvent]] = defaultdict(list)
        for event in collection.events:
            for actor_id in event.participants:
                self.actor_events[actor_id].append(event)
        self.actor_factions: dict[str, list[CollectionFaction]] = defaultdict(list)
        for faction in collection.factions:
            for member in faction.members:
                self.actor_factions[member.actor].append(faction)

    def build_shared_lookups(self) -> None:
        """Build now the lookups that pages share and that are otherwise built on first use."""
        for lookup in ("event_months", "briefing_months", "actor_letters", "quotes_by_speaker", "tag_index",
                       "factions_by_actor", "strongest_ties"):
            getattr(self, lookup)

    def actor_of(self, briefing: Briefing, local_id: str) -> CollectionActor:
        """Return the collection actor behind a briefing's local actor id."""
        return self.actors[self.collection.actor_ids[(briefing.article.id, local_id)]]

    def who(self, briefing: Briefing, ids: tuple[str, ...], page: str) -> Markup:
        """Return a key event's source or targets: each actor a link to its page, each group actor its name
        ("[Marco Rubio](../actors/marco-rubio.md), Labour backbenchers"), '—' for none."""
        groups = {g.id: g.name for g in briefing.groups}
        names = [escape_text(groups[i]) if i in groups else
                 link_to(self.actor_of(briefing, i).name, actor_path(self.actor_of(briefing, i).id), page) for i in ids]
        return Markup(", ").join(names) if names else Markup("—")

    def actors_by_kind(self, briefing: Briefing | None = None) -> list[tuple[str, list]]:
        """Return [(kind title, actors)] for one briefing's actors or the whole collection."""
        groups: dict[str, list] = defaultdict(list)
        if briefing is None:
            for actor in sorted(self.collection.actors, key=lambda a: (-a.mentions, a.name)):
                groups[actor.kind].append(actor)
        else:
            for local in briefing.actors:
                groups[local.kind].append((local, self.actor_of(briefing, local.id)))
        return [(KIND_TITLES[k], groups[k]) for k in KIND_TITLES if groups.get(k)]

    def linked_paragraphs(self, briefing: Briefing, page: str) -> list[Markup]:
        """Return the article's paragraphs as Markdown, each actor's first mention linked to its page."""
        firsts = defaultdict(list)
        for local in briefing.actors:
            first = local.mentions[0]
            target = actor_path(self.actor_of(briefing, local.id).id)
            firsts[first.paragraph].append((first.start, first.end, target))
        return [link_spans(text, sorted(firsts[p]), page) for p, text in enumerate(briefing.article.paragraphs)]

    def faction_of(self, briefing: Briefing, local: Faction) -> CollectionFaction:
        """Return the collection faction behind a briefing's faction."""
        return self.factions[self.collection.faction_ids[(briefing.article.id, local.id)]]

    def opponents(self, briefing: Briefing, local: Faction) -> list[CollectionFaction]:
        """Return the collection factions a briefing's faction opposes in that briefing."""
        by_id = {f.id: f for f in briefing.factions}
        return [self.faction_of(briefing, by_id[o]) for o in local.opposes if o in by_id]

    def sides(self, briefing: Briefing) -> Markup:
        """Return the picture of a briefing's factions: members grouped by side, rivals joined."""
        factions = list(briefing.factions)
        position = {f.id: i for i, f in enumerate(factions)}
        sides = [(f.name, [self.actor_of(briefing, m.actor).name for m in f.members]) for f in factions]
        opposed = sorted({tuple(sorted((position[f.id], position[o]))) for f in factions
                          for o in f.opposes if o in position})
        return sides_picture(sides, opposed)

    def event_of(self, briefing: Briefing, local_id: str) -> CollectionEvent:
        """Return the collection event behind a briefing's event."""
        return self.events[self.collection.event_ids[(briefing.article.id, local_id)]]

    @functools.cached_property
    def event_months(self) -> list[Listing]:
        """Return the events by the month they happened in, newest first; undated events last."""
        return by_month(self.collection.events, month_of, "events", "Date unknown", lambda e: e.type)

    @functools.cached_property
    def briefing_months(self) -> list[Listing]:
        """Return the briefings by the month of their article's date, newest first; undated last."""
        return by_month(self.collection.briefings, lambda b: f"{b.article.date:%Y-%m}" if b.article.date else "",
                        "briefings", "Undated", lambda b: initial(b.article.title))

    @functools.cached_property
    def actor_letters(self) -> list[Listing]:
        """Return the actors by the first letter of their name (its ASCII form), A to Z then others."""
        groups: dict[str, list[CollectionActor]] = defaultdict(list)
        for actor in sorted(self.collection.actors, key=lambda a: (a.name.casefold(), a.id)):
            groups[initial(actor.name)].append(actor)
        return [Listing(letter, list_path("actors", letter.lower()), groups[letter])
                for letter in sorted(groups, key=lambda g: (g == "Other", g))]

    @staticmethod
    def page_links(paths: list[str], page: str, current: int = 0) -> Markup:
        """Return numbered links to the pages of a listing, the `current` one (1-based) in bold instead."""
        return Markup(" · ").join(Markup(f"**{n}**") if n == current else link_to(str(n), path, page)
                                  for n, path in enumerate(paths, 1))

    def older_links(self, older: list[Listing], page: str) -> Markup:
        """Return the link to an older-items listing: 'the list', or 'pages 1 · 2 · 3' when it has several."""
        if len(older) == 1:
            return link_to("the list", older[0].path, page)
        return Markup("pages ") + self.page_links([listing.path for listing in older], page)

    def older_appearances(self, actor: CollectionActor) -> list[Listing]:
        """Return the pages of an actor's briefings older than the SECTION_TOP newest its page shows:
        (briefing, note, sentence) items."""
        return older_pages(f"{actor.name}: older briefings", list_path("actor", actor.id),
                           [(self.briefings[a.briefing_id], f"{a.mentions} mention{'s' if a.mentions != 1 else ''}",
                             a.context) for a in actor.appearances[listings.SECTION_TOP:]])

    def older_reports(self, event: CollectionEvent) -> list[Listing]:
        """Return the pages of an event's reports older than the SECTION_TOP newest its page shows."""
        return older_pages(f"{event.summary}: older reports", list_path("event", event.id),
                           [(self.briefings[r.briefing_id], "", r.evidence)
                            for r in event.reports[listings.SECTION_TOP:]])

    def older_tagged(self, tag: Tag) -> list[Listing]:
        """Return the pages of a tag's briefings older than the SECTION_TOP newest its page shows."""
        return older_pages(f"Tag {tag.name}: older briefings", list_path("tag", tag.slug),
                           [(b, "", b.summary[0] if b.summary else "") for b in tag.briefings[listings.SECTION_TOP:]])

    def top_actors_by_kind(self, count: int = INDEX_TOP) -> list[tuple[str, int, list]]:
        """Return [(kind title, number of actors, the most mentioned `count`)] for the actors index."""
        return [(title, len(actors), actors[:count]) for title, actors in self.actors_by_kind()]

    def timeline(self) -> Markup:
        """Return the picture of the timeline: one dot per month, sized by its number of events."""
        counts: dict[str, int] = defaultdict(int)
        for event in self.collection.events:
            if len(month_of(event)) == 7:
                counts[month_of(event)] += 1
        return timeline_picture([(month_heading(m), m, c) for m, c in sorted(counts.items())])

    @functools.cached_property
    def quotes_by_speaker(self) -> dict[str, list[tuple[Briefing, object]]]:
        """Return {actor id: (briefing, quote) pairs}, built once: a scan per actor page is quadratic."""
        quotes: dict[str, list] = defaultdict(list)
        for b in self.collection.briefings:
            for q in b.quotes:
                if q.speaker:
                    quotes[self.collection.actor_ids[(b.article.id, q.speaker)]].append((b, q))
        return quotes

    def quotes_of(self, actor_id: str) -> list[tuple[Briefing, object]]:
        """Return (briefing, quote) for every quote the actor said across the collection."""
        return self.quotes_by_speaker.get(actor_id, [])

    def latest(self, count: int = HOME_LATEST) -> tuple[Briefing, ...]:
        """Return the newest briefings."""
        return self.collection.briefings[:count]

    def most_mentioned(self, count: int = 10) -> list[CollectionActor]:
        """Return the actors with the most mentions across the collection."""
        return sorted(self.collection.actors, key=lambda a: (-a.mentions, a.name))[:count]

    def most_active_factions(self, count: int = 10) -> list[CollectionFaction]:
        """Return the factions found in the most briefings (then with the most members)."""
        return sorted(self.collection.factions,
                      key=lambda f: (-len(f.briefing_ids), -len(f.members), f.name))[:count]

    def recent_events(self, count: int = 10) -> list[CollectionEvent]:
        """Return the newest dated events, newest first."""
        dated = [e for e in self.collection.events if e.date.value]
        return sorted(dated, key=lambda e: (e.date.value, e.id), reverse=True)[:count]

    def briefing_tags(self, briefing: Briefing) -> list[str]:
        """Return a briefing's tags: the countries it mentions, its factions, its article's own tags."""
        countries = [a.name for a in (self.actor_of(briefing, local.id) for local in briefing.actors)
                     if a.kind == "country"]
        factions = [self.faction_of(briefing, local).name for local in briefing.factions]
        return unique([*countries, *factions, *briefing.article.tags])

    def actor_tags(self, actor: CollectionActor) -> list[str]:
        """Return an actor's tags: its factions, and its own name if it is a country.

        Not its kind: a "People" tag page would list every person, as the A-to-Z lists already do.
        """
        own = [actor.name] if actor.kind == "country" else []
        return unique([*own, *(f.name for f in self.actor_factions[actor.id])])

    def faction_tags(self, faction: CollectionFaction) -> list[str]:
        """Return a faction's tags: its own name, so its tag lists the faction with its briefings."""
        return [faction.name]

    @functools.cached_property
    def tag_index(self) -> dict[str, Tag]:
        """Return {tag page slug: Tag} for every tag of a briefing, actor or faction page."""
        index: dict[str, Tag] = {}
        named = ({a.name for a in self.collection.actors if a.kind == "country"},
                 {f.name for f in self.collection.factions})
        pages = ([(name, "briefings", b) for b in self.collection.briefings for name in self.briefing_tags(b)]
                 + [(name, "actors", a) for a in self.collection.actors for name in self.actor_tags(a)]
                 + [(name, "factions", f) for f in self.collection.factions for name in self.faction_tags(f)])
        for name, kind, item in pages:
            slug = safe_slug(name, "tag")  # two spellings of one slug share a page, under the first
            tag = index.setdefault(slug, Tag(name, slug, self.tag_group(name, named), [], [], []))
            getattr(tag, kind).append(item)
        return dict(sorted(index.items()))

    @staticmethod
    def tag_group(name: str, named: tuple[set[str], set[str]]) -> str:
        """Return which of TAG_GROUPS a tag belongs to, given (country names, faction names)."""
        countries, factions = named
        if name in countries:
            return "Countries"
        if name in factions:
            return "Factions"
        return "Article tags"

    def tags_by_group(self) -> list[tuple[str, list[Tag]]]:
        """Return [(group, tags)] in the order of TAG_GROUPS, tags by name."""
        return [(group, sorted((t for t in self.tag_index.values() if t.group == group),
                               key=lambda t: t.name.casefold()))
                for group in TAG_GROUPS if any(t.group == group for t in self.tag_index.values())]

    def tag_links(self, names: list[str], page: str) -> Markup:
        """Return a page's tags as links to their tag pages, styled as the theme's tag chips."""
        return Markup(" ").join(link_to(name, tag_path(safe_slug(name, 'tag')), page) + Markup("{ .md-tag }")
                                for name in names)

    @functools.cached_property
    def factions_by_actor(self) -> dict[str, list[str]]:
        """Return {actor id: names of the factions it belongs to}, for colouring the network."""
        return {actor_id: [f.name for f in factions] for actor_id, factions in self.actor_factions.items()}

    @functools.cached_property
    def strongest_ties(self) -> Network:
        """Return the network of the collection's strongest ties between actors."""
        return strongest_network(self.collection.actors, self.factions_by_actor)

    def network(self) -> Markup:
        """Return the picture of the collection's strongest ties between actors."""
        return network_picture(self.strongest_ties,
                               label="Network of actors: who is mentioned with whom, coloured by faction")

    def ego_picture(self, actor: CollectionActor) -> Markup:
        """Return the small picture of an actor and the actors most often mentioned with it."""
        colours = dict(self.strongest_ties.legend)  # a faction has the same colour in every picture
        return network_picture(ego_network(actor, self.actors, self.factions_by_actor, colours), width=560,
                               height=300, radial=True, label=f"{actor.name} and the actors mentioned with it")


def unique(values) -> list[str]:
    """Return the values without repeats or blanks, in first-seen order."""
    return [v for v in dict.fromkeys(str(v) for v in values) if v.strip()]


def link_spans(text: str, spans: list[tuple[int, int, str]], page: str) -> Markup:
    """Return `text` escaped, with each (start, end, target) span turned into a link."""
    out, cursor = [], 0
    for start, end, target in spans:
        if start < cursor:
            continue  # overlapping mentions: the first one keeps the link
        out += [escape_text(text[cursor:start]) if start > cursor else "", link_to(text[start:end], target, page)]
        cursor = end
    out.append(escape_text(text[cursor:]))
    return Markup("").join(out)
