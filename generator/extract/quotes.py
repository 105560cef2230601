"""Direct quotations and who said them: each quote is a statement whose source is its attribution's subject.

Marks pair across paragraphs (news reopens a quotation on each of its paragraphs and closes only the last;
flattened copies keep them on one line: '"A. "B."' is one quotation), so narration is never a quote. The
speaker is the subject of the reporting verb the quotation hangs on ('"...," Blair said', 'said Mr Howard',
'according to X'), else, for a quotation that is a sentence of its own, the speaker of the sentence before
('He added:'); `quote_scene` says whom that subject names. None when the text does not make it clear;
quoted words nobody is said to say that are no sentence of their own (a slogan, scare quotes) are no quote.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from generator.extract.quote_scene import (Record, Referent, Scene, build_scene, depth, inverted_subject, is_share,
                                           referent)
from generator.lexicons.function_words import QUOTE_CLOSING_CONTEXT, QUOTE_OPENING_CONTEXT, TITLE_SMALL_WORDS
from generator.lexicons.speech import IRREGULAR_REPORTING_FORMS, PROXY_PEOPLE, PROXY_TEXTS, REPORTING_VERBS
from generator.records import Actor, Quote

MIN_QUOTE_WORDS = 4
MARK = re.compile(r"[\"“”]")
SENTENCE_END = re.compile(r"[.!?…]['’)]*\s*$")  # a mark opening again after one goes on ('... it. "If')


@dataclass(frozen=True)
class Segment:
    """The quoted characters of one paragraph, marks excluded: `text[start:end]` of paragraph `paragraph`."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Quotation:
    """One quotation: its parts (one per paragraph or reopening mark) in order."""

    segments: tuple[Segment, ...]

    def text(self, paragraphs: list[str]) -> str:
        """Return the quoted words, parts joined by a space ('We will win. We will not stop.')."""
        return " ".join(paragraphs[s.paragraph][s.start:s.end].strip() for s in self.segments).strip()


def mark_role(text: str, i: int) -> str:
    """Return 'open', 'close' or 'either' for the mark at `text[i]` ('say "yes' opens, 'yes," he' closes)."""
    if text[i] in "“”":
        return "open" if text[i] == "“" else "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in QUOTE_OPENING_CONTEXT and after not in " \t\n"
    closes = after in QUOTE_CLOSING_CONTEXT and before not in " \t\n"
    return "open" if opens and not closes else "close" if closes and not opens else "either"


def find_quotations(paragraphs: list[str]) -> list[Quotation]:
    """Return the quotations in order: ['He said: "A. "B." Then "C d"'] holds two, 'A. B.' and 'C d'."""
    found: list[Quotation] = []
    parts: list[Segment] = []
    for p, text in enumerate(paragraphs):
        parts = pair_marks(text, p, parts, found)
        if parts and not continues(paragraphs, p):
            found.append(Quotation(tuple(parts)))
            parts = []
    return found


def pair_marks(text: str, p: int, parts: list[Segment], found: list[Quotation]) -> list[Segment]:
    """Add to `found` the quotations paragraph `p` closes; return the parts of the one it leaves open."""
    opened: int | None = None
    for match in MARK.finditer(text):
        role = mark_role(text, match.start())
        if role == "either":
            role = "close" if opened is not None else "open"
        if role == "close" and opened is not None:
            found.append(Quotation(tuple(parts) + (Segment(p, opened, match.start()),)))
            parts, opened = [], None
        elif role == "open":
            if opened is not None and SENTENCE_END.search(text[opened:match.start()]):
                parts = parts + [Segment(p, opened, match.start())]  # reopened after a full stop: it goes on
            elif opened is not None:
                parts = []  # an opening mark not closed before another inside a sentence: a stray
            opened = match.end()
    return parts + [Segment(p, opened, len(text))] if opened is not None else parts


def continues(paragraphs: list[str], p: int) -> bool:
    """Return whether the paragraph after `p` opens with a quotation mark, going on with an open quotation."""
    return p + 1 < len(paragraphs) and paragraphs[p + 1].lstrip()[:1] in ("\"", "“")


@functools.cache
def speech_forms() -> dict[str, str]:
    """Return {word form: lemma} for the reporting verbs ({'says': 'say', 'admitted': 'admit', ...})."""
    return {**{form: lemma for lemma in REPORTING_VERBS for form in inflections(lemma)}, **IRREGULAR_REPORTING_FORMS}


