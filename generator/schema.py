"""The `briefing/1` JSON schema of `briefings extract --json`: later versions add keys, never break them."""
from __future__ import annotations

from generator.models import Actor, Briefing, Faction

SCHEMA = "briefing/1"


def briefing_to_json(briefing: Briefing) -> dict:
    """Return the JSON-ready dict of a briefing."""
    article = briefing.article
    return {
        "schema": SCHEMA,
        "article": {"id": article.id, "title": article.title,
                    "date": article.date.isoformat() if article.date else None, "source": article.source},
        "summary": list(briefing.summary),
        "actors": [actor_to_json(a) for a in briefing.actors],
        "factions": [faction_to_json(f) for f in briefing.factions],
        "events": list(briefing.events),
        "quotes": list(briefing.quotes),
    }


def actor_to_json(actor: Actor) -> dict:
    """Return the JSON-ready dict of an actor."""
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "aliases": list(actor.aliases),
            "mentions": len(actor.mentions),
            "roles": [{"title": r.title, "evidence": r.evidence} for r in actor.roles]}


def faction_to_json(faction: Faction) -> dict:
    """Return the JSON-ready dict of a faction; `membership` adds each member's evidence."""
    return {"id": faction.id, "name": faction.name, "members": [m.actor for m in faction.members],
            "leader": faction.leader, "stance": faction.stance, "opposes": list(faction.opposes),
            "evidence": list(faction.evidence),
            "membership": [{"actor": m.actor, "evidence": m.evidence} for m in faction.members]}
