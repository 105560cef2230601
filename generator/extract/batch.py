"""Extraction of many articles: streamed `nlp.pipe`, several worker processes when it pays, and the
per-batch entry point a distributed engine calls (`extract_batch`; the cache is the interface).
"""
from __future__ import annotations

import collections
import functools
import itertools
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from generator.errors import ArticleError
from generator.extract import extract
from generator.extract.cache import ExtractionCache
from generator.extract.language import add_override_patterns, load_pipeline
from generator.overrides import overrides_for
from generator.read import read_article
from generator.records import Article, Briefing

# Paragraphs per `nlp.pipe` batch: large enough to keep the model's matrices busy, small enough
# that workers x batch x in-flight stays a few MB.
BATCH_SIZE = 64
# A worker process costs ~2 s to start and feed. Below this much text per process (~7,000 words,
# a second or two of parsing) a single process finishes first. Characters, not paragraphs: BBC
# paragraphs are five times the length of the seed's. Measured: 10 BBC articles (18k chars) take
# 1.2 s in one process and 3.3 s in two; 100 (180k chars) take 11.1 s in one and 6.9 s in two.
MIN_CHARS_PER_PROCESS = 40_000
# Each worker holds its own copy of the model (~250 MB with en_core_web_sm); more than this many
# rarely pays on a laptop and risks the memory budget.
MAX_DEFAULT_JOBS = 4

# Articles per task sent to a worker, and tasks queued per worker: a few `nlp.pipe` batches each,
# so workers never wait and little text sits in queues.
ARTICLES_PER_TASK = 16
TASKS_IN_FLIGHT = 4
# At least this many tasks per process, so that the last task, whoever gets it, is a small share.
TASKS_PER_PROCESS = 8

Failure = Callable[[Article, Exception], None]
WORKER_PIPELINE: Language | None = None  # in a worker process: the pipeline it inherited


def default_jobs() -> int:
    """Return the number of processes to use by default: the usable cores, at most MAX_DEFAULT_JOBS."""
    try:
        cores = len(os.sched_getaffinity(0))  # respects container and taskset limits
    except AttributeError:
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_DEFAULT_JOBS))


