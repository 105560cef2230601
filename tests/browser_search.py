"""Searching a built site in a browser test as a reader does, and knowing when the theme has answered.

Material's search box sends its worker one query per key released ("s", "sc", ... "script") and
the worker answers them in order, each answer replacing the result list. Waiting for result items
to appear therefore passes on the answer to an early prefix, and waiting for the list to change
cannot tell the last answer from the others. WATCH_SEARCH_WORKER, added to a page before its
scripts run, counts the queries the theme posts to its worker and the answers coming back, without
changing either; `search` types a query and waits until every query has been answered, the last of
them being the one typed.

Imported by tests/test_browser.py and tests/test_site_reading_browser.py (also when the latter
runs as a script, so this module imports nothing from `tests`).
"""
from __future__ import annotations

# Material's SearchMessageType (mkdocs-material 9): SETUP 0, READY 1, QUERY 2, RESULT 3.
WATCH_SEARCH_WORKER = """(() => {
  const Native = window.Worker;
  const seen = window.__searchWorker = {ready: false, queries: [], answers: []};
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      // Recorded in a later task, so every listener of the theme has handled the answer by then.
      this.addEventListener("message", ({data}) => setTimeout(() => {
        if (data && data.type === 1) seen.ready = true;
        if (data && data.type === 3) seen.answers.push(data.data.items.length);
      }));
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) seen.queries.push(message.data);
      return super.postMessage(message, ...rest);
    }
  };
})()"""

SEARCH_READY = "() => window.__searchWorker.ready"
ANSWERED = """query => {
  const seen = window.__searchWorker;
  return seen.queries.length > 0 && seen.queries.at(-1) === query && seen.answers.length === seen.queries.length;
}"""


def watch_search_worker(page) -> None:
    """Make `page` record its search worker's queries and answers (call before `page.goto`)."""
    page.add_init_script(WATCH_SEARCH_WORKER)


def search(page, query: str, timeout: float = 60_000) -> int:
    """Clear the search box, type `query` into it key by key, wait until the search worker has
    answered it (and every query before it), and return how many pages the answer lists; the
    theme has rendered the answer by then (the first ten pages, more as the list scrolls).

    The page must have been opened after `watch_search_worker(page)`.
    """
    from playwright.sync_api import TimeoutError as BrowserTimeout

    state = "() => window.__searchWorker"
    if page.evaluate("() => window.__searchWorker === undefined"):
        raise AssertionError("the page was opened without watch_search_worker(page)")
    try:
        page.wait_for_function(SEARCH_READY, timeout=timeout)  # the index is built in the worker
    except BrowserTimeout as error:
        raise AssertionError(f"the search worker never said it was ready: {page.evaluate(state)}") from error
    box = page.locator("input.md-search__input")
    box.click()
    box.press("Control+A")
    box.press("Backspace")
    page.keyboard.type(query)
    try:
        page.wait_for_function(ANSWERED, arg=query, timeout=timeout)
    except BrowserTimeout as error:
        raise AssertionError(f"the search worker did not answer {query!r}: {page.evaluate(state)}") from error
    return page.evaluate("() => window.__searchWorker.answers.at(-1)")
