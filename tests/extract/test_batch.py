"""Batch extraction: order, processes, one bad article, and the per-batch entry point for an engine."""
from __future__ import annotations

import pytest

import generator.extract.batch
import generator.pipeline
from generator.extract.batch import (MIN_CHARS_PER_PROCESS, default_jobs, extract_all, extract_batch,
                             processes_for, task_size)
from generator.extract.cache import CACHE_FOLDER
from generator.extract import extract
from generator.pipeline import Project, generate
from tests.conftest import make_article

STORIES = ["Tony Blair met Gordon Brown in Riyadh.", "Marco Rubio spoke to Sergei Lavrov.",
           "Russia and the United States met. Steve Witkoff was there."]


def articles(count: int, paragraphs: int = 2) -> list:
    """Return `count` small articles of `paragraphs` paragraphs each."""
    return [make_article(*(STORIES[(i + p) % len(STORIES)] for p in range(paragraphs)), article_id=f"a{i}")
            for i in range(count)]


def one_by_one(items, nlp) -> list:
    """Return each article's briefing, parsed on its own."""
    return [extract(a, list(nlp.pipe(a.paragraphs))) for a in items]


def test_streaming_gives_each_article_its_own_briefing_in_order(rule_nlp):
    items = articles(5, paragraphs=3)
    assert list(extract_all(items, rule_nlp)) == one_by_one(items, rule_nlp)


