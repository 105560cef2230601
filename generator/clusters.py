"""Group one article's entity mentions into actors: one actor per real person, body or country."""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from generator.affiliations import capitals
from generator.countries import is_region_or_country
from generator.models import Actor, Mention, Role
from generator.names import kind_from_last_word, looks_like_person, names_a_body, on_medium, reads_as_medium
from generator.slugs import safe_slug
from generator.teams import as_side, plays_as_team, team_name

if TYPE_CHECKING:
    from generator.extract import Candidate

KIND_OF_LABEL = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                 "FAC": "place", "NORP": "group"}
# When mentions disagree on the label, earlier kinds win ties.
KIND_PRIORITY = ("person", "organization", "place", "group")


@dataclass(frozen=True)
class Group:
    """Mentions believed to name one actor."""

    key: str
    candidates: tuple[Candidate, ...]

    @property
    def names(self) -> set[str]:
        """Return the distinct cleaned names of the group's mentions."""
        return {c.name for c in self.candidates}

    @functools.cached_property
    def canonical(self) -> str:
        """Return the fullest name, worked out once: the merging rules ask for it in loops over all groups."""
        return fullest_name(self)

    @property
    def is_person(self) -> bool:
        """Return whether any mention is tagged PERSON or carries a person's title."""
        return any(c.label == "PERSON" or c.person_title for c in self.candidates)


def group_candidates(candidates: list[Candidate]) -> list[Group]:
    """Return groups: same name or country, acronyms joined to their long form, surnames to full names."""
    by_key: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_key.setdefault(group_key(c), []).append(c)
    groups = [Group(key, tuple(cs)) for key, cs in by_key.items()]
    groups = merge_acronyms(groups)
    groups = merge_initials(groups)
    groups = merge_initialled_names(groups)
    groups = merge_misspelt_given_names(groups)
    groups = merge_partial_names(groups)
    groups = merge_misspelt_surnames(groups)
    return merge_given_names(groups)


def group_key(c: Candidate) -> str:
    """Return the key that groups a mention with others: the editor's id, its country, else its name."""
    return f"id:{c.pinned}" if c.pinned else f"country:{c.country}" if c.country else name_key(c.name)


def name_key(name: str) -> str:
    """Return the grouping key of a name: without an inner possessive ("New People's Party" is
    "New People Party"), as writers drop it; several words in any case ("Republican party")."""
    key = re.sub(r"['’]s(?= )", "", name)
    return key.casefold() if " " in key else key


def group_id(group: Group) -> str:
    """Return the id the group's actor will have: the editor's, else the slug of its name."""
    return group.key[3:] if group.key.startswith("id:") else safe_slug(canonical_name(group), "actor")


def refused(source: Group, target: Group) -> bool:
    """Return whether the editor said the source's name is not the target actor."""
    return group_id(target) in {c.rejects for c in source.candidates if c.rejects}


def merge_into(groups: list[Group], source: Group, target: Group) -> list[Group]:
    """Return `groups` with `source`'s mentions moved into `target` (unless the editor refused it)."""
    if refused(source, target):
        return groups
    merged = replace(target, candidates=target.candidates + source.candidates)
    return [merged if g is target else g for g in groups if g is not source]


def merge_same_ids(groups: list[Group]) -> list[Group]:
    """Return groups where names that differ only in case or punctuation are one actor ("Robert Kilroy-Silk"
    and "Robert Kilroy Silk", "CeBit" and "Cebit", "Warner Bros" and "Warner Bros."): their ids are one slug."""
    by_id: dict[str, list[Group]] = defaultdict(list)
    for group in groups:
        by_id[group_id(group)].append(group)
    for twins in by_id.values():
        largest = max(twins, key=lambda g: len(g.candidates))
        for twin in twins:
            if twin is not largest:
                groups = merge_into(groups, twin, largest)
                largest = next((g for g in groups if g.key == largest.key), largest)
    return groups


