"""Rules that define factions (labels, camps, allies, rivals, alliances) and find later uses of their labels."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.countries import country_of_name
from generator.extract.faction_drafts import (MIN_STANCE_WORDS, ArticleFactions, LabelUse, camp_of, persons_in,
                                              possessor, stem)
from generator.lexicons.factions import (ALLIANCE_NOUNS, ALLY_NOUNS, CAMP_NOUNS, GROUP_WORDS, NAMING_CUES,
                                         RIVALRY_NOUNS, UNNAMING_WORDS)
from generator.lexicons.function_words import LABEL_QUOTES, RELATIVIZERS

# A leader's followers named after them ("Blairites").
FOLLOWERS = re.compile(r"[A-Z][a-z]+ites?")


def define_factions(state: ArticleFactions, sent: Span) -> None:
    """Create drafts for every faction this sentence names or implies."""
    text = sent.text.strip()
    for quoted in quoted_labels(sent):
        state.stems[stem(quoted.text)] = f"label:{stem(quoted.text)}"
        state.draft(f"label:{stem(quoted.text)}", quoted.text).cite(text)
    for token in sent:
        if token.lower_ in CAMP_NOUNS:
            define_camp(state, token, text)
        elif token.text.endswith(("ite", "ites")) and FOLLOWERS.fullmatch(token.text):
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
        if token.text not in LABEL_QUOTES:
            continue
        close = next((j for j in range(i + 1, min(i + 5, len(sent))) if sent[j].text in LABEL_QUOTES), None)
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
    while end > noun.sent.start and doc[end - 1].text in LABEL_QUOTES:
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
    if not names_a_camp(state, noun):
        return
    owner = possessor(state, noun)
    if owner is not None:
        camp_of(state, owner).cite(text)
        return
    label = label_before(noun)
    if label is None or not is_camp_label(label):
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


def names_a_camp(state: ArticleFactions, noun: Token) -> bool:
    """Return whether a camp noun names a group, not a part of a word or a player's position: not
    "right-wing", "Wales wing Rhys Williams", "a try on the left wing", "Shanklin's wing berth"."""
    doc = noun.doc
    if noun.i > 0 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
        return False
    if noun.i + 1 < len(doc) and state.person_of(doc[noun.i + 1]):
        return False
    if noun.lower_ != "wing":
        return True
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
        return False  # "wing berth", "left wing politicians"
    return not (noun.dep_ == "pobj" and noun.head.lower_ in ("on", "down", "out"))


def is_camp_label(label: Span) -> bool:
    """Return whether words before a camp noun can name it: not a count or a bare "rival" ("the two
    rival factions"), not a country's name ("the England camp" is a national squad; "pro-Russia" stays)."""
    if any(t.like_num for t in label) or all(t.lower_ in UNNAMING_WORDS for t in label):
        return False
    return not any(country_of_name(t.text) and not (t.i > 0 and t.doc[t.i - 1].text == "-")
                   for t in label if t.text[:1].isupper())


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
    if state.actor_of(noun):
        return  # a word of a member's name: "WiMedia Alliance and Multi-band OFDM alliance had merged"
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
        word = hyphenated_word(token) if state.stems else None  # most articles define no label
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
    if nxt is not None and nxt.text in LABEL_QUOTES and token.i + 2 < len(token.doc):
        nxt = token.doc[token.i + 2]
    return nxt if nxt is not None and nxt.lower_ in CAMP_NOUNS else token


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
