"""Extract stage: one `Article` and its parsed paragraphs -> one `Briefing` (actors and roles)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from generator import clusters as clustering
from generator.affiliations import affiliations, capitals
from generator.countries import (country_of_demonym, country_of_name, country_tables, is_region_or_country,
                                 region_countries)
from generator.curation import REJECT_PREFIX
from generator.dates import resolve_date
from generator.factions import find_factions
from generator.key_events import interaction_layer, load_event_tables
from generator.models import Actor, Article, Briefing, Mention, Role, Sentence
from generator.names import (CAPTION_WORDS, CREDIT_WORDS, ORGANISATION_WORDS, PLACE_WORDS, given_names, names_a_body,
                             on_medium)
from generator.non_actors import drop_non_actors
from generator.partials import merge_compass_metonyms, merge_partial_bodies, merge_team_nicknames
from generator.places import as_place, is_adjectival_demonym, qualified_name
from generator.quotes import find_quotes
from generator.relabel import as_body, as_person, described_as_body, joined_entities, relabelled
from generator.slugs import unique_id
from generator.teams import as_side
from generator.titles import (DESCRIPTOR_PREFIXES, HONORIFICS, ROLE_HEADS, TITLE_MODIFIERS, apposition_after,
                              leading_title_length, role_text, title_before)
from generator.untagged import (event_organisers, introduced_people, list_members, member_acronyms,
                                spelled_out_acronyms, untagged_names)

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Names a headline gives that can make an actor of the body (see `headline_groups`).
HEADLINE_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})
SUMMARY_SENTENCES = 2


@dataclass(frozen=True)
class Candidate:
    """One cleaned entity mention before mentions are grouped into actors."""

    name: str
    surface: str
    label: str
    mention: Mention
    person_title: bool = False
    role: Role | None = None
    country: str | None = None
    acronym: str | None = None
    pinned: str | None = None
    rejects: str | None = None
    adjective: bool = False
    propagated: bool = False
    sporting: bool = False
    body: bool = False
    medium: bool = False


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


def extract(article: Article, docs: list[Doc], headline: Doc | None = None) -> Briefing:
    """Return the briefing of one article from its parsed paragraphs (one Doc per paragraph) and,
    if given, its parsed title."""
    sentences, sentence_index = list_sentences(docs)
    candidates = [c for p, doc in enumerate(docs) for c in candidates_in(doc, p, sentence_index)]
    groups = merge_compass_metonyms(merge_team_nicknames(merge_partial_bodies(clustering.group_candidates(candidates))))
    groups = clustering.add_missed_mentions(groups, docs, sentence_index)
    if headline is not None:
        groups = groups + headline_groups(headline, groups, docs, sentence_index)
    groups = drop_non_actors(clustering.merge_same_ids(groups), docs)
    actors = tuple(build_actors(groups, sentences))
    linked = affiliations(actors)
    actors = tuple(replace(a, affiliation=linked.get(a.id)) for a in actors)
    summary = tuple(s.text for s in sentences[:SUMMARY_SENTENCES])
    groups, interactions, events = interaction_layer(article, docs, actors, tuple(sentences), sentence_index)
    return Briefing(article=article, sentences=tuple(sentences), summary=summary, actors=actors,
                    factions=find_factions(docs, actors, sentences), events=events,
                    quotes=find_quotes(docs, actors), interactions=interactions, groups=groups)


def headline_groups(headline: Doc, groups: list[clustering.Group], docs: list[Doc],
                    sentence_index: dict) -> list[clustering.Group]:
    """Return a group for each place or body the headline names that the body names only inside longer
    names (and maybe alone, untagged): the headline's "in Toronto" makes Toronto an actor of a story
    whose body names "the Metro Toronto Convention Centre". People are left out: a person in a
    headline is named in the body, and one found only inside a name is a band or a work's title."""
    known = {name for g in groups for name in g.names} | {clustering.canonical_name(g) for g in groups}
    keys = {g.key for g in groups}
    mentions = [c.mention for g in groups for c in g.candidates]
    person_words = {w for g in groups if g.is_person for w in clustering.canonical_name(g).split()}
    found = []
    for ent in headline.ents:
        name = ent.text.strip()
        if ent.label_ not in HEADLINE_LABELS or name in known or set(name.split()) <= person_words:
            continue  # a body actor already, or a person's name the headline mistook ("Parker" of "Scott Parker")
        spans = [(p, span) for p, span in occurrences(name, docs) if not starts_sentence_alone(span)]
        if not any(inside_longer_name(span, p, mentions) for p, span in spans):
            continue
        candidates = [c for p, span in spans
                      for c in candidates_of_entity(Span(span.doc, span.start, span.end, label=ent.label_,
                                                         span_id=ent.id), p,
                                                    sentence_index[(p, span.sent.start)])]
        key = clustering.group_key(candidates[0]) if candidates else None
        if key is not None and key not in keys:
            keys.add(key)
            found.append(clustering.Group(key, tuple(candidates)))
    return found


