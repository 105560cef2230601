"""Apply the editor's overrides file (`seeds/actors.yml`) to extraction and to the collection.

Extraction: every name and alias of an overridden actor becomes an `entity_ruler` pattern whose id
is the actor id, so the mention is tagged whatever the model thinks and lands on that actor; a
rejected alias becomes a pattern with id `not:<actor id>`, so it never joins that actor.
Collection: merges, names, kinds, extra aliases, descriptions and roles are applied after the
automatic resolution, so every fix survives every rebuild.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.language import Language

from generator.models import CollectionActor, CollectionRole
from generator.overrides import ActorOverride, Overrides, load_overrides

OVERRIDES_FILE = "actors.yml"
RULER_NAME = "briefings_overrides"
REJECT_PREFIX = "not:"
LABEL_OF_KIND = {"person": "PERSON", "organization": "ORG", "country": "GPE", "place": "GPE", "group": "NORP"}
EDITOR_EVIDENCE = "Set by the editor in seeds/actors.yml."


def overrides_for(seeds_dir: Path) -> Overrides:
    """Return the overrides of a seeds folder (none without a file), or raise `OverridesError`."""
    return load_overrides(seeds_dir / OVERRIDES_FILE)


def label_of(override: ActorOverride) -> str:
    """Return the entity label a pattern of this actor gets."""
    if override.kind:
        return LABEL_OF_KIND[override.kind]
    return "PERSON" if override.name and len(override.name.split()) > 1 else "ORG"


def add_override_patterns(nlp: Language, overrides: Overrides) -> Language:
    """Return the pipeline with an entity ruler for the overrides (replacing an earlier one)."""
    if RULER_NAME in nlp.pipe_names:
        nlp.remove_pipe(RULER_NAME)
    patterns = [{"label": label_of(o), "pattern": text, "id": o.id}
                for o in overrides.actors for text in dict.fromkeys(([o.name] if o.name else []) + list(o.aliases))]
    patterns += [{"label": label_of(o), "pattern": text, "id": REJECT_PREFIX + o.id}
                 for o in overrides.actors for text in o.reject_aliases]
    if patterns:
        after = {"after": "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config={"overwrite_ents": True,
                                                                      "phrase_matcher_attr": "ORTH"}, **after)
        ruler.add_patterns(patterns)
    return nlp


def merge_targets(overrides: Overrides | None) -> dict[str, str]:
    """Return {actor id: the id the editor merged it into}."""
    return overrides.merged_ids() if overrides else {}


def curated(actor: CollectionActor, override: ActorOverride | None) -> CollectionActor:
    """Return the actor with the editor's name, kind, aliases, description and roles applied."""
    if override is None:
        return actor
    aliases = tuple(sorted((set(actor.aliases) | set(override.aliases)) - set(override.reject_aliases)))
    roles = actor.roles + tuple(CollectionRole(title, EDITOR_EVIDENCE, "") for title in override.roles
                                if title.lower() not in {r.title.lower() for r in actor.roles})
    return replace(actor, name=override.name or actor.name, kind=override.kind or actor.kind, aliases=aliases,
                   roles=roles, description=override.description)
