"""Cross-article event pages against the ECB+ cross-document event gold, and the big pages of a BBC build.

Run from the project root:
    python benchmarks/eval_event_merge.py [--cache DIR] [--jobs N] [--wrong N] [--bbc [--categories C,D]
                                          [--first N]] [path/to/shared/corpora]

ECB+ (texts read from ../shared, never copied): every article is extracted and the collection
resolved, as `briefings build` does. Gold: the ACTION_* mentions of the exhaustively annotated
("selected") sentences, one real event per CROSS_DOC_COREF chain (any other mention is an event of
its own). A gold mention is ours when one of our events of its sentence has its trigger inside the
mention (or the mention inside the trigger); it then has our event page. Scores, over pairs of
mentions in *different* documents:
- pair precision: of the pairs we put on one page, the share the gold calls one event;
- pair recall: of the gold's pairs among the mentions we cover, the share on one page; "of all"
  divides by every gold pair instead (our detection misses most mentions);
- B-cubed precision and recall over the covered mentions (each mention against its page and its chain).
Baseline: same head lemma within the ECB+ topic (the doc id's prefix), scored on the same covered
mentions and on every gold mention.

--bbc resolves the BBC News 2005 texts (and the project's seeds) and prints the event pages with
more than 4 briefings, with the reports and what joined each; --categories politics,business and
--first 150 take the first 150 texts of those categories only (with the seeds: a 300-text site). --cache DIR
keeps the extraction in DIR (a scratch project: DIR/seeds links to the texts), so a second run only resolves.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from eval_events import hits, paragraph_spans
from eval_identity import cross_pairs
from generator.extract.batch import cached_pipeline, extract_batch
from generator.extract.cache import ExtractionCache
from generator.records import Briefing, Collection
from generator.read import drop_duplicates, read_article
from generator.resolve import resolve

ROOT = Path(__file__).resolve().parents[1]
BIG_PAGE = 4  # briefings on one event page beyond which a reader should find one story


def cached_briefings(files: list[Path], scratch: Path, jobs: int) -> list[Briefing]:
    """Return the briefings of the files, extracted once into the scratch project's cache."""
    seeds = scratch.resolve() / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for path in files:
        if not (seeds / path.name).exists():
            (seeds / path.name).symlink_to(path.resolve())
    paths = [seeds / path.name for path in files]
    result = extract_batch(paths, scratch, jobs=jobs)
    print(f"extracted {len(result.extracted)}, from the cache {len(result.cached)}, failed {len(result.failed)}")
    cache = ExtractionCache.for_project(scratch.resolve(), seeds, cached_pipeline(None))
    articles = drop_duplicates([read_article(path, scratch.resolve()) for path in paths], [])  # as a build does
    found = (cache.get(article) for article in articles)  # read as extract_batch reads them: same cache keys
    return [b for b in found if b is not None]


def gold_actions(gold_file: Path) -> list[tuple[int, int, str, str]]:
    """Return (start, end, text, event) of the gold actions of the selected sentences.

    The event is the CROSS_DOC_COREF chain, else the mention's own id ('3_1ecbplus:12').
    """
    gold = json.loads(gold_file.read_text())
    cross = {c["chain_id"] for c in gold["chains"] if c["relation"] == "CROSS_DOC_COREF"}
    return [(m["start"], m["end"], m["text"], m["chain_id"] if m.get("chain_id") in cross
             else f"{gold['doc_id']}:{m['m_id']}")
            for m in gold["mentions"] if m["type"].startswith("ACTION") and m.get("in_selected_sentence")]


def our_page(briefing: Briefing, collection: Collection, paragraph: int, text: str) -> str | None:
    """Return the event page of our event whose trigger hits the gold mention in its paragraph."""
    sentence = briefing.article.paragraphs[paragraph]
    event = next((e for e in briefing.events if e.evidence in sentence and hits(e.trigger.lower(), text.lower())), None)
    return collection.event_ids[(briefing.article.id, event.id)] if event else None


