"""Score actors against the GUM Wikinews gold: ours (`briefings extract --json`) vs the raw model.

Run from the project root:  python benchmarks/eval_actors.py [path/to/shared/corpora] [--prefix GUM_news_]
(`--prefix GUM_interview_` scores the held-out interviews the same way.)

Gold: the named person / organisation / place entities (those with a Wikipedia `identity`) of the
24 news documents in gum-wikinews/gold. Baseline: the raw entities of the same model on the same
paragraphs (labels PERSON, ORG, GPE, LOC, FAC, NORP), one actor per distinct entity text.

How a predicted actor is matched to a gold entity. Texts are normalised (lower case, no leading
"the"/"a", no possessive "'s", no parenthesised qualifier, single spaces). An actor matches an
entity *exactly* when one of its names or aliases equals the entity's name or one of its mention
texts, and *partly* when one of them ends a mention or the name as whole words ("Rubio" in
"Secretary of State Marco Rubio") or the name ends an alias, or when it is a mention's head: the
mention up to a comma or a preposition that starts a modifier ("Fisht Stadium" in "the Fisht Stadium
in Sochi", "Raymond Chan" in "Raymond Chan of People Power"). A name after a comma or a preposition
ends no other name: "Sochi" is not "the Fisht Stadium in Sochi", "People Power" not "Raymond Chan of
People Power", "University of Sheffield" not "Sheffield". Each actor takes its best entity
(exact before partial, then the entity with more mentions). Each entity is matched by one actor
only: the one with an exact match and the most mentions; every other actor on the same entity is
a duplicate. Precision = matched actors / actors (duplicates and unmatched actors count against
it); recall = matched entities / entities; salient recall counts entities with
salience.summary_count >= 3; kind accuracy compares matched actors' kinds with the gold etype
(country and place both count as place).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

GOLD_KINDS = {"person", "organization", "place"}
# GUM's etype "person" covers groups of people ("Muslims", "the Taliban"): our "group" scores as person.
KIND_AS_GOLD = {"person": "person", "organization": "organization", "country": "place", "place": "place",
                "group": "person"}
RAW_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
            "NORP": "group"}


def norm(text: str) -> str:
    """Return the comparable form of a name or mention."""
    text = re.sub(r"\s*\([^)]*\)", "", text.replace("_", " "))
    text = re.sub(r"(’s|'s|’|')$", "", text.strip())
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return " ".join(text.lower().split())


def gold_entities(gold_file: Path) -> tuple[list[dict], list[dict]]:
    """Return (named entities with a Wikipedia identity, other person/organisation/place entities)."""
    entities = [e for e in json.loads(gold_file.read_text())["entities"] if e["etype"] in GOLD_KINDS]
    return [e for e in entities if e.get("identity")], [e for e in entities if not e.get("identity")]


def match_level(names: set[str], entity: dict) -> int:
    """Return 2 for an exact match, 1 for a partial one, 0 for none."""
    entity_name = norm(entity["name"])
    mentions = {norm(m["text"]) for m in entity["mentions"]}
    if names & (mentions | {entity_name}):
        return 2
    heads = {head for t in mentions for head in mention_heads(t)}
    for name in names:
        if len(name) > 2 and any(name == t or ends_with_name(t, name) for t in heads | mentions | {entity_name}):
            return 1
        if len(entity_name) > 2 and ends_with_name(name, entity_name):
            return 1
    return 0


# A modifier after a mention's head starts at a comma or one of these prepositions.
MODIFIER_START = re.compile(r",? (?:in|at|of|from|near|on|for|by) |, ")
LINK_WORDS = ("in", "at", "of", "from", "near", "on", "for", "by")


def mention_heads(text: str) -> list[str]:
    """Return the mention cut before each modifier ("fisht stadium in sochi" -> ["fisht stadium"])."""
    return [text[:m.start()] for m in MODIFIER_START.finditer(text) if m.start() > 0]


def ends_with_name(text: str, name: str) -> bool:
    """Return whether a name ends a text as whole words, not after a comma or a preposition."""
    if not text.endswith(" " + name):
        return False
    before = re.sub(r"(^| )(the|a|an)$", "", text[:-len(name) - 1])  # "of the Ross Ice Shelf" is after "of"
    return not before.endswith(",") and before.rsplit(" ", 1)[-1] not in LINK_WORDS


def score(actors: list[dict], entities: list[dict], unnamed: list[dict]) -> dict[str, float]:
    """Return the counts for one document: actors, entities, matches, duplicates, salient, kinds.

    `out_of_scope` counts actors that match no named entity but do match a gold entity without a
    Wikipedia identity (a real person with no Wikipedia page): the scoped precision leaves them out.
    A partial match counts there only with the gold's kind ("Rodaba Noori" is the person "team member
    Rodaba Noori"; the place "Fayetteville" is not the person "curator ... of Arkansas, Fayetteville").
    """
    claims = defaultdict(list)
    out_of_scope = 0
    for actor in actors:
        names = {norm(n) for n in [actor["name"], *actor["aliases"]]}
        if not any(match_level(names, e) for e in entities) and any(
                match_level(names, e) == 2 or (match_level(names, e) and KIND_AS_GOLD.get(actor["kind"]) == e["etype"])
                for e in unnamed):
            out_of_scope += 1
            continue
        levels = [(match_level(names, e), e["n_mentions"] if "n_mentions" in e else len(e["mentions"]), i)
                  for i, e in enumerate(entities)]
        best = max(levels, default=(0, 0, -1))
        if best[0]:
            claims[best[2]].append((best[0], actor["mentions"], actor))
    matched = {i: max(c, key=lambda x: (x[0], x[1]))[2] for i, c in claims.items()}
    salient = [i for i, e in enumerate(entities) if (e.get("salience") or {}).get("summary_count", 0) >= 3]
    kinds_ok = sum(KIND_AS_GOLD.get(a["kind"]) == entities[i]["etype"] for i, a in matched.items())
    return {"actors": len(actors), "out_of_scope": out_of_scope, "entities": len(entities), "matched": len(matched),
            "duplicates": sum(len(c) - 1 for c in claims.values()), "salient": len(salient),
            "salient_found": sum(1 for i in salient if i in matched), "kinds_ok": kinds_ok}


def our_actors(texts: list[Path]) -> list[list[dict]]:
    """Return the actors `briefings extract --json` gives for each text, in order."""
    out = subprocess.run([sys.executable, "-m", "generator", "extract", "--json", *map(str, texts)],
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(line)["actors"] for line in out.splitlines()]


def raw_actors(texts: list[Path]) -> list[list[dict]]:
    """Return the baseline: one actor per distinct raw entity text of the actor labels."""
    from generator.extract.language import load_pipeline
    from generator.read import read_article

    nlp, result = load_pipeline(), []
    for path in texts:
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for doc in nlp.pipe(read_article(path).paragraphs):
            for ent in doc.ents:
                if ent.label_ in RAW_KIND:
                    counts[(ent.text, RAW_KIND[ent.label_])] += 1
        by_text: dict[str, dict] = {}
        for (text, kind), n in sorted(counts.items(), key=lambda kv: -kv[1]):
            by_text.setdefault(text, {"name": text, "aliases": [text], "kind": kind, "mentions": 0})["mentions"] += n
        result.append(list(by_text.values()))
    return result


def summary(total: dict[str, float], scoped: bool = False) -> tuple[float, ...]:
    """Return (precision, recall, F1, duplicate rate, salient recall, kind accuracy)."""
    p = total["matched"] / max(1, total["actors"] - (total["out_of_scope"] if scoped else 0))
    r = total["matched"] / max(1, total["entities"])
    f = 2 * p * r / max(1e-9, p + r)
    return (p, r, f, total["duplicates"] / max(1, total["actors"]),
            total["salient_found"] / max(1, total["salient"]), total["kinds_ok"] / max(1, total["matched"]))


def main(corpora: Path, prefix: str = "GUM_news_") -> None:
    """Print the per-document table and the totals for ours and the baseline."""
    texts = sorted((corpora / "gum-wikinews" / "text").glob(f"{prefix}*.txt"))
    golds = [gold_entities(corpora / "gum-wikinews" / "gold" / f"{t.stem}.entities.json") for t in texts]
    systems = {"ours": our_actors(texts), "raw": raw_actors(texts)}
    totals = {name: defaultdict(float) for name in systems}
    print(f"{'document':<26}{'gold':>5} | {'ours: act':>9}{'P':>6}{'R':>6}{'F1':>6}{'dup':>6}"
          f" | {'raw: act':>8}{'P':>6}{'R':>6}{'F1':>6}{'dup':>6}")
    for n, text in enumerate(texts):
        row = f"{text.stem.removeprefix(prefix):<26}{len(golds[n][0]):>5}"
        for name, actors in systems.items():
            counts = score(actors[n], *golds[n])
            for k, v in counts.items():
                totals[name][k] += v
            p, r, f, d, _, _ = summary(counts)
            row += f" | {counts['actors']:>9.0f}{p:>6.2f}{r:>6.2f}{f:>6.2f}{d:>6.2f}"
        print(row)
    print()
    print(f"{'system':<16}{'actors':>8}{'P':>7}{'R':>7}{'F1':>7}{'dup':>7}{'salient R':>11}{'kind acc':>10}")
    for name, total in totals.items():
        for scoped in (False, True):
            p, r, f, d, s, k = summary(total, scoped)
            label = f"{name} ({'scoped' if scoped else 'strict'})"
            print(f"{label:<16}{total['actors']:>8.0f}{p:>7.2f}{r:>7.2f}{f:>7.2f}{d:>7.2f}{s:>11.2f}{k:>10.2f}")
    print("strict: every actor not matching a named gold entity counts against precision; scoped: actors that "
          "match a gold entity without a Wikipedia identity (exactly, or partly and of its kind) are left out of "
          "precision.")


def parse_args(argv: list[str]) -> tuple[Path, str]:
    """Return (corpora folder, document prefix) from the command line."""
    args, prefix = list(argv), "GUM_news_"
    if "--prefix" in args:
        at = args.index("--prefix")
        prefix = args[at + 1]
        del args[at:at + 2]
    corpora = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared" / "corpora"
    return corpora, prefix


if __name__ == "__main__":
    main(*parse_args(sys.argv[1:]))
