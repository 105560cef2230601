"""Event classes of predicates, from the tables in `generator/lexicons/data/` (CAMEO verb dictionary and WordNet,
derived by `tools/derive_lexicons.py`; `classes.tsv` maps CAMEO codes to the compact class set with quad and
polarity).

Order of evidence for a verb: a CAMEO phrase pattern of its verb block that its object or preposition matches
("hold * TALKS" [046]), its own CAMEO code, a domestic-politics class (vote, resign, ...), and last its
WordNet lexicographer class (verb.communication is a statement; stative or mental verbs are no event).
"""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from generator.lexicons.interactions import ACTING_LEXNAMES, NON_EVENT_LEXNAMES

DATA = Path(__file__).resolve().parent.parent / "lexicons" / "data"
# How the rule text names the strength of a verb's CAMEO code (its own, its block's, its patterns' majority).
CODE_SOURCES = {"": "own code, block", "^": "code of block", "~": "majority code of its patterns, block"}


@dataclass(frozen=True)
class EventClass:
    """One class of the compact set ("accuse": verbal conflict, -2.0, weight 0.8, shown as "accusation")."""

    name: str
    quad: str
    goldstein: float
    weight: float
    display: str
    plover: str | None


@dataclass(frozen=True)
class Coding:
    """A predicate's class and the table entry that gave it ("cameo verb meet 040 (block meet_people)")."""

    cls: str
    rule: str
    nominal: str | None = None


def rows(name: str) -> list[list[str]]:
    """Return the tab-separated rows of a data table, comments skipped."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def classes() -> dict[str, EventClass]:
    """Return class name -> class ('consult' -> EventClass('consult', 'verbal cooperation', 1.0, ...))."""
    return {r[0]: EventClass(r[0], r[1], float(r[2]), float(r[3]), r[4], None if r[6] == "-" else r[6])
            for r in rows("classes.tsv")}


@functools.cache
def code_classes() -> dict[str, str]:
    """Return CAMEO code prefix -> class ('173' -> 'arrest', '17' -> 'coerce')."""
    return {prefix: r[0] for r in rows("classes.tsv") if r[5] != "-" for prefix in r[5].split(",")}


def class_of_code(code: str) -> str | None:
    """Return the class of a CAMEO code by its longest known prefix ('1731' -> 'arrest'; '^120', '~120' -> 'reject')."""
    code = code.lstrip("^~")
    known = code_classes()
    return next((known[code[:n]] for n in range(len(code), 1, -1) if code[:n] in known), None)


@functools.cache
def cameo() -> tuple[dict, dict, dict, dict]:
    """Return (lemma -> [(block, code, nominal)], block -> [(code, object, prep, pobj)], set -> words,
    lemma -> domestic class) from cameo_verbs.tsv."""
    verbs, patterns, sets, domestic = defaultdict(list), defaultdict(list), {}, {}
    for row in rows("cameo_verbs.tsv"):
        if row[0] == "V":
            verbs[row[1]].append((row[2], row[3], None if row[4] == "-" else row[4]))
        elif row[0] == "P" and row[2] != "-":
            patterns[row[1]].append((row[2], row[3], row[4], row[5]))
        elif row[0] == "S":
            sets[row[1]] = frozenset(row[2:])
        elif row[0] == "D":
            domestic[row[1]] = row[2]
    return dict(verbs), dict(patterns), sets, domestic


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """Return the words of a one-column table ('person_nouns.txt' holds 'backbencher', 'rebel', ...)."""
    return frozenset(r[0] for r in rows(name))


@functools.cache
def table(name: str) -> dict[str, str]:
    """Return column 1 -> column 2 of a table ('event_nouns.tsv': 'talks' -> 'negotiate')."""
    return {r[0]: r[1] for r in rows(name)}


def matches(word: str, wanted: str) -> bool:
    """Return whether a lemma fills a pattern slot ('weapon' fills '&weapon' when the set lists it)."""
    if wanted.startswith("&"):
        return word in cameo()[2].get(wanted[1:], ())
    return word == wanted


def pattern_code(lemma: str, objects: tuple[str, ...], preps: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """Return (code, rule) of the most specific pattern of the verb's blocks that the arguments fill."""
    best: tuple[int, str, str] | None = None
    for block, _, _ in cameo()[0].get(lemma, ()):
        for code, obj, prep, pobj in cameo()[1].get(block, ()):
            if obj != "-" and not any(matches(o, obj) for o in objects):
                continue
            if prep != "-" and not any(p == prep and (pobj == "-" or matches(w, pobj)) for p, w in preps):
                continue
            fields = (obj != "-") + (prep != "-") + (pobj != "-")
            if fields and (best is None or fields > best[0]):
                best = (fields, code, f"cameo pattern {block} {code} '* {obj} ({prep} {pobj})'")
    return (best[1], best[2]) if best else None