def merge_acronyms(groups: list[Group]) -> list[Group]:
    """Return groups where an acronym or other name given in parentheses joins its long form ("RDIF")."""
    for long_form in list(groups):
        for acronym in {c.acronym for c in long_form.candidates if c.acronym}:
            short = next((g for g in groups if g.key == name_key(acronym)), None)
            current = next(g for g in groups if g.key == long_form.key)
            groups = merge_into(groups, short, current) if short else groups
    return groups


# A given name written as its initial ("G", "J.").
INITIAL = re.compile(r"[A-Z]\.?")


def initials(name: str) -> str:
    """Return the initials of a name's significant words ("Kennedy Space Center" -> "KSC")."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def merge_initials(groups: list[Group]) -> list[Group]:
    """Return groups where an acronym ("U.N.", "KSC") joins the one longer name it abbreviates."""
    for short in list(groups):
        letters = canonical_name(short).replace(".", "")
        if short.key.startswith("country:") or not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
            continue
        longer = [g for g in groups if g is not short and len(canonical_name(g).split()) > 1
                  and not g.key.startswith("country:") and initials(canonical_name(g)) == letters]
        if len(longer) == 1:
            groups = merge_into(groups, short, longer[0])
    return groups


def merge_initialled_names(groups: list[Group]) -> list[Group]:
    """Return groups where an initial and a surname ("G Thomas" in a line-up) join the one person of the
    article with that surname and a given name with that initial ("Gareth Thomas"; the model often tags
    the line-up's names ORG)."""
    for short in list(groups):
        words = canonical_name(short).split()
        if len(words) < 2 or short.key.startswith("country:") or not INITIAL.fullmatch(words[0]):
            continue
        fuller = [g for g in groups if g is not short and (g.is_person or looks_like_person(canonical_name(g)))
                  and len(canonical_name(g).split()) == len(words) and canonical_name(g).split()[1:] == words[1:]
                  and len(canonical_name(g).split()[0]) > 2 and canonical_name(g)[0] == words[0][0]]
        if len(fuller) == 1:
            groups = merge_into(groups, short, fuller[0])
    return groups


def can_be_surname(group: Group) -> bool:
    """Return whether a group could be a person's partial name: a person, or a lone word not an acronym."""
    if group.key.startswith("country:"):
        return False
    name = canonical_name(group)
    one_word = len(name.split()) == 1 and not name.isupper()
    if group.is_person or not one_word or any(c.label == "NORP" for c in group.candidates):
        return group.is_person
    return not any(c.label in ("GPE", "LOC") for c in group.candidates) or not is_known_place(name)


def is_known_place(name: str) -> bool:
    """Return whether a word names a country, a region or a capital ("Lukaku" tagged GPE does not)."""
    return is_region_or_country(name) or name in capitals()


def merge_given_names(groups: list[Group]) -> list[Group]:
    """Return groups where a lone given name ("Daniel") joins the one full name that starts with it."""
    for partial in list(groups):
        if len(canonical_name(partial).split()) != 1 or not can_be_surname(partial) or partial not in groups:
            continue
        fuller = [g for g in groups if g is not partial and g.is_person and len(canonical_name(g).split()) > 1
                  and canonical_name(g).split()[0] == canonical_name(partial)]
        if len(fuller) == 1:
            groups = merge_into(groups, partial, fuller[0])
    return groups


def merge_misspelt_given_names(groups: list[Group]) -> list[Group]:
    """Return groups where a full name written once joins the one person it misspells by a vowel, a
    letter dropped or added in the given name ("Kristin Wilkins" beside three "Kristen Wilkins")."""
    for once in [g for g in full_names(groups) if len(g.candidates) == 1]:
        given, *rest = canonical_name(once).split()
        likely = [g for g in full_names(groups) if len(g.candidates) > 1 and canonical_name(g).split()[1:] == rest
                  and misspelt(given, canonical_name(g).split()[0], vowels_only=True)]
        if len(likely) == 1:
            groups = merge_into(groups, once, likely[0])
    return groups


def merge_misspelt_surnames(groups: list[Group]) -> list[Group]:
    """Return groups where a lone surname written once, that no one bears, joins the one person whose
    surname it misspells by a letter dropped or added ("Water" for Kathryn Waters, "Mauer" for Maurer);
    not its plural ("the Blairs")."""
    for once in [g for g in groups if len(g.candidates) == 1 and len(canonical_name(g).split()) == 1]:
        if not can_be_surname(once):
            continue
        name = canonical_name(once)
        likely = [g for g in full_names(groups) if misspelt(name, canonical_name(g).split()[-1])
                  and name != canonical_name(g).split()[-1] + "s"]  # "the Blairs" are a family
        if len(likely) == 1:
            groups = merge_into(groups, once, likely[0])
    return groups


def full_names(groups: list[Group]) -> list[Group]:
    """Return the groups of people named by more than one word (asked anew after each merge)."""
    return [g for g in groups if g.is_person and len(canonical_name(g).split()) > 1]


def misspelt(word: str, meant: str, vowels_only: bool = False) -> bool:
    """Return whether `word` is `meant` with one letter dropped or added, or (`vowels_only`) one vowel
    for another; words of four letters or more, as shorter names differ by a letter too often."""
    if word == meant or min(len(word), len(meant)) < 4 or not word[:1].isupper():
        return False
    if len(word) == len(meant):
        changed = [(a, b) for a, b in zip(word, meant) if a != b]
        return vowels_only and len(changed) == 1 and all(c in "aeiouy" for c in changed[0])
    short, long = sorted((word, meant), key=len)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def merge_partial_names(groups: list[Group]) -> list[Group]:
    """Return groups where a partial person name ("Rubio") joins the one full name that ends with it."""
    for partial in sorted(groups, key=lambda g: len(canonical_name(g).split())):
        if not can_be_surname(partial) or partial not in groups:
            continue
        words = canonical_name(partial).split()
        fuller = [g for g in groups if g is not partial and g.is_person and not g.key.startswith("country:")
                  and len(canonical_name(g).split()) > len(words) and canonical_name(g).split()[-len(words):] == words]
        if len(fuller) == 1:  # two people share the surname: leave it ambiguous rather than guess
            groups = merge_into(groups, partial, fuller[0])
    return groups


def add_missed_mentions(groups: list[Group], docs: list[Doc], sentence_index: dict) -> list[Group]:
    """Return groups with the other occurrences of their names that the model did not tag."""
    if not docs:
        return groups
    matcher = PhraseMatcher(docs[0].vocab)
    surnames = unique_surnames(groups)
    for n, group in enumerate(groups):
        surfaces = {c.name for c in group.candidates if len(c.name) > 1} | surnames.get(n, set())
        matcher.add(str(n), [Doc(docs[0].vocab, words=s.split()) for s in sorted(surfaces)])
    taken = {(c.mention.paragraph, i) for g in groups for c in g.candidates
             for i in range(c.mention.start, c.mention.end)}
    extra: dict[int, list[Candidate]] = {}
    for p, doc in enumerate(docs):
        for match_id, start, end in matcher(doc):
            span = doc[start:end]
            if any((p, i) in taken for i in range(span.start_char, span.end_char)):
                continue
            taken.update((p, i) for i in range(span.start_char, span.end_char))
            source = groups[int(doc.vocab.strings[match_id])].candidates[0]
            mention = Mention(p, span.start_char, span.end_char, sentence_index[(p, span.sent.start)])
            extra.setdefault(int(doc.vocab.strings[match_id]), []).append(
                replace(source, surface=span.text, mention=mention, person_title=False, role=None, acronym=None,
                        adjective=False, propagated=True, sporting=as_side(span),
                        body=source.label != "NORP" and names_a_body(span), medium=on_medium(span)))
    return [replace(g, candidates=g.candidates + tuple(extra.get(n, ()))) for n, g in enumerate(groups)]


def unique_surnames(groups: list[Group]) -> dict[int, set[str]]:
    """Return group index -> {surname} for people whose surname no other actor of the article shares.

    "According to Rathbun" is Mark Rathbun when the model tagged him once by his full name; two
    Browns leave "Brown" alone.
    """
    last_words: dict[str, list[int]] = {}
    for n, group in enumerate(groups):
        words = canonical_name(group).split()
        if group.is_person and len(words) > 1 and len(words[-1]) > 2 and words[-1][:1].isupper():
            last_words.setdefault(words[-1], []).append(n)
    names = {name for g in groups for name in g.names}
    return {found[0]: {word} for word, found in last_words.items() if len(found) == 1 and word not in names}


def kind_of(group: Group, known_places: bool = True) -> str:
    """Return the group's kind, decided over all its mentions and the shape of its name.

    A country named mostly as a side in games is its national team, an organisation. A person's
    title makes a person; then a given name ("Margaret Atwood"); then a last word of a place or
    organisation ("... Space Center", "... Party", "... United"); then a body's staff after it ("Everton
    manager", "Lib Dem spokesman"); then a known region or capital; then the model's
    labels, by vote. Without `known_places` a capital the model tagged ORG stays a body: it may
    be short for one ("research at Helsinki" for the University of Helsinki).
    """
    if group.key.startswith("country:"):
        return "organization" if plays_as_team(group.candidates) else "country"
    if any(c.person_title for c in group.candidates):
        return "person"
    name = canonical_name(group)
    if looks_like_person(name):
        return "person"
    if kind_from_last_word(name):
        return kind_from_last_word(name)
    if any(c.body for c in group.candidates):
        return "organization"  # "Newcastle manager Graeme Souness": the club, not the city
    votes = Counter(KIND_OF_LABEL[c.label] for c in group.candidates if not c.propagated)  # the model's own
    if known_places and len(group.candidates) == 1 and not group.is_person and is_known_place(name) \
            and not group.candidates[0].sporting:
        return "place"  # named once, tagged ORG: "from Herat, their home"; a club is named more often
    kind = max(KIND_PRIORITY, key=lambda kind: (votes[kind], -KIND_PRIORITY.index(kind)))
    return "organization" if kind == "person" and reads_as_medium(name, group.candidates) else kind


def canonical_name(group: Group) -> str:
    """Return the fullest name of the group (most words, then spelled out, most frequent, most capitalised)."""
    return group.canonical


def fullest_name(group: Group) -> str:
    """Work out the group's canonical name (see `canonical_name`)."""
    if group.key.startswith("country:"):
        country = group.key.split(":", 1)[1]
        return team_name(group.candidates, country) if plays_as_team(group.candidates) else country
    if group.key.startswith("id:") and all(c.country for c in group.candidates):
        return group.candidates[0].country
    counts = Counter(c.name for c in group.candidates)
    capitals = {name: sum(w[:1].isupper() for w in name.split()) for name in counts}
    spelled = {name: not INITIAL.fullmatch(name.split()[0]) for name in counts}  # "Kelly Holmes", not "K Holmes"
    return max(counts, key=lambda name: (len(name.split()), spelled[name], counts[name], capitals[name], name))


def roles_of(group: Group) -> tuple[Role, ...]:
    """Return the group's distinct roles, in order of first mention."""
    roles: dict[str, Role] = {}
    for c in sorted(group.candidates, key=lambda c: c.mention.sentence):
        if c.role and c.role.title.lower() not in roles:
            roles[c.role.title.lower()] = c.role
    return tuple(roles.values())


def to_actor(group: Group) -> Actor:
    """Return the actor of a group (its id is the slug of its name, made unique later)."""
    name = canonical_name(group)
    mentions = tuple(sorted({c.mention for c in group.candidates}, key=lambda m: (m.paragraph, m.start)))
    aliases = tuple(sorted({c.surface for c in group.candidates} | {c.name for c in group.candidates}))
    return Actor(id=group_id(group), name=name, kind=kind_of(group), aliases=aliases,
                 roles=roles_of(group), mentions=mentions)
