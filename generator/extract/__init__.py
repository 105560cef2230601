"""Extract stage: one `Article` and its parsed paragraphs -> one `Briefing`, per article, pure.

The recipe (`extract`): the body's sentences; mentions (entities the model tagged or mislabelled,
names it missed, found by their shape); mentions grouped by name, then joined, added to and dropped
by the steps of `actor_steps`, in their order; one actor per group (kind, aliases, roles) and its
affiliation; then the article's factions; its group actors, interactions (each clause's predicate with
source, targets, class, realis, date and place) and key events (the interactions that happened, ranked);
and its quotes, which read the actors.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from spacy.tokens import Doc

from generator.extract.actors import build_actors
from generator.extract.affiliations import affiliations as find_affiliations
from generator.extract.affiliations import capitals
from generator.extract.body_names import (merge_acronyms, merge_compass_metonyms, merge_initials,
                                          merge_partial_bodies, merge_team_nicknames)
from generator.extract.countries import country_tables, region_countries
from generator.extract.dates import compatible as compatible_dates
from generator.extract.dates import resolve_date
from generator.extract.faction_drafts import stem as label_stem
from generator.extract.factions import find_factions
from generator.extract.groups import Group, group_by_name, merge_same_ids
from generator.extract.headline import add_headline_groups
from generator.extract.key_events import interaction_layer, load_event_tables
from generator.extract.mentions import candidates_in, list_sentences
from generator.extract.missed_mentions import add_missed_mentions
from generator.extract.name_shapes import given_names, same_given_names
from generator.extract.non_actors import drop_non_actors
from generator.extract.person_names import (merge_given_names, merge_initialled_names, merge_misspelt_given_names,
                                            merge_misspelt_surnames, merge_partial_names)
from generator.extract.quotes import find_quotes
from generator.extract.trace import Trace
from generator.records import Article, Briefing

# Later stages import only these names from extraction; the last three are shared with resolve, which
# joins across articles what extraction joins within one (event dates, faction labels, given names).
__all__ = ["extract", "load_tables", "actor_steps", "compatible_dates", "label_stem", "same_given_names"]

SUMMARY_SENTENCES = 2
Step = Callable[[list[Group]], list[Group]]


def load_tables() -> None:
    """Load the tables the rules read (given names, countries, capitals, the date parser's English data, the
    event classes).

    Each loads on first use anyway; loading them before extraction workers fork lets the workers
    share one copy, as they share the model, instead of each spending ~0.4 s building its own.
    """
    given_names()
    country_tables()
    region_countries()
    capitals()
    resolve_date("last Monday", dt.date(2025, 3, 5))  # dateparser compiles its locale and time-zone patterns
    load_event_tables()


def actor_steps(docs: list[Doc], sentence_index: dict, headline: Doc | None = None) -> list[Step]:
    """Return, in order, every step from one article's groups of same-name mentions to its actors.

    Each step takes the groups and returns them with some joined, added or dropped; the order
    matters (a surname joins a full name only once the acronyms are out of the way, missed
    mentions are looked for once every name of a group is known).
    """
    return [
        merge_acronyms,              # 1. "(RDIF)" after a name joins its long form
        merge_initials,              # 2. "U.N.", "KSC" join the one longer name they abbreviate
        merge_initialled_names,      # 3. a line-up's "G Thomas" joins Gareth Thomas
        merge_misspelt_given_names,  # 4. "Kristin Wilkins" once joins three "Kristen Wilkins"
        merge_partial_names,         # 5. "Rubio" joins the one full name ending with it
        merge_misspelt_surnames,     # 6. "Water" written once joins Kathryn Waters
        merge_given_names,           # 7. "Daniel" joins the one full name starting with it
        merge_partial_bodies,        # 8. "the Court", "Scientology" join "Supreme Court", "Church of Scientology"
        merge_team_nicknames,        # 9. "Colts" joins "Indianapolis Colts" in a match report
        merge_compass_metonyms,      # 10. "the North" joins North Korea
        partial(add_missed_mentions, docs=docs, sentence_index=sentence_index),  # 11. untagged repeats of names
        partial(add_headline_groups, headline=headline, docs=docs,               # 12. the headline's places and
                sentence_index=sentence_index),                                  #     bodies named only in longer names
        merge_same_ids,              # 13. names that differ only in case or punctuation
        partial(drop_non_actors, docs=docs),  # 14. events, laws, products, awards, beliefs, common nouns
    ]


def extract(article: Article, docs: list[Doc], headline: Doc | None = None, trace: Trace | None = None) -> Briefing:
    """Return the briefing of one article from its parsed paragraphs (one Doc per paragraph) and,
    if given, its parsed title; with a `trace`, record in it what each actor step did (`--explain`)."""
    sentences, sentence_index = list_sentences(docs)
    candidates = [c for p, doc in enumerate(docs) for c in candidates_in(doc, p, sentence_index)]
    groups = group_by_name(candidates)
    if trace is not None:
        trace.grouped(groups)
    for number, step in enumerate(actor_steps(docs, sentence_index, headline), 1):
        groups = step(groups) if trace is None else trace.run(number, step, groups)
    if trace is not None:
        trace.decided(groups)
    actors = tuple(build_actors(groups))
    linked = find_affiliations(actors)
    actors = tuple(replace(a, affiliation=linked.get(a.id)) for a in actors)
    summary = tuple(s.text for s in sentences[:SUMMARY_SENTENCES])
    groups, interactions, events = interaction_layer(article, docs, actors, tuple(sentences), sentence_index)
    return Briefing(article=article, sentences=tuple(sentences), summary=summary, actors=actors,
                    factions=find_factions(docs, actors, sentences), events=events,
                    quotes=find_quotes(docs, actors), interactions=interactions, groups=groups)
