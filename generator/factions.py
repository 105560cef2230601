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

import re
from collections import Counter
from dataclasses import dataclass, field

from markdown.extensions.toc import slugify_unicode
from spacy.tokens import Doc, Span, Token

from generator.models import Actor, Faction, Membership, Sentence

CAMP_NOUNS = frozenset("camp camps faction factions wing bloc caucus clique".split())
GROUP_WORDS = frozenset("rebels hardliners hawks doves loyalists moderates reformists reformers".split())
NAMING_CUES = frozenset("dubbed called labelled labeled nicknamed so-called".split())
ALLY_NOUNS = frozenset("allies supporters loyalists backers".split())
RIVALRY_NOUNS = frozenset("feud rivalry rift split".split())
ALLIANCE_NOUNS = frozenset("alliance coalition axis".split())
OPPOSITION_CUES = frozenset("odds oppose opposed opposes opposing opposition against versus vs vs. rival rivals".split())
SUPPORT_WORDS = frozenset("support backed backs backing endorsed endorses".split())
LEAD_VERBS = frozenset("lead leads leading led".split())
MIN_STANCE_WORDS = 3
QUOTES = frozenset("' \" ‘ ’ “ ” `".split())
MODIFIER_DEPS = frozenset("amod compound nmod poss npadvmod nn".split())
CLAUSE_DEPS = frozenset("relcl acl advcl ccomp".split())
PRONOUN_SUBJECTS = frozenset("they he she we".split())
RELATIVIZERS = frozenset("who that which whom".split())


@dataclass
class Draft:
    """A faction being gathered over one article (mutable while the article is read)."""

    key: str
    names: Counter = field(default_factory=Counter)
    leader: str | None = None
    members: dict[str, str] = field(default_factory=dict)
    stance: str | None = None
    opposes: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)

    def cite(self, sentence: str) -> None:
        """Record a sentence that mentions the faction."""
        if sentence not in self.evidence:
            self.evidence.append(sentence)

    def add_member(self, actor_id: str, sentence: str) -> None:
        """Record a member with the sentence that puts it in the faction."""
        self.members.setdefault(actor_id, sentence)
        self.cite(sentence)


@dataclass(frozen=True)
class LabelUse:
    """One place in the text where a faction is named: its key and the token the label hangs on."""

    key: str
    anchor: Token


class ArticleFactions:
    """Collects the factions of one article from its parsed paragraphs and its actors."""

    def __init__(self, docs: list[Doc], actors: tuple[Actor, ...]) -> None:
        self.docs = docs
        self.actors = {a.id: a for a in actors}
        self.actor_at = token_actor_index(docs, actors)
        self.drafts: dict[str, Draft] = {}
        self.stems: dict[str, str] = {}

    def draft(self, key: str, name: str | None = None) -> Draft:
        """Return the draft of a faction key, creating it; count `name` as one of its names."""
        found = self.drafts.setdefault(key, Draft(key))
        if name:
            found.names[name] += 1
        return found

    def actor_of(self, token: Token) -> Actor | None:
        """Return the actor a token belongs to, if any."""
        actor_id = self.actor_at.get((id(token.doc), token.i))
        return self.actors[actor_id] if actor_id else None

    def person_of(self, token: Token) -> Actor | None:
        """Return the person a token belongs to, if any."""
        actor = self.actor_of(token)
        return actor if actor and actor.kind == "person" else None


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


def token_actor_index(docs: list[Doc], actors: tuple[Actor, ...]) -> dict[tuple[int, int], str]:
    """Return (doc identity, token index) -> actor id for every actor mention."""
    index = {}
    for actor in actors:
        for m in actor.mentions:
            span = docs[m.paragraph].char_span(m.start, m.end, alignment_mode="expand")
            for token in span or ():
                index[(id(docs[m.paragraph]), token.i)] = actor.id
    return index


def stem(label: str) -> str:
    """Return a crude stem that makes 'pan-democracy', 'pan-democrats' and 'pan-democratic' equal."""
    word = re.sub(r"[^a-z]", "", label.lower())
    for endings in (("ic", "s"), ("cy", "t", "y")):
        for ending in endings:
            if word.endswith(ending) and len(word) > len(ending) + 3:
                word = word[: -len(ending)]
                break
    return word


