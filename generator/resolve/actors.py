"""One collection actor per real actor: the collection ids of every briefing's actors, and the actor
merged from its briefings' actors (names, kinds, roles, appearances, co-mentions, affiliations)."""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace

from generator.lexicons.labels import OTHER_KINDS
from generator.overrides import Overrides
from generator.records import Actor, Appearance, Briefing, CollectionActor, CollectionRole
from generator.resolve.curation import merge_targets
from generator.resolve.name_variants import name_parts, person_variant_targets
from generator.resolve.short_forms import short_form_targets

RELATED_LIMIT = 10


def assign_global_ids(briefings: tuple[Briefing, ...], overrides: Overrides
                      ) -> tuple[dict[tuple[str, str], str], dict[str, tuple]]:
    """Return (briefing id, local actor id) -> collection id, and ambiguous surname id -> candidates.

    A lone surname joins the one full name in the collection that ends with it; a surname that
    several people share keeps its own page, which lists them (a disambiguation page). Variants of
    one person's full name are one person ("Mark Felt", "W. Mark Felt"; see `name_variants`). A body's
    short form joins the full name other articles spell out ("IMF", "Labour"; see `short_forms`).
    """
    people = person_ids(briefings)
    full_names: dict[str, set[str]] = defaultdict(set)
    for briefing in briefings:
        for actor in briefing.actors:
            if actor.kind == "person" and name_parts(actor.name):
                full_names[name_parts(actor.name)[0]].add(people.get(actor.name, actor.id))
    ids, ambiguous, merged = {}, {}, merge_targets(overrides)
    full_forms = full_form_ids(briefings, overrides)
    for briefing in briefings:
        for actor in briefing.actors:
            lone = actor.kind == "person" and " " not in actor.name
            owners = full_names.get(actor.name.lower(), set()) if lone else set()
            owners = {o for o in owners if actor.name not in getattr(overrides.actor(o), "reject_aliases", ())}
            chosen = next(iter(owners)) if len(owners) == 1 else actor.id
            if actor.kind == "person" and actor.name in people:
                chosen = people[actor.name]  # "Mark Felt" -> "W. Mark Felt"
            if actor.kind != "country" and actor.name in full_forms:
                chosen = full_forms[actor.name]  # whatever its kind here: "Labour" is a person in 28 BBC articles
            ids[(briefing.article.id, actor.id)] = merged.get(chosen, chosen)
            if len(owners) > 1:
                ambiguous[actor.id] = tuple(sorted(owners))
    return ids, ambiguous


def person_ids(briefings: tuple[Briefing, ...]) -> dict[str, str]:
    """Return a person's full name -> the id of the person it names, for variants of one person's name."""
    ids_of_name = ids_by_name(briefings, lambda actor: actor.kind == "person" and bool(name_parts(actor.name)))
    counts = Counter({name: sum(found.values()) for name, found in ids_of_name.items()})
    return {name: ids_of_name[target].most_common(1)[0][0]
            for name, target in person_variant_targets(counts).items()}


def ids_by_name(briefings: tuple[Briefing, ...], wanted: Callable[[Actor], bool]) -> dict[str, Counter]:
    """Return name -> Counter of the local ids the wanted actors of that name have across briefings."""
    ids_of_name: dict[str, Counter] = defaultdict(Counter)
    for briefing in briefings:
        for actor in briefing.actors:
            if wanted(actor):
                ids_of_name[actor.name][actor.id] += 1
    return ids_of_name


def full_form_ids(briefings: tuple[Briefing, ...], overrides: Overrides) -> dict[str, str]:
    """Return short name -> the id of the full name it stands for ("EU" -> "european-union"), unless the
    editor rejected the short name as an alias of that actor."""
    ids_of_name = ids_by_name(briefings, lambda actor: actor.kind not in OTHER_KINDS)
    found = {}
    for short, full in short_form_targets(briefings).items():
        if ids_of_name.get(full):
            target = ids_of_name[full].most_common(1)[0][0]
            if short not in getattr(overrides.actor(target), "reject_aliases", ()):
                found[short] = target
    return found


def co_mentions(briefings: tuple[Briefing, ...], actor_ids: dict) -> dict[str, Counter]:
    """Return actor id -> Counter of other actor ids mentioned in the same sentences."""
    related: dict[str, Counter] = defaultdict(Counter)
    for briefing in briefings:
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for actor in briefing.actors:
            for mention in actor.mentions:
                by_sentence[mention.sentence].add(actor_ids[(briefing.article.id, actor.id)])
        for ids in by_sentence.values():
            for a, b in itertools.permutations(sorted(ids), 2):
                related[a][b] += 1
    return related


def merge_actor(actor_id: str, found: list[tuple[Briefing, Actor]], related: Counter, actor_ids: dict,
                may_be: tuple[str, ...] = ()) -> CollectionActor:
    """Return one collection actor from its per-briefing actors."""
    names = Counter(actor.name for _, actor in found)
    kinds = Counter(actor.kind for _, actor in found)
    name = max(names, key=lambda n: (len(n.split()), names[n], n))
    roles, seen = [], set()
    for briefing, actor in found:
        for role in actor.roles:
            if role.title.lower() not in seen:
                seen.add(role.title.lower())
                roles.append(CollectionRole(role.title, role.evidence, briefing.article.id, briefing.article.date))
    appearances = tuple(Appearance(briefing.article.id, actor.id, len(actor.mentions),
                                   briefing.sentences[actor.mentions[0].sentence].text)
                        for briefing, actor in found)
    top = sorted(related.items(), key=lambda pair: (-pair[1], pair[0]))[:RELATED_LIMIT]
    affiliations = tuple(dict.fromkeys(actor_ids[(b.article.id, a.affiliation)] for b, a in found if a.affiliation))
    return CollectionActor(id=actor_id, name=name, kind=kinds.most_common(1)[0][0],
                           aliases=tuple(sorted({a for _, actor in found for a in actor.aliases})),
                           roles=tuple(roles), appearances=appearances, related=tuple(top),
                           affiliations=tuple(a for a in affiliations if a != actor_id), may_be=may_be)


def with_former_ids(actors: tuple[CollectionActor, ...], actor_ids: dict) -> tuple[CollectionActor, ...]:
    """Return actors with the ids their briefings gave them before they were joined ("rubio").

    Those ids get redirect pages, so a URL published before an actor's name improved still works.
    """
    taken = {a.id for a in actors}
    former: dict[str, set[str]] = defaultdict(set)
    for (_, local_id), global_id in actor_ids.items():
        if local_id != global_id and local_id not in taken:
            former[global_id].add(local_id)
    return tuple(replace(a, former_ids=tuple(sorted(former[a.id]))) if former.get(a.id) else a for a in actors)
