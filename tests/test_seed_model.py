"""The real model on the seed article: the facts a reader checks first."""
import pytest

from generator.extract.batch import extract_all
from generator.read import read_article
from tests.conftest import ROOT, SEED, actor_named

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed_briefing(model_nlp):
    return next(extract_all([read_article(SEED, ROOT)], model_nlp))


def roles(actor):
    return [r.title for r in actor.roles]


def test_people_with_their_roles(seed_briefing):
    assert actor_named(seed_briefing, "Marco Rubio").kind == "person"
    assert "Rubio" in actor_named(seed_briefing, "Marco Rubio").aliases
    assert "U.S. Secretary of State" in roles(actor_named(seed_briefing, "Marco Rubio"))
    trump = actor_named(seed_briefing, "Trump")
    assert trump.kind == "person" and "President" in roles(trump)
    assert "National Security Advisor" in roles(actor_named(seed_briefing, "Mike Waltz"))
    assert "Foreign Minister" in roles(actor_named(seed_briefing, "Sergei Lavrov"))
    assert "head of the Russian Direct Investment Fund" in roles(actor_named(seed_briefing, "Kirill Dmitriev"))
    assert "Ukraine envoy" in roles(actor_named(seed_briefing, "Keith Kellogg"))


def test_countries_and_organisations(seed_briefing):
    us = actor_named(seed_briefing, "United States")
    assert us.kind == "country" and {"U.S.", "the United States"} <= set(us.aliases)
    assert actor_named(seed_briefing, "Russia").kind == "country"
    fund = actor_named(seed_briefing, "Russian Direct Investment Fund")
    assert fund.kind == "organization" and "RDIF" in fund.aliases


def test_one_actor_per_person_and_no_headline_fragments(seed_briefing):
    names = [a.name for a in seed_briefing.actors]
    assert len(names) == len(set(names))
    for partial in ("Rubio", "Waltz", "Witkoff", "Dmitriev", "Zelensky", "U.S.", "Russian", "RDIF", "State"):
        assert partial not in names
    assert not [n for n in names if "Diverging" in n or "Sun" in n or "Quick Read" in n or "National Security" == n]
