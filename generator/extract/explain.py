"""`briefings extract FILE --explain`: for each actor of an article, the rule that decided its kind and
every step that formed it ("1. merge_acronyms: 'RDIF' -> Russian Direct Investment Fund"); then the
names a step dropped as no actors; then each key event, source -> class -> target, with its realis,
salience and the rule that coded it; then each quote's speaker and the rule that found it. This is how an
editor finds why a page says what it says.
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
    return "\n".join(lines + key_event_lines(briefing) + quote_lines(briefing))


def key_event_lines(briefing: Briefing) -> list[str]:
    """Return the lines that explain each key event, or none if it has none:

    "  discussion: Russia -> consult (verbal cooperation) -> United States; asserted, salience 1.02", then
    its rule ("event noun discussion 040 ...") and evidence.
    """
    names = {a.id: a.name for a in briefing.actors} | {g.id: g.name for g in briefing.groups}
    lines = ["  Key events:"] if briefing.events else []
    for event in briefing.events:
        who = ", ".join(names.get(i, i) for i in event.source) or "-"
        whom = ", ".join(names.get(i, i) for i in event.targets) or "-"
        lines += [f"    {event.type}: {who} -> {event.cls} ({event.quad}) -> {whom}; {event.realis}, "
                  f"salience {event.salience:.2f}", f"      rule: {event.rule}", f"      evidence: {event.evidence}"]
    return lines


def quote_lines(briefing: Briefing) -> list[str]:
    """Return one line per quote with its speaker and the rule that found it, or none if it has none:

    "    Sergei Lavrov, by speech verb 'say': 'We will not ...'"; "speaker unclear" where no rule found one.
    """
    names = {a.id: a.name for a in briefing.actors}
    lines = ["  Quotes:"] if briefing.quotes else []
    for quote in briefing.quotes:
        text = quote.text if len(quote.text) <= 60 else quote.text[:59] + "…"
        who = f"{names.get(quote.speaker, quote.speaker)}, by {quote.rule}" if quote.speaker else "speaker unclear"
        lines.append(f"    {who}{f' {quote.verb!r}' if quote.verb and quote.speaker else ''}: {text!r}")
    return lines
