"""The whole flow on the seed: CLI extract, `briefings build` with MkDocs --strict, search, determinism."""
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import SEED

pytestmark = pytest.mark.model


def test_extract_json_lines_in_the_documented_schema(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Second story\n2024-05-01\n\nTony Blair met Gordon Brown in London.\n")
    result = CliRunner().invoke(main, ["extract", str(SEED), str(other), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["article"]["title"] for line in lines] == [
        "Negotiation Strategies: U.S. and Russia's Diverging Diplomatic Approaches", "Second story"]
    seed = lines[0]
    assert seed["schema"] == "briefing/1"
    assert seed["article"] == {"id": "000_72eccff349c78508", "title": seed["article"]["title"],
                               "date": "2025-03-09", "source": "000_72eccff349c78508.txt"}
    assert {"dealmakers", "Rubio camp"} <= {f["name"] for f in seed["factions"]}
    assert set(seed["actors"][0]) == {"id", "name", "kind", "aliases", "mentions", "roles", "affiliation"}
    lavrov = next(a for a in seed["actors"] if a["name"] == "Sergei Lavrov")
    assert lavrov["roles"][0]["title"] == "Foreign Minister"
    assert "Sergei Lavrov" in lavrov["roles"][0]["evidence"]


def test_extract_reports_a_bad_file_and_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(main, ["extract", str(empty), str(SEED), "--json"])
    assert result.exit_code == 1
    assert f"Error: {empty}: empty file" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def run_build(project):
    """Run `briefings build` in `project` as an editor would; return the completed process."""
    return subprocess.run([sys.executable, "-m", "generator", "build"], cwd=project, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(SEED.parent.parent)})


def test_build_makes_a_searchable_strict_site_and_is_deterministic(site_project):
    first = run_build(site_project)
    assert first.returncode == 0, first.stderr
    site = site_project / "site"
    assert (site / "briefings" / "000_72eccff349c78508.html").is_file()
    assert (site / "actors" / "steve-witkoff.html").is_file()
    index = json.loads((site / "search" / "search_index.json").read_text())
    witkoff = [d["location"] for d in index["docs"] if d["title"] == "Steve Witkoff"]
    assert witkoff and witkoff[0].startswith("actors/steve-witkoff.html")
    assert (site_project / "site_src" / "about.md").read_text().startswith("# About these briefings")
    generated = {p: p.read_bytes() for p in sorted((site_project / "site_src").rglob("*.md"))}
    second = run_build(site_project)
    assert second.returncode == 0, second.stderr
    assert {p: p.read_bytes() for p in sorted((site_project / "site_src").rglob("*.md"))} == generated


def test_removed_article_pages_disappear(site_project):
    assert run_build(site_project).returncode == 0
    (site_project / "seeds" / "second.txt").write_text("Second story\n2025-04-01\n\nTony Blair met Gordon Brown.\n")
    assert run_build(site_project).returncode == 0
    assert (site_project / "site" / "actors" / "tony-blair.html").is_file()
    (site_project / "seeds" / "second.txt").unlink()
    assert run_build(site_project).returncode == 0
    assert not (site_project / "site_src" / "actors" / "tony-blair.md").exists()
    assert not (site_project / "site" / "actors" / "tony-blair.html").exists()


def test_a_bad_article_is_skipped_and_the_others_build(site_project):
    (site_project / "seeds" / "broken.md").write_text("---\ntitle: [oops\n---\nBody\n")
    result = run_build(site_project)
    assert result.returncode == 3
    assert "Skipped seeds/broken.md: broken YAML front matter near line 2" in result.stderr
    assert (site_project / "site" / "briefings" / "000_72eccff349c78508.html").is_file()
    strict = subprocess.run([sys.executable, "-m", "generator", "build", "--strict"], cwd=site_project,
                            capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(SEED.parent.parent)})  # this tree's generator
    assert strict.returncode == 1 and "--strict" in strict.stderr


def test_overrides_file_renames_and_a_bad_one_stops_the_build(site_project):
    overrides = site_project / "seeds" / "actors.yml"
    overrides.write_text("actors:\n  trump:\n    name: Donald Trump\n    description: President of the United States.\n")
    assert run_build(site_project).returncode == 0
    page = (site_project / "site_src" / "actors" / "trump.md").read_text()
    assert "# Donald Trump" in page and "President of the United States." in page
    overrides.write_text("actors:\n  trump:\n    kind: persn\n")
    before = (site_project / "site_src" / "actors" / "trump.md").read_bytes()
    result = run_build(site_project)
    assert result.returncode == 1
    assert "actors.yml" in result.stderr and "persn" in result.stderr
    assert (site_project / "site_src" / "actors" / "trump.md").read_bytes() == before
