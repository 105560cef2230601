"""Faction membership precision and recall on GUM_news_election and BBC Blair/Brown stories.

Run from the project root:  python benchmarks/eval_factions.py [path/to/shared/corpora]

Gold: benchmarks/factions_gold.json (written by hand; texts are read from ../shared, never copied).
A predicted faction matches a gold camp when their names share a stem ("pan-democrats" and
"pan-democracy camp") or their leaders have the same name. Scored pairs are (camp, member name):
members of a predicted faction that matches no gold camp count against precision.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from generator.extract import extract
from generator.extract import label_stem as stem
from generator.extract.language import load_pipeline
from generator.read import read_article

GOLD = Path(__file__).with_name("factions_gold.json")


def camp_stem(name: str) -> str:
    """Return the stem of a camp's label without the word 'camp'."""
    return stem(name.removesuffix(" camp").removesuffix(" faction"))


def score_document(briefing, camps: list[dict]) -> tuple[set, set, int, int]:
    """Return (gold pairs, predicted pairs, gold camps, gold camps found) for one article."""
    names = {a.id: a.name for a in briefing.actors}
    gold = {(c["name"], m) for c in camps for m in c["members"]}
    predicted, found = set(), set()
    for faction in briefing.factions:
        leader = names.get(faction.leader)
        match = next((c["name"] for c in camps if camp_stem(c["name"]) == camp_stem(faction.name)
                      or (leader and c.get("leader") == leader)), f"(unmatched) {faction.name}")
        found.add(match)
        predicted |= {(match, names[m.actor]) for m in faction.members}
    return gold, predicted, len(camps), len({c["name"] for c in camps} & found)


def main(corpora: Path) -> None:
    """Print per-document and overall membership precision and recall."""
    nlp = load_pipeline()
    all_gold, all_pred, camps_total, camps_found = set(), set(), 0, 0
    print(f"{'document':<34}{'camps':>7}{'found':>7}{'P':>7}{'R':>7}")
    for doc in json.loads(GOLD.read_text())["documents"]:
        article = read_article(corpora / doc["file"])
        briefing = extract(article, list(nlp.pipe(article.paragraphs)), nlp(article.title))
        gold, pred, total, found = score_document(briefing, doc["camps"])
        key = Path(doc["file"]).stem
        all_gold |= {(key, *g) for g in gold}
        all_pred |= {(key, *p) for p in pred}
        camps_total, camps_found = camps_total + total, camps_found + found
        print(f"{key:<34}{total:>7}{found:>7}{ratio(gold & pred, pred):>7.2f}{ratio(gold & pred, gold):>7.2f}")
        for missing in sorted(gold - pred):
            print(f"    missed: {missing[1]} in {missing[0]}")
        for extra in sorted(pred - gold):
            print(f"    wrong:  {extra[1]} in {extra[0]}")
    hits = all_gold & all_pred
    print(f"overall: camps found {camps_found}/{camps_total}; membership precision {ratio(hits, all_pred):.2f}, "
          f"recall {ratio(hits, all_gold):.2f} ({len(hits)} of {len(all_gold)} gold pairs, {len(all_pred)} predicted)")


def ratio(part: set, whole: set) -> float:
    """Return len(part) / len(whole), 0 for an empty whole."""
    return len(part) / len(whole) if whole else 0.0


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpora")