def head_lemmas(texts: list[str]) -> dict[str, str]:
    """Return each mention text's head lemma ('checked herself into' -> 'check'), by the full model."""
    import spacy
    from generator.extract.language import default_model_name
    nlp = spacy.load(default_model_name())  # with its lemmatizer, which the extractor leaves out
    unique = sorted(set(texts))
    return {text: doc[:].root.lemma_.lower() for text, doc in zip(unique, nlp.pipe(unique))}


def scores(rows: list[tuple[str, str, str]], all_gold_pairs: int) -> dict[str, float]:
    """Return pair and B-cubed precision/recall of (document, gold event, page) rows."""
    both = cross_pairs(Counter(rows))
    ours = cross_pairs(Counter((d, p) for d, _, p in rows))
    gold = cross_pairs(Counter((d, c) for d, c, _ in rows))
    cell = Counter((c, p) for _, c, p in rows)
    page, chain = Counter(p for *_, p in rows), Counter(c for _, c, _ in rows)
    b3p = sum(cell[(c, p)] / page[p] for _, c, p in rows) / max(1, len(rows))
    b3r = sum(cell[(c, p)] / chain[c] for _, c, p in rows) / max(1, len(rows))
    return {"mentions": len(rows), "P": both / max(1, ours), "R": both / max(1, gold),
            "R all": both / max(1, all_gold_pairs), "pairs": ours, "B3 P": b3p, "B3 R": b3r}


def ecb_rows(briefings: list[Briefing], collection: Collection, corpora: Path) -> tuple[list, list, list]:
    """Return (document, gold event, our page) rows for covered mentions, and baseline rows on all and covered."""
    ours, gold_all = [], []
    for briefing in briefings:
        text_file = corpora / "ecbplus" / "text" / f"{briefing.article.id}.txt"
        spans = paragraph_spans(text_file.read_text(encoding="utf-8"), briefing.article.paragraphs)
        for start, end, text, event in gold_actions(corpora / "ecbplus" / "gold" / f"{briefing.article.id}.json"):
            gold_all.append((briefing.article.id, event, text, start))
            paragraph = next((n for n, (a, b) in enumerate(spans) if a <= start < b), None)
            page = our_page(briefing, collection, paragraph, text) if paragraph is not None else None
            if page:
                ours.append((briefing.article.id, event, page, start))
    lemmas = head_lemmas([t for _, _, t, _ in gold_all])
    topic = lambda doc: doc.split("_")[0]  # noqa: E731
    baseline = [(d, e, f"{topic(d)}:{lemmas[t]}") for d, e, t, _ in gold_all]
    covered = {(d, start) for d, _, _, start in ours}
    baseline_covered = [(d, e, f"{topic(d)}:{lemmas[t]}") for d, e, t, start in gold_all if (d, start) in covered]
    return [(d, e, p) for d, e, p, _ in ours], baseline, baseline_covered


def print_ecb(briefings: list[Briefing], collection: Collection, corpora: Path, wrong: int) -> None:
    """Print ours against the same-lemma-within-topic baseline, and some of our wrong merges."""
    ours, baseline, baseline_covered = ecb_rows(briefings, collection, corpora)
    all_pairs = cross_pairs(Counter((d, e) for d, e, _ in baseline))
    print(f"ECB+: {len(briefings)} documents, {len(baseline)} gold actions in selected sentences, "
          f"{all_pairs} cross-document gold pairs; {len(collection.events)} event pages, "
          f"{sum(len(e.reports) > 1 for e in collection.events)} with 2+ reports")
    print(f"{'system':<22}{'mentions':>9}{'pairs':>8}{'pair P':>8}{'pair R':>8}{'R of all':>9}{'B3 P':>7}{'B3 R':>7}")
    for name, rows in (("ours", ours), ("lemma, same mentions", baseline_covered), ("lemma, all mentions", baseline)):
        s = scores(rows, all_pairs)
        print(f"{name:<22}{s['mentions']:>9}{s['pairs']:>8}{s['P']:>8.2f}{s['R']:>8.2f}{s['R all']:>9.3f}"
              f"{s['B3 P']:>7.2f}{s['B3 R']:>7.2f}")
    print_wrong(ours, collection, wrong)


