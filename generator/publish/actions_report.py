"""On GitHub Actions: skipped articles as warnings on their files and in the job summary, errors likewise.

A skipped article must not stop the deploy (the Pages workflow accepts `briefings build`'s status 3),
yet someone must see it: each skip becomes a `::warning file=seeds/x.txt::...` annotation, which
GitHub shows on the run and on the file, and all of them a table in the job summary
(`$GITHUB_STEP_SUMMARY`). Nothing changes outside Actions (`GITHUB_ACTIONS` is not "true" there).
The messages hold file names and text from articles, so both are escaped: a message cannot start
a workflow command of its own, nor add markup to the summary.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from generator.render import escaped

Echo = Callable[[str], None]


def in_github_actions(environ: Mapping[str, str] = os.environ) -> bool:
    """Return whether this runs as a GitHub Actions step (the runner sets GITHUB_ACTIONS=true)."""
    return environ.get("GITHUB_ACTIONS") == "true"


def escape_data(text: str) -> str:
    """Return a workflow command's message escaped as GitHub's toolkit does: 'a\\nb' -> 'a%0Ab'."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Return a workflow command's property value escaped: 'seeds/a,b.txt' -> 'seeds/a%2Cb.txt'."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def split_message(message: str, root: Path) -> tuple[str | None, str]:
    """Return (file relative to `root`, problem) of a one-line error, or (None, message) if it names no file.

    Errors read '<path>: <problem>', and a path may hold ': ' itself, so the first split whose left
    side is a file of the project wins: 'seeds/a.txt: empty file' -> ('seeds/a.txt', 'empty file').
    """
    start = 0
    while (cut := message.find(": ", start)) > 0:
        path = Path(message[:cut])
        full = path if path.is_absolute() else root / path
        if full.is_file() and full.resolve().is_relative_to(root.resolve()):
            return full.resolve().relative_to(root.resolve()).as_posix(), message[cut + 2:]
        start = cut + 2
    return None, message


def annotation(level: str, message: str, root: Path) -> str:
    """Return a workflow command annotating the file the message names:
    '::warning file=seeds/x.txt::same text as seeds/a.txt (duplicate article)'."""
    path, problem = split_message(message, root)
    where = f" file={escape_property(path)}" if path else ""
    return f"::{level}{where}::{escape_data(problem)}"


def skipped_summary(skipped: list[str], articles: int, root: Path) -> str:
    """Return the job summary's Markdown: how many articles were built, and a table of the skipped ones."""
    built = articles - len(skipped)
    if not skipped:
        return f"### Briefings\n\nAll {articles} articles were built and published.\n"
    rows = []
    for message in skipped:
        path, problem = split_message(message, root)
        rows.append(f"| {escaped(path or '-')} | {escaped(problem)} |")
    return (f"### Briefings: {len(skipped)} article(s) skipped\n\n{built} of {articles} articles were built "
            "and published. These were left out; fix or remove them and push again:\n\n"
            "| file | problem |\n| --- | --- |\n" + "\n".join(rows) + "\n")


def annotate_skips(skipped: list[str], root: Path, echo: Echo, environ: Mapping[str, str] = os.environ) -> None:
    """On Actions, print a warning annotation for each skipped article; else do nothing."""
    if in_github_actions(environ):
        for message in skipped:
            echo(annotation("warning", message, root))


def summarise(skipped: list[str], articles: int, root: Path, environ: Mapping[str, str] = os.environ) -> None:
    """On Actions, add the built site's articles and a table of the skipped ones to the job summary."""
    summary_file = environ.get("GITHUB_STEP_SUMMARY")
    if in_github_actions(environ) and summary_file:
        with open(summary_file, "a", encoding="utf-8") as summary:
            summary.write(skipped_summary(skipped, articles, root))


def report_error(message: str, root: Path, echo: Echo, environ: Mapping[str, str] = os.environ) -> None:
    """On Actions, annotate each line of an error (a broken overrides file lists one problem a line)."""
    if in_github_actions(environ):
        for line in message.splitlines() or [message]:
            echo(annotation("error", line, root))