def inside_longer_name(span: Span, paragraph: int, mentions: list[Mention]) -> bool:
    """Return whether a span lies inside another actor's longer mention as a name of its own: not its
    end ("Commons" of "House of Commons") nor its start before a generic head word ("Reliance" of
    "Reliance Group", "Guantanamo" of "Guantanamo Bay"), which are short forms of the same actor."""
    start, end, text = span.start_char, span.end_char, span.doc.text
    for m in mentions:
        if m.paragraph != paragraph or not m.start <= start < end < m.end:
            continue  # elsewhere, the same span, or its end
        rest = text[end:m.end].split()
        if start == m.start and len(rest) == 1 and rest[0].lower() in ORGANISATION_WORDS | PLACE_WORDS:
            continue
        return True
    return False


def occurrences(name: str, docs: list[Doc]) -> Iterator[tuple[int, Span]]:
    """Yield (paragraph, span) for every occurrence of a name's exact words in the body."""
    words = name.split()
    for p, doc in enumerate(docs):
        if name not in doc.text:
            continue
        for i in range(len(doc) - len(words) + 1):
            if all(doc[i + k].text == word for k, word in enumerate(words)):
                yield p, doc[i:i + len(words)]


def starts_sentence_alone(span: Span) -> bool:
    """Return whether a one-word occurrence opens its sentence: capitalised there whatever it is."""
    return len(span) == 1 and span.start == span.sent.start


def list_sentences(docs: list[Doc]) -> tuple[list[Sentence], dict[tuple[int, int], int]]:
    """Return the body's sentences in order, and a map (paragraph, start token) -> sentence index."""
    sentences, index = [], {}
    for p, doc in enumerate(docs):
        for sent in doc.sents:
            index[(p, sent.start)] = len(sentences)
            sentences.append(Sentence(text=sent.text.strip(), paragraph=p, start=sent.start_char))
    return sentences, index


def candidates_in(doc: Doc, paragraph: int, sentence_index: dict) -> Iterator[Candidate]:
    """Yield a cleaned candidate for each actor-like entity of one paragraph."""
    title_tokens = person_title_tokens(doc)
    for raw in [*(span for ent in joined_entities(doc) for span in relabelled(ent)), *untagged_names(doc),
                *member_acronyms(doc), *spelled_out_acronyms(doc), *event_organisers(doc), *list_members(doc),
                *introduced_people(doc)]:
        ent = clean_entity(as_body(as_person(as_place(raw))))
        if ent is None or ent.label_ not in ACTOR_LABELS or is_descriptor(ent):
            continue
        if ent.label_ not in ("GPE", "NORP") and all(t.i in title_tokens or t.lower_ == "the" for t in ent):
            continue  # "National Security" in "National Security Advisor Mike Waltz" is a title
        if len(ent) == 1 and ent[0].lower_ in TITLE_MODIFIERS and not ent[0].is_upper:
            continue  # "State" in "Secretary of State"; "FIRST" is an acronym
        if is_post_nominal(ent) or in_stance(ent) or is_compound_modifier(ent) or is_portfolio(ent):
            continue
        if is_adjective_before_noun(ent) or in_credit(ent):
            continue
        adjective = is_adjectival_demonym(ent) and not any(t.i in title_tokens for t in ent)
        body = ent.label_ != "NORP" and (names_a_body(ent) or described_as_body(ent))
        sporting, medium = as_side(ent), on_medium(ent)
        for candidate in candidates_of_entity(ent, paragraph, sentence_index[(paragraph, ent.sent.start)], adjective):
            yield replace(candidate, sporting=sporting, body=body, medium=medium) if sporting or body or medium \
                else candidate


