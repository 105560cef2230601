"""The `briefings` command: parse arguments, call the stages, print progress and errors."""
from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import click

from generator.errors import ArticleError, BriefingsError
from generator.extract.batch import default_jobs, extract_all, extraction_error
from generator.extract.explain import explained, explanation
from generator.extract.language import add_override_patterns, load_pipeline
from generator.overrides import overrides_for
from generator.pipeline import Advance, Progress, Project, build_site, generate, no_progress
from generator.publish import actions_report
from generator.read import read_article
from generator.schema import briefing_to_json

EXIT_SKIPPED = 3
JOBS_HELP = "Processes for extraction (each one gets at least 40,000 characters of text, or fewer run)."


def fail(message: str) -> None:
    """Print a one-line error (on GitHub Actions also as an annotation) and exit with status 1."""
    actions_report.report_error(message, Path.cwd(), click.echo)
    click.secho(f"Error: {message}", fg="red", err=True)
    sys.exit(1)


@click.group()
@click.version_option(package_name="briefings")
def main() -> None:
    """Turn news articles in seeds/ into a briefing website built with MkDocs."""


def progress_bars(quiet: bool) -> Progress:
    """Return tqdm progress bars on stderr, or none when quiet or stderr is not a terminal."""
    if quiet or not sys.stderr.isatty():
        return no_progress
    from tqdm import tqdm  # imported only when a bar will be drawn

    @contextlib.contextmanager
    def bar(label: str, total: int) -> Iterator[Advance]:
        if total <= 0:  # nothing to do (all cached, say): no empty bar
            yield lambda n=1: None
            return
        with tqdm(total=total, desc=label, file=sys.stderr, unit="", dynamic_ncols=True, leave=False) as shown:
            yield shown.update
    return bar


@main.command()
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help="MkDocs config of the site.")
@click.option("--model", default=None, help="spaCy model (default: $BRIEFINGS_MODEL or en_core_web_sm).")
@click.option("--strict", is_flag=True, help="Fail, writing nothing, if any article has to be skipped.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_jobs, show_default="cores, at most 4",
              help=JOBS_HELP)
@click.option("-q", "--quiet", is_flag=True, help="Print only warnings and errors; no progress bars.")
def build(config_file: str, model: str | None, strict: bool, jobs: int, quiet: bool) -> None:
    """Extract every article in seeds/ (unchanged ones from the cache) and build the site into site/."""
    started = time.perf_counter()
    report = (lambda message: None) if quiet else click.echo
    progress = progress_bars(quiet)
    try:
        project = Project.at(Path.cwd(), config_file)
        nlp = load_pipeline(model)
        outcome = generate(project, nlp, report=report, jobs=jobs, progress=progress)
        for message in outcome.skipped:
            click.secho(f"Skipped {message}", fg="yellow", err=True)
        actions_report.annotate_skips(outcome.skipped, project.root, click.echo)
        if strict and outcome.skipped:
            fail(f"{len(outcome.skipped)} article(s) skipped and --strict is set; nothing was written")
        build_site(project, outcome, report=report, progress=progress, release=True)
        actions_report.summarise(outcome.skipped, outcome.articles, project.root)
    except BriefingsError as err:
        fail(str(err))
    for note in outcome.notes:
        click.secho(note, fg="yellow", err=True)
    report(f"Done in {time.perf_counter() - started:.1f} s")
    if outcome.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per file (JSON Lines).")
@click.option("--model", default=None, help="spaCy model (default: $BRIEFINGS_MODEL or en_core_web_sm).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_jobs, show_default="cores, at most 4",
              help=JOBS_HELP)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--explain", is_flag=True, help="For each actor, the rule behind its kind and every step that formed it; "
              "for each key event, source -> class -> target, realis, salience and the rule that coded it.")
def extract(files: tuple[Path, ...], as_json: bool, model: str | None, jobs: int, quiet: bool, explain: bool) -> None:
    """Extract the briefing of each FILE and print it (streamed: each is printed when ready)."""
    if explain and as_json:
        fail("--explain prints text for a person to read: give it without --json")
    articles, errors = [], []
    for path in files:
        try:
            articles.append(read_article(path))
        except (ArticleError, OSError) as err:
            errors.append(str(err))
            click.secho(f"Error: {err}", fg="red", err=True)
    try:
        nlp = add_override_patterns(load_pipeline(model), overrides_for(Path.cwd() / "seeds"))
    except BriefingsError as err:
        fail(str(err))

    def failed(article, err: Exception) -> None:
        errors.append(str(extraction_error(article, err)))
        click.secho(f"Error: {errors[-1]}", fg="red", err=True)

    if explain:
        for article, result, trace in explained(articles, nlp):
            failed(article, result) if isinstance(result, Exception) else click.echo(explanation(result, trace))
        sys.exit(1 if errors else 0)
    with progress_bars(quiet or sys.stdout.isatty())("Extracting articles", len(articles)) as advance:
        for briefing in extract_all(articles, nlp, jobs, failed=failed):
            click.echo(json.dumps(briefing_to_json(briefing), ensure_ascii=False) if as_json else describe(briefing))
            advance(1)
    sys.exit(1 if errors else 0)


def describe(briefing) -> str:
    """Return a short human-readable summary of a briefing."""
    lines = [f"{briefing.article.title} ({briefing.article.date or 'undated'})"]
    for actor in briefing.actors:
        roles = "; ".join(r.title for r in actor.roles)
        lines.append(f"  {actor.kind:<12} {actor.name} ×{len(actor.mentions)}" + (f" — {roles}" if roles else ""))
    return "\n".join(lines)


@main.command()
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help="MkDocs config of the site.")
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option("--model", default=None, help="spaCy model (default: $BRIEFINGS_MODEL or en_core_web_sm).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=default_jobs, show_default="cores, at most 4",
              help=JOBS_HELP)
def serve(config_file: str, dev_addr: str, model: str | None, jobs: int) -> None:
    """Serve the site locally; rebuild and reload when an article or template changes."""
    from generator.publish import live

    try:
        live.serve(Project.at(Path.cwd(), config_file), dev_addr, model, jobs)
    except BriefingsError as err:
        fail(str(err))
