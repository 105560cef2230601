"""Actor identity across articles against the ECB+ cross-document gold (texts read from ../shared, never copied).

Run from the project root:  python benchmarks/eval_identity.py [--limit N] [--splits N] [path/to/shared/corpora]

Every article is extracted and the whole collection resolved, as `briefings build` does. Gold: the
named participant and place mentions (HUMAN_PART_*, LOC_GEO; a capitalised word that is not a
pronoun) of the exhaustively annotated sentences, with their CROSS_DOC_COREF chain: one chain is
one real actor in every article it appears in. A gold mention is ours when one of our actor
mentions overlaps it; it then has our collection actor id (the actor's page).

Scores, over pairs of mentions in *different* articles that both gold and we cover:
- pair precision: of the pairs we put on one page, the share the gold calls one actor (a wrong
  merge, "two Browns on one page", lowers it);
- pair recall: of the pairs the gold calls one actor, the share we put on one page ("IMF" and
  "International Monetary Fund" on two pages lowers it);
- pages per real actor: for gold actors named in two articles or more, the mean number of our
  pages their mentions land on (1.0 is one page per real actor), and the share with exactly one.
Baseline: the raw model's entities, one page per distinct entity text (what a site without
resolution would show).
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from eval_events import paragraph_spans
from generator.extract import extract, load_tables
from generator.extract.language import load_pipeline
from generator.read import read_article
from generator.resolve import resolve

ACTOR_TYPES = ("HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE", "LOC_GEO")
RAW_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
PRONOUNS = frozenset("i you he she it we they me him her us them his its their our who this that".split())


def is_named(text: str) -> bool:
    """Return whether a gold mention is a name ("Red Sox"), not a pronoun or a description ("the team")."""
    words = [w for w in text.split() if w.lower() not in ("the", "a", "an")]
    return bool(words) and text.lower() not in PRONOUNS and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def gold_mentions(gold_file: Path) -> list[tuple[int, int, str]]:
    """Return (start, end, chain) of the named actor mentions of the selected sentences that have a cross-doc chain."""
    gold = json.loads(gold_file.read_text())
    cross = {c["chain_id"] for c in gold["chains"] if c["relation"] == "CROSS_DOC_COREF"}
    return [(m["start"], m["end"], m["chain_id"]) for m in gold["mentions"]
            if m["type"] in ACTOR_TYPES and m.get("in_selected_sentence") and m.get("chain_id") in cross
            and is_named(m["text"])]


def overlapping(spans: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """Return the label of the span that overlaps [start, end) the most, if any."""
    best = max(spans, key=lambda s: min(s[1], end) - max(s[0], start), default=None)
    return best[2] if best and min(best[1], end) > max(best[0], start) else None


def cross_pairs(cells: Counter) -> int:
    """Return the number of pairs of items in different documents, given counts per (document, ...) cell."""
    by_key, by_key_doc = Counter(), Counter()
    for (doc, *key), n in cells.items():
        by_key[tuple(key)] += n
        by_key_doc[(doc, *key)] += n
    return (sum(n * n for n in by_key.values()) - sum(n * n for n in by_key_doc.values())) // 2


def score(rows: list[tuple[str, str, str]]) -> dict[str, float]:
    """Return the scores of (document, gold chain, page) rows (one per gold mention we cover)."""
    both = cross_pairs(Counter(rows))
    ours = cross_pairs(Counter((d, p) for d, _, p in rows))
    gold = cross_pairs(Counter((d, c) for d, c, _ in rows))
    pages: dict[str, set] = defaultdict(set)
    docs: dict[str, set] = defaultdict(set)
    for doc, chain, page in rows:
        pages[chain].add(page)
        docs[chain].add(doc)
    spread = [len(pages[c]) for c in pages if len(docs[c]) > 1]
    return {"mentions": len(rows), "precision": both / max(1, ours), "recall": both / max(1, gold),
            "actors": len(spread), "pages": sum(spread) / max(1, len(spread)),
            "one_page": sum(n == 1 for n in spread) / max(1, len(spread))}


def main() -> None:
    """Extract, resolve and score; print ours against the raw model's one page per entity text."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "corpora")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    parser.add_argument("--splits", type=int, default=0, help="list the N gold actors spread over most of our pages")
    args = parser.parse_args()
    texts = sorted((args.corpora / "ecbplus" / "text").glob("*.txt"))[: args.limit or None]
    nlp, started = load_pipeline(), time.perf_counter()
    load_tables()
    briefings, ours_at, raw_at = [], {}, {}
    for path in texts:
        article = read_article(path)
        docs = list(nlp.pipe(article.paragraphs))
        briefing = extract(article, docs, nlp(article.title))
        briefings.append(briefing)
        spans = paragraph_spans(path.read_text(encoding="utf-8"), article.paragraphs)
        ours_at[article.id] = [(spans[m.paragraph][0] + m.start, spans[m.paragraph][0] + m.end, actor.id)
                               for actor in briefing.actors for m in actor.mentions if spans[m.paragraph][0] >= 0]
        raw_at[article.id] = [(spans[n][0] + e.start_char, spans[n][0] + e.end_char, e.text.removeprefix("the "))
                              for n, doc in enumerate(docs) if spans[n][0] >= 0
                              for e in doc.ents if e.label_ in RAW_LABELS]
    collection = resolve(briefings)
    ours_rows, raw_rows, gold_total = [], [], 0
    for path in texts:
        doc_id = read_article(path).id
        for start, end, chain in gold_mentions(args.corpora / "ecbplus" / "gold" / f"{path.stem}.json"):
            gold_total += 1
            local = overlapping(ours_at[doc_id], start, end)
            if local is not None:
                ours_rows.append((doc_id, chain, collection.actor_ids[(doc_id, local)]))
            raw = overlapping(raw_at[doc_id], start, end)
            if raw is not None:
                raw_rows.append((doc_id, chain, raw))
    print(f"{len(texts)} documents, {gold_total} named gold actor mentions in cross-document chains "
          f"({time.perf_counter() - started:.0f} s)")
    print(f"{'system':<8}{'covered':>9}{'pair P':>8}{'pair R':>8}{'F1':>6}{'actors in 2+ docs':>19}"
          f"{'pages each':>12}{'one page':>10}")
    for name, rows in (("ours", ours_rows), ("raw", raw_rows)):
        s = score(rows)
        f1 = 2 * s["precision"] * s["recall"] / max(1e-9, s["precision"] + s["recall"])
        print(f"{name:<8}{s['mentions'] / max(1, gold_total):>9.2f}{s['precision']:>8.2f}{s['recall']:>8.2f}{f1:>6.2f}"
              f"{s['actors']:>19}{s['pages']:>12.2f}{s['one_page']:>10.2f}")
    print("covered: share of gold mentions inside one of the system's mentions; pairs: mentions of different "
          "documents; pages each: distinct pages per gold actor named in 2+ documents.")
    print_splits(ours_rows, args.splits)


def print_splits(rows: list[tuple[str, str, str]], count: int) -> None:
    """Print the gold actors whose mentions land on the most pages, with those pages and their mention counts."""
    pages: dict[str, Counter] = defaultdict(Counter)
    for _, chain, page in rows:
        pages[chain][page] += 1
    for chain, found in sorted(pages.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:count]:
        print(f"{chain}: " + ", ".join(f"{page} ({n})" for page, n in found.most_common()))


if __name__ == "__main__":
    main()