def clean_entity(ent: Span) -> Span | None:
    """Return the entity with hyphenated name parts joined ("Wong Kwok-hing") and caption words cut."""
    doc, start, end = ent.doc, ent.start, glued_end(ent)
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].ent_type_ in ("", ent.label_):
        end += 2  # the model stops names at a hyphen: "Wong Kwok" for "Wong Kwok-hing"
    if ent.label_ == "GPE" and end < len(doc) and doc[end].text.rstrip(".") in ("D.C", "DC"):
        end += 1  # the model leaves the district out: "Washington" of "Washington D.C."
    while end - start > 1 and doc[end - 1].text in CAPTION_WORDS:
        end -= 1
    if end - start >= 3 and doc[end - 2].is_lower and country_of_demonym(doc[end - 1].text):
        end -= 2  # the model ran on into the next phrase: "Scientology on French" (television)
    if end - start >= 2 and is_score_start(doc, end - 1):
        end -= 1  # a score the model took into the name: "Sweden 1" of "Sweden 1 – 0 Korea Republic"
    return Span(doc, start, end, label=ent.label_, span_id=ent.id) if end > start else None


def is_score_start(doc: Doc, i: int) -> bool:
    """Return whether token i is a small number that starts a score ("1" in "1 – 0")."""
    return bool(re.fullmatch(r"\d{1,2}", doc[i].text)) and i + 2 < len(doc) and doc[i + 1].text in ("-", "–", "—") \
        and bool(re.fullmatch(r"\d{1,2}", doc[i + 2].text))


def glued_end(ent: Span) -> int:
    """Return where the name ends before a parenthesis or a dash the model swallowed ("Organisation (WHO",
    "Roger Federer - nice", "Kanye West -")."""
    return next((t.i for t in ent[1:] if t.text == "(" or is_clause_dash(t)), ent.end)


def is_clause_dash(token) -> bool:
    """Return whether a token is a dash set off by spaces, which starts a clause, not a hyphen written
    apart inside a name ("Council on American - Islamic Relations": after a demonym)."""
    doc, i = token.doc, token.i
    return token.text in ("-", "–", "—") and i > 0 and bool(doc[i - 1].whitespace_) \
        and (bool(token.whitespace_) or i + 1 == len(doc)) and country_of_demonym(doc[i - 1].text) is None


def is_post_nominal(ent: Span) -> bool:
    """Return whether an entity is letters after a person's name ("Mark Tedeschi, QC", "Jane Doe, MP")."""
    doc, i = ent.doc, ent.start
    if len(ent) != 1 or not (ent.text.isalpha() and ent.text.isupper() and len(ent.text) <= 4) or i < 2:
        return False
    followed_by_stop = ent.end == len(doc) or doc[ent.end].is_punct
    return doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PERSON" and followed_by_stop


