"""Factions with the real model: the seed's two camps, named camps, rivalries, alliances, pages."""
import pytest

from generator.extract import extract
from generator.read import read_article
from generator.render import render
from generator.resolve import resolve
from generator.schema import briefing_to_json
from tests.conftest import ROOT, SEED, brief

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def seed(model_nlp):
    article = read_article(SEED, ROOT)
    return extract(article, list(model_nlp.pipe(article.paragraphs)))


def faction_named(briefing, name):
    found = [f for f in briefing.factions if f.name == name]
    assert len(found) == 1, [f.name for f in briefing.factions]
    return found[0]


def test_seed_dealmakers_led_by_witkoff_oppose_rubio_camp(seed):
    dealmakers = faction_named(seed, "dealmakers")
    rubio = faction_named(seed, "Rubio camp")
    assert dealmakers.leader == "steve-witkoff"
    assert "steve-witkoff" in [m.actor for m in dealmakers.members]
    assert rubio.leader == "marco-rubio"
    assert [m.actor for m in rubio.members] == ["marco-rubio", "mike-waltz", "keith-kellogg"]
    assert dealmakers.opposes == (rubio.id,) and rubio.opposes == (dealmakers.id,)
    assert dealmakers.stance == "prioritize transactional relations over strategic stability"
    assert any("at odds with the 'dealmakers'" in e for e in dealmakers.evidence)
    waltz = next(m for m in rubio.members if m.actor == "mike-waltz")
    assert waltz.evidence.startswith("Rubio and his allies, including National Security Advisor Mike Waltz")


def test_seed_alliance_of_countries(seed):
    alliance = faction_named(seed, "China–Russia alliance")
    assert [m.actor for m in alliance.members] == ["china", "russia"]
    assert alliance.id == "china-russia-alliance"


def test_json_factions_schema(seed):
    dealmakers = next(f for f in briefing_to_json(seed)["factions"] if f["name"] == "dealmakers")
    assert {"id", "name", "members", "leader", "stance", "opposes", "evidence"} <= set(dealmakers)
    assert dealmakers["leader"] == "steve-witkoff" and dealmakers["opposes"] == ["rubio-camp"]


def test_named_camps_with_members(model_nlp):
    briefing = brief(model_nlp, "The pro-Beijing camp candidates elected were Michael Tien, Ben Chan and Alice Mak.",
                     "Pan-democrat Eddie Chu was elected, as was localist camp's Cheng Chung-tai.",
                     "The pan-democracy camp gained a seat from the pro-Beijing camp.")
    members = {f.name: {m.actor for m in f.members} for f in briefing.factions}
    assert members["pro-Beijing camp"] == {"michael-tien", "ben-chan", "alice-mak"}
    assert members["pan-democracy camp"] == {"eddie-chu"}
    assert members["localist camp"] == {"cheng-chung-tai"}


def test_rivalry_of_two_people_makes_two_opposed_camps(model_nlp):
    briefing = brief(model_nlp, "Tony Blair's feud with Gordon Brown is damaging the government, Michael Howard said.",
                     "Robin Cook gave his support to Mr Brown's prime ministerial ambitions.")
    blair, brown = faction_named(briefing, "Blair camp"), faction_named(briefing, "Brown camp")
    assert (blair.leader, brown.leader) == ("tony-blair", "gordon-brown")
    assert blair.opposes == (brown.id,) and brown.opposes == (blair.id,)
    assert [m.actor for m in brown.members] == ["gordon-brown", "robin-cook"]
    assert "michael-howard" not in [m.actor for f in briefing.factions for m in f.members]


def test_same_camp_in_two_articles_is_one_faction_page(model_nlp):
    first = brief(model_nlp, "Tony Blair's feud with Gordon Brown went on.", article_id="a")
    second = brief(model_nlp, "The feud between Gordon Brown and Tony Blair deepened.", article_id="b")
    collection = resolve([first, second])
    camps = {f.id: f for f in collection.factions}
    assert set(camps) == {"tony-blair-camp", "gordon-brown-camp"}
    assert camps["gordon-brown-camp"].briefing_ids == ("a", "b")
    assert camps["gordon-brown-camp"].opposes == ("tony-blair-camp",)
    pages = render(collection, ROOT / "templates")
    assert "[Blair camp](../factions/tony-blair-camp.md)" in pages["actors/tony-blair.md"]
    page = pages["factions/gordon-brown-camp.md"]
    assert "**Leader:** [Gordon Brown](../actors/gordon-brown.md)" in page
    assert "**Opposes:** [Blair camp](tony-blair-camp.md)" in page
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in pages["briefings/a.md"]
    assert ">opposes</text>" in pages["briefings/a.md"]


def test_positions_squads_counts_and_names_are_not_factions(model_nlp):
    # Each sentence made a faction on the BBC site: "diminutive wing", "England camp", "right- wing",
    # "two rival faction", "WiMedia Alliance–OFDM alliance alliance".
    briefing = brief(model_nlp, "Diminutive wing Shane Williams scored the opening try for Wales.",
                     "Campese blamed a lack of talent in the England camp, and Tom Shanklin took Shanklin's wing "
                     "berth. A try on the left wing by Teddy Morgan won it.",
                     "Robert Kilroy-Silk was irritated by defending some right-wing nutters.",
                     "In the game you swap between the two rival factions, pig and feline.",
                     "Intel said that WiMedia Alliance and Multi-band OFDM Alliance had merged.",
                     "Tony Blair's feud with Gordon Brown went on.")
    assert sorted(f.name for f in briefing.factions) == ["Blair camp", "Brown camp"]


def test_a_persons_camp_by_possessive_with_members(model_nlp):
    briefing = brief(model_nlp, "Alan Milburn, of the Blair camp, spoke first.",
                     "Ed Balls is a leading figure in Gordon Brown's camp.")
    names = {f.name: (f.leader, {m.actor for m in f.members}) for f in briefing.factions}
    assert names["Brown camp"] == ("gordon-brown", {"gordon-brown", "ed-balls"})
    assert "alan-milburn" in names["Blair camp"][1]


def test_editor_names_merges_and_corrects_factions(model_nlp):
    from generator.overrides import FactionOverride, Overrides

    first = brief(model_nlp, "Tony Blair's feud with Gordon Brown went on.", article_id="a")
    second = brief(model_nlp, "The Brownites, led by Gordon Brown, met. Ed Balls spoke.", article_id="b")
    overrides = Overrides(factions=(
        FactionOverride(id="gordon-brown-camp", name="Brownites", members=("ed-balls", "nobody"),
                        stance="Brown should succeed Blair soon."),
        FactionOverride(id="tony-blair-camp", remove_members=("tony-blair",), opposes=("no-such-faction",)),
    ))
    collection = resolve([first, second], overrides)
    brown = next(f for f in collection.factions if f.id == "gordon-brown-camp")
    assert brown.name == "Brownites" and brown.stance == "Brown should succeed Blair soon."
    assert [m.actor for m in brown.members] == ["gordon-brown", "ed-balls"]
    blair = next(f for f in collection.factions if f.id == "tony-blair-camp")
    assert blair.members == () and blair.opposes == ("gordon-brown-camp",)
    page = render(collection, ROOT / "templates")["factions/gordon-brown-camp.md"]
    assert "# Brownites" in page and "Set by the editor in seeds/actors.yml." in page
