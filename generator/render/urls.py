"""Where each page of the site lives, relative to the docs folder: one URL scheme for pages, templates and links."""
from __future__ import annotations


def briefing_path(article_id: str) -> str:
    """Return the page path of a briefing."""
    return f"briefings/{article_id}.md"



def actor_path(actor_id: str) -> str:
    """Return the page path of an actor."""
    return f"actors/{actor_id}.md"



def faction_path(faction_id: str) -> str:
    """Return the page path of a faction."""
    return f"factions/{faction_id}.md"
