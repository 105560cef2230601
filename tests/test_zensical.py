"""The generated site built with Zensical (Material for MkDocs' successor) instead of MkDocs: the seed
site and the hostile corpus build, titles show as written, no heading takes a theme's id, and in
Chromium no script runs and no request leaves 127.0.0.1, as `test_browser` checks the MkDocs build.

Skipped where Zensical is not installed (`pip install -e ".[zensical]"`, which CI's `.ci/run` does).
"""
from __future__ import annotations

import functools
import importlib.util
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.pipeline import Project, generate
from generator.publish.write import swapped_pages
from tests.conftest import SEED
from tests.test_browser import (CHROMIUM, CLOBBERING_PAGE, FIND_INJECTED, REDIRECT, REQUIRED, QuietHandler,
                                QuietServer, browser, browser_page)  # noqa: F401  (fixtures)
from tests.test_hostile_site import heading_of, hostile_site  # noqa: F401  (the session fixture)

pytestmark = pytest.mark.skipif(importlib.util.find_spec("zensical") is None,
                                reason="Zensical is not installed (pip install -e '.[zensical]')")
needs_browser = pytest.mark.skipif(not CHROMIUM.exists() and not REQUIRED,
                                   reason="no /usr/bin/chromium (set BRIEFINGS_REQUIRE_BROWSER=1 to fail instead)")
SITE_PARTS = ("mkdocs.yml", "templates", "site_src", "seeds")
HEADING_ID = re.compile(r'<h[1-6][^>]* id="([^"]*)"')


def zensical_build(project: Path, target: Path) -> Path:
    """Return the site Zensical builds from a copy of the project's pages (the MkDocs build left out)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in SITE_PARTS:
        source = project / name
        shutil.copytree(source, target / name) if source.is_dir() else shutil.copy(source, target / name)
    done = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict"], cwd=target,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return target / "site"


def heading_ids(site: Path) -> dict[str, list[str]]:
    """Return {page: ids of its headings} of every HTML page of a built site."""
    return {p.relative_to(site).as_posix(): HEADING_ID.findall(p.read_text(encoding="utf-8"))
            for p in site.rglob("*.html")}


@pytest.fixture(scope="module")
def zensical_hostile_site(hostile_site, tmp_path_factory) -> Path:  # noqa: F811
    """Return the hostile corpus's pages built by Zensical."""
    return zensical_build(hostile_site.root, tmp_path_factory.mktemp("zensical-hostile"))


def test_zensical_builds_the_seed_site(site_project, rule_nlp, tmp_path):
    project = Project.at(site_project)
    with swapped_pages(generate(project, rule_nlp, report=lambda line: None).pages, site_project / "site_src"):
        pass
    site = zensical_build(site_project, tmp_path / "zensical")
    page = site / "briefings" / f"{SEED.stem}.html"
    assert heading_of(page).startswith("Negotiation Strategies")
    assert 'id="negotiation-strategies-us-and-russias-diverging-diplomatic-approaches"' in page.read_text()
    assert (site / "actors" / "marco-rubio.html").is_file() and (site / "index.html").is_file()


def test_zensical_shows_every_hostile_title_as_written_and_no_heading_takes_a_theme_id(
        hostile_site, zensical_hostile_site):  # noqa: F811
    mkdocs_site = hostile_site.root / "site" / "briefings"
    briefings = sorted(p.name for p in mkdocs_site.glob("*.html") if p.name != "index.html")
    assert len(briefings) > 40
    for name in briefings:  # the same titles as the MkDocs build shows
        assert heading_of(zensical_hostile_site / "briefings" / name) == heading_of(mkdocs_site / name), name
    ids = heading_ids(zensical_hostile_site)
    assert [(page, i) for page, found in ids.items() for i in found if i.startswith("__")] == []
    assert "config" in ids[CLOBBERING_PAGE]  # the title "__config" got an id of its own


@pytest.fixture(scope="module")
def served_zensical_site(zensical_hostile_site) -> Iterator[str]:
    """Yield the base URL of the Zensical-built hostile site served on 127.0.0.1."""
    handler = functools.partial(QuietHandler, directory=str(zensical_hostile_site))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.mark.model
@needs_browser
def test_no_zensical_page_runs_injected_code_or_loads_anything_from_elsewhere(
        zensical_hostile_site, served_zensical_site, browser):  # noqa: F811
    page, problems = browser
    pages = sorted(p.relative_to(zensical_hostile_site).as_posix() for p in zensical_hostile_site.rglob("*.html"))
    assert CLOBBERING_PAGE in pages and len(pages) > 80
    for path in pages:
        if REDIRECT in (zensical_hostile_site / path).read_text(encoding="utf-8"):
            continue  # navigates away at once; test_browser checks where to
        page.goto(served_zensical_site + path, wait_until="load")
        page.mouse.move(200, 300)  # hover handlers would fire now, if any had been injected
        problems.extend(f"{path}: {line}" for line in page.evaluate(FIND_INJECTED))
    assert problems == [], "\n".join(problems)
