"""Resolve and render stages: one actor across briefings, safe Markdown, linked first mentions."""
import datetime as dt
import re
from dataclasses import replace

from generator.records import Quote
from generator.render import GENERATED_MARKER, render
from generator.resolve import resolve
from tests.conftest import ROOT, brief
from tests.test_extract_rules import rule_pipeline


def two_briefings(nlp):
    """Return briefings of two articles that share actors under different names."""
    first = brief(nlp, "Marco Rubio met Sergei Lavrov in Riyadh.", article_id="first",
                  title="Riyadh talks", date=dt.date(2025, 2, 18))
    second = brief(nlp, "Rubio said talks with Russia would go on.", article_id="second",
                   title="Rubio speaks", date=dt.date(2025, 3, 1))
    return first, second


def test_same_actor_across_articles_is_one_actor(rule_nlp):
    collection = resolve(two_briefings(rule_nlp))
    assert [b.article.id for b in collection.briefings] == ["second", "first"]  # newest first
    rubio = collection.actor("marco-rubio")
    assert [a.briefing_id for a in rubio.appearances] == ["second", "first"]
    assert rubio.mentions == 2
    assert collection.actor_ids[("second", "rubio")] == "marco-rubio"
    assert "rubio" not in [a.id for a in collection.actors]


def test_surname_shared_by_two_people_in_the_collection_is_not_merged(rule_nlp):
    a = brief(rule_nlp, "Gordon Brown spoke.", article_id="a")
    b = brief(rule_nlp, "Nick Brown spoke.", article_id="b")
    c = brief(rule_nlp, "Brown spoke.", article_id="c")
    collection = resolve([a, b, c])
    assert {x.id for x in collection.actors} == {"gordon-brown", "nick-brown", "brown"}
    assert collection.actor("brown").may_be == ("gordon-brown", "nick-brown")
    page = render(collection, ROOT / "templates")["actors/brown.md"]
    assert "[Gordon Brown](gordon-brown.md) or [Nick Brown](nick-brown.md)" in page


def test_an_actor_whose_name_improves_keeps_its_old_url_as_a_redirect(rule_nlp):
    old = brief(rule_nlp, "Rubio spoke in Riyadh.", article_id="old")
    assert "rubio" in {a.id for a in resolve([old]).actors}
    new = brief(rule_nlp, "Marco Rubio met Sergei Lavrov.", article_id="new")
    collection = resolve([old, new])
    assert collection.actor("marco-rubio").former_ids == ("rubio",)
    redirect = render(collection, ROOT / "templates")["actors/rubio.md"]
    assert 'content="0; url=marco-rubio.html"' in redirect and "[Marco Rubio](marco-rubio.md)" in redirect


def test_a_short_form_joins_the_full_name_other_articles_spell_out():
    # BBC: "EU" had its own page in 32 articles, "Labour" in 148 (28 of them tagged a person).
    nlp = rule_pipeline(("ORG", "International Monetary Fund"), ("ORG", "IMF"), ("ORG", "Labour Party"),
                        ("ORG", "Labour"), ("PERSON", "Labour"), ("ORG", "Child Support Agency"), ("ORG", "CSA"),
                        ("ORG", "Conseil Superieur de l'Audiovisuel"))
    spelled = brief(nlp, "The International Monetary Fund (IMF) and the Labour Party met. Labour agreed. The "
                         "Child Support Agency (CSA) paid.", article_id="spelled")
    french = [brief(nlp, "The Conseil Superieur de l'Audiovisuel (CSA) ruled.", article_id=f"fr{n}") for n in (1, 2)]
    short = brief(nlp, "The IMF warned Labour. The CSA fined them.", article_id="short")
    collection = resolve([spelled, *french, short])
    assert collection.actor_ids[("short", "imf")] == "international-monetary-fund"
    assert collection.actor_ids[("short", "labour")] == "labour-party"
    assert collection.actor_ids[("short", "csa")] == "csa"  # most articles spell it out as another body
    assert collection.actor("international-monetary-fund").former_ids == ("imf",)


def resolve_texts(nlp, texts: list[str]):
    """Return the collection of one article per text, with ids a0, a1, ..."""
    return resolve([brief(nlp, text, article_id=f"a{n}") for n, text in enumerate(texts)])


def test_a_short_form_written_two_ways_joins_the_full_name():
    # ECB+: "U.N." (2 articles) and "UN" are one body by their letters; an article spells "UN" out.
    nlp = rule_pipeline(("ORG", "United Nations"), ("ORG", "UN"), ("ORG", "U.N."))
    texts = ["The United Nations (UN) met. The UN voted.", "The U.N. met.", "The U.N. voted.", "The UN agreed."]
    collection = resolve_texts(nlp, texts)
    assert {collection.actor_ids[(f"a{n}", local)] for n, local in ((1, "u-n"), (2, "u-n"), (3, "un"))} \
        == {"united-nations"}