def inflections(lemma: str) -> set[str]:
    """Return a verb's regular forms, over-generated ('admit' -> admits, admitted, admitting, admited...)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, stem + "ed", stem + "ing", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms.add(lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


def speech_lemma(token: Token) -> str | None:
    """Return the lemma of a token that is a reporting verb ('warned' -> 'warn', the noun 'report' -> None)."""
    if token.pos_ not in ("VERB", "AUX", "") and token.lower_ != "according":
        return None
    return speech_forms().get(token.lower_)


def is_title(text: str) -> bool:
    """Return whether quoted words read as a title, not speech: every word capitalised, a number or a
    small word, and no closing punctuation ("The Internet Explorer 6 Countdown")."""
    return text[-1] not in ".,!?;:…" and all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_SMALL_WORDS
                                               for w in text.split())


def find_quotes(docs: list[Doc], actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """Return every quotation of at least four words with its speaker when the text makes it clear:
    '"We will win," Blair said.' -> Quote(speaker='tony-blair', text='We will win,', ...)."""
    paragraphs = [doc.text for doc in docs]
    quotations = find_quotations(paragraphs)
    quoted = [(s.paragraph, s.start, s.end) for q in quotations for s in q.segments]
    scene = build_scene(docs, paragraphs, actors, quoted, speech_lemma)
    anchored = anchor(scene, quotations)
    records: list[Record] = []
    voiced: dict[int, Referent] = {}
    quotes: list[Quote] = []
    for i in range(max(anchored, default=-1) + 1):  # no sentence after the last quotation changes a speaker
        records.append(sentence_record(scene, i, records, voiced))
        for quotation in anchored.get(i, []):
            quote, speaker = attribute(scene, quotation, records)
            if quote is not None:
                quotes.append(quote)
                give_voice(scene, quotation, speaker, records, voiced)
    return tuple(quotes)


def anchor(scene: Scene, quotations: list[Quotation]) -> dict[int, list[Quotation]]:
    """Return {sentence index: the quotations whose first part ends in it}, leaving out scare quotes,
    labels and titles ('"gossip"', 'the "Internet Explorer 6 Countdown"')."""
    anchored: dict[int, list[Quotation]] = {}
    for quotation in quotations:
        text = quotation.text(scene.texts)
        if len(text.split()) >= MIN_QUOTE_WORDS and not is_title(text):
            anchored.setdefault(segment_sentences(scene, quotation.segments[0])[-1], []).append(quotation)
    return anchored


def segment_sentences(scene: Scene, segment: Segment) -> list[int]:
    """Return the indices of the sentences a quoted segment overlaps, in order ([4, 5] for two)."""
    first = scene.sentence_at_char(segment.paragraph, segment.start)
    return [i for i in range(first, len(scene.sents)) if scene.sents[i].doc is scene.docs[segment.paragraph]
            and scene.sents[i].start_char < max(segment.end, segment.start + 1)]


def give_voice(scene: Scene, quotation: Quotation, speaker: Referent | None, records: list[Record],
               voiced: dict[int, Referent]) -> None:
    """Record the quotation's speaker as the speaker of every sentence it spans, for the quotes after it."""
    for i in {i for segment in quotation.segments for i in segment_sentences(scene, segment)} if speaker else ():
        if i < len(records):
            records[i] = replace(records[i], speaker=records[i].speaker or speaker)
        else:
            voiced[i] = speaker


def sentence_record(scene: Scene, i: int, records: list[Record], voiced: dict[int, Referent]) -> Record:
    """Return whom sentence `i` is about and who speaks in it, its pronouns resolved from the records before."""
    sent = scene.sents[i]
    narration = [t for t in sent if not scene.is_quoted(t)]
    if not any(t.is_alpha for t in narration):
        return Record(None, voiced.get(i), narrated=False)
    verbs = sorted((t for t in narration if scene.lemma(t)), key=depth)
    speaker = referent(scene, speaker_token(scene, verbs[0], answering=True), records) if verbs else None
    subjects = [t for t in narration if t.dep_ in ("nsubj", "nsubjpass")]
    main = [t for t in subjects if t.head.i == sent.root.i] or [t for t in subjects if scene.lemma(t.head)]
    # who speaks is whom the sentence is about: 'Labour has failed, he said' is about the speaker
    topical = speaker is not None and speaker.person and verbs[0].lower_ != "according" and depth(verbs[0]) <= 1
    subject = speaker if topical else referent(scene, main[0], records) if main else speaker
    people = {r for t in subjects if t.pos_ != "PRON" and t.head.dep_ in ("ROOT", "conj", "advcl")
              and (r := referent(scene, t, records)) and r.person and r.actor}  # not what is said or planned
    named = {Referent(a.id, True, scene.genders.get(a.id)) for t in narration if (a := scene.actor(t))
             and a.kind == "person"}
    return Record(subject, speaker or voiced.get(i), announces=sent.text.rstrip().endswith(":"),
                  asks=sent.text.rstrip().rstrip("\"”").endswith("?"), people=tuple(people), named=tuple(named))


