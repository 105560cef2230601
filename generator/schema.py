"""The `briefing/1` JSON schema of `briefings extract --json`: later versions add keys, never break them."""
from __future__ import annotations

from generator.records import Actor, Briefing, Event, Faction, GroupActor, Interaction, Quote

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
        "events": [event_to_json(e) for e in briefing.events],
        "quotes": [quote_to_json(q) for q in briefing.quotes],
        "groups": [group_to_json(g) for g in briefing.groups],
        "interactions": [interaction_to_json(i) for i in briefing.interactions],
    }


def actor_to_json(actor: Actor) -> dict:
    """Return the JSON-ready dict of an actor."""
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "aliases": list(actor.aliases),
            "mentions": len(actor.mentions), "affiliation": actor.affiliation,
            "roles": [{"title": r.title, "evidence": r.evidence} for r in actor.roles]}


def faction_to_json(faction: Faction) -> dict:
    """Return the JSON-ready dict of a faction; `membership` adds each member's evidence."""
    return {"id": faction.id, "name": faction.name, "members": [m.actor for m in faction.members],
            "leader": faction.leader, "stance": faction.stance, "opposes": list(faction.opposes),
            "evidence": list(faction.evidence),
            "membership": [{"actor": m.actor, "evidence": m.evidence} for m in faction.members]}


def event_to_json(event: Event) -> dict:
    """Return the JSON-ready dict of an event; `date` is YYYY-MM-DD, YYYY-MM, YYYY or null.

    `date_precision` says which ("day", "week" (its Monday), "month", "year"), or "before" for "recently": then `date`
    is null and `before` holds the article date the event precedes.
    """
    before = event.date.precision == "before"
    return {"id": event.id, "type": event.type, "summary": event.summary,
            "date": None if before else event.date.value, "date_text": event.date.text or None,
            "date_precision": event.date.precision, "before": event.date.value if before else None,
            "participants": list(event.participants), "place": event.place, "evidence": event.evidence,
            "trigger": event.trigger, "source": list(event.source), "targets": list(event.targets),
            "cls": event.cls, "quad": event.quad, "realis": event.realis, "salience": event.salience,
            "rule": event.rule}


def group_to_json(group: GroupActor) -> dict:
    """Return the JSON-ready dict of a group actor ("Labour backbenchers", affiliation "labour-party")."""
    return {"id": group.id, "name": group.name, "head": group.head, "affiliation": group.affiliation,
            "mentions": len(group.mentions)}


def interaction_to_json(item: Interaction) -> dict:
    """Return the JSON-ready dict of an interaction (`date` as in events)."""
    before = item.date.precision == "before"
    return {"id": item.id, "predicate": item.predicate, "trigger": item.trigger, "type": item.type,
            "cls": item.cls, "quad": item.quad, "source": list(item.source), "targets": list(item.targets),
            "realis": item.realis, "date": None if before else item.date.value,
            "date_precision": item.date.precision, "place": item.place, "sentence": item.sentence,
            "evidence": item.evidence, "rule": item.rule}


def quote_to_json(quote: Quote) -> dict:
    """Return the JSON-ready dict of a quote."""
    return {"speaker": quote.speaker, "text": quote.text, "evidence": quote.evidence, "rule": quote.rule,
            "verb": quote.verb}