def processes_for(characters: int, jobs: int) -> int:
    """Return how many processes to parse this much text with: `jobs`, unless too little to pay off."""
    return max(1, min(jobs, characters // MIN_CHARS_PER_PROCESS))


def extract_all(articles: Sequence[Article], nlp: Language, jobs: int = 1,
                failed: Failure | None = None) -> Iterator[Briefing]:
    """Yield a `Briefing` per article, in order; in `jobs` processes when there is text enough.

    Memory does not grow with the collection: only the Docs of the articles being extracted are
    alive. With `failed`, an article whose extraction raises is reported to it and skipped;
    without, the error propagates.
    """
    processes = processes_for(sum(len(p) for a in articles for p in a.paragraphs), jobs)
    if processes > 1 and "fork" in multiprocessing.get_all_start_methods():
        results = extract_in_workers(articles, nlp, processes)
    else:  # one process, or no fork (Windows, macOS): spaCy's own processes parse, we extract here
        results = extract_here(articles, nlp, processes)
    for article, result in results:
        if isinstance(result, Briefing):
            yield result
        elif failed is None:
            raise result
        else:
            failed(article, result)


def extract_here(articles: Sequence[Article], nlp: Language,
                 processes: int = 1) -> Iterator[tuple[Article, Briefing | Exception]]:
    """Yield (article, briefing or error) in order, streaming each title and paragraph through one `nlp.pipe`."""
    for article, headline, body in parsed(articles, nlp, processes):
        yield article, extract_safely(article, body, headline)


def parsed(articles: Sequence[Article], nlp: Language, processes: int = 1) -> Iterator[tuple[Article, Doc, list[Doc]]]:
    """Yield (article, parsed title, parsed paragraphs) in order, every text streamed through one `nlp.pipe`."""
    texts = ((text, i) for i, article in enumerate(articles) for text in (article.title, *article.paragraphs))
    docs = nlp.pipe(texts, as_tuples=True, batch_size=BATCH_SIZE, n_process=processes)
    for index, group in itertools.groupby(docs, key=lambda pair: pair[1]):
        headline, *body = [doc for doc, _ in group]
        yield articles[index], headline, body


def extract_safely(article: Article, docs: list[Doc], headline: Doc | None = None) -> Briefing | Exception:
    """Return the article's briefing, or the error it raised: one odd article must not sink thousands."""
    try:
        return extract(article, docs, headline)
    except Exception as err:
        return err


def extract_in_workers(articles: Sequence[Article], nlp: Language,
                       processes: int) -> Iterator[tuple[Article, Briefing | Exception]]:
    """Yield (article, briefing or error) in order; forked workers parse *and* extract whole articles.

    Only briefings travel back, not Docs, and the extraction rules run in parallel too: with spaCy's
    own processes the rules ran in the parent, which competed with the workers for the cores.
    A few tasks per worker are in flight, so memory stays bounded.
    """
    size = task_size(len(articles), processes)
    tasks = (articles[i:i + size] for i in range(0, len(articles), size))
    context = multiprocessing.get_context("fork")  # the loaded pipeline is shared, not pickled
    with context.Pool(processes, initializer=start_worker, initargs=(nlp,)) as pool:
        pending = collections.deque((task, pool.apply_async(extract_task, (task,)))
                                    for task in itertools.islice(tasks, processes * TASKS_IN_FLIGHT))
        while pending:
            task, result = pending.popleft()
            done = result.get()
            pending.extend((more, pool.apply_async(extract_task, (more,))) for more in itertools.islice(tasks, 1))
            yield from zip(task, done)


def task_size(articles: int, processes: int) -> int:
    """Return articles per task: ARTICLES_PER_TASK, fewer for a small run so no worker idles at the end."""
    return max(1, min(ARTICLES_PER_TASK, articles // (processes * TASKS_PER_PROCESS)))


def start_worker(nlp: Language) -> None:
    """Keep the pipeline a forked worker inherited (no copy is made: fork shares it)."""
    global WORKER_PIPELINE
    WORKER_PIPELINE = nlp


def extract_task(articles: Sequence[Article]) -> list[Briefing | Exception]:
    """Return, in a worker, the briefing (or a picklable error) of each article of one task."""
    return [result if isinstance(result, Briefing) else picklable(result)
            for _, result in extract_here(articles, WORKER_PIPELINE)]


def picklable(err: Exception) -> Exception:
    """Return the error itself if it can travel back to the parent, else a RuntimeError that says it."""
    try:
        pickle.loads(pickle.dumps(err))
        return err
    except Exception:
        return RuntimeError(f"{type(err).__name__}: {err}")


def extraction_error(article: Article, err: Exception) -> ArticleError:
    """Return the one-line error of an article whose extraction raised."""
    return ArticleError(article.path or article.id, f"extraction failed ({type(err).__name__}: {err})")


@dataclass
class BatchResult:
    """What one batch did: keys of entries written or found, and files that failed."""

    extracted: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


@functools.cache
def cached_pipeline(model: str | None) -> Language:
    """Return the pipeline, loaded once per process (an engine's worker runs many batches)."""
    return load_pipeline(model)


def extract_batch(paths: Iterable[str | Path], root: str | Path, model: str | None = None,
                  jobs: int = 1, seeds: str = "seeds") -> BatchResult:
    """Extract the article files of one batch (absolute, or relative to `root`) into `root`'s cache.

    This is the entry point for a distributed engine: each task calls it with its slice of the
    archive and the same project folder (on shared storage, or synced back afterwards);
    `briefings build` then finds every article already cached. Batches are independent.
    """
    root = Path(root).resolve()
    nlp = add_override_patterns(cached_pipeline(model), overrides_for(root / seeds))
    cache = ExtractionCache.for_project(root, root / seeds, nlp)
    result, todo = BatchResult(), []
    for path in map(Path, paths):
        try:
            article = read_article(path if path.is_absolute() else root / path, root)
        except (ArticleError, OSError) as err:
            result.failed.append(str(err))
            continue
        if cache.get(article) is not None:
            result.cached.append(cache.key(article))
        else:
            todo.append(article)
    report = lambda article, err: result.failed.append(str(extraction_error(article, err)))  # noqa: E731
    for briefing in extract_all(todo, nlp, jobs, failed=report):
        result.extracted.append(cache.put(briefing))
    return result
