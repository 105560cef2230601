"""The `briefings` command: parse arguments, call the stages, print progress and errors."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from generator import nlp as pipeline_loader
from generator.errors import ArticleError, BriefingsError
from generator.extract import extract_all
from generator.pipeline import Project, build_site, generate
from generator.read import read_article
from generator.schema import briefing_to_json

EXIT_SKIPPED = 3


def fail(message: str) -> None:
    """Print a one-line error and exit with status 1."""
    click.secho(f"Error: {message}", fg="red", err=True)
    sys.exit(1)


@click.group()
@click.version_option(package_name="briefings")
def main() -> None:
    """Turn news articles in seeds/ into a briefing website built with MkDocs."""


@main.command()
@click.option("-f", "--config-file", default="mkdocs.yml", show_default=True, help="MkDocs config of the site.")
@click.option("--model", default=None, help="spaCy model (default: $BRIEFINGS_MODEL or en_core_web_sm).")
@click.option("--strict", is_flag=True, help="Fail, writing nothing, if any article has to be skipped.")
def build(config_file: str, model: str | None, strict: bool) -> None:
    """Extract every article in seeds/ and build the site into site/."""
    started = time.perf_counter()
    try:
        project = Project.at(Path.cwd(), config_file)
        outcome = generate(project, pipeline_loader.load_pipeline(model), report=click.echo)
        for message in outcome.skipped:
            click.secho(f"Skipped {message}", fg="yellow", err=True)
        if strict and outcome.skipped:
            fail(f"{len(outcome.skipped)} article(s) skipped and --strict is set; nothing was written")
        build_site(project, outcome, report=click.echo)
    except BriefingsError as err:
        fail(str(err))
    for note in outcome.notes:
        click.secho(note, fg="yellow", err=True)
    click.echo(f"Done in {time.perf_counter() - started:.1f} s")
    if outcome.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per file (JSON Lines).")
@click.option("--model", default=None, help="spaCy model (default: $BRIEFINGS_MODEL or en_core_web_sm).")
def extract(files: tuple[Path, ...], as_json: bool, model: str | None) -> None:
    """Extract the briefing of each FILE and print it."""
    articles, failed = [], False
    for path in files:
        try:
            articles.append(read_article(path))
        except (ArticleError, OSError) as err:
            click.secho(f"Error: {err}", fg="red", err=True)
            failed = True
    try:
        nlp = pipeline_loader.load_pipeline(model)
    except BriefingsError as err:
        fail(str(err))
    for briefing in extract_all(articles, nlp):
        if as_json:
            click.echo(json.dumps(briefing_to_json(briefing), ensure_ascii=False))
        else:
            click.echo(describe(briefing))
    sys.exit(1 if failed else 0)


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
def serve(config_file: str, dev_addr: str, model: str | None) -> None:
    """Serve the site locally; rebuild and reload when an article or template changes."""
    from generator import live

    try:
        live.serve(Project.at(Path.cwd(), config_file), dev_addr, model)
    except BriefingsError as err:
        fail(str(err))
