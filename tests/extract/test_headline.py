"""The headline's actors (`extract.headline`): a place or body the title names that the body names only inside
a longer name; not a short form of the body's own name, nor part of a person's name."""
from generator.extract import extract
from tests.conftest import actor_named, make_article, rule_pipeline


def headline_pipeline():
    """Return a blank pipeline that tags the names of the headline tests."""
    return rule_pipeline(("GPE", "Toronto"), ("ORG", "Parker"), ("FAC", "the Metro Toronto Convention Centre"),
                         ("PERSON", "Scott Parker"), ("ORG", "Commons"), ("ORG", "The House of Commons"),
                         ("ORG", "Reliance"), ("ORG", "Reliance Group"))


def test_a_place_the_headline_names_is_an_actor_where_the_body_names_it_only_inside_a_longer_name():
    from generator.extract.batch import extract_all

    nlp = headline_pipeline()
    article = make_article("The fan convention took place at the Metro Toronto Convention Centre this weekend.",
                           title="Pop culture celebrated at a fan convention in Toronto")
    [briefing] = list(extract_all([article], nlp))
    toronto = actor_named(briefing, "Toronto")
    assert toronto.kind == "place" and len(toronto.mentions) == 1
    assert actor_named(briefing, "Metro Toronto Convention Centre") is not None
    without_headline = extract(article, list(nlp.pipe(article.paragraphs)))
    assert "Toronto" not in {a.name for a in without_headline.actors}


def test_a_headline_name_that_ends_a_longer_name_or_drops_its_head_word_is_no_new_actor():
    nlp = headline_pipeline()
    for title, body, name in [("Commons vote on war", "The House of Commons voted on Tuesday.", "House of Commons"),
                              ("Reliance feud heats up", "The brothers run the conglomerate Reliance Group.",
                               "Reliance Group")]:
        article = make_article(body, title=title)
        briefing = extract(article, list(nlp.pipe(article.paragraphs)), nlp(article.title))
        assert [a.name for a in briefing.actors] == [name]


def test_a_headline_name_that_is_part_of_a_persons_name_in_the_body_is_no_new_actor():
    nlp = headline_pipeline()
    article = make_article("Scott Parker was injured in training on Tuesday.", title="Parker misses the clash")
    briefing = extract(article, list(nlp.pipe(article.paragraphs)), nlp(article.title))
    assert [a.name for a in briefing.actors] == ["Scott Parker"]
