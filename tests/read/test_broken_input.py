"""Broken input: every bad file gets one clear line naming it, the other articles still build, the
exit status says something was skipped, `--strict` fails, and a failed build changes nothing.

The corpus is `tests/data/broken/` (see tests/data/README.md); the 50 MB article and the giant
paragraph are made here, so the repository stays small.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from mkdocs.exceptions import MkDocsException

import generator.pipeline as pipeline
import generator.publish.write as write
from generator.cli import main
from generator.errors import ArticleError, BriefingsError
from generator.pipeline import Project, build_site, generate
from generator.read import read_article
from tests.conftest import ROOT, SEED

BROKEN = ROOT / "tests" / "data" / "broken"

# file -> the one line it gets when skipped
SKIPPED = {
    "binary.txt": "binary file, not an article",
    "blank.md": "empty file",
    "broken-yaml.md": "broken YAML front matter near line 3: expected ',' or ']', but got ':'",
    "control-codes.txt": "binary file, not an article",
    "empty.txt": "empty file",
    "front-matter-list.md": "front matter is not a mapping of keys to values",
    "long-title.txt": "the title is 1,079 characters long; the limit is 300 (is the title line missing?)",
    "no-title.md": "no title (set 'title' in the front matter or start with '# Title')",
    "title-is-a-list.md": "front matter 'title': expected a string, got a list",
    "title-only.txt": "no body text after the title",
    "unclosed-front-matter.md": "front matter is not closed (no '---' line after it)",
    "yaml-python-tag.md": "broken YAML front matter near line 2: could not determine a constructor for the tag "
                          "'tag:yaml.org,2002:python/object/apply:os.system'",
}
# file -> (title, date, the one warning line, if any); these build
READ = {
    "bad-date.md": ("A front matter date that does not exist", None,
                    "front matter 'date': unreadable date '2025-02-30'; the article is undated"),
    "bad-date.txt": ("An article with a date nobody can read", None,
                     "unreadable date 'Sun 45th Smarch, 2025'; the article is undated"),
    "crlf.txt": ("Windows line endings", dt.date(2025, 3, 4), None),
    "duplicate-a.txt": ("The same story twice", dt.date(2025, 3, 10), None),
    "duplicate-b.md": ("The same story twice", dt.date(2025, 3, 10), None),
    "latin-1.txt": ("Café talks in Genève", dt.date(2025, 3, 1), "not UTF-8 (byte 3); read as Latin-1"),
    "no-date.txt": ("An article without a date", None, None),
    "utf-16.txt": ("UTF-16 article", dt.date(2025, 3, 3), "not UTF-8; read as UTF-16"),
    "windows-1252.txt": ("“Smart quotes” – and a € price", dt.date(2025, 3, 2),
                         "not UTF-8 (byte 0); read as Windows-1252"),
}


def test_the_corpus_is_fully_described():
    assert sorted(p.name for p in BROKEN.iterdir()) == sorted({*SKIPPED, *READ})


@pytest.mark.parametrize("name", sorted(SKIPPED))
def test_a_file_that_is_no_article_gets_one_line_naming_it(name):
    with pytest.raises(ArticleError) as caught:
        read_article(BROKEN / name, BROKEN)
    assert str(caught.value) == f"{name}: {SKIPPED[name]}"


@pytest.mark.parametrize("name", sorted(READ))
def test_a_readable_file_builds_and_any_guess_is_one_warning_line(name, caplog):
    title, date, warning = READ[name]
    article = read_article(BROKEN / name, BROKEN)
    assert (article.title, article.date) == (title, date)
    assert article.paragraphs[0].startswith("Marco Rubio met Sergei Lavrov in Riyadh")
    assert caplog.messages == ([f"{name}: warning: {warning}"] if warning else [])


def test_the_python_tag_in_front_matter_runs_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ArticleError):
        read_article(BROKEN / "yaml-python-tag.md")
    assert not (tmp_path / "pwned.txt").exists()


def test_a_fifty_megabyte_article_is_refused_at_once_without_being_read(tmp_path, monkeypatch):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(50 * 2**20)
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("the file was opened"))
    started = time.perf_counter()
    with pytest.raises(ArticleError) as caught:
        read_article(huge, tmp_path)
    assert time.perf_counter() - started < 0.5
    assert str(caught.value) == "huge.txt: too large to be an article (50.0 MB; the limit is 5 MB)"


def test_a_giant_paragraph_is_refused(tmp_path):
    path = tmp_path / "giant.txt"
    path.write_text("A title\n2025-03-01\n\n" + "word " * 12_000 + "\n")
    with pytest.raises(ArticleError, match=r"^giant.txt: paragraph 1 is 59,999 characters long; the limit is 50,000"):
        read_article(path, tmp_path)


def test_an_unreadable_file_is_a_skip_not_a_crash(tmp_path):
    path = tmp_path / "folder.txt"
    path.mkdir()
    with pytest.raises(ArticleError, match=r"^folder.txt: cannot be read \("):
        read_article(path, tmp_path)


# --- whole builds ---------------------------------------------------------------------------

def make_project(root: Path, *articles: Path) -> Project:
    """Return a scratch project in `root`: the site's config, templates and pages, and `articles`."""
    for name in ("templates", "site_src"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns(
            "briefings", "actors", "factions", "events", "tags", "lists", "index.md"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "seeds").mkdir()
    for article in articles:
        shutil.copy(article, root / "seeds" / article.name)
    return Project.at(root)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Return {relative path: bytes} of every file under `folder`."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.model
def test_build_reports_each_bad_file_in_one_line_and_builds_the_rest(tmp_path):
    make_project(tmp_path, SEED, *BROKEN.iterdir())
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--quiet"], cwd=tmp_path,
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 3, result.stderr
    lines = result.stderr.splitlines()
    expected_skips = [f"Skipped seeds/{name}: {problem}" for name, problem in SKIPPED.items()]
    expected_skips.append("Skipped seeds/duplicate-b.md: same text as seeds/duplicate-a.txt (duplicate article)")
    expected_warnings = [f"seeds/{name}: warning: {w}" for name, (_, _, w) in READ.items() if w]
    assert sorted(lines) == sorted(expected_skips + expected_warnings)
    built = {p.name for p in (tmp_path / "site" / "briefings").glob("*.html")}
    readable = {Path(name).stem for name in READ} - {"duplicate-b"}
    assert {f"{stem}.html" for stem in readable | {SEED.stem}} <= built
    assert not {f"{Path(name).stem}.html" for name in SKIPPED} & built


@pytest.mark.model
def test_strict_turns_a_skip_into_a_failure_that_writes_nothing(tmp_path, monkeypatch):
    make_project(tmp_path, SEED, BROKEN / "empty.txt")
    before = snapshot(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "--strict", "--quiet"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Skipped seeds/empty.txt: empty file",
        "Error: 1 article(s) skipped and --strict is set; nothing was written"]
    assert {k: v for k, v in snapshot(tmp_path).items() if not k.startswith(".briefings/")} == before


def build(project: Project, nlp) -> list[str]:
    """Generate and build the project's site in-process; return the notes of the write stage."""
    outcome = generate(project, nlp, report=lambda line: None)
    build_site(project, outcome, report=lambda line: None)
    return outcome.notes


def test_a_build_failing_in_mkdocs_leaves_site_and_site_src_as_they_were(tmp_path, rule_nlp, monkeypatch):
    project = make_project(tmp_path, SEED)
    build(project, rule_nlp)
    before = snapshot(tmp_path / "site_src"), snapshot(tmp_path / "site")
    (tmp_path / "seeds" / "new.txt").write_text("A new story\n2025-04-01\n\nTony Blair met Gordon Brown.\n")

    def broken_build(config):
        (Path(config.site_dir) / "half.html").write_text("half a site")
        raise MkDocsException("theme exploded half-way")

    monkeypatch.setattr(pipeline, "mkdocs_build", broken_build)
    with pytest.raises(BriefingsError, match="mkdocs build failed, the previous site is kept: theme exploded"):
        build(project, rule_nlp)
    assert (snapshot(tmp_path / "site_src"), snapshot(tmp_path / "site")) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".site-", ".briefings-staging-"))] == []


