"""Render stage: pages link first mentions and every actor, quotations and hostile text render as text, pages
are the same every time and in forked processes, and no page grows with the archive."""
import datetime as dt
import re
from dataclasses import replace

from generator.records import Quote
from generator.render import GENERATED_MARKER, render
from generator.resolve import resolve
from tests.conftest import ROOT, brief, two_briefings


def test_pages_link_first_mentions_and_every_actor(rule_nlp):
    pages = render(resolve(two_briefings(rule_nlp)), ROOT / "templates")
    assert set(pages) == {"index.md", "briefings/index.md", "actors/index.md", "factions/index.md", "events/index.md", "briefings/first.md",
                          "briefings/second.md", "actors/marco-rubio.md", "actors/sergei-lavrov.md",
                          "actors/riyadh.md", "actors/russia.md", "actors/rubio.md",
                          "briefings/feed.xml", "tags/index.md", "tags/russia.md",
                          "lists/briefings-2025-03.md", "lists/briefings-2025-02.md", "lists/actors-m.md",
                          "lists/actors-r.md", "lists/actors-s.md"}
    first = pages["briefings/first.md"]
    assert "[Marco Rubio](../actors/marco-rubio.md) met [Sergei Lavrov](../actors/sergei-lavrov.md)" in first
    assert "[Rubio](../actors/marco-rubio.md) said" in pages["briefings/second.md"]
    assert "[Riyadh talks](../briefings/first.md)" in pages["actors/marco-rubio.md"]
    assert all(GENERATED_MARKER in text for text in pages.values())


def test_a_quoted_sentence_quoted_again_turns_its_own_quotes_single(rule_nlp):
    briefing = brief(rule_nlp, '"It is time to say goodbye," Marco Rubio said of the "old" talks.', article_id="q")
    page = render(resolve([briefing]), ROOT / "templates")["actors/marco-rubio.md"]
    assert "“‘It is time to say goodbye,’ Marco Rubio said of the ‘old’ talks.”" in page
    assert '“"' not in page


def test_each_quote_is_its_own_paragraph_and_a_line_ending_in_a_tag_keeps_its_line_break(rule_nlp):
    briefing = brief(rule_nlp, '"We will talk," Marco Rubio said.', '"We will not," Sergei Lavrov said.', article_id="q")
    briefing = replace(briefing, quotes=(Quote("marco-rubio", "We will talk,", '"We will talk," Marco Rubio said.'),
                                         Quote(None, "We will not,", '"We will not," Sergei Lavrov said.')))
    page = render(resolve([briefing]), ROOT / "templates")["briefings/q.md"]
    quotes = page.split("## Quotes", 1)[1].split("## ", 1)[0]
    assert quotes.count("> “") == 2
    assert "\n\n> “We will not" in quotes  # a blank line: two paragraphs, not one run together
    assert "**Source:** test\n" in page


def test_hostile_article_text_renders_as_text_only(rule_nlp):
    hostile = brief(rule_nlp, "<script>alert(1)</script> Rubio said [click](javascript:alert(2)) {{ 7*7 }}.",
                    "# Not a heading | not a cell ![x](http://tracker/x.png)",
                    title="<img src=x onerror=alert(3)> *Title*", article_id="hostile")
    page = render(resolve([hostile]), ROOT / "templates")["briefings/hostile.md"]
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#91;click&#93;(javascript:alert(2))" in page and "\\!&#91;x&#93;" in page
    assert "\\# Not a heading &#124; not a cell" in page
    assert "{{ 7\\*7 }}" not in page and "\\{\\{ 7\\*7 \\}\\}" in page
    assert "# &lt;img src=x onerror=alert(3)&gt; \\*Title\\*" in page
    assert 'title: "‹img src=x onerror=alert(3)› *Title*"' in page  # themes print this one raw


def test_rendering_is_deterministic(rule_nlp):
    briefings = two_briefings(rule_nlp)
    assert render(resolve(briefings), ROOT / "templates") == render(resolve(briefings[::-1]), ROOT / "templates")


