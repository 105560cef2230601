"""The hostile corpus built into a site and opened in a real browser (Chromium via Playwright):
no dialog opens, no injected element or handler exists, no script errors, no request leaves
127.0.0.1. Skipped only when /usr/bin/chromium is absent and BRIEFINGS_REQUIRE_BROWSER is unset
(CI sets it, so there a missing browser fails the test instead of hiding it).
"""
from __future__ import annotations

import functools
import os
import re
import socket
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser_search import search, watch_search_worker
from tests.test_hostile_site import hostile_site  # noqa: F401  (the session fixture that builds the site)

CHROMIUM = Path("/usr/bin/chromium")
REQUIRED = bool(os.environ.get("BRIEFINGS_REQUIRE_BROWSER"))
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-default-apps", "--disable-sync"]
# The briefing titled "__config": its heading's id would be Material's "__config", whose text the
# theme parses as its configuration.
CLOBBERING_PAGE = "briefings/33-dom-clobbering.html"
REDIRECT = '<meta http-equiv="refresh"'
REDIRECT_TARGET = re.compile(r'<meta http-equiv="refresh" content="0; url=([\w./-]+\.html)">')

pytestmark = [pytest.mark.model,
              pytest.mark.skipif(not CHROMIUM.exists() and not REQUIRED,
                                 reason="no /usr/bin/chromium (set BRIEFINGS_REQUIRE_BROWSER=1 to fail instead)")]

# Runs in each page: returns a line for every element or attribute that the theme does not make
# and a payload would. The theme's own scripts are same-origin files or inline scripts without
# any payload text; its own elements carry its "md-" classes (escaped text cannot carry a class).
FIND_INJECTED = """() => {
  const found = [];
  const origin = location.origin;
  const say = (el, why) => found.push(`${why}: ${el.outerHTML.slice(0, 120)}`);
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase(), value = attr.value.toLowerCase();
      if (name.startsWith("on")) say(el, "event handler attribute " + name);
      if (["href", "src", "action", "formaction", "data", "srcdoc", "xlink:href", "background", "poster"]
            .includes(name) && /^\\s*(javascript|data|vbscript):/.test(value)) say(el, "script URL in " + name);
      if (name === "style" && /url\\(|expression|javascript/.test(value)) say(el, "style attribute");
    }
  }
  const hostile = "iframe, frame, frameset, object, embed, applet, base, img, video, audio, source, marquee, " +
                  "math, textarea, select, details, style, noscript, template";
  for (const el of document.querySelectorAll(hostile))
    if (!/^md-/.test(el.getAttribute("class") || "")) say(el, "injected element");
  // Redirect pages for renamed actors refresh to a page of ours; anything else is injected.
  for (const el of document.querySelectorAll("meta[http-equiv]"))
    if (!/^0; url=(?!\\/)[a-z0-9_.\\/-]+\\.html$/i.test(el.getAttribute("content") || "")) say(el, "meta refresh");
  for (const el of document.querySelectorAll("script"))
    if (el.src ? new URL(el.src).origin !== origin : /alert|evil\\.example|tracker/i.test(el.textContent))
      say(el, "foreign script");
  for (const el of document.querySelectorAll("link[href], form[action]")) {
    const url = new URL(el.getAttribute("href") || el.getAttribute("action"), location.href);
    if (url.origin !== origin) say(el, "foreign link or form");
  }
  if (document.head.querySelectorAll("title").length !== 1 || /[<>]/.test(document.title))
    found.push("title: " + document.title);
  return found;
}"""


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging each request, and lets the browser cache them."""

    def log_message(self, format: str, *args: object) -> None:
        """Log nothing."""

    def end_headers(self) -> None:
        """Mark every file cacheable: the theme's assets then load once, not once per page."""
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


class QuietServer(ThreadingHTTPServer):
    """An HTTP server that ignores clients hanging up (the browser leaving a page mid-request)."""

    def handle_error(self, request: object, client_address: object) -> None:
        """Print nothing."""


