"""Score interactions on the PLOVER gold standard records: 322 hand-coded news sentences (event type, source and
target actors), read from ../shared/corpora/plover-gsr/ (CC BY-SA 4.0, never copied into the project).

    python benchmarks/eval_plover.py            # figures
    python benchmarks/eval_plover.py --misses   # and each sentence whose class is wrong

Each sentence is extracted as a one-paragraph article; the interaction compared is the most salient one (the
coded one highest in the parse). Our classes map to PLOVER 0.5 types by the last column of
generator/lexicons/data/classes.tsv (statement, vote, launch... map to none: a miss), and by realis as CAMEO
codes intent (`plover_type`: "will provide aid" is AGREE, "could attack" THREATEN, "must return" DEMAND). Class accuracy counts
every gold sentence; source (target) accuracy counts the sentences whose gold has a source (target), found
when a name of our source (target) and a gold actorText contain one another, lower-cased.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from generator.extract.batch import extract_all  # noqa: E402
from generator.extract.event_classes import event_class  # noqa: E402
from generator.extract.key_events import salience  # noqa: E402
from generator.extract.language import load_pipeline  # noqa: E402
from generator.records import Article  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"


def records() -> list[dict]:
    """Return the gold records that code an event (the documentation record left out)."""
    return [r for r in json.loads(GOLD.read_text(encoding="utf-8")) if r.get("text")]


def best_interaction(briefing):
    """Return the interaction that codes a one-sentence briefing: the coded one (not a statement or an unclassed
    verb) highest in the parse (the main verb; under "said", the verb of what was said), else the most
    salient; None if there is none."""
    coded = sorted((i for i in briefing.interactions if i.cls not in ("statement", "act")), key=lambda i: i.depth)
    main = {a.id for a in briefing.actors}
    ranked = sorted(briefing.interactions, key=lambda i: -salience(i, main, set(), Counter(), 1))
    return (coded or ranked or [None])[0]


def plover_type(item) -> str | None:
    """Return the PLOVER type of an interaction: its class's, except that CAMEO codes intent by what did not
    happen yet: a cooperation that will (or may) happen is AGREE, a conflict one THREATEN, a refused one REJECT."""
    if item is None:
        return None
    cls = event_class(item.cls)
    if item.realis in ("future", "modal", "conditional") and "cooperation" in cls.quad:
        return "AGREE"
    if item.realis in ("future", "modal", "conditional") and cls.quad == "material conflict":
        return "THREATEN"
    if item.realis == "negated" and "cooperation" in cls.quad:
        return "REJECT"
    if item.realis == "obliged":
        return "DEMAND"  # "Libya must hand over the bombers": a demand on Libya
    return cls.plover


def names(ids: tuple[str, ...], briefing) -> list[str]:
    """Return the lower-case names (and aliases) of actor and group ids."""
    out = []
    for actor in briefing.actors:
        if actor.id in ids:
            out += [actor.name.lower(), *(a.lower() for a in actor.aliases)]
    out += [g.name.lower() for g in briefing.groups if g.id in ids]
    return out


def matches(ours: list[str], gold: list[dict]) -> bool:
    """Return whether one of our names and one gold actorText contain one another."""
    texts = [(g.get("actorText", "") if isinstance(g, dict) else str(g)).lower() for g in gold]
    return any(o and t and (o in t or t in o) for o in ours for t in texts)


def main() -> None:
    """Extract every gold sentence and print class, source and target accuracy."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true")
    show = parser.parse_args().misses
    gold = records()
    articles = [Article(id=r["id"], title="", date=None, source="plover", paragraphs=(r["text"],)) for r in gold]
    nlp = load_pipeline()
    started = time.perf_counter()
    briefings = list(extract_all(articles, nlp, 1))
    elapsed = time.perf_counter() - started
    right = sources = source_ok = targets = target_ok = coded = 0
    confusion: Counter = Counter()
    for record, briefing in zip(gold, briefings):
        best = best_interaction(briefing)
        ours = plover_type(best)
        coded += best is not None
        right += ours == record["event"]
        confusion[(record["event"], ours)] += 1
        if record.get("source"):
            sources += 1
            source_ok += best is not None and matches(names(best.source, briefing), record["source"])
        if record.get("target"):
            targets += 1
            target_ok += best is not None and matches(names(best.targets, briefing), record["target"])
        if show and ours != record["event"]:
            print(f"{record['event']:11} ours {ours or '-':11} {best.predicate if best else '-':24} | {record['text'][:100]}")
    print(f"PLOVER gold sentences: {len(gold)}; with an interaction: {coded} ({coded / len(gold):.2f})")
    print(f"class accuracy {right / len(gold):.3f} ({right}/{len(gold)}); "
          f"source accuracy {source_ok / sources:.3f} ({source_ok}/{sources}); "
          f"target accuracy {target_ok / targets:.3f} ({target_ok}/{targets}); extraction {elapsed:.1f} s")
    print("most frequent confusions (gold, ours):", confusion_text(confusion))


def confusion_text(confusion: Counter) -> str:
    """Return the ten most frequent wrong (gold, ours) pairs."""
    wrong = [(pair, n) for pair, n in confusion.most_common() if pair[0] != pair[1]][:10]
    return ", ".join(f"{g}->{o or '-'} {n}" for (g, o), n in wrong)


if __name__ == "__main__":
    main()
