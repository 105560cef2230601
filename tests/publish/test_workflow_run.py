"""The Pages workflow's build step, run as GitHub Actions runs it (`bash -e`, GITHUB_ACTIONS=true, a
job summary file): skipped articles are annotated and summarised and the rest is published (green);
a broken overrides file or --strict fails the step (red). Also the annotations' escaping."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.publish.actions_report import annotation, escape_data, skipped_summary, split_message
from tests.conftest import ROOT, SEED

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
SEED_PAGE = Path("site") / "briefings" / f"{SEED.stem}.html"


def build_step_script() -> str:
    """Return the `run:` script of the workflow's step that builds the site."""
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"]["build"]["steps"]
    return next(step["run"] for step in steps if step.get("name") == "Build the site")


def run_as_actions(project: Path, script: str) -> tuple[subprocess.CompletedProcess, str]:
    """Run `script` in `project` as an Actions step does; return the process and the job summary."""
    (project / "step.sh").write_text(script)
    summary = project / "summary.md"
    briefings = shutil.which("briefings", path=str(Path(sys.executable).parent)) or shutil.which("briefings")
    assert briefings, "the briefings command is missing: pip install -e ."
    env = {**os.environ, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary), "PYTHONPATH": str(ROOT),
           "PATH": f"{Path(briefings).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(["bash", "-e", "step.sh"], cwd=project, env=env, capture_output=True, text=True)
    return done, summary.read_text(encoding="utf-8") if summary.exists() else ""


@pytest.fixture
def seeds_with_skips(site_project) -> Path:
    """Return the seed site plus an empty article and a copy of the seed."""
    (site_project / "seeds" / "empty.txt").write_text("")
    shutil.copy(SEED, site_project / "seeds" / "zz-copy.txt")
    return site_project


@pytest.mark.model
def test_the_build_step_publishes_the_good_articles_and_annotates_the_skipped_ones(seeds_with_skips):
    done, summary = run_as_actions(seeds_with_skips, build_step_script())
    assert done.returncode == 0, done.stdout + done.stderr  # green: the deploy goes on
    assert (seeds_with_skips / SEED_PAGE).is_file()
    lines = done.stdout.splitlines()
    assert "::warning file=seeds/empty.txt::empty file" in lines
    assert f"::warning file=seeds/zz-copy.txt::same text as seeds/{SEED.name} (duplicate article)" in lines
    assert "1 of 3 articles were built and published" in summary
    assert "| seeds/zz-copy.txt | same text as seeds/" in summary and "| seeds/empty.txt | empty file |" in summary


@pytest.mark.model
def test_a_broken_overrides_file_makes_the_build_step_fail(seeds_with_skips):
    (seeds_with_skips / "seeds" / "actors.yml").write_text("actors:\n  trump:\n    kind: persn\n")
    done, summary = run_as_actions(seeds_with_skips, build_step_script())
    assert done.returncode == 1  # red: nothing is deployed
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error file=seeds/actors.yml::")]
    assert errors and "persn" in errors[0]
    assert not (seeds_with_skips / "site").exists() and summary == ""


@pytest.mark.model
def test_strict_makes_the_build_step_fail_on_a_skipped_article(seeds_with_skips):
    script = build_step_script().replace("briefings build", "briefings build --strict")
    done, _ = run_as_actions(seeds_with_skips, script)
    assert done.returncode == 1 and "--strict" in done.stderr
    assert "::warning file=seeds/empty.txt::empty file" in done.stdout.splitlines()


def test_a_crash_makes_the_build_step_fail(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")  # no seeds folder: the build stops
    done, _ = run_as_actions(tmp_path, build_step_script())
    assert done.returncode == 1 and "no seeds folder" in done.stderr


def test_an_annotation_names_the_file_even_when_its_name_holds_a_colon(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a: b,c.txt").write_text("")
    message = "seeds/a: b,c.txt: empty file"
    assert split_message(message, tmp_path) == ("seeds/a: b,c.txt", "empty file")
    assert annotation("warning", message, tmp_path) == "::warning file=seeds/a%3A b%2Cc.txt::empty file"
    absolute = f"{tmp_path}/seeds/a: b,c.txt: empty file"  # the overrides file's errors name it in full
    assert split_message(absolute, tmp_path) == ("seeds/a: b,c.txt", "empty file")


def test_a_message_cannot_start_a_workflow_command_or_add_markup(tmp_path):
    (tmp_path / "x.txt").write_text("")
    hostile = "x.txt: bad\n::error::forged\r%0A<script>alert(1)</script> | [a](javascript:b)"
    line = annotation("warning", hostile, tmp_path)
    assert line.splitlines() == [line] and line.startswith("::warning file=x.txt::bad%0A::error")  # one line
    assert escape_data("100%\n") == "100%25%0A"
    summary = skipped_summary([hostile], 2, tmp_path)
    assert "<script>" not in summary and "](javascript" not in summary
    table_rows = [row for row in summary.splitlines() if row.startswith("| x.txt")]
    assert len(table_rows) == 1 and table_rows[0].count(" | ") == 1  # the bar did not add a cell


def test_a_message_naming_no_file_is_annotated_without_one(tmp_path):
    assert annotation("error", "mkdocs build failed: oops", tmp_path) == "::error::mkdocs build failed: oops"
