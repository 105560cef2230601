"""The whole flow, stage by stage: read -> extract -> resolve -> render -> write -> MkDocs build."""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ContextManager, Protocol

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from mkdocs.plugins import BasePlugin
from spacy.language import Language

from generator.errors import ArticleError, BriefingsError
from generator.extract import load_tables
from generator.extract.batch import extract_all, extraction_error
from generator.extract.cache import ExtractionCache
from generator.extract.language import add_override_patterns
from generator.overrides import overrides_for
from generator.publish import incremental
from generator.publish.squeeze import SqueezePlugin
from generator.publish.write import swapped_pages
from generator.read import drop_duplicates, find_articles, read_article
from generator.records import Article, Briefing
from generator.render import render
from generator.resolve import resolve

Report = Callable[[str], None]
Advance = Callable[[int], None]


class Progress(Protocol):
    """Makes a progress bar: `with progress("Extracting", total) as advance: advance(1)`."""

    def __call__(self, label: str, total: int) -> ContextManager[Advance]: ...


@contextlib.contextmanager
def no_progress(label: str, total: int) -> Iterator[Advance]:
    """Show nothing (the default, and what the CLI uses when stderr is not a terminal)."""
    yield lambda n=1: None


@dataclass(frozen=True)
class Project:
    """Where a briefing site's parts live; by default the current directory, as for mkdocs."""

    root: Path
    config_file: Path
    seeds_dir: Path
    templates_dir: Path

    @classmethod
    def at(cls, root: Path, config_file: str = "mkdocs.yml", seeds: str = "seeds") -> Project:
        """Return the project rooted at `root`."""
        root = root.resolve()
        return cls(root=root, config_file=root / config_file, seeds_dir=root / seeds,
                   templates_dir=root / "templates")


@dataclass
class Outcome:
    """What a run produced, what it had to skip, and how long each stage took (seconds)."""

    articles: int = 0
    briefings: list[Briefing] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)
    extracted: int = 0
    cached: int = 0
    timings: dict[str, float] = field(default_factory=dict)


@contextlib.contextmanager
def timed(outcome: Outcome, stage: str) -> Iterator[None]:
    """Add the time spent in the `with` body to `outcome.timings[stage]`."""
    started = time.perf_counter()
    try:
        yield
    finally:
        outcome.timings[stage] = outcome.timings.get(stage, 0.0) + time.perf_counter() - started


def read_all(paths: list[Path], root: Path, outcome: Outcome) -> list[Article]:
    """Return the readable articles; each unreadable one becomes a skip message."""
    articles = []
    for path in paths:
        try:
            articles.append(read_article(path, root))
        except ArticleError as err:
            outcome.skipped.append(str(err))
    outcome.articles = len(paths)
    return drop_duplicates(articles, outcome.skipped)


def extract_cached(articles: list[Article], nlp: Language, cache: ExtractionCache, outcome: Outcome,
                   jobs: int = 1, progress: Progress = no_progress) -> list[Briefing]:
    """Return a briefing per extractable article: from the cache, else extracted (and cached)."""
    found = {a: cache.get(a) for a in articles}
    missing = [a for a in articles if found[a] is None]
    outcome.cached, outcome.extracted = len(articles) - len(missing), len(missing)
    skip = lambda article, err: outcome.skipped.append(str(extraction_error(article, err)))  # noqa: E731
    if missing:  # an unchanged rebuild needs none of them
        with timed(outcome, "load tables"):
            load_tables()
    with progress("Extracting articles", len(missing)) as advance:
        for briefing in extract_all(missing, nlp, jobs, failed=skip):
            cache.put(briefing)
            found[briefing.article] = briefing
            advance(1)
    if cache.problem:
        outcome.notes.append(cache.problem)
    cache.prune(articles)  # entries of deleted or changed articles
    return [b for b in found.values() if b is not None]


def generate(project: Project, nlp: Language, cache: ExtractionCache | None = None, report: Report = print,
             jobs: int = 1, progress: Progress = no_progress) -> Outcome:
    """Return the generated pages of the project's seeds (nothing is written yet)."""
    outcome = Outcome()
    if not project.seeds_dir.is_dir():
        raise BriefingsError(f"{project.seeds_dir}: no seeds folder; put articles (.txt, .md) there")
    with timed(outcome, "read"):
        articles = read_all(find_articles(project.seeds_dir), project.root, outcome)
    report(f"Read {len(articles)} of {outcome.articles} articles from {project.seeds_dir.name}/")
    overrides = overrides_for(project.seeds_dir)  # a bad overrides file stops the build: fixes must not vanish
    add_override_patterns(nlp, overrides)
    cache = cache or ExtractionCache.for_project(project.root, project.seeds_dir, nlp)
    with timed(outcome, "extract"):
        outcome.briefings = extract_cached(articles, nlp, cache, outcome, jobs, progress)
    report(f"Extracted {outcome.extracted} new or changed articles, {outcome.cached} unchanged from the cache "
           f"({outcome.timings['extract']:.1f} s)")
    with timed(outcome, "resolve+render"):
        collection = resolve(outcome.briefings, overrides)
        outcome.pages = render(collection, project.templates_dir, processes=jobs)
    report(f"Resolved {len(collection.actors)} actors; rendered {len(outcome.pages)} pages "
           f"({outcome.timings['resolve+render']:.1f} s)")
    return outcome


