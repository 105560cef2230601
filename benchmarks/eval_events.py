"""Event detection and participants against the ECB+ gold (texts read from ../shared, never copied).

Run from the project root:  python benchmarks/eval_events.py [--limit N] [--interactions] [path/to/shared/corpora]

Gold events are the ACTION_* mentions of the exhaustively annotated ("selected") sentences; their
participants are the HUMAN_PART_* mentions of the same sentence. Each ECB+ sentence is one
paragraph of the article. One of our events is correct when its trigger word lies inside (or
contains) a gold action mention of its sentence. Precision counts our events in selected
sentences; recall counts gold actions matched by one of our triggers. Participant P/R/F1 compare,
for each correct event, our participant actors (any alias) with the sentence's gold participant
mentions (a gold mention matches an actor when one of the actor's aliases occurs in it or it in one).
With --interactions every interaction counts, not only the key events (the candidates before ranking): its
trigger words, and its source and target actors as participants.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from types import SimpleNamespace

from generator.extract import extract
from generator.extract.language import load_pipeline
from generator.read import read_article


def paragraph_spans(text: str, paragraphs: tuple[str, ...]) -> list[tuple[int, int]]:
    """Return each paragraph's (start, end) character span in the file text."""
    spans, cursor = [], 0
    for paragraph in paragraphs:
        start = text.find(paragraph[:40], cursor)
        spans.append((start, start + len(paragraph)) if start >= 0 else (-1, -1))
        cursor = max(cursor, start)
    return spans


def candidates(briefing, all_interactions: bool) -> list:
    """Return the key events, or every interaction as an event-like record (evidence, trigger, participants)."""
    if not all_interactions:
        return list(briefing.events)
    actors = {a.id for a in briefing.actors}
    return [SimpleNamespace(evidence=i.evidence, trigger=i.trigger,
                            participants=tuple(p for p in i.source + i.targets if p in actors))
            for i in briefing.interactions]


def score_document(text_file: Path, gold_file: Path, nlp, all_interactions: bool = False) -> dict[str, int]:
    """Return the counts for one document."""
    gold = json.loads(gold_file.read_text())
    article = read_article(text_file)
    spans = paragraph_spans(text_file.read_text(encoding="utf-8"), article.paragraphs)
    briefing = extract(article, list(nlp.pipe(article.paragraphs)), nlp(article.title))
    aliases = {a.id: [x.lower() for x in a.aliases] for a in briefing.actors}
    counts = dict.fromkeys(("gold", "predicted", "correct", "gold_found", "part_gold", "part_pred", "part_ok", "part_pred_ok"), 0)
    for p, (start, end) in enumerate(spans):
        mentions = [m for m in gold["mentions"] if m.get("in_selected_sentence") and start <= m["start"] < end]
        if not mentions:
            continue
        actions = [m["text"].lower() for m in mentions if m["type"].startswith("ACTION")]
        people = [m["text"].lower() for m in mentions if m["type"].startswith("HUMAN_PART")]
        events = [e for e in candidates(briefing, all_interactions) if e.evidence in article.paragraphs[p]]
        counts["gold"] += len(actions)
        counts["predicted"] += len(events)
        counts["gold_found"] += sum(1 for a in actions if any(hits(e.trigger.lower(), a) for e in events))
        for event in events:
            if not any(hits(event.trigger.lower(), a) for a in actions):
                continue
            counts["correct"] += 1
            counts["part_gold"] += len(people)
            counts["part_ok"] += sum(any(hits(al, person) for a in event.participants for al in aliases[a])
                                     for person in people)
            counts["part_pred"] += len(event.participants)
            counts["part_pred_ok"] += sum(any(hits(al, person) for al in aliases[a] for person in people)
                                          for a in event.participants)
    return counts


def hits(a: str, b: str) -> bool:
    """Return whether one text lies inside the other."""
    return bool(a) and bool(b) and (a in b or b in a)


def main() -> None:
    """Print detection precision/recall and participant P/R/F1 over the ECB+ documents."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "corpora")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    parser.add_argument("--interactions", action="store_true", help="score every interaction, not the key events")
    args = parser.parse_args()
    nlp, started = load_pipeline(), time.perf_counter()
    texts = sorted((args.corpora / "ecbplus" / "text").glob("*.txt"))[: args.limit or None]
    total = dict.fromkeys(("gold", "predicted", "correct", "gold_found", "part_gold", "part_pred", "part_ok", "part_pred_ok"), 0)
    for text_file in texts:
        counts = score_document(text_file, args.corpora / "ecbplus" / "gold" / f"{text_file.stem}.json", nlp,
                                args.interactions)
        total = {k: total[k] + counts[k] for k in total}
    precision = total["correct"] / max(1, total["predicted"])
    recall = total["gold_found"] / max(1, total["gold"])
    p_part = total["part_pred_ok"] / max(1, total["part_pred"])
    r_part = total["part_ok"] / max(1, total["part_gold"])
    f_part = 2 * p_part * r_part / max(1e-9, p_part + r_part)
    print(f"ECB+ documents: {len(texts)}; gold actions in selected sentences: {total['gold']}; "
          f"our events there: {total['predicted']}")
    print(f"event detection: precision {precision:.2f}, recall {recall:.2f}")
    print(f"participants of correct events: precision {p_part:.2f}, recall {r_part:.2f}, F1 {f_part:.2f}")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