def is_portfolio(ent: Span) -> bool:
    """Return whether an entity is the portfolio of a role named after it ("Foreign Affairs minister")."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].lower_ not in ROLE_HEADS:
        return False
    return all(t.lower_ in TITLE_MODIFIERS for t in ent if t.lower_ != "the")


def in_credit(ent: Span) -> bool:
    """Return whether an entity is in a photo or media credit ("Image: Nick Moreau.", "Video: AP"): whoever
    took the picture is no actor of the story (a name the story mentions keeps its other mentions)."""
    doc = ent.doc
    return any(doc[i].text == ":" and doc[i - 1].text in CREDIT_WORDS for i in range(max(ent.sent.start, 1), ent.start))


def is_adjective_before_noun(ent: Span) -> bool:
    """Return whether an entity is one adjective in -ic before a noun ("the Paralympic movement")."""
    doc, word = ent.doc, ent[0]
    if len(ent) != 1 or ent.label_ == "PERSON" or not word.lower_.endswith("ic") or ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return after.is_alpha and after.is_lower and not after.is_stop and after.pos_ not in ("VERB", "AUX", "ADV")


def is_compound_modifier(ent: Span) -> bool:
    """Return whether an entity is one hyphenated word ending in lower case ("Warhol-like", "Mets-inspired")."""
    text = ent.text
    return "-" in text and " " not in text and text.rsplit("-", 1)[1].isalpha() and text.rsplit("-", 1)[1].islower()


def in_stance(ent: Span) -> bool:
    """Return whether an entity is glued into a stance word ("pro-Beijing camp"): a side, not a mention."""
    doc, i = ent.doc, ent.start
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and doc[i - 2].lower_ in DESCRIPTOR_PREFIXES


def is_descriptor(ent: Span) -> bool:
    """Return whether an entity is only a stance word ("Pro-Beijing", "Pan-democrat", "Localist")."""
    words = ent.text.replace("-", " ").split()
    if words and words[0].lower() in DESCRIPTOR_PREFIXES and len(ent) <= 3:
        return True
    return len(ent) == 1 and ent.label_ != "PERSON" and ent.text.lower().endswith(("ist", "ists"))


def person_title_tokens(doc: Doc) -> set[int]:
    """Return the token indices of titles placed before names ("Foreign Minister" Sergei Lavrov)."""
    tokens = set()
    for ent in doc.ents:
        title = title_before(ent) if ent.label_ in ("PERSON", "ORG") else None
        tokens.update(range(title.start, title.end) if title is not None else ())
    return tokens


def candidates_of_entity(ent: Span, paragraph: int, sentence: int, adjective: bool = False) -> Iterator[Candidate]:
    """Yield the candidates of one entity: its name without titles, possessive or article."""
    inner_title = leading_title_length(ent)
    trimmed = trim(ent[inner_title:])
    if trimmed is None:
        return
    surface, name = trimmed
    if ent.label_ in PLACE_LABELS | {"NORP"} or is_country_compound(surface) or country_of_name(surface.text):
        places = list(place_candidates(surface, ent.label_, paragraph, sentence, qualified_name(ent)))
        alias = bracketed_alias(ent) if len(places) == 1 else None
        yield from (replace(c, adjective=adjective, acronym=alias.text if alias else None) for c in places)
        if alias is not None:
            yield Candidate(name=alias.text, surface=alias.text, label=ent.label_,
                            mention=Mention(paragraph, alias.start_char, alias.end_char, sentence))
        return
    title = ent[:inner_title] if inner_title else title_before(ent)
    role = (role_text(title) if title is not None else None) or apposition_after(ent)
    acronym = acronym_after(ent)
    pinned, rejects = editor_ids(ent)
    yield Candidate(name=without_brackets(name.text), surface=surface.text, label=ent.label_,
                    mention=Mention(paragraph, name.start_char, name.end_char, sentence),
                    person_title=is_person_title(title), acronym=acronym.text if acronym else None,
                    role=Role(role, ent.sent.text.strip()) if role else None, pinned=pinned, rejects=rejects)
    if acronym is not None:
        yield Candidate(name=acronym.text, surface=acronym.text, label=ent.label_,
                        mention=Mention(paragraph, acronym.start_char, acronym.end_char, sentence))


def without_brackets(text: str) -> str:
    """Return a name without an editor's square brackets ("[Phil] Gramm" -> "Phil Gramm")."""
    return " ".join(re.sub(r"[\[\]]", "", text).split()) if "[" in text or "]" in text else text


def is_person_title(title: Span | None) -> bool:
    """Return whether a phrase before a name marks a person: a role or a form of address, not a stance
    ("pro-Beijing DAB's Starry Lee" is about the party)."""
    return title is not None and any(t.lower_ in ROLE_HEADS | HONORIFICS for t in title)


def editor_ids(ent: Span) -> tuple[str | None, str | None]:
    """Return (actor id the editor pinned this name to, actor id the editor says it is not)."""
    ent_id = ent.ent_id_
    if ent_id.startswith(REJECT_PREFIX):
        return None, ent_id[len(REJECT_PREFIX):]
    return (ent_id or None), None


def trim(span: Span) -> tuple[Span, Span] | None:
    """Return (surface, name): without a trailing possessive or stop, the name also without 'the'."""
    doc, start, end = span.doc, span.start, span.end
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].text in ".,;:"):
        end -= 1  # a possessive, or the sentence's full stop the model took in ("James To.")
    name_start = start + 1 if end > start and doc[start].lower_ == "the" else start
    if end <= name_start or not any(ch.isalpha() for ch in doc[name_start:end].text):
        return None
    if not (doc[name_start].text[:1].isupper() or numbered_name(doc[name_start:end])):
        return None
    return doc[start:end], doc[name_start:end]


def numbered_name(span: Span) -> bool:
    """Return whether an organisation's name starts with a number ("501st Legion", "20th Century Fox")."""
    return span[0].ent_type_ == "ORG" and span[0].text[:1].isdigit() and any(t.text[:1].isupper() for t in span[1:])