def build_site(project: Project, outcome: Outcome, report: Report = print,
               progress: Progress = no_progress, release: bool = False) -> Path:
    """Write the pages into docs_dir and build the site with MkDocs; on failure nothing changes.

    With `release`, the outcome's briefings and pages are dropped once the pages are written, so
    MkDocs can use their memory (at 10,000 articles they are hundreds of MB).
    """
    config = load_mkdocs_config(project)
    docs_dir, site_dir = Path(config.docs_dir), Path(config.site_dir)
    with contextlib.ExitStack() as stack:
        # The write stage's context restores the previous pages if the MkDocs build below fails.
        with timed(outcome, "write"), progress("Writing pages", len(outcome.pages)) as advance:
            notes = stack.enter_context(swapped_pages(outcome.pages, docs_dir, advance))
        outcome.notes.extend(notes)
        if release:  # the writer holds the same dict, and needs no text from here on (only paths)
            outcome.pages.clear()
            outcome.briefings = []
        with timed(outcome, "mkdocs"):
            run_mkdocs(project, site_dir, progress)
    shown = site_dir.relative_to(project.root) if site_dir.is_relative_to(project.root) else site_dir
    report(f"Built the site in {shown}/ ({outcome.timings['write'] + outcome.timings['mkdocs']:.1f} s)")
    return site_dir


class ProgressPlugin(BasePlugin):
    """Counts MkDocs' two passes over the pages (Markdown -> HTML, then theme) into a progress bar."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress, self.bar, self.advance = progress, None, None

    def on_files(self, files, config):
        """Open the bar once the number of pages is known."""
        self.bar = self.progress("Building site (MkDocs)", 2 * len(files.documentation_pages()))
        self.advance = self.bar.__enter__()
        return files

    def on_page_content(self, html, page, config, files):
        """Count a page converted to HTML."""
        self.advance and self.advance(1)
        return html

    def on_post_page(self, output, page, config):
        """Count a page written with the theme."""
        self.advance and self.advance(1)
        return output

    def close(self) -> None:
        """Close the bar, if MkDocs got as far as opening it."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = self.advance = None


def load_mkdocs_config(project: Project, **overrides):
    """Return the project's MkDocs config, or raise a one-line error."""
    if not project.config_file.is_file():
        raise BriefingsError(f"{project.config_file}: no MkDocs config; run briefings in the site's folder")
    try:
        return load_config(str(project.config_file), **overrides)
    except MkDocsException as err:
        raise BriefingsError(f"{project.config_file}: {err}") from None


def run_mkdocs(project: Project, site_dir: Path, progress: Progress = no_progress, reuse: bool = True) -> None:
    """Build the site into a fresh folder, then swap it for `site_dir`.

    With `reuse`, pages unchanged since the last build are taken from the previous site (see
    `incremental`); the result is the same site a full build makes.
    """
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    manifest_file = project.root / incremental.MANIFEST_FILE
    previous = incremental.Manifest.load(manifest_file) if reuse else incremental.Manifest()
    reuser = incremental.ReusePlugin(project.config_file, site_dir, previous)
    counter = ProgressPlugin(progress)
    quiet_skips = incremental.QuietSkips()
    incremental.mkdocs_logger().addFilter(quiet_skips)
    try:
        config = load_mkdocs_config(project, site_dir=str(fresh))
        config.plugins["briefings-progress"] = counter
        config.plugins["briefings-reuse"] = reuser
        config.plugins["briefings-squeeze"] = SqueezePlugin()
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            counter.close()
            config.plugins.on_shutdown()
    except (MkDocsException, SystemExit) as err:
        shutil.rmtree(fresh, ignore_errors=True)
        raise BriefingsError(f"mkdocs build failed, the previous site is kept: {err}") from None
    finally:
        incremental.mkdocs_logger().removeFilter(quiet_skips)
    old = site_dir.with_name(f".{site_dir.name}-old-{os.getpid()}")
    manifest_file.unlink(missing_ok=True)  # it describes the site about to be replaced
    if site_dir.exists():
        os.replace(site_dir, old)
    os.replace(fresh, site_dir)
    shutil.rmtree(old, ignore_errors=True)
    reuser.manifest.save(manifest_file, site_dir)