def define_factions(state: ArticleFactions, sent: Span) -> None:
    """Create drafts for every faction this sentence names or implies."""
    text = sent.text.strip()
    for quoted in quoted_labels(sent):
        state.stems[stem(quoted.text)] = f"label:{stem(quoted.text)}"
        state.draft(f"label:{stem(quoted.text)}", quoted.text).cite(text)
    for token in sent:
        if token.lower_ in CAMP_NOUNS:
            define_camp(state, token, text)
        elif re.fullmatch(r"[A-Z][a-z]+ites?", token.text):
            leader = next((a for a in state.actors.values() if a.kind == "person"
                           and a.name.split()[-1] == re.sub(r"ites?$", "", token.text)), None)
            if leader:
                camp_of(state, leader).cite(text)
        elif token.lower_ in ALLY_NOUNS:
            define_allies(state, token, text)
        elif token.lower_ in RIVALRY_NOUNS:
            define_rivalry(state, token, sent, text)
        elif token.lower_ in ALLIANCE_NOUNS:
            define_alliance(state, token, text)


def quoted_labels(sent: Span) -> list[Span]:
    """Return quoted lower-case labels used as names of groups ("dubbed 'dealmakers'")."""
    found = []
    for i, token in enumerate(sent):
        if token.text not in QUOTES:
            continue
        close = next((j for j in range(i + 1, min(i + 5, len(sent))) if sent[j].text in QUOTES), None)
        if close is None or close == i + 1:
            continue
        label = sent[i + 1:close]
        if not all(t.is_alpha and t.is_lower or t.text == "-" for t in label):
            continue
        before = sent[i - 1].lower_ if i > 0 else ""
        after = sent[close + 1].lower_ if close + 1 < len(sent) else ""
        if after in CAMP_NOUNS or before in NAMING_CUES or label[-1].lower_ in GROUP_WORDS:
            found.append(label)
    return found


def label_before(noun: Token) -> Span | None:
    """Return the words that name a camp right before its noun ("pro-Beijing" camp), quotes skipped."""
    doc, end = noun.doc, noun.i
    while end > noun.sent.start and doc[end - 1].text in QUOTES:
        end -= 1
    start = end
    while start > noun.sent.start and end - start < 4:
        prev = doc[start - 1]
        if prev.text == "-" or (prev.is_alpha and prev.pos_ not in ("DET", "ADP", "PRON", "CCONJ", "VERB", "AUX")
                                and prev.lower_ not in ("both", "another", "other", "either")):
            start -= 1
        else:
            break
    while start < end and doc[start].text == "-":
        start += 1
    return doc[start:end] if start < end else None


def define_camp(state: ArticleFactions, noun: Token, text: str) -> None:
    """Define the faction of "the X camp" or "X's camp": a person's camp, or a camp with its own label."""
    owner = possessor(state, noun)
    if owner is not None:
        camp_of(state, owner).cite(text)
        return
    label = label_before(noun)
    if label is None:
        return
    person = next((state.person_of(t) for t in label if state.person_of(t)), None)
    if person:
        camp_of(state, person).cite(text)
        return
    name = f"{label.text} {noun.lower_.rstrip('s') if noun.lower_ != 'caucus' else noun.lower_}"
    if label[0].i == label.sent.start and label[0].text[:1].isupper() and not label[0].pos_ == "PROPN":
        name = name[0].lower() + name[1:]
    key = f"label:{stem(label.text)}"
    state.stems[stem(label.text)] = key
    state.draft(key, name).cite(text)


def possessor(state: ArticleFactions, noun: Token) -> Actor | None:
    """Return the person in "X's camp", if the noun has one."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text in ("'s", "’s") and state.person_of(doc[noun.i - 2]):
        return state.person_of(doc[noun.i - 2])
    return None


def camp_of(state: ArticleFactions, leader: Actor) -> Draft:
    """Return the draft of a person's camp ("Rubio camp"), led by that person."""
    draft = state.draft(f"camp:{leader.id}", f"{leader.name.split()[-1]} camp")
    draft.leader = leader.id
    draft.members.setdefault(leader.id, "")
    return draft


def define_allies(state: ArticleFactions, allies: Token, text: str) -> None:
    """Define a camp from "X and his allies, including Y and Z" or "X's allies Y and Z"."""
    leader = None
    if allies.dep_ == "conj" and state.person_of(allies.head):
        leader = state.person_of(allies.head)
    owner = [c for c in allies.children if c.dep_ == "poss" and state.person_of(c)]
    leader = leader or (state.person_of(owner[0]) if owner else None)
    if leader is None:
        return
    draft = camp_of(state, leader)
    draft.add_member(leader.id, text)
    for person in persons_in(state, allies, skip=allies.head):
        draft.add_member(person.id, text)
    draft.stance = draft.stance or stance_in_sentence(allies.sent)