def speaker_token(scene: Scene, verb: Token, answering: bool = False) -> Token | None:
    """Return the token naming who speaks with a reporting verb: its subject ('Blair' of 'Blair said'), the
    object of 'according to', an inverted 'said Mr Howard', or the speaker of the verb a subjectless
    'adding' hangs on; a passive 'was asked' names who answers when `answering`."""
    for _ in range(6):
        if verb.lower_ == "according":
            return next((g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
        found = clause_speaker(scene, verb, answering)
        if found is not False:
            return found
        if verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep") or verb.head.i == verb.i:
            return None
        # 'X said ... adding:' hangs on the reporting verb above it, even when parsed lower down
        verb = next((a for a in verb.ancestors if scene.lemma(a)), verb.head)
    return None


def clause_speaker(scene: Scene, verb: Token, answering: bool) -> Token | None | bool:
    """Return the token a verb's own clause names as speaker ('Blair' of 'Blair said'), None if its clause
    names nobody ('was told'), False if it has no subject of its own ('adding', to look above)."""
    children = {c.dep_: c for c in reversed(list(verb.children)) if not scene.is_quoted(c)}
    if "nsubj" in children:  # 'a statement read', not 'Helen Mirren read out his speech': his words
        reads = scene.lemma(verb) == "read" and children["nsubj"].lower_ not in PROXY_TEXTS
        return None if reads else children["nsubj"]
    if "nsubjpass" in children or "auxpass" in children:  # 'was told', 'being told': who told is unsaid
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children), None)
        asked = answering and scene.lemma(verb) in ("ask", "question")
        return agent or (children.get("nsubjpass") if asked or scene.lemma(verb) == "quote" else None)
    if inverted_subject(verb) is not None:
        return inverted_subject(verb)
    if verb.dep_ == "acl":  # 'a statement saying'; 'X, chairman of Y, called on ...' parsed as a modifier
        finite = verb.tag_ in ("VBD", "VBZ", "VBP")  # but not 'Mr McFadyen pointing out', a misparse too
        return verb.head if finite or verb.head.lower_ in PROXY_PEOPLE | PROXY_TEXTS else None
    return False


def attribute(scene: Scene, quotation: Quotation, records: list[Record]) -> tuple[Quote | None, Referent | None]:
    """Return the quote and its speaker: from the reporting verb it hangs on in its own sentence, else, for
    a quotation that is a sentence of its own, the speaker of the sentence before; (None, None) for quoted
    words that are no quotation (no attribution and no sentence of their own, or a survey's answer)."""
    own = segment_sentences(scene, quotation.segments[0])
    last = segment_sentences(scene, quotation.segments[-1]) if len(quotation.segments) > 1 else []
    verb = governing_verb(scene, own, quotation.segments[0]) or (
        governing_verb(scene, last, quotation.segments[-1]) if last else None)
    if verb is not None:
        token = speaker_token(scene, verb)
        if token is not None and is_share(token):
            return None, None  # 'one quarter said they "neither support nor oppose"': a survey's option
        speaker = referent(scene, token, records)
        return quote_of(scene, quotation, own, speaker, "speech verb", scene.lemma(verb) or ""), speaker
    if any(t.is_alpha and not scene.is_quoted(t) for i in own for t in scene.sents[i]):
        return None, None  # a slogan, a label, scare quotes: words in a sentence nobody is said to say
    before = records[own[0] - 1] if own[0] > 0 else Record(None, None)
    speaker = None if before.asks else before.speaker
    return quote_of(scene, quotation, own, speaker, "announcing sentence" if before.announces else
                    "speaker before", ""), speaker


def quote_of(scene: Scene, quotation: Quotation, own: list[int], speaker: Referent | None, rule: str,
             verb: str) -> Quote:
    """Return the Quote value, its evidence the quotation's own sentences, the rule only when it named one."""
    actor = speaker.actor if speaker is not None else None
    return Quote(speaker=actor, text=quotation.text(scene.texts), rule=rule if actor else "", verb=verb,
                 evidence=" ".join(scene.sents[i].text.strip() for i in own))


def governing_verb(scene: Scene, own: list[int], segment: Segment) -> Token | None:
    """Return the reporting verb outside the quotation that its words hang on (an ancestor of them), or that
    hangs on them ('"...," he said' parsed as the quote's child), or that stands right next to it."""
    inside = [t for i in own for t in scene.sents[i] if segment.start <= t.idx < segment.end]
    outside = [t for i in own for t in scene.sents[i] if not scene.is_quoted(t)]
    for token in inside:  # up through other quotations too: 'called it "a gift" that would "help"'
        if head := next((a for a in token.ancestors if scene.lemma(a) and not scene.is_quoted(a)), None):
            return head
    children = [t for t in outside if t.head in inside and scene.lemma(t)]
    near = [t for t in outside if scene.lemma(t) and inside and t.doc is inside[0].doc
            and (0 < inside[0].i - t.i <= 3 or 0 < t.i - inside[-1].i <= 4)]
    sole = [t for t in outside if scene.lemma(t)]  # a sentence's only reporting verb, whatever the parse
    sole = sole if len(sole) == 1 and speaker_token(scene, sole[0]) is not None else []
    return (children or near or sole or [None])[0]