def place_candidates(span: Span, label: str, paragraph: int, sentence: int,
                     qualified: str | None = None) -> Iterator[Candidate]:
    """Yield candidates for a place or demonym; "U.S.-Russia" yields one per country.

    A place qualified by its region keeps "Mountain View, California" as an alias: the name that
    tells it from another Mountain View.
    """
    parts = coordinated_countries(span) or split_hyphenated(span)
    for start, end, text in parts:
        country = country_of_name(text) or country_of_demonym(text)
        if country is None and len(parts) > 1:
            parts = [(span.start_char, span.end_char, span.text)]
            break
    for start, end, text in parts:
        country = country_of_name(text) or (country_of_demonym(text) if label in ("NORP", "GPE") else None)
        if label == "NORP" and country is None and not is_group_name(text):
            continue
        name = region_of_state(text[4:] if text.lower().startswith("the ") else text)
        surface = qualified if qualified and len(parts) == 1 else text
        yield Candidate(name=country or name, surface=surface, label=label, country=country,
                        mention=Mention(paragraph, start, end, sentence))


def region_of_state(name: str) -> str:
    """Return the region a formal name names ("State of Texas" -> "Texas"), else the name."""
    match = re.fullmatch(r"(?:State|Commonwealth|Province) of (.+)", name)
    return match.group(1) if match and is_region_or_country(match.group(1)) else name


def coordinated_countries(span: Span) -> list[tuple[int, int, str]]:
    """Return (start, end, country name) of both countries in "North and South Korea", else []."""
    words = span.text.split(" ")
    if len(words) < 4 or words[1] not in ("and", "&"):
        return []
    rest = " ".join(words[3:])
    first, second = f"{words[0]} {rest}", " ".join(words[2:])
    if not (country_of_name(first) and country_of_name(second)):
        return []
    start = span.start_char
    return [(start, start + len(words[0]), first), (start + len(" ".join(words[:2])) + 1, span.end_char, second)]


def split_hyphenated(span: Span) -> list[tuple[int, int, str]]:
    """Return (start, end, text) of each hyphen-joined part of a span ("U.S.-Russia")."""
    parts, offset = [], span.start_char
    for piece in span.text.split("-"):
        parts.append((offset, offset + len(piece), piece))
        offset += len(piece) + 1
    return [p for p in parts if p[2]]


def is_country_compound(span: Span) -> bool:
    """Return whether a span is countries joined by hyphens ("U.S.-Russia"), whatever its label."""
    parts = split_hyphenated(span)
    return len(parts) > 1 and all(country_of_name(text) for _, _, text in parts)


def is_group_name(text: str) -> bool:
    """Return whether a NORP entity names a group of people ("Republicans"), not an adjective."""
    return text[:1].isupper() and text.endswith("s") and " " not in text


def bracketed_alias(ent: Span) -> Span | None:
    """Return the other name of a place given in parentheses right after it: "the Masjid Al-Haram (Grand
    Mosque)"; a dateline's agency ("Washington (AP)") has no head word of a place or body."""
    doc, i = ent.doc, ent.end
    close = next((t.i for t in doc[i + 1:min(i + 6, len(doc))] if t.text == ")"), None)
    if ent.label_ not in PLACE_LABELS or i >= len(doc) or doc[i].text != "(" or close is None or close - i < 3:
        return None
    inner = doc[i + 1:close]
    if not all(t.text[:1].isupper() for t in inner) or inner[-1].lower_ not in PLACE_WORDS | ORGANISATION_WORDS:
        return None
    return inner


def acronym_after(ent: Span) -> Span | None:
    """Return the acronym in parentheses right after an organisation name ("... Fund (RDIF)")."""
    doc, i = ent.doc, ent.end
    if ent.label_ != "ORG" or i + 2 >= len(doc):
        return None
    if doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper() and doc[i + 1].is_alpha:
        return doc[i + 1:i + 2]
    return None


def build_actors(groups: list[clustering.Group], sentences: list[Sentence]) -> Iterator[Actor]:
    """Yield one `Actor` per group, ids unique within the article, most mentioned first."""
    seen: set[str] = set()
    built = [clustering.to_actor(g) for g in groups]
    for actor in sorted(built, key=lambda a: (-len(a.mentions), a.name)):
        actor_id = unique_id(actor.id, seen)
        yield Actor(id=actor_id, name=actor.name, kind=actor.kind, aliases=actor.aliases,
                    roles=actor.roles, mentions=actor.mentions)