@functools.lru_cache(maxsize=1 << 16)  # a verb with the same arguments recurs across an archive
def code_verb(lemma: str, objects: tuple[str, ...] = (), preps: tuple[tuple[str, str], ...] = ()) -> Coding | None:
    """Return the class of a verb lemma with its object and preposition lemmas; None if it is no event.

    Evidence, strongest first: a phrase pattern, a domestic class, the verb's own code, its block's code (not
    for a verb whose three most frequent WordNet senses are all mental or stative: CAMEO files "think" under
    CONSIDER), its patterns' majority code (only for a verb that acts on someone in one of its top senses:
    "appear" has patterns "appear in court", yet it is no coercion), WordNet.
    >>> code_verb("hold", ("talks",)).cls
    'consult'
    """
    entries = cameo()[0].get(lemma, ())
    nominal = next((n for _, _, n in entries if n), None)
    found = pattern_code(lemma, objects, preps)
    if found and class_of_code(found[0]):
        return Coding(class_of_code(found[0]), found[1], nominal)
    if lemma in cameo()[3]:
        return Coding(cameo()[3][lemma], f"domestic {cameo()[3][lemma]} (WordNet sense of {lemma})", nominal)
    senses = table("verb_classes.tsv").get(lemma, "").split(",")
    lexname, mental = senses[0] or None, all(s in NON_EVENT_LEXNAMES for s in senses if s) and senses != [""]
    passive = senses != [""] and not ACTING_LEXNAMES & set(senses)  # "appear", "come": no one acts on anyone
    for strength in ("", "^", "~"):
        for block, code, _ in entries:
            if code[:1] not in "^~" if not strength else code.startswith(strength):
                if class_of_code(code) and not (strength == "^" and mental or strength == "~" and passive):
                    return Coding(class_of_code(code), f"cameo verb {lemma} {code.lstrip('^~')} "
                                  f"({CODE_SOURCES[strength]} {block})", nominal)
    if lexname is None or (entries and not mental):
        return Coding("act", f"cameo verb {lemma} without a code" if entries else f"unknown verb {lemma}", nominal)
    if mental:
        return None
    return Coding("statement" if lexname == "communication" else "act", f"wordnet verb.{lexname} {lemma}")


@functools.cache
def code_noun(lemma: str) -> Coding | None:
    """Return the class of an event noun: its verb's own or domestic class (complaint <- complain), else the code
    most CAMEO patterns give it as an object ('talks': 04), else its verb's weaker code."""
    row = noun_rows().get(lemma)
    if row is None:
        return None
    verb, code = row
    coding = code_verb(verb) if verb else None
    strong = coding is not None and coding.cls != "act" and ("domestic" in coding.rule or "(own" in coding.rule)
    if not strong and code and class_of_code(code):
        return Coding(class_of_code(code), f"event noun {lemma}: cameo patterns' code {code.lstrip('~')}", lemma)
    if coding is None or coding.cls == "act":
        return None
    return Coding(coding.cls, f"event noun {lemma} <- {coding.rule}", lemma)


@functools.cache
def noun_rows() -> dict[str, tuple[str | None, str | None]]:
    """Return event noun -> (the verb WordNet derives it from, the code of CAMEO patterns taking it as object)."""
    return {r[0]: (None if r[1] == "-" else r[1], None if r[3] == "-" else r[3]) for r in rows("event_nouns.tsv")}


def event_class(name: str) -> EventClass:
    """Return the class record of a class name."""
    return classes()[name]
