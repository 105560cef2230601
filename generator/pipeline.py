"""The whole flow, stage by stage: read -> extract -> resolve -> render -> write -> MkDocs build."""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException
from spacy.language import Language

from generator.errors import ArticleError, BriefingsError
from generator.extract import extract_all
from generator.models import Article, Briefing
from generator.read import find_articles, read_article
from generator.render import render
from generator.resolve import resolve
from generator.write import swapped_pages

Report = Callable[[str], None]


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
    """What a run produced and what it had to skip."""

    articles: int = 0
    briefings: list[Briefing] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)


def read_all(paths: list[Path], root: Path, outcome: Outcome) -> list[Article]:
    """Return the readable articles; each unreadable one becomes a skip message."""
    articles = []
    for path in paths:
        try:
            articles.append(read_article(path, root))
        except ArticleError as err:
            outcome.skipped.append(str(err))
    outcome.articles = len(paths)
    return articles


class ExtractionMemo:
    """Briefings remembered by the article's content, so an unchanged article is not parsed again."""

    def __init__(self) -> None:
        self.briefings: dict[str, Briefing] = {}

    @staticmethod
    def key(article: Article) -> str:
        """Return a hash of everything in the article that the extractor reads."""
        return hashlib.sha256(repr(article).encode("utf-8")).hexdigest()

    def extract(self, articles: list[Article], nlp: Language) -> list[Briefing]:
        """Return a briefing per article, extracting only the ones not seen before."""
        missing = [a for a in articles if self.key(a) not in self.briefings]
        for briefing in extract_all(missing, nlp):
            self.briefings[self.key(briefing.article)] = briefing
        return [self.briefings[self.key(a)] for a in articles]


def generate(project: Project, nlp: Language, memo: ExtractionMemo | None = None,
             report: Report = print) -> Outcome:
    """Return the generated pages of the project's seeds (nothing is written yet)."""
    outcome = Outcome()
    if not project.seeds_dir.is_dir():
        raise BriefingsError(f"{project.seeds_dir}: no seeds folder; put articles (.txt, .md) there")
    articles = read_all(find_articles(project.seeds_dir), project.root, outcome)
    report(f"Read {len(articles)} of {outcome.articles} articles from {project.seeds_dir.name}/")
    outcome.briefings = (memo or ExtractionMemo()).extract(articles, nlp)
    collection = resolve(outcome.briefings)
    outcome.pages = render(collection, project.templates_dir)
    report(f"Extracted {len(collection.actors)} actors; rendered {len(outcome.pages)} pages")
    return outcome


def build_site(project: Project, outcome: Outcome, report: Report = print) -> Path:
    """Write the pages into docs_dir and build the site with MkDocs; on failure nothing changes."""
    config = load_mkdocs_config(project)
    docs_dir, site_dir = Path(config.docs_dir), Path(config.site_dir)
    with swapped_pages(outcome.pages, docs_dir) as notes:
        outcome.notes.extend(notes)
        run_mkdocs(project, site_dir)
    report(f"Built the site in {site_dir.relative_to(project.root) if site_dir.is_relative_to(project.root) else site_dir}/")
    return site_dir


def load_mkdocs_config(project: Project, **overrides):
    """Return the project's MkDocs config, or raise a one-line error."""
    if not project.config_file.is_file():
        raise BriefingsError(f"{project.config_file}: no MkDocs config; run briefings in the site's folder")
    try:
        return load_config(str(project.config_file), **overrides)
    except MkDocsException as err:
        raise BriefingsError(f"{project.config_file}: {err}") from None


def run_mkdocs(project: Project, site_dir: Path) -> None:
    """Build the site into a fresh folder, then swap it for `site_dir`."""
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    try:
        config = load_mkdocs_config(project, site_dir=str(fresh))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()
    except (MkDocsException, SystemExit) as err:
        shutil.rmtree(fresh, ignore_errors=True)
        raise BriefingsError(f"mkdocs build failed, the previous site is kept: {err}") from None
    old = site_dir.with_name(f".{site_dir.name}-old-{os.getpid()}")
    if site_dir.exists():
        os.replace(site_dir, old)
    os.replace(fresh, site_dir)
    shutil.rmtree(old, ignore_errors=True)
