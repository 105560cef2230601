"""The editor's overrides file feeds extraction (entity ruler ids) and the collection (merges, names)."""
import datetime as dt

import pytest

from generator.extract.language import add_override_patterns
from generator.extract import extract
from generator.records import Article
from generator.overrides import ActorOverride, Overrides
from generator.render import render
from generator.resolve import resolve
from tests.conftest import ROOT, make_rule_pipeline

OVERRIDES = Overrides(actors=(
    ActorOverride(id="marco-rubio", name="Marco Rubio", kind="person", aliases=("Little Marco",),
                  description="U.S. Secretary of State from January 2025.", roles=("U.S. Secretary of State",)),
    ActorOverride(id="gordon-brown", name="Gordon Brown", kind="person", reject_aliases=("Brown",)),
    ActorOverride(id="united-states", merge=("washington",)),
))


@pytest.fixture
def curated_nlp():
    return add_override_patterns(make_rule_pipeline(), OVERRIDES)


def brief_with(nlp, *paragraphs, article_id="a"):
    article = Article(id=article_id, title="T", date=dt.date(2025, 3, 9), source="s", paragraphs=paragraphs)
    return extract(article, list(nlp.pipe(paragraphs)))


def test_an_alias_only_the_editor_knows_lands_on_the_actor(curated_nlp):
    briefing = brief_with(curated_nlp, "Little Marco spoke in Riyadh.")
    assert [(a.id, a.kind) for a in briefing.actors if a.id == "marco-rubio"] == [("marco-rubio", "person")]
    assert "Little Marco" in briefing.actors[[a.id for a in briefing.actors].index("marco-rubio")].aliases


def test_a_rejected_alias_never_joins_the_actor(curated_nlp):
    briefing = brief_with(curated_nlp, "Gordon Brown spoke. Brown left.")
    assert sorted(a.id for a in briefing.actors) == ["brown", "gordon-brown"]
    other = brief_with(curated_nlp, "Brown said nothing.", article_id="b")
    collection = resolve([briefing, other], OVERRIDES)
    assert collection.actor_ids[("b", "brown")] == "brown"


def test_collection_gets_names_descriptions_roles_and_merges(curated_nlp):
    first = brief_with(curated_nlp, "Rubio met officials. Little Marco left.")
    second = Article(id="b", title="T", date=None, source="s", paragraphs=("Washington agreed.",))
    nlp = curated_nlp
    nlp.get_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": "Washington"}])
    collection = resolve([first, extract(second, list(nlp.pipe(second.paragraphs)))], OVERRIDES)
    rubio = collection.actor("marco-rubio")
    assert rubio.name == "Marco Rubio" and rubio.description == "U.S. Secretary of State from January 2025."
    assert [r.title for r in rubio.roles] == ["U.S. Secretary of State"]
    assert collection.actor_ids[("b", "washington")] == "united-states"
    page = render(collection, ROOT / "templates")["actors/marco-rubio.md"]
    assert "U.S. Secretary of State from January 2025." in page and "- **U.S. Secretary of State**:" in page


def test_patterns_are_replaced_not_stacked(curated_nlp):
    add_override_patterns(curated_nlp, Overrides())
    assert "briefings_overrides" not in curated_nlp.pipe_names


def test_faction_overrides_are_checked_like_actor_ones(tmp_path):
    from generator.overrides import OverridesError, load_overrides

    path = tmp_path / "actors.yml"
    path.write_text("factions:\n  dealmakers:\n    name: The dealmakers\n    opposes: [marco-rubio-camp]\n"
                    "  rubio-camp:\n    lead: marco-rubio\n    members: marco-rubio\n")
    with pytest.raises(OverridesError) as caught:
        load_overrides(path)
    assert caught.value.problems == (
        f"{path}: unknown key 'factions.rubio-camp.lead' (did you mean 'leader'?)",
        f"{path}: value 'factions.rubio-camp.members': expected a list of texts, like [A, B], got 'marco-rubio'",
    )
    path.write_text("factions:\n  dealmakers:\n    name: The dealmakers\n    merge: [dealmaker]\n")
    loaded = load_overrides(path)
    assert loaded.faction("dealmakers").name == "The dealmakers"
    assert loaded.merged_faction_ids() == {"dealmaker": "dealmakers"}