def test_index_pages_stay_small_and_listings_split_by_month_and_letter(rule_nlp):
    """Section indexes show the newest items; every briefing and actor is on one listing page."""
    dated = [brief(rule_nlp, f"Marco Rubio met Sergei Lavrov {n}.", article_id=f"d{n}", title=f"Talks {n}",
                   date=dt.date(2025, 1 + n % 3, 1 + n // 3)) for n in range(60)]
    undated = [brief(rule_nlp, "Sergei Lavrov spoke in Riyadh.", article_id=f"u{n}", title=title, date=None)
                 for n, title in enumerate(["Apples", "Avocados", "Bananas", "Élan"])]
    pages = render(resolve([*dated, *undated]), ROOT / "templates")
    index = pages["briefings/index.md"]
    assert index.count("](../briefings/d") == 0 and index.count("](d") == 50  # the 50 newest only
    assert "- [March 2025](../lists/briefings-2025-03.md) (20 briefings)" in index
    assert "- [Undated: A](../lists/briefings-undated-a.md) (2 briefings)" in index
    assert "[Élan](../briefings/u3.md)" in pages["lists/briefings-undated-e.md"]  # by its ASCII letter
    listed = [p for p in pages if p.startswith("lists/briefings-")]
    assert sum(len(re.findall(r"\]\(\.\./briefings/[du]\d+\.md", pages[p])) for p in listed) == 64  # each once
    assert "[Marco Rubio](../actors/marco-rubio.md)" in pages["lists/actors-m.md"]
    assert "[R](../lists/actors-r.md) (1)" in pages["actors/index.md"]  # Riyadh


def test_an_actor_picture_changes_with_its_own_ties_only(rule_nlp):
    """A new article about Russia leaves Rubio's picture as it was: his ties are unchanged, though
    Russia, in his picture, has more mentions now (a picture sized by those changed for every actor
    ever named with a much-mentioned one, 900 pages of 17,000 per new article)."""
    def picture(page: str) -> str:
        return re.search(r'<svg .*?</svg>', page, re.DOTALL).group(0)

    first, second = two_briefings(rule_nlp)
    third = brief(rule_nlp, "Russia spoke. Russia said talks would go on. Russia waited.",
                  article_id="third", date=dt.date(2025, 3, 5))
    before = render(resolve([first, second]), ROOT / "templates")["actors/marco-rubio.md"]
    after = render(resolve([first, second, third]), ROOT / "templates")["actors/marco-rubio.md"]
    assert picture(before) == picture(after)
    assert "Russia: 1 shared sentence" in picture(after) and "Marco Rubio: 2 mentions" in picture(after)


def test_pages_rendered_in_forked_processes_are_the_same_pages(rule_nlp, monkeypatch):
    """Two processes render and cross-link the same pages, in the same order, as one does."""
    from generator.render import forked
    monkeypatch.setattr(forked, "MIN_ITEMS", 1)  # fork even for this small collection
    briefings = [brief(rule_nlp, f"Marco Rubio met Sergei Lavrov in Riyadh {n}. Rubio said Russia waited.",
                       article_id=f"b{n}", title=f"Talks {n}", date=dt.date(2025, 1 + n % 3, 1 + n))
                 for n in range(12)]
    one = render(resolve(briefings), ROOT / "templates")
    two = render(resolve(briefings), ROOT / "templates", processes=2)
    assert list(two) == list(one) and two == one
    assert "## Linked from" in two["actors/marco-rubio.md"]  # backlinks came back from the processes too


def test_work_is_split_into_consecutive_ranges():
    from generator.render.forked import split
    assert split(10, 4) == [range(0, 3), range(3, 6), range(6, 9), range(9, 10)]
    assert split(3, 8) == [range(0, 1), range(1, 2), range(2, 3)]
    assert split(0, 4) == []


def test_no_page_grows_with_the_archive(rule_nlp, monkeypatch):
    """An actor in many briefings shows the newest on its page; the older ones are on listing pages of
    bounded length, oldest first, so a new article changes the actor's page and the last listing page only."""
    from generator.render import listings
    monkeypatch.setattr(listings, "SECTION_TOP", 5)
    monkeypatch.setattr(listings, "LIST_ITEMS", 4)
    def collection(count):
        return resolve([brief(rule_nlp, f"Marco Rubio met Sergei Lavrov in Riyadh, story {n}.", article_id=f"s{n:02}",
                              title=f"Story {n:02}", date=dt.date(2025, 1, 1) + dt.timedelta(days=n))
                        for n in range(count)])
    pages = render(collection(16), ROOT / "templates")
    actor = pages["actors/marco-rubio.md"]
    assert actor.count("](../briefings/s") == 5 and "](../briefings/s15.md)" in actor  # the 5 newest
    assert "- and 11 older, oldest first: pages [1](../lists/actor-marco-rubio.md) · [2](../lists/actor-marco-rubio--2.md) · [3](" in actor
    first, last = pages["lists/actor-marco-rubio.md"], pages["lists/actor-marco-rubio--3.md"]
    assert re.findall(r"\(\.\./briefings/(s\d+)\.md\)", first) == ["s00", "s01", "s02", "s03"]  # oldest first
    assert "Page 1 of 3: **1** · [2](actor-marco-rubio--2.md) · [3](actor-marco-rubio--3.md)" in first
    assert re.findall(r"\(\.\./briefings/(s\d+)\.md\)", last) == ["s08", "s09", "s10"]
    after = render(collection(17), ROOT / "templates")  # one newer article
    changed = {p for p in pages if p.startswith("lists/actor-marco-rubio") and after.get(p) != pages[p]}
    assert changed == {"lists/actor-marco-rubio--3.md"}
    assert "[Story 11](../briefings/s11.md)" in after["lists/actor-marco-rubio--3.md"]
    assert pages["lists/briefings-2025-01.md"].count("](../briefings/s") == 4  # a month is read 4 at a time too
    assert "Page 1 of 4" in pages["lists/briefings-2025-01.md"]
