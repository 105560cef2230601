"""Resolve stage: one actor across briefings (surnames, short forms, variants of a name, legal forms), ids that
survive a better name, roles with their dates, affiliations and co-mentions."""

from generator.render import render
from generator.resolve import resolve
from tests.conftest import ROOT, brief, rule_pipeline, two_briefings


def resolve_texts(nlp, texts: list[str]):
    """Return the collection of one article per text, with ids a0, a1, ..."""
    return resolve([brief(nlp, text, article_id=f"a{n}") for n, text in enumerate(texts)])


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
