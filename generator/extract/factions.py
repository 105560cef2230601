"""Factions: the camps an article names, their leaders, members, stances and whom they oppose.

Rules over the dependency parse, in three passes per article:
1. definitions: quoted labels ("others, dubbed 'dealmakers'"), "X camp/faction/wing", "-ites",
   "X and his allies, including Y and Z", rivalries ("X's feud with Y"), alliances of countries;
2. mentions: every later use of a defined label ("pan-democrat Eddie Chu" for "pan-democracy camp");
3. relations: members (the names a label modifies, "the Q camp candidates elected were A, B"),
   leaders ("Leading the Q faction is X"), stances (the clause on the label) and opposition
   ("at odds with", "versus", "feud", ...).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.faction_drafts import ArticleFactions, Draft, LabelUse, persons_in, stem
from generator.extract.faction_rules import clause_on, define_factions, label_uses
from generator.lexicons.factions import LEAD_VERBS, OPPOSITION_CUES, SUPPORT_WORDS
from generator.lexicons.function_words import PRONOUN_SUBJECTS
from generator.lexicons.labels import MODIFIER_DEPS
from generator.records import Actor, Faction, Membership, Sentence
from generator.slugs import safe_slug

__all__ = ["find_factions", "stem"]


def find_factions(docs: list[Doc], actors: tuple[Actor, ...], sentences: list[Sentence]) -> tuple[Faction, ...]:
    """Return the factions of one article."""
    if not docs or not docs[0].has_annotation("DEP"):
        return ()  # every rule reads the parse; a pipeline without one finds no factions
    state = ArticleFactions(docs, actors)
    sents = [sent for doc in docs for sent in doc.sents]
    for sent in sents:
        define_factions(state, sent)
    uses = [use for sent in sents for use in label_uses(state, sent)]
    previous: list[str] = []
    for sent in sents:
        in_sentence = [u for u in uses if u.anchor.sent == sent]
        relate(state, sent, in_sentence)
        find_support(state, sent)
        cited = [k for k, d in state.drafts.items() if sent.text.strip() in d.evidence]
        keys = list(dict.fromkeys([u.key for u in in_sentence] + cited))
        find_opposition(state, sent, keys, previous)
        previous = (keys or previous)[-2:]
    return build_factions(state)


def relate(state: ArticleFactions, sent: Span, uses: list[LabelUse]) -> None:
    """Record the members, leaders and stances that this sentence gives its factions."""
    text = sent.text.strip()
    for use in uses:
        draft = state.draft(use.key)
        draft.cite(text)
        for person in members_named_by(state, use.anchor):
            draft.add_member(person.id, text)
        leader = leader_in(state, sent)
        if leader is not None and not use.key.startswith("camp:"):
            draft.leader = draft.leader or leader.id
            draft.add_member(leader.id, text)
        draft.stance = draft.stance or clause_on(use.anchor)


def members_named_by(state: ArticleFactions, anchor: Token) -> list[Actor]:
    """Return the people a label describes: "localist camp's X", "pro-Beijing councillors X and Y"."""
    head, climbed = anchor, False
    while head.dep_ in MODIFIER_DEPS and head.head is not head and not state.person_of(head):
        head, climbed = head.head, True
    if state.person_of(head):
        return persons_in(state, head)
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "from", "in", "for"):
        owner = head.head.head
        if state.person_of(owner):
            return [state.person_of(owner)]  # "X of the Q camp"
        while owner.dep_ in ("attr", "acomp") and owner.head is not owner:
            owner = owner.head  # "X is a leading figure in the Q camp"
        if owner.pos_ in ("VERB", "AUX"):  # "For the Q camp, X was elected"
            return [p for c in owner.children if c.dep_ in ("nsubj", "nsubjpass") for p in persons_in(state, c)]
    if climbed and head.dep_ in ("nsubj", "nsubjpass"):
        complements = [c for c in head.head.children if c.dep_ in ("attr", "oprd")]
        if complements:
            return persons_in(state, complements[0])
    return persons_in(state, head) if climbed and head.pos_ in ("NOUN", "PROPN") else []


def find_support(state: ArticleFactions, sent: Span) -> None:
    """Add X to Y's camp when "X gave his support to Y's ..." or "X backed Y" and Y has a camp."""
    for token in sent:
        if token.lower_ not in SUPPORT_WORDS:
            continue
        verb = token if token.pos_ == "VERB" else token.head
        backers = [state.person_of(c) for c in verb.children if c.dep_ == "nsubj" and state.person_of(c)]
        backed = [p for t in token.subtree if t.i != token.i and (p := state.person_of(t))]
        backed += [p for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree
                   if (p := state.person_of(t))]
        for person in backed:
            if backers and person != backers[0] and f"camp:{person.id}" in state.drafts:
                state.drafts[f"camp:{person.id}"].add_member(backers[0].id, sent.text.strip())


def leader_in(state: ArticleFactions, sent: Span) -> Actor | None:
    """Return the person a sentence says leads something ("Leading the Q faction is X", "led by X")."""
    for token in sent:
        if token.lower_ not in LEAD_VERBS or token.pos_ != "VERB":
            continue
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass") and state.person_of(child):
                return state.person_of(child)
            if child.dep_ == "agent":
                people = [state.person_of(t) for t in child.subtree if state.person_of(t)]
                if people:
                    return people[0]
    return None


def find_opposition(state: ArticleFactions, sent: Span, keys: list[str], previous: list[str]) -> None:
    """Mark factions opposed when the sentence sets them against each other."""
    if not any(t.lower_ in OPPOSITION_CUES for t in sent):
        return
    sides = list(keys)
    subject_is_pronoun = any(t.dep_ == "nsubj" and t.lower_ in PRONOUN_SUBJECTS for t in sent)
    if len(sides) == 1 and subject_is_pronoun:
        sides = [k for k in previous if k != sides[0]][-1:] + sides
    if len(sides) >= 2:
        first, second = state.draft(sides[0]), state.draft(sides[1])
        first.opposes.add(second.key)
        second.opposes.add(first.key)
        first.cite(sent.text.strip())
        second.cite(sent.text.strip())


def display_name(draft: Draft) -> str:
    """Return the faction's name: its most used label, the plural when both forms occur."""
    names = draft.names
    best = max(names, key=lambda n: (names[n] + names.get(n + "s", 0), n.endswith("s"), n))
    return best + "s" if best + "s" in names else best


def first_evidence(draft: Draft, actor_id: str) -> str:
    """Return the first sentence that cites the faction (used for a leader found by name alone)."""
    return draft.evidence[0] if draft.evidence else ""


def build_factions(state: ArticleFactions) -> tuple[Faction, ...]:
    """Return the article's factions: those with a member, a leader or a rival."""
    kept = {k: d for k, d in state.drafts.items() if d.names and (d.members or d.leader or d.opposes)}
    ids, seen = {}, set()
    for key, draft in kept.items():
        base = safe_slug(display_name(draft).replace("–", "-"), "faction")
        ids[key] = base if base not in seen else f"{base}-{len(seen)}"
        seen.add(ids[key])
    return tuple(Faction(id=ids[k], name=display_name(d), leader=d.leader,
                         members=tuple(Membership(a, e or first_evidence(d, a))
                                       for a, e in d.members.items()),
                         stance=d.stance, opposes=tuple(sorted(ids[o] for o in d.opposes if o in ids)),
                         evidence=tuple(d.evidence))
                 for k, d in kept.items())