def print_wrong(rows: list[tuple[str, str, str]], collection: Collection, count: int) -> None:
    """Print pages that hold mentions of different gold events from different documents, with their reasons."""
    by_page: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for doc, event, page in rows:
        by_page[page].add((doc, event))
    events = {e.id: e for e in collection.events}
    mixed = [p for p, found in sorted(by_page.items())
             if len({e for _, e in found}) > 1 and len({d for d, _ in found}) > 1]
    print(f"pages mixing gold events across documents: {len(mixed)}")
    for page in mixed[:count]:
        print(f"- {page}: " + "; ".join(f"{d} {e[:14]}" for d, e in sorted(by_page[page])))
        for report in events[page].reports:
            print(f"    {report.briefing_id}: {report.evidence[:110]!r} {reason_text(report)}")


def reason_text(report) -> str:
    """Return what joined a report, briefly ('shares a, b; date 2025-02; place riyadh')."""
    if report.reason is None:
        return "(first)"
    r = report.reason
    date, place = f"; date {r.date.value}" if r.date else "", f"; place {r.place}" if r.place else ""
    return f"[shares {', '.join(r.shared)}{date}{place}]"


def print_bbc(briefings: list[Briefing], collection: Collection, show: int) -> None:
    """Print the number of event pages by size and every page with more than `show` briefings."""
    sizes = Counter(len(e.reports) for e in collection.events)
    big = [e for e in collection.events if len(e.reports) > BIG_PAGE]
    titles = {b.article.id: b.article.title for b in briefings}
    print(f"BBC: {len(briefings)} briefings, {len(collection.events)} event pages; by reports: "
          + ", ".join(f"{n}: {sizes[n]}" for n in sorted(sizes)))
    print(f"event pages with more than {BIG_PAGE} briefings: {len(big)}")
    for event in (e for e in collection.events if len(e.reports) > show):
        print(f"- {event.id} ({len(event.reports)} reports)")
        for report in event.reports:
            print(f"    {titles[report.briefing_id][:60]!r} {reason_text(report)}: {report.evidence[:120]!r}")


def bbc_files(text_dir: Path, categories: str | None, first: int | None) -> list[Path]:
    """Return the BBC texts of the categories (all if None), the first `first` of each (all if None)."""
    folders = [text_dir / c for c in categories.split(",")] if categories else sorted(text_dir.iterdir())
    return [path for folder in folders for path in sorted(folder.glob("*.txt"))[:first]]


def main() -> None:
    """Extract (or reuse the cache), resolve and print the scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--cache", type=Path,
                        help="scratch project to keep the extraction in (default: a temporary one)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--wrong", type=int, default=0, help="print N pages that mix gold events")
    parser.add_argument("--bbc", action="store_true", help="resolve the BBC News 2005 texts instead of ECB+")
    parser.add_argument("--show", type=int, default=BIG_PAGE,
                        help="with --bbc: print the pages with more than N briefings")
    parser.add_argument("--categories", help="with --bbc: only these categories (comma-separated)")
    parser.add_argument("--first", type=int, help="with --bbc: only the first N texts of each category")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        scratch = args.cache or Path(temporary)
        if args.bbc:
            files = bbc_files(args.corpora / "bbc-news-2005" / "text", args.categories, args.first)
            files += sorted((ROOT / "seeds").glob("*.txt"))
        else:
            files = sorted((args.corpora / "ecbplus" / "text").glob("*.txt"))
        briefings = cached_briefings(files, scratch, args.jobs)
        started = time.perf_counter()
        collection = resolve(briefings)
        print(f"resolved {len(briefings)} briefings in {time.perf_counter() - started:.1f} s")
        if args.bbc:
            print_bbc(briefings, collection, args.show)
        else:
            print_ecb(briefings, collection, args.corpora, args.wrong)


if __name__ == "__main__":
    main()