def define_rivalry(state: ArticleFactions, noun: Token, sent: Span, text: str) -> None:
    """Define two opposed camps from a rivalry of two people ("X's feud with Y")."""
    people = list(dict.fromkeys(p.id for p in persons_in(state, noun)))
    if len(people) < 2 and any(c.lower_ == "their" for c in noun.children):
        before = [state.person_of(t).id for t in sent if t.i < noun.i and state.person_of(t)]
        people = list(dict.fromkeys(reversed(before)))[:2][::-1]  # "X and Y ... their rift"
    if len(people) < 2:
        return
    first, second = (camp_of(state, state.actors[p]) for p in people[:2])
    first.opposes.add(second.key)
    second.opposes.add(first.key)
    first.cite(text)
    second.cite(text)


def define_alliance(state: ArticleFactions, noun: Token, text: str) -> None:
    """Define an alliance from "the alliance between China and Russia"."""
    members = list(dict.fromkeys(a.id for t in noun.subtree if (a := state.actor_of(t)) and t.i != noun.i))
    if len(members) < 2:
        return
    names = [state.actors[m].name for m in members]
    draft = state.draft("alliance:" + "+".join(sorted(members)), "–".join(names) + f" {noun.lower_}")
    for member in members:
        draft.add_member(member, text)


def label_uses(state: ArticleFactions, sent: Span) -> list[LabelUse]:
    """Return every use of a defined label in the sentence, and every camp noun of a person's camp."""
    uses = []
    for token in sent:
        word = hyphenated_word(token)
        if word is not None and stem(word) in state.stems:
            uses.append(LabelUse(state.stems[stem(word)], anchor_of(token)))
        elif token.lower_ in CAMP_NOUNS:
            label = label_before(token)
            person = possessor(state, token) or next((state.person_of(t) for t in label or () if state.person_of(t)), None)
            if person is not None:
                uses.append(LabelUse(f"camp:{person.id}", token))
    return uses


def hyphenated_word(token: Token) -> str | None:
    """Return the hyphenated word that ends at this token ("pan-democracy"), or the token's word."""
    if not token.is_alpha or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-"
                              and not token.whitespace_):
        return None
    start = token.i
    while start >= 2 and token.doc[start - 1].text == "-" and not token.doc[start - 2].whitespace_ \
            and token.doc[start - 2].is_alpha:
        start -= 2
    return token.doc[start:token.i + 1].text


def anchor_of(token: Token) -> Token:
    """Return the noun a label word names: the camp noun after it, if any, else the word itself."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.text in QUOTES and token.i + 2 < len(token.doc):
        nxt = token.doc[token.i + 2]
    return nxt if nxt is not None and nxt.lower_ in CAMP_NOUNS else token


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


def persons_in(state: ArticleFactions, root: Token, skip: Token | None = None) -> list[Actor]:
    """Return the people named in a phrase, not looking inside its clauses."""
    found, stack = [], [root]
    while stack:
        token = stack.pop()
        if token is skip:
            continue
        if (person := state.person_of(token)) and person not in found:
            found.append(person)
        stack.extend(c for c in reversed(list(token.children)) if c.dep_ not in CLAUSE_DEPS)
    return found


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


def clause_on(token: Token) -> str | None:
    """Return the clause that describes a label ("who prioritize X over Y" -> "prioritize X over Y")."""
    for child in token.children:
        if child.dep_ in ("relcl", "acl"):
            words = [t for t in child.subtree if not (t.i == child.left_edge.i and t.lower_ in RELATIVIZERS)]
            if len(words) >= MIN_STANCE_WORDS:
                return "".join(t.text_with_ws for t in words).strip(" .,")
    return None


def stance_in_sentence(sent: Span) -> str | None:
    """Return the clause on a group noun in the sentence ("part of a group attempting to ...")."""
    for token in sent:
        if token.lower_ in ("group", "camp", "faction", "bloc") and (stance := clause_on(token)):
            return stance
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
        base = slugify_unicode(display_name(draft).replace("–", "-"), "-") or "faction"
        ids[key] = base if base not in seen else f"{base}-{len(seen)}"
        seen.add(ids[key])
    return tuple(Faction(id=ids[k], name=display_name(d), leader=d.leader,
                         members=tuple(Membership(a, e or first_evidence(d, a))
                                       for a, e in d.members.items()),
                         stance=d.stance, opposes=tuple(sorted(ids[o] for o in d.opposes if o in ids)),
                         evidence=tuple(d.evidence))
                 for k, d in kept.items())