def test_several_processes_give_the_same_briefings(rule_nlp):
    items = articles(MIN_CHARS_PER_PROCESS * 2 // 70, paragraphs=2)  # enough text for two processes
    assert processes_for(sum(len(p) for a in items for p in a.paragraphs), jobs=2) == 2
    assert list(extract_all(items, rule_nlp, jobs=2)) == one_by_one(items, rule_nlp)


def test_small_inputs_stay_in_one_process_and_jobs_default_to_the_cores():
    assert processes_for(5_000, jobs=4) == 1
    assert processes_for(MIN_CHARS_PER_PROCESS * 3, jobs=2) == 2
    assert processes_for(MIN_CHARS_PER_PROCESS * 3, jobs=8) == 3
    assert 1 <= default_jobs() <= generator.extract.batch.MAX_DEFAULT_JOBS


def test_a_small_run_is_cut_into_small_tasks_so_no_worker_waits_long_for_the_last():
    assert task_size(100, processes=2) == 6  # 17 tasks: the last one is a small share of the work
    assert task_size(10_000, processes=2) == generator.extract.batch.ARTICLES_PER_TASK
    assert task_size(3, processes=2) == 1


class Unpicklable(Exception):
    """An error that cannot travel between processes (it holds a lock)."""

    def __init__(self) -> None:
        super().__init__("holds a lock")
        self.lock = __import__("threading").Lock()


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_that_breaks_the_extractor_is_reported_and_the_rest_go_on(rule_nlp, monkeypatch, jobs):
    real = generator.extract.batch.extract

    def fragile(article, docs, headline=None):
        if article.id == "a1":
            raise ValueError("[E031] Invalid token")
        if article.id == "a3":
            raise Unpicklable()
        return real(article, docs, headline)
    monkeypatch.setattr(generator.extract.batch, "extract", fragile)  # forked workers inherit the patch
    items = articles(MIN_CHARS_PER_PROCESS * 2 // 70 if jobs > 1 else 5)
    failures = []
    done = list(extract_all(items, rule_nlp, jobs, failed=lambda article, err: failures.append((article.id, str(err)))))
    assert [b.article.id for b in done] == [a.id for a in items if a.id not in ("a1", "a3")]
    assert failures[0] == ("a1", "[E031] Invalid token")
    assert failures[1][0] == "a3" and "holds a lock" in failures[1][1]
    with pytest.raises(ValueError):
        list(extract_all(items, rule_nlp, jobs))


def test_an_engine_fills_the_cache_batch_by_batch_and_the_build_extracts_nothing(rule_nlp, site_project, monkeypatch):
    monkeypatch.setattr(generator.extract.batch, "cached_pipeline", lambda model: rule_nlp)
    seeds = site_project / "seeds"
    for i, story in enumerate(STORIES):
        (seeds / f"story-{i}.txt").write_text(f"Story {i}\n2025-04-0{i + 1}\n\n{story}\n")
    (seeds / "empty.txt").write_text("")
    paths = sorted(seeds.glob("*.txt"))
    first = extract_batch(paths[:2], site_project)  # two tasks of an engine, any order, any machine
    second = extract_batch([p.relative_to(site_project) for p in paths[2:]], site_project)
    assert len(first.extracted) + len(second.extracted) == 4
    assert [m.split(":")[0] for m in first.failed + second.failed] == ["seeds/empty.txt"]
    assert len(list((site_project / CACHE_FOLDER).glob("*/*.json"))) == 4
    again = extract_batch(paths[:2], site_project)  # a retried task costs nothing
    assert again.extracted == [] and len(again.cached) == 1
    outcome = generate(Project.at(site_project), rule_nlp, report=lambda message: None)
    assert (outcome.extracted, outcome.cached) == (0, 4)


def test_progress_counts_articles_pages_and_the_mkdocs_build(rule_nlp, site_project):
    from contextlib import contextmanager

    from generator.pipeline import build_site

    counts: dict[str, list[int]] = {}

    @contextmanager
    def recording(label, total):
        counts[label] = [total, 0]
        yield lambda n=1: counts[label].__setitem__(1, counts[label][1] + n)

    (site_project / "seeds" / "second.txt").write_text("Second story\n2025-04-01\n\nTony Blair met Gordon Brown.\n")
    project = Project.at(site_project)
    outcome = generate(project, rule_nlp, report=lambda message: None, progress=recording)
    build_site(project, outcome, report=lambda message: None, progress=recording)
    assert counts["Extracting articles"] == [2, 2]
    assert counts["Writing pages"] == [len(outcome.pages)] * 2
    total, done = counts["Building site (MkDocs)"]
    markdown_pages = len(list((site_project / "site_src").rglob("*.md")))  # generated and hand-written
    assert total == done == 2 * markdown_pages  # MkDocs reads, then writes each page


def test_the_cli_draws_no_progress_bar_when_stderr_is_not_a_terminal(monkeypatch):
    from generator.cli import progress_bars
    from generator.pipeline import no_progress

    assert progress_bars(quiet=True) is no_progress
    monkeypatch.setattr("sys.stderr.isatty", lambda: False, raising=False)
    assert progress_bars(quiet=False) is no_progress


def test_the_rules_tables_load_once_before_extraction_and_not_for_an_unchanged_rebuild(rule_nlp, site_project,
                                                                                       monkeypatch):
    from generator.extract import affiliations, countries, name_shapes as names
    from generator.extract import load_tables

    tables = (names.given_names, countries.country_tables, countries.region_countries, affiliations.capitals)
    for table in tables:
        table.cache_clear()
    load_tables()  # what forked workers then share instead of building
    assert [table.cache_info().currsize for table in tables] == [1, 1, 1, 1]
    loads = []
    monkeypatch.setattr(generator.pipeline, "load_tables", lambda: loads.append(1))
    for i, story in enumerate(STORIES):
        (site_project / "seeds" / f"story-{i}.txt").write_text(f"Story {i}\n2025-04-0{i + 1}\n\n{story}\n")
    first = generate(Project.at(site_project), rule_nlp, report=lambda message: None)
    again = generate(Project.at(site_project), rule_nlp, report=lambda message: None)
    assert (first.extracted, again.extracted, len(loads)) == (len(STORIES) + 1, 0, 1)  # + the project's seed
    assert "load tables" in first.timings and "load tables" not in again.timings
