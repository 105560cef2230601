"""`briefings extract FILE --explain`: for each actor of an article, the rule that decided its kind and
every step that formed it ("1. merge_acronyms: 'RDIF' -> Russian Direct Investment Fund"); then the
names a step dropped as no actors. This is how an editor finds why a page says what it says.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language

from generator.extract import extract
from generator.extract.batch import parsed
from generator.extract.trace import Trace
from generator.records import Article, Briefing


def explained(articles: Sequence[Article], nlp: Language) -> Iterator[tuple[Article, Briefing | Exception, Trace]]:
    """Yield (article, its briefing or the error it raised, the trace of its actor steps), parsed in this
    process as `extract_all` parses them, so the briefing is the one `extract --json` prints."""
    for article, headline, body in parsed(articles, nlp):
        trace = Trace()
        try:
            result: Briefing | Exception = extract(article, body, headline, trace)
        except Exception as err:  # one odd article must not stop the others' explanations
            result = err
        yield article, result, trace


def explanation(briefing: Briefing, trace: Trace) -> str:
    """Return the explanation of one briefing's actors, one line per actor and per step that formed it:

    "  Russian Direct Investment Fund (organization, by the head word of the name)" then
    "    1. merge_acronyms: 'RDIF' -> Russian Direct Investment Fund".
    """
    lines = [f"{briefing.article.title} ({briefing.article.date or 'undated'})"]
    for actor in briefing.actors:
        kind, steps = trace.of_actor(actor.mentions)
        rule = kind[1] if kind else "?"
        lines.append(f"  {actor.name} [{actor.id}] ({actor.kind}, by {rule})")
        lines += [f"    {change.describe()}" for change in steps]
    dropped = trace.dropped()
    if dropped:
        lines.append("  Not actors:")
        lines += [f"    {change.describe()}" for change in dropped]
    return "\n".join(lines)
