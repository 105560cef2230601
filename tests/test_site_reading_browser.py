"""The seed site as a reader meets it, in a real browser (Chromium via Playwright, headless): the
home page loads cleanly, search finds Witkoff's page, actor links and the network picture work,
every internal link answers 200, and pages fit a phone. Skipped only when /usr/bin/chromium is
absent and BRIEFINGS_REQUIRE_BROWSER is unset (CI sets it, so there a missing browser fails).

Run as a script to refresh the README's screenshots from the site `briefings build` made:
    python tests/test_site_reading_browser.py            # reads site/, writes docs/screenshots/
"""
from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from browser_search import search, watch_search_worker  # tests/ is on the path (pytest, or run as a script)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_72eccff349c78508.txt"
CHROMIUM = Path("/usr/bin/chromium")
REQUIRED = bool(os.environ.get("BRIEFINGS_REQUIRE_BROWSER"))
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-default-apps", "--disable-sync"]
PHONE = {"width": 390, "height": 844}
BRIEFING = "briefings/000_72eccff349c78508.html"
# What the README shows: (file name, page, viewport width).
SCREENSHOTS = [("home.png", "index.html", 1280), ("briefing.png", BRIEFING, 1280),
               ("actor.png", "actors/steve-witkoff.html", 1280), ("graph.png", "actors/index.html", 1280),
               ("phone.png", BRIEFING, PHONE["width"])]

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not CHROMIUM.exists() and not REQUIRED,
                                 reason="no /usr/bin/chromium (set BRIEFINGS_REQUIRE_BROWSER=1 to fail instead)")]


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging each request to the test output."""

    def log_message(self, format: str, *args: object) -> None:
        """Log nothing."""


@contextlib.contextmanager
def served(site: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (a free port) in a thread; yield its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """Yield a headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory) -> Path:
    """Return the seed site built by `briefings build` in a scratch copy of the project."""
    root = tmp_path_factory.mktemp("reading")
    shutil.copytree(ROOT / "templates", root / "templates")
    shutil.copytree(ROOT / "site_src", root / "site_src", ignore=shutil.ignore_patterns(
        "briefings", "actors", "factions", "events", "tags", "lists", "index.md"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "seeds").mkdir()
    shutil.copy(SEED, root / "seeds" / SEED.name)
    build = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=root, capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert build.returncode == 0, build.stderr
    return root / "site"


@pytest.fixture(scope="module")
def base_url(seed_site) -> Iterator[str]:
    """Yield the URL of the seed site served on 127.0.0.1."""
    with served(seed_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Yield the headless Chromium."""
    with chromium() as running:
        yield running


@pytest.fixture
def page(browser) -> Iterator[object]:
    """Yield a fresh desktop-sized page whose console errors, script errors and requests that
    leave 127.0.0.1 (aborted) are collected in `page.problems`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda error: page.problems.append(f"script error: {error}"))

    def route(request_route) -> None:
        if urlsplit(request_route.request.url).hostname == "127.0.0.1":
            request_route.continue_()
        else:
            page.problems.append(f"request left 127.0.0.1: {request_route.request.url}")
            request_route.abort()

    context.route("**/*", route)
    yield page
    context.close()


def test_home_loads_with_no_console_errors_or_outside_requests(page, base_url):
    page.goto(base_url + "index.html", wait_until="networkidle")
    assert heading(page) == "Briefings"
    for section in ("Latest briefings", "Most mentioned actors", "Most active factions", "Recent events"):
        assert page.locator("h2", has_text=section).count() == 1, section
    assert page.locator('a[href="briefings/feed.xml"]').count() == 1
    assert page.problems == []


def heading(page) -> str:
    """Return the page's title heading without the theme's permalink mark."""
    return page.locator("article h1").first.inner_text().replace("¶", "").strip()


def test_search_for_witkoff_puts_his_actor_page_first_and_a_click_opens_it(page, base_url):
    watch_search_worker(page)
    page.goto(base_url + "index.html", wait_until="networkidle")
    assert search(page, "Witkoff") > 0  # waits for the answer to "Witkoff", not to "W" or "Wit"
    first = page.locator(".md-search-result__item > a").first
    assert "actors/steve-witkoff.html" in first.get_attribute("href")
    first.click()
    page.wait_for_url("**/actors/steve-witkoff.html*")
    assert heading(page) == "Steve Witkoff"
    assert page.problems == []


def test_every_actor_link_of_a_briefing_opens_the_actor_page(page, base_url):
    page.goto(base_url + BRIEFING)
    hrefs = sorted(set(page.eval_on_selector_all(
        "article a[href^='../actors/']", "links => links.map(a => a.getAttribute('href'))")))
    assert len(hrefs) >= 20
    for href in hrefs:
        page.goto(base_url + BRIEFING, wait_until="domcontentloaded")
        page.locator(f"article a[href='{href}']").first.click()
        page.wait_for_url(urljoin(base_url + BRIEFING, href), wait_until="domcontentloaded")
        assert heading(page), href
        assert page.locator("text=Kind:").count() == 1, href  # an actor page, not a 404 or a redirect
    assert page.problems == []


def test_the_network_pictures_render(page, base_url):
    page.goto(base_url + "actors/index.html")
    network = page.locator("svg.actor-network")
    box = network.bounding_box()
    assert box["width"] > 400 and box["height"] > 250
    assert network.locator("circle").count() >= 20 and network.locator("line").count() >= 20
    network.locator("a[href='steve-witkoff.html']").click()  # a dot is a link to the actor's page
    page.wait_for_url("**/actors/steve-witkoff.html")
    small = page.locator("svg.actor-network")
    assert small.bounding_box()["width"] > 300 and small.locator("circle").count() >= 3
    assert page.problems == []


class Links(HTMLParser):
    """Collects the URLs an HTML page refers to: links, scripts, stylesheets, images."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record href and src attributes."""
        self.urls += [value for name, value in attrs if name in ("href", "src") and value]


def crawl(base_url: str) -> tuple[dict[str, int], int]:
    """Return ({internal URL: status} of every URL reachable from the home page, pages parsed)."""
    status: dict[str, int] = {}
    queue, parsed = [base_url + "index.html"], 0
    while queue:
        url = queue.pop()
        if url in status:
            continue
        try:
            with urllib.request.urlopen(url) as response:
                status[url], body = response.status, response.read()
        except urllib.error.HTTPError as err:
            status[url] = err.code
            continue
        if url.endswith(".html") or url.endswith("/"):
            parsed += 1
            parser = Links()
            parser.feed(body.decode("utf-8"))
            for found in parser.urls:
                target = urldefrag(urljoin(url, found)).url
                if target.startswith(base_url):
                    queue.append(target)
    return status, parsed


def test_every_internal_link_of_the_built_site_answers_200(base_url, seed_site):
    status, parsed = crawl(base_url)
    pages = [p for p in seed_site.rglob("*.html") if p.name != "404.html"]  # the server's, linked from none
    assert parsed == len(pages)  # every page is reachable from the home page
    assert base_url + "briefings/feed.xml" in status and base_url + "tags/index.html" in status
    assert {url: code for url, code in status.items() if code != 200} == {}


def test_pages_fit_a_phone_without_horizontal_scrolling(browser, base_url, seed_site):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    too_wide = {}
    for path in sorted(p.relative_to(seed_site).as_posix() for p in seed_site.rglob("*.html")):
        page.goto(base_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[path] = width
    context.close()
    assert too_wide == {}


def test_screenshots_of_the_pages_the_readme_shows(browser, base_url, tmp_path):
    for name, _ in save_screenshots(browser, base_url, tmp_path):
        assert (tmp_path / name).stat().st_size > 10_000, name


def save_screenshots(browser, base_url: str, folder: Path) -> list[tuple[str, str]]:
    """Save the README's screenshots into `folder`; return [(file name, page)]."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, path, width in SCREENSHOTS:
        context = browser.new_context(viewport={"width": width, "height": 900 if width > 600 else PHONE["height"]})
        page = context.new_page()
        page.goto(base_url + path, wait_until="networkidle")
        target = page.locator("svg.actor-network").first if name == "graph.png" else None
        (target or page).screenshot(path=str(folder / name))
        context.close()
    return [(name, path) for name, path, _ in SCREENSHOTS]


if __name__ == "__main__":
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"
    with served(site) as url, chromium() as running:
        for name, path in save_screenshots(running, url, ROOT / "docs" / "screenshots"):
            print(f"docs/screenshots/{name}: {path}")