def test_a_bodys_name_written_with_or_without_spaces_is_one_page_but_a_places_is_not():
    # BBC: "Exxon Mobil" and "ExxonMobil", "X-Box" and "Xbox" had two pages; "Southwest" is an airline.
    nlp = rule_pipeline(("ORG", "Exxon Mobil"), ("ORG", "ExxonMobil"), ("GPE", "South West"), ("GPE", "Southwest"))
    texts = ["Exxon Mobil gained.", "ExxonMobil lost.", "The South West voted.", "Southwest flew."]
    collection = resolve_texts(nlp, texts)
    assert collection.actor_ids[("a0", "exxon-mobil")] == collection.actor_ids[("a1", "exxonmobil")]
    assert collection.actor_ids[("a2", "south-west")] != collection.actor_ids[("a3", "southwest")]


def test_a_body_the_model_took_for_a_person_joins_its_legal_name():
    # ECB+: "ATI Technologies" was a person in 5 articles and a page apart from "ATI Technologies Inc.".
    nlp = rule_pipeline(("PERSON", "ATI Technologies"), ("ORG", "ATI Technologies Inc."), ("PERSON", "Walt Disney"),
                        ("ORG", "Walt Disney Company"))
    texts = ["ATI Technologies won.", "ATI Technologies Inc. lost.", "Walt Disney drew.", "Walt Disney Company paid."]
    collection = resolve_texts(nlp, texts)
    assert collection.actor_ids[("a0", "ati-technologies")] == collection.actor_ids[("a1", "ati-technologies-inc")]
    assert collection.actor_ids[("a2", "walt-disney")] != collection.actor_ids[("a3", "walt-disney-company")]


def test_variants_of_one_name_are_one_page_but_different_people_stay_apart():
    # ECB+: "W. Mark Felt" and "Mark Felt", "Hewlett-Packard Co." and "Hewlett-Packard Company" had two pages each.
    nlp = rule_pipeline(("PERSON", "W. Mark Felt"), ("PERSON", "Mark Felt"), ("PERSON", "George W. Bush"),
                        ("PERSON", "George H. W. Bush"), ("PERSON", "George Bush"), ("PERSON", "R Kelly"),
                        ("PERSON", "Ruth Kelly"), ("ORG", "Hewlett-Packard Co."), ("ORG", "Hewlett-Packard Company"))
    texts = ["W. Mark Felt spoke to Hewlett-Packard Co.", "Mark Felt met Hewlett-Packard Company staff.",
             "George W. Bush and George H. W. Bush met R Kelly.", "George Bush met Ruth Kelly."]
    collection = resolve_texts(nlp, texts)
    pages = {collection.actor(gid).name for gid in set(collection.actor_ids.values())}
    assert pages == {"W. Mark Felt", "Hewlett-Packard Company", "George W. Bush", "George H. W. Bush",
                     "George Bush", "R Kelly", "Ruth Kelly"}


def test_a_given_name_cut_short_is_one_person_but_other_forms_stay_apart():
    # ECB+: "Fred LaRue" and "Frederick C. LaRue" had two pages; BBC names both Robbie and Robin Williams.
    names = ["Fred LaRue", "Frederick C. LaRue", "Robbie Williams", "Robin Williams", "John O'Connor",
             "Johnny O'Connor"]
    nlp = rule_pipeline(*(("PERSON", name) for name in names))
    collection = resolve_texts(nlp, [f"{name} spoke." for name in names])
    pages = {collection.actor(gid).name for gid in set(collection.actor_ids.values())}
    assert pages == set(names) - {"Fred LaRue"}  # one page, the fuller name (each is named once)


def test_roles_carry_their_date_and_affiliations_link_the_body(rule_nlp):
    briefing = brief(rule_nlp, "Kirill Dmitriev, the head of the Russian Direct Investment Fund (RDIF), spoke.")
    collection = resolve([briefing])
    dmitriev = collection.actor("kirill-dmitriev")
    assert dmitriev.affiliations == ("russian-direct-investment-fund",)
    page = render(collection, ROOT / "templates")["actors/kirill-dmitriev.md"]
    assert "**head of the Russian Direct Investment Fund** (9 March 2025)" in page
    assert "**Affiliation:** [Russian Direct Investment Fund](russian-direct-investment-fund.md)" in page


def test_related_actors_count_shared_sentences(rule_nlp):
    collection = resolve(two_briefings(rule_nlp))
    assert dict(collection.actor("marco-rubio").related) == {"riyadh": 1, "russia": 1, "sergei-lavrov": 1}


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
