"""Mentions: the body's sentences, and a cleaned `Candidate` for each actor-like entity of a paragraph
(tagged by the model, relabelled by its context, or found untagged by its shape), its name without
titles, possessive or article, its role and acronym; entities that name no actor are left out here."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from generator.extract.candidates import Candidate
from generator.extract.countries import country_of_demonym, country_of_name
from generator.extract.language import REJECT_PREFIX
from generator.extract.mislabelled import as_body, as_person, described_as_body, joined_entities, relabelled
from generator.extract.name_shapes import names_a_body, on_medium
from generator.extract.national_teams import as_side
from generator.extract.places import (as_place, is_adjectival_demonym, is_country_compound, place_candidates,
                                      qualified_name)
from generator.extract.roles import apposition_after, leading_title_length, role_text, title_before
from generator.extract.untagged_names import (event_organisers, introduced_people, list_members, member_acronyms,
                                              spelled_out_acronyms, untagged_names)
from generator.lexicons.bodies import ORGANISATION_WORDS
from generator.lexicons.labels import ACTOR_LABELS, PLACE_LABELS
from generator.lexicons.people import DESCRIPTOR_PREFIXES, HONORIFICS, ROLE_HEADS, TITLE_MODIFIERS
from generator.lexicons.places import PLACE_WORDS
from generator.lexicons.things import CAPTION_WORDS, CREDIT_WORDS
from generator.records import Mention, Role, Sentence


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
