"""Group actors: unnamed groups of people that act in a story ("Labour backbenchers", "the rebels", "the regime"),
found by their head noun (WordNet person nouns in the plural, social-group nouns) and tied to the party, body or
country that modifies them. They are arguments of interactions, not pages: `Briefing.actors` leaves them out.
(Not to be confused with `groups`, which groups one actor's mentions.)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from generator.extract.event_classes import noun_rows, word_set
from generator.lexicons.bodies import GOVERNMENT_NOUNS
from generator.lexicons.labels import GROUP_MODIFIER_DEPS
from generator.lexicons.people import GENERIC_PERSON_NOUNS
from generator.records import Actor, GroupActor, Mention
from generator.slugs import safe_slug, unique_id

TokenKey = tuple[int, int]  # (id of the token's Doc, token index)


@dataclass
class Found:
    """A group being gathered: its name, head, affiliation and mentions."""

    name: str
    head: str
    affiliation: str | None
    mentions: list[Mention] = field(default_factory=list)
    tokens: list[TokenKey] = field(default_factory=list)


def lemma_of(token: Token) -> str:
    """Return a token's lower-case lemma, or its lower-case text when the pipeline has no lemmatizer."""
    return (token.lemma_ or token.text).lower()


def group_head(token: Token, actor_at: dict[TokenKey, str]) -> bool:
    """Return whether a noun heads a group: a plural person noun ("backbenchers") or a social-group noun
    ("the regime"), not inside a named actor, not a bare generic word ("people")."""
    if token.pos_ != "NOUN" or (id(token.doc), token.i) in actor_at \
            or token.ent_type_ in ("ORG", "PERSON"):
        return False  # a modifier ("business relations") names no one
    lemma = lemma_of(token)
    person = lemma in word_set("person_nouns.txt") and token.tag_ in ("NNS", "NNPS")
    plural = token.tag_ in ("NNS", "NNPS")
    if not (person or lemma in word_set("group_nouns.txt") and (plural or not cameo_event(lemma))):
        return False
    return lemma not in GENERIC_PERSON_NOUNS and token.lower_ not in GENERIC_PERSON_NOUNS or bool(modifiers(token))


def cameo_event(lemma: str) -> bool:
    """Return whether CAMEO's patterns take a noun as an event ("meeting", "summit": social groups in WordNet,
    events here; "government" is not one)."""
    return noun_rows().get(lemma, (None, None))[1] is not None


def modifiers(token: Token) -> list[Token]:
    """Return the words that name the group with its head: compounds, adjectives, a possessor."""
    return [c for c in token.lefts if c.dep_ in GROUP_MODIFIER_DEPS and c.pos_ in ("PROPN", "ADJ", "NOUN")]


def affiliation_of(token: Token, actor_at: dict[TokenKey, str], kinds: dict[str, str]) -> str | None:
    """Return the actor that modifies a group noun ("Labour" backbenchers, "Britain's" government, MPs "of Labour")."""
    near = [t for m in modifiers(token) for t in m.subtree]
    near += [t for prep in token.rights if prep.dep_ == "prep" and prep.lower_ in ("of", "from") for t in prep.children]
    for t in near:
        actor = actor_at.get((id(t.doc), t.i))
        if actor and kinds.get(actor) != "person":
            return actor
    return None


def find_groups(docs: list[Doc], actors: tuple[Actor, ...], actor_at: dict[TokenKey, str],
                sentence_of: dict[TokenKey, int]) -> tuple[tuple[GroupActor, ...], dict[TokenKey, str]]:
    """Return the article's groups and token -> group id for each group's head token.

    The same name (lemma of its words) is one group however often it appears ("the rebels" ... "rebels").
    """
    kinds = {a.id: a.kind for a in actors}
    gathered: dict[str, Found] = {}
    for p, doc in enumerate(docs):
        for token in doc:
            if not group_head(token, actor_at):
                continue
            words = [t for t in modifiers(token) if t.dep_ != "poss"] + [token]
            key = " ".join(lemma_of(t) for t in words)
            found = gathered.setdefault(key, Found(" ".join(t.text for t in words), lemma_of(token),
                                                   affiliation_of(token, actor_at, kinds)))
            found.affiliation = found.affiliation or affiliation_of(token, actor_at, kinds)
            start, end = words[0].idx, token.idx + len(token.text)
            found.mentions.append(Mention(p, start, end, sentence_of.get((id(doc), token.i), 0)))
            found.tokens.append((id(doc), token.i))
    home = home_country(actors)
    for found in gathered.values():
        if found.affiliation is None and found.head in GOVERNMENT_NOUNS:
            found.affiliation = home
    return with_ids(list(gathered.values()), {a.id for a in actors})


def home_country(actors: tuple[Actor, ...]) -> str | None:
    """Return the country an article is about when the text makes it clear: the most mentioned country, named
    at least twice and twice as often as any other; else None."""
    countries = sorted((a for a in actors if a.kind == "country"), key=lambda a: -len(a.mentions))
    if not countries or len(countries[0].mentions) < 2:
        return None
    if len(countries) > 1 and len(countries[0].mentions) < 2 * len(countries[1].mentions):
        return None
    return countries[0].id


def with_ids(found: list[Found], taken: set[str]) -> tuple[tuple[GroupActor, ...], dict[TokenKey, str]]:
    """Return the groups with ids unique among the article's actor and group ids, and token -> group id."""
    seen, groups, index = set(taken), [], {}
    for item in found:
        group_id = unique_id(safe_slug(item.name, "group"), seen)
        groups.append(GroupActor(group_id, item.name, item.head, item.affiliation, tuple(item.mentions)))
        index.update({key: group_id for key in item.tokens})
    return tuple(groups), index