@pytest.fixture(scope="module")
def served_site(hostile_site) -> Iterator[str]:  # noqa: F811
    """Yield the base URL of the hostile site served on 127.0.0.1 by http.server in a thread."""
    handler = functools.partial(QuietHandler, directory=str(hostile_site.root / "site"))
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser_page() -> Iterator[tuple]:
    """Yield (page, problems): a Chromium page whose dialogs, script errors and off-host requests
    are recorded in `problems`.

    Every request but one to 127.0.0.1 goes to a proxy address where nothing listens, so it fails
    at once and nothing leaves the machine; the `request` event still records it. (Routing requests
    through Playwright would do the same but turns off the browser's cache and doubles the time.)
    """
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    dead_end = socket.socket()  # bound, never listening: connections to it are refused
    dead_end.bind(("127.0.0.1", 0))
    proxy = f"--proxy-server=http://127.0.0.1:{dead_end.getsockname()[1]}"  # loopback bypasses it

    def record_request(request) -> None:
        if urlsplit(request.url).hostname != "127.0.0.1" and not request.url.startswith(("data:", "blob:")):
            problems.append(f"request left 127.0.0.1: {request.url}")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, proxy])
        context = browser.new_context(service_workers="block")
        context.on("request", record_request)
        page = context.new_page()
        page.on("dialog", lambda dialog: (problems.append(f"dialog opened: {dialog.message}"), dialog.dismiss()))
        page.on("pageerror", lambda error: problems.append(f"script error on {page.url}: {error}"))
        yield page, problems
        browser.close()
    dead_end.close()


@pytest.fixture
def browser(browser_page) -> tuple:
    """Return (page, problems), with no problem recorded yet."""
    browser_page[1].clear()
    return browser_page


def test_no_page_runs_injected_code_or_loads_anything_from_elsewhere(hostile_site, served_site,  # noqa: F811
                                                                     browser):
    page, problems = browser
    site = hostile_site.root / "site"
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert CLOBBERING_PAGE in pages and len(pages) > 80
    pages.remove(CLOBBERING_PAGE)  # tested on its own below
    for path in [p for p in pages if REDIRECT in (site / p).read_text(encoding="utf-8")]:
        # an actor's old URL ("Аpple Corp" joined "Аpple Corp."): it navigates away at once, so check its
        # target here and the target's page in the walk
        target = REDIRECT_TARGET.search((site / path).read_text(encoding="utf-8"))
        assert target and (site / path).parent.joinpath(target.group(1)).resolve().is_file(), path
        pages.remove(path)
    for path in pages:
        page.goto(served_site + path, wait_until="load")
        page.mouse.move(200, 300)  # hover handlers would fire now, if any had been injected
        problems.extend(f"{path}: {line}" for line in page.evaluate(FIND_INJECTED))
    assert problems == [], "\n".join(problems)


# Payload words a reader might search for; each finds pages that show payloads. "alert" and
# "iframe" sit inside "onerror=alert(1)" and "<iframe": found because mkdocs.yml's search
# separator splits words at punctuation and at the index's "&lt;".
PAYLOAD_QUERIES = ("script", "onerror", "alert", "iframe", "javascript", "onmouseover", "style")
# Visible text of a result that shows a payload's markup: a tag, escaped ("<") or in the
# generator's safe brackets ("‹").
MARKUP_AS_TEXT = re.compile(r"[<‹]/?(script|img|svg|style|object|noscript|div|link|body)\b", re.IGNORECASE)


def test_searching_for_payload_words_shows_results_as_text(served_site, browser):
    shared, problems = browser
    page = shared.context.new_page()  # a fresh page: the shared one has just walked ~100 pages
    page.on("dialog", lambda dialog: (problems.append(f"dialog opened: {dialog.message}"), dialog.dismiss()))
    page.on("pageerror", lambda error: problems.append(f"script error on {page.url}: {error}"))
    watch_search_worker(page)
    try:
        page.goto(served_site + "index.html", wait_until="networkidle")
        shown = []
        for query in PAYLOAD_QUERIES:
            found = search(page, query)
            texts = page.locator(".md-search-result__item").all_inner_texts()
            shows = f"search {query!r}: {found} pages found, {len(texts)} shown"
            assert found > 0 and min(found, 10) <= len(texts) <= found, shows
            assert page.locator(".md-search-result__list").is_visible(), f"search {query!r}: results hidden"
            assert any(query in text.lower() for text in texts), f"search {query!r}: {texts}"
            shown += texts
            problems.extend(f"search {query!r}: {line}" for line in page.evaluate(FIND_INJECTED))
    finally:
        page.close()
    assert any(MARKUP_AS_TEXT.search(text) for text in shown), shown
    assert problems == [], "\n".join(problems)


def test_the_theme_itself_loads_nothing_from_elsewhere(served_site, browser):
    page, problems = browser
    page.goto(served_site + "about.html", wait_until="load")
    foreign = page.evaluate("""() => [...document.querySelectorAll("script[src], link[href], img[src], iframe[src]")]
        .map(el => el.src || el.href).filter(url => new URL(url).origin !== location.origin)""")
    assert foreign == [] and problems == []


def test_a_heading_cannot_take_the_id_of_the_themes_config(served_site, browser):
    page, problems = browser
    page.goto(served_site + CLOBBERING_PAGE, wait_until="load")
    problems.extend(page.evaluate(FIND_INJECTED))
    assert problems == [], "\n".join(problems)
