"""Actors per article on the GUM Wikinews news documents: ours vs the raw model's distinct entities.

Run from the project root:  python benchmarks/gum_actor_counts.py [path/to/shared/corpora]

For each news article it prints how many actors `extract` gives, how many distinct entity texts of
the actor labels (PERSON, ORG, GPE, LOC, FAC, NORP) the same model finds on the same paragraphs, and
how many named person/organisation/place entities (with a Wikipedia identity) the gold has.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from generator.extract import extract
from generator.lexicons.labels import ACTOR_LABELS
from generator.extract.language import load_pipeline
from generator.read import read_article

GOLD_KINDS = {"person", "organization", "place"}


def gold_named(gold_file: Path) -> int:
    """Return the number of named person/organisation/place entities in a GUM gold file."""
    entities = json.loads(gold_file.read_text())["entities"]
    return sum(1 for e in entities if e.get("identity") and e.get("etype") in GOLD_KINDS)


def main(corpora: Path) -> None:
    """Print the per-article table and the totals."""
    nlp = load_pipeline()
    texts = sorted((corpora / "gum-wikinews" / "text").glob("GUM_news_*.txt"))
    rows, started = [], time.perf_counter()
    for path in texts:
        article = read_article(path)
        docs = list(nlp.pipe(article.paragraphs))
        raw = {e.text for d in docs for e in d.ents if e.label_ in ACTOR_LABELS}
        ours = extract(article, docs, nlp(article.title)).actors
        rows.append((path.stem, len(ours), len(raw),
                     gold_named(corpora / "gum-wikinews" / "gold" / f"{path.stem}.entities.json")))
    print(f"{'article':<28}{'ours':>6}{'raw':>6}{'gold':>6}")
    for name, ours, raw, gold in rows:
        print(f"{name:<28}{ours:>6}{raw:>6}{gold:>6}")
    totals = [sum(r[i] for r in rows) for i in (1, 2, 3)]
    print(f"{'total (' + str(len(rows)) + ' articles)':<28}{totals[0]:>6}{totals[1]:>6}{totals[2]:>6}")
    print(f"mean per article: ours {totals[0] / len(rows):.1f}, raw {totals[1] / len(rows):.1f}, "
          f"gold {totals[2] / len(rows):.1f}; ours/raw = {totals[0] / totals[1]:.2f}; "
          f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpora")