def test_a_write_failing_half_way_puts_every_generated_page_back(tmp_path, rule_nlp, monkeypatch):
    project = make_project(tmp_path, SEED)
    build(project, rule_nlp)
    before = snapshot(tmp_path / "site_src"), snapshot(tmp_path / "site")
    (tmp_path / "seeds" / "new.txt").write_text("A new story\n2025-04-01\n\nTony Blair met Gordon Brown.\n")
    real_replace, calls = os.replace, []

    def replace_then_fail(source, target):
        calls.append(target)
        if len(calls) == 4:  # a page moved in and the next one half-way (its old file already out)
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(write.os, "replace", replace_then_fail)
    with pytest.raises(BriefingsError, match="cannot put a page in place .No space left on device.; nothing was"):
        build(project, rule_nlp)
    monkeypatch.setattr(write.os, "replace", real_replace)
    assert (snapshot(tmp_path / "site_src"), snapshot(tmp_path / "site")) == before


HAND_WRITTEN = {
    "about.md": "# About\n\nWritten by hand.\n",
    "index.md": "# My own home page\n",
    "briefings.md": "# A page named like the briefings folder\n",
    "actors.md": "# A page named like the actors folder\n",
    "notes/briefings/index.md": "# Nested, with generated-looking names\n",
    "notes/actors/marco-rubio.md": "# My notes on Rubio\n",
}


def test_hand_written_pages_with_colliding_names_are_never_modified_or_deleted(tmp_path, rule_nlp):
    project = make_project(tmp_path, SEED)
    for name, text in HAND_WRITTEN.items():
        (tmp_path / "site_src" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "site_src" / name).write_text(text)
    notes = build(project, rule_nlp)
    assert notes == [f"{tmp_path / 'site_src' / 'index.md'}: hand-written page kept; the generated one was not written"]
    build(project, rule_nlp)  # the second build replaces generated folders: still nothing of ours is touched
    for name, text in HAND_WRITTEN.items():
        assert (tmp_path / "site_src" / name).read_text() == text, name
    assert (tmp_path / "site_src" / "briefings" / f"{SEED.stem}.md").is_file()
    assert (tmp_path / "site" / "notes" / "actors" / "marco-rubio.html").is_file()


@pytest.mark.parametrize("intruder, message", [
    ("briefings/mine.md", "hand-written file inside the generated folder 'briefings/'"),
    ("actors/marco-rubio.md", "hand-written file inside the generated folder 'actors/'"),
    ("factions", "a hand-written file or link has the name of the generated folder 'factions/'"),
])
def test_a_hand_written_file_where_generated_pages_go_stops_the_build(tmp_path, rule_nlp, intruder, message):
    project = make_project(tmp_path, SEED)
    build(project, rule_nlp)
    target = tmp_path / "site_src" / intruder
    if target.is_dir():
        shutil.rmtree(target)
    target.write_text("# Mine, do not touch\n")
    before = snapshot(tmp_path / "site_src"), snapshot(tmp_path / "site")
    with pytest.raises(BriefingsError, match=message):
        build(project, rule_nlp)
    assert (snapshot(tmp_path / "site_src"), snapshot(tmp_path / "site")) == before
