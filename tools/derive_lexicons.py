"""Derive the extractor's word tables in `generator/lexicons/data/` from PETRARCH2's CAMEO verb dictionary
and WordNet 3.0 (both in `../shared/reference/`, see its README). Deterministic: the same sources give the
same bytes. Run from the project root:

    python tools/derive_lexicons.py                      # reads ../shared/reference
    python tools/derive_lexicons.py --reference DIR      # another copy of the reference folder

Writes:
- `cameo_verbs.tsv`: `V lemma block code nominal` (a CAMEO verb form as a lemma, its verb block, its own
  code, its block's ('^040'), its patterns' majority ('~120') or '-', its WordNet nominalisation: meet -> meeting), `P block code object prep pobj` (a phrase
  pattern of a block: "- * (FROM &PROPOSAL) [120]"), `S name word...` (a CAMEO synonym set), and
  `D lemma class` (verbs of the domestic-politics classes CAMEO lacks, from WordNet senses named below);
- `event_nouns.tsv`: `noun verb lexname code` (a noun whose sense is derived from a coded verb: complaint ->
  complain), and `compound_nouns.txt`: WordNet compounds headed by an event noun that are no event
  ("stock exchange", "press gallery"), so "exchange" there is not a trigger;
- `person_nouns.txt`, `group_nouns.txt`: nouns whose most frequent sense is a person (backbencher, rebel)
  or a social group (regime, party, government);
- `abstract_nouns.txt`: tagged nouns whose most frequent sense is abstract (plan, target), for sense checks;
- `verb_classes.tsv`: `lemma lexnames` (of its three most frequent senses) for tagged verbs: the fallback class of a predicate CAMEO lacks, and
  the check that a block's code fits a verb that is not mental or stative.
The CAMEO code of each class (`classes.tsv`, written by hand) is read at run time, not here.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_files import Synset, WordNet  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "generator" / "lexicons" / "data"
# Domestic-politics classes CAMEO has no code for: class -> WordNet (lemma, sense number) whose synset's
# words belong to it. Arrest (173), lawsuits (115) and verdicts (116) have CAMEO codes (classes.tsv).
DOMESTIC_SENSES = {
    "vote": [("vote", 1), ("vote", 2), ("vote", 3), ("vote", 5), ("ballot", 1)],
    "pass": [("pass", 3), ("pass", 9), ("enact", 1)],
    "elect": [("elect", 1), ("reelect", 1)],
    "appoint": [("appoint", 1), ("appoint", 2), ("nominate", 1), ("hire", 1)],
    "resign": [("resign", 1), ("resign", 2), ("retire", 2)],
    "dismiss": [("fire", 4), ("sack", 1), ("oust", 1)],
    "rule": [("sentence", 1), ("convict", 1), ("acquit", 1), ("rule", 4), ("jail", 1)],
    "charge": [("charge", 6), ("indict", 1), ("prosecute", 1)],
    "launch": [("launch", 1), ("launch", 5), ("unveil", 1), ("introduce", 3)],
    "acquire": [("buy", 1), ("take_over", 2), ("merge", 1)],
    "win": [("win", 1), ("lose", 3), ("defeat", 1)],
    "die": [("die", 1)],
}
NOMINAL_LEXNAMES = frozenset("noun.act noun.event noun.communication noun.group noun.state noun.possession "
                             "noun.process noun.phenomenon".split())
ABSTRACT_LEXNAMES = frozenset("noun.cognition noun.communication noun.act noun.attribute noun.state noun.feeling "
                              "noun.relation noun.possession noun.quantity noun.time noun.motive noun.event "
                              "noun.phenomenon noun.process noun.shape".split())
EVENT_LEXNAMES = frozenset("noun.act noun.event noun.communication".split())
# Social groups: a group noun counts when one of these synsets is above its first sense.
SOCIAL_GROUPS = (("social_group", 1), ("people", 1), ("organization", 1), ("unit", 3))
CODE = re.compile(r"\[([^\]]*)\]")
# An uncoded verb takes the root code most of the patterns first found with it carry ("reject": 36 of 45 are
# 12x), when that is at least this share of at least MIN_PATTERNS patterns; written "~120" (inferred).
MAJORITY, MIN_PATTERNS = 0.5, 3
# A noun names an event when it is a coded verb's nominalisation (meeting, accusation) or CAMEO patterns take it
# as the object of at least this many verbs ("talks": 31, "summit": 19; "role": 5, "tension": 3 are no events).
EVENT_NOUN_PATTERNS = 10


def mark_block(code: str) -> str:
    """Return a block's code as a verb's default, marked '^' (weaker than the verb's own code)."""
    return code if code == "-" else f"^{code}"


def first_code(text: str) -> str:
    """Return the first code of a bracket ('040:040' -> '040', ':110' -> '110', '---' -> '-')."""
    parts = [p for p in text.split(":") if p and p != "---"]
    return parts[0] if parts else "-"


def phrase_lemma(wn: WordNet, form: str) -> str | None:
    """Return the lemma phrase of a CAMEO verb form ('+BRING_OUT' -> 'bring out', 'DETERRING' -> 'deter')."""
    form = form.lower()
    front, _, rest = form.rpartition("+")
    words = rest.split("_")
    stem = wn.lemma(words[0], "v") or (words[0] if words[0] else None)
    if stem is None or not stem.isalpha():
        return None
    return " ".join(w for w in [*front.split("_"), stem, *words[1:]] if w)


def noun_lemma(wn: WordNet, word: str) -> str:
    """Return a pattern noun as a lemma ('PRISONERS' -> 'prisoner'); synonym sets ('&WEAPON') as they are."""
    word = word.strip("{}()_").lower()
    if word.startswith("&"):
        return word
    return wn.lemma(word, "n") or word


def parse_pattern(wn: WordNet, post: list[str]) -> tuple[str, str, str]:
    """Return (object head, preposition, its object head) of the words after '*' ('-' where absent)."""
    obj, prep, pobj, depth, phrase = "-", "-", "-", 0, []
    for word in post:
        if word.startswith("("):
            depth, phrase = 1, []
            word = word[1:]
            if prep == "-" and word.strip(")"):
                prep = word.strip(")").lower()
                word = ""
        if word.endswith(")"):
            phrase.append(word.rstrip(")"))
            if depth and pobj == "-":
                nouns = [w for w in phrase if w and w not in "+$^%"]
                pobj = noun_lemma(wn, nouns[-1]) if nouns else "-"
            depth = 0
            continue
        if depth:
            phrase.append(word)
        elif obj == "-" and word not in "+$^%" and not word.startswith("{") and word.isascii():
            obj = noun_lemma(wn, word)
        elif obj == "-" and word.endswith("}"):
            obj = noun_lemma(wn, word)
    return obj, prep, pobj


def read_cameo(wn: WordNet, path: Path) -> tuple[list[tuple], list[tuple], dict[str, list[str]]]:
    """Return (verbs (lemma, block, code), patterns (block, code, object, prep, pobj), synonym sets)."""
    verbs, patterns, sets, current, block, in_verbs = [], [], defaultdict(list), None, None, False
    block_code = "-"
    for raw in path.open(encoding="utf-8"):
        line = raw.split("#")[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
        if not line.strip() or line.startswith("<"):
            continue
        if not in_verbs:
            if line.startswith("&"):
                current = line.strip()[1:].lower()
            elif line.startswith("+") and current:
                sets[current].append(line.strip()[1:].strip("_").replace("_", " ").lower())
            continue
        if line.startswith("---"):
            block = line.split()[1].lower()
            block_code = first_code(CODE.search(line).group(1)) if CODE.search(line) else "-"
        elif line.startswith("~"):
            continue
        elif line.startswith("-") and block:
            code = CODE.search(line)
            pre, _, post = line[1:].partition("*")
            if code and not pre.strip():
                patterns.append((block, first_code(code.group(1)), *parse_pattern(wn, CODE.sub("", post).split())))
        elif block:
            code = CODE.search(line)
            lemma = phrase_lemma(wn, line.split()[0])
            if lemma:
                verbs.append((lemma, block, first_code(code.group(1)) if code else mark_block(block_code)))
    return verbs, patterns, sets


def pattern_roots(path: Path) -> dict[str, dict[str, int]]:
    """Return verb -> root code -> how many patterns first found with that verb carry it."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for line in path.open(encoding="utf-8"):
        code, comment = CODE.search(line), line.partition("#")[2].split()
        if line.startswith("- ") and code and comment and first_code(code.group(1)) != "-":
            counts[comment[0].lower().replace("_", " ")][first_code(code.group(1))[:2]] += 1
    return counts


def inferred_code(code: str, lemma: str, roots: dict[str, dict[str, int]]) -> str:
    """Return the verb's code, or its patterns' majority root code as '~RR0', or '-'."""
    counts = roots.get(lemma, {})
    if code != "-" or sum(counts.values()) < MIN_PATTERNS:
        return code
    root = max(sorted(counts), key=lambda r: counts[r])
    return f"~{root}0" if counts[root] / sum(counts.values()) >= MAJORITY else code


def nominal(wn: WordNet, lemma: str) -> str:
    """Return the event noun a verb lemma is named by (meet -> meeting, accuse -> accusation), else '-'."""
    scores: dict[str, int] = defaultdict(int)
    for rank, synset in enumerate(wn.senses(lemma.replace(" ", "_"), "v")[:3]):
        word = synset.words.index(lemma.replace(" ", "_")) + 1 if lemma.replace(" ", "_") in synset.words else None
        for offset, pos, target in synset.related("+", word):
            noun = wn.synsets["n"].get(offset) if pos == "n" else None
            if noun is None or noun.lexname not in NOMINAL_LEXNAMES:
                continue
            name = noun.words[target - 1] if target else noun.words[0]
            if name[:3] == lemma[:3] and "_" not in name:
                scores[name] += 10 * (3 - rank) + wn.tagged(name, noun) + 1
    return max(sorted(scores), key=lambda n: scores[n]) if scores else "-"


def domestic_verbs(wn: WordNet) -> list[tuple[str, str]]:
    """Return (lemma, class) for the words of the domestic classes' WordNet senses: the seed word, and each other
    word of the synset whose most frequent sense it is ("step down" for resign, not "go" for die)."""
    rows = set()
    for cls, senses in DOMESTIC_SENSES.items():
        for lemma, number in senses:
            synsets = wn.senses(lemma, "v")
            if len(synsets) < number:
                continue
            synset = synsets[number - 1]
            rows.update((w.replace("_", " "), cls) for w in synset.words if "'" not in w and
                        (w == lemma or wn.senses(w, "v")[:1] == [synset]))
    return sorted(rows)


def noun_codes(patterns: list[tuple]) -> dict[str, str]:
    """Return noun -> the root code most patterns with it as object carry ('talks' -> '~040': 11 of 31)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for _, code, obj, _, _ in patterns:
        if code != "-" and not obj.startswith("&"):
            counts[obj][code[:2]] += 1
    return {noun: f"~{max(sorted(c), key=lambda r: c[r])}0" for noun, c in counts.items()
            if sum(c.values()) >= EVENT_NOUN_PATTERNS}


def event_nouns(wn: WordNet, coded: set[str], codes: dict[str, str],
                nominals: set[str]) -> list[tuple[str, str, str, str]]:
    """Return (noun, verb, lexname, code) for noun senses derived from a coded verb (raid -> raid, talks ->
    negotiate), with the root code most CAMEO patterns that take the noun as object carry ('talks': 04)."""
    rows = []
    for noun in sorted(wn.index["n"]):
        if "_" in noun or not noun.isalpha():
            continue
        if wn.senses(noun, "n")[0].lexname not in NOMINAL_LEXNAMES:
            continue  # "force" is first a power, "accord" ... no event however it derives
        senses = [(rank, s) for rank, s in enumerate(wn.senses(noun, "n")[:3])
                  if s.lexname in NOMINAL_LEXNAMES and (not rank or wn.tagged(noun, s))]
        found = next(((s, v) for _, s in senses if (v := derived_verb(wn, noun, s, coded))), None)
        if found and (noun in nominals or noun in codes):
            rows.append((noun, found[1], found[0].lexname, codes.get(noun, "-")))
        elif noun in codes and senses and senses[0][0] == 0:
            rows.append((noun, "-", senses[0][1].lexname, codes[noun]))
    return rows


def derived_verb(wn: WordNet, noun: str, synset: Synset, coded: set[str]) -> str | None:
    """Return the coded verb a noun sense derives from (this word's pointers first, then the synset's)."""
    word = synset.words.index(noun) + 1
    for pointers in (synset.related("+", word), synset.related("+")):
        verbs = sorted({wn.synsets["v"][o].words[t - 1 if t else 0] for o, p, t in pointers if p == "v"})
        found = [v for v in verbs if v.replace("_", " ") in coded]
        if found:
            return min(found, key=lambda v: (v[:3] != noun[:3], v)).replace("_", " ")
    return None


def compound_nouns(wn: WordNet, heads: set[str]) -> list[str]:
    """Return WordNet compounds ending in an event noun whose first sense is no event ('stock exchange')."""
    rows = []
    for noun, offsets in sorted(wn.index["n"].items()):
        words = noun.split("_")
        if len(words) == 2 and words[1] in heads and words[0].isalpha() \
                and wn.synsets["n"][offsets[0]].lexname not in EVENT_LEXNAMES:
            rows.append(noun.replace("_", " "))
    return rows


def first_sense_nouns(wn: WordNet, lexname: str, above: set[str] | None = None) -> list[str]:
    """Return one-word nouns whose most frequent sense is in a lexicographer file (and under `above`)."""
    rows = []
    for noun, offsets in sorted(wn.index["n"].items()):
        synset = wn.synsets["n"][offsets[0]]
        if not re.fullmatch(r"[a-z]+(-[a-z]+)?", noun) or synset.lexname != lexname:
            continue
        if above is None or wn.hypernym_closure(synset) & above:
            rows.append(noun)
    return rows


def abstract_nouns(wn: WordNet) -> list[str]:
    """Return tagged one-word nouns whose most frequent sense is abstract (plan, target, growth): no actor,
    no physical target, so "attack the plans" is verbal and "meet a target" no meeting."""
    rows = []
    for noun, offsets in sorted(wn.index["n"].items()):
        synset = wn.synsets["n"][offsets[0]]
        if noun.isalpha() and synset.lexname in ABSTRACT_LEXNAMES and wn.tagged(noun, synset):
            rows.append(noun)
    return rows


def fallback_verbs(wn: WordNet, known: set[str]) -> list[tuple[str, str]]:
    """Return (verb, lexnames of its first three senses, most frequent first) for tagged one-word verbs not in
    `known` ('threaten' -> 'stative,communication,stative')."""
    rows = []
    for verb, offsets in sorted(wn.index["v"].items()):
        synset = wn.synsets["v"][offsets[0]]
        if verb.isalpha() and verb not in known and wn.tagged(verb, synset):
            rows.append((verb, ",".join(wn.synsets["v"][o].lexname.split(".")[1] for o in offsets[:3])))
    return rows


def write(name: str, header: str, rows: list) -> None:
    """Write one table: '#' header lines, then tab-separated rows."""
    lines = [f"# {line}" for line in header.splitlines()]
    lines += ["\t".join(row) if isinstance(row, tuple) else row for row in rows]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} rows, {(OUT / name).stat().st_size // 1024} kB")


def main() -> None:
    """Read the references, write every table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=Path("../shared/reference"))
    reference = parser.parse_args().reference
    wn = WordNet(reference / "wordnet-3.0" / "dict")
    verbs, patterns, sets = read_cameo(wn, reference / "petrarch2" / "CAMEO.2.0.txt")
    domestic = domestic_verbs(wn)
    used_sets = sorted({w for _, _, *ws in patterns for w in ws if w.startswith("&")} & {f"&{s}" for s in sets})
    roots = pattern_roots(reference / "petrarch2" / "CAMEO.2.0.txt")
    named = {lemma for lemma, _, _ in verbs}
    verbs += [(v, "-", "-") for v in roots if v not in named and v.isalpha() and v in wn.index["v"]]
    unique_verbs = sorted({(lemma, block, inferred_code(code, lemma, roots)) for lemma, block, code in verbs})
    write("cameo_verbs.tsv", "From PETRARCH2's CAMEO.2.0.txt (MIT, LICENSE-petrarch2.txt) and WordNet 3.0 "
          "(LICENSE-wordnet.txt);\nderived by tools/derive_lexicons.py. Rows: V lemma block code nominal | "
          "P block code object prep pobj | S set words | D lemma class",
          [("V", lemma, block, code, nominal(wn, lemma)) for lemma, block, code in unique_verbs]
          + [("P", *p) for p in sorted(set(patterns))]
          + [("S", name[1:], *sorted(set(sets[name[1:]]))) for name in used_sets]
          + [("D", lemma, cls) for lemma, cls in domestic])
    coded = {lemma for lemma, _, _ in verbs} | {lemma for lemma, _ in domestic}
    nominals = {nominal(wn, lemma) for lemma, _, _ in unique_verbs} | {nominal(wn, lemma) for lemma, _ in domestic}
    nouns = event_nouns(wn, coded, noun_codes(patterns), nominals)
    write("event_nouns.tsv", "WordNet 3.0 nouns derived from a coded verb: noun verb lexname code (the root "
          "code of the CAMEO patterns that take it as object)", nouns)
    write("compound_nouns.txt", "WordNet 3.0 compounds headed by an event noun that name no event",
          compound_nouns(wn, {n for n, *_ in nouns}))
    write("person_nouns.txt", "WordNet 3.0 nouns whose most frequent sense is noun.person",
          first_sense_nouns(wn, "noun.person"))
    social = {wn.senses(lemma, "n")[n - 1].offset for lemma, n in SOCIAL_GROUPS}
    write("group_nouns.txt", "WordNet 3.0 nouns whose most frequent sense is a social group (noun.group)",
          first_sense_nouns(wn, "noun.group", social))
    write("abstract_nouns.txt", "WordNet 3.0 tagged nouns whose most frequent sense is abstract",
          abstract_nouns(wn))
    write("verb_classes.tsv", "WordNet 3.0 tagged verbs: verb lexnames-of-its-first-three-senses",
          fallback_verbs(wn, set()))


if __name__ == "__main__":
    main()
