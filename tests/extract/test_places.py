"""Countries and places (`extract.countries`, `extract.places`): canonical countries from names, codes and
demonyms, a place's region, countries named together, and demonyms that name no country."""
from generator.extract.countries import country_of_demonym, country_of_name
from tests.conftest import actor_named, brief, rule_pipeline


def test_countries_are_canonical_with_demonyms_and_compounds(rule_nlp):
    briefing = brief(rule_nlp, "Talks between the United States and Russia began. U.S.-Russia relations changed.",
                     "A Russian delegation met U.S. officials in Riyadh. Western partners and America watched.")
    us = actor_named(briefing, "United States")
    assert us.kind == "country"
    assert {"U.S.", "the United States", "America"} <= set(us.aliases)
    assert len(us.mentions) == 4
    russia = actor_named(briefing, "Russia")
    assert "Russian" in russia.aliases and len(russia.mentions) == 3
    assert actor_named(briefing, "Riyadh").kind == "place"
    assert "Western" not in [a.name for a in briefing.actors]


def test_country_lookup_library_backed():
    assert country_of_name("U.S.") == country_of_name("US") == country_of_name("the United States") == "United States"
    assert country_of_name("Britain") == "United Kingdom"
    assert country_of_name("Riyadh") is None and country_of_name("in") is None
    assert country_of_demonym("Ukrainian") == "Ukraine" and country_of_demonym("Ukrainians") == "Ukraine"
    assert country_of_demonym("Western") is None


def test_shared_demonym_names_the_most_populous_country_and_bare_codes_are_few():
    assert country_of_demonym("American") == "United States"
    assert country_of_name("IE") is None and country_of_name("SC") is None  # a browser, "Senior Counsel"
    assert country_of_name("UK") == "United Kingdom" and country_of_name("U.K.") == "United Kingdom"
    assert country_of_name("USA") == "United States"


def test_country_seen_only_as_an_adjective_is_not_an_actor():
    nlp = rule_pipeline(("NORP", "Estonian"), ("NORP", "Gabonese"), ("NORP", "Afghans"), ("NORP", "Russian"),
                        ("PERSON", "Sergei Lavrov"))
    briefing = brief(nlp, "The Gabonese and Estonian teams joined the Afghans. Russian Foreign Minister "
                          "Sergei Lavrov watched.")
    names = [a.name for a in briefing.actors]
    assert "Estonia" not in names and "Gabon" not in names
    assert "Afghanistan" in names  # a plural demonym names people of the country
    assert "Russia" in names  # part of a person's title: it gives the person an affiliation


def test_a_demonym_as_a_predicate_or_a_language_is_no_country_but_the_people_are():
    nlp = rule_pipeline(("NORP", "German"), ("NORP", "Japanese"), ("NORP", "Chinese"), ("NORP", "Hebrew"))
    briefing = brief(nlp, "The discoverer was German. The books exist in languages like German, Hebrew, and Japanese.",
                     "Later the Chinese, angry, protested.")
    assert [a.name for a in briefing.actors] == ["China"]


def test_coordinated_countries_split_and_the_north_is_north_korea():
    nlp = rule_pipeline(("GPE", "North and South Korea"), ("GPE", "North Korea"), ("LOC", "North"),
                        ("GPE", "South Korea"))
    briefing = brief(nlp, "Tension between North and South Korea grew. North Korea fired shells.",
                     "South Korea replied, and the North stayed silent.")
    assert sorted(a.name for a in briefing.actors) == ["North Korea", "South Korea"]
    assert len(actor_named(briefing, "North Korea").mentions) == 3
    assert len(actor_named(briefing, "South Korea").mentions) == 2


def test_formal_and_sporting_names_of_states_and_former_countries():
    nlp = rule_pipeline(("GPE", "the State of Texas"), ("GPE", "Texas"), ("ORG", "Korea Republic"),
                        ("GPE", "South Korea"), ("ORG", "Soviet Union"), ("ORG", "USSR"))
    briefing = brief(nlp, "Texas lost, and the State of Texas complained. Sweden beat South Korea 1 – 0 in the "
                          "match; Korea Republic had more possession in the game.",
                     "The Soviet Union fell; the USSR was gone.")
    assert actor_named(briefing, "Texas").aliases == ("Texas", "the State of Texas")
    assert "Korea Republic" in actor_named(briefing, "South Korea").aliases
    soviet = actor_named(briefing, "Soviet Union")
    assert soviet.kind == "country" and "USSR" in soviet.aliases


def test_place_keeps_its_region_as_an_alias_but_a_list_stays_a_list():
    nlp = rule_pipeline(("GPE", "Mountain View"), ("GPE", "California"), ("GPE", "Durham"),
                        ("GPE", "North Carolina"), ("GPE", "Texas"), ("GPE", "Sweden"), ("GPE", "Belgium"))
    briefing = brief(nlp, "The fair was held in Mountain View, California. Duke is in Durham, North Carolina.",
                     "Texas, California and Sweden, Belgium sent teams. Mountain View was busy.")
    view = actor_named(briefing, "Mountain View")
    assert "Mountain View, California" in view.aliases and len(view.mentions) == 2
    assert "Durham, North Carolina" in actor_named(briefing, "Durham").aliases
    assert len(actor_named(briefing, "California").mentions) == 2
    assert actor_named(briefing, "Texas").aliases == ("Texas",)
    assert actor_named(briefing, "Sweden").aliases == ("Sweden",)


def test_a_place_named_again_in_parentheses_is_one_place_but_a_dateline_agency_is_not_its_name():
    nlp = rule_pipeline(("FAC", "the Masjid Al-Haram"), ("GPE", "Washington"), ("ORG", "AP"))
    briefing = brief(nlp, "A hotel near the Masjid Al-Haram (Grand Mosque) fell. Pilgrims left the Grand Mosque.",
                     "Washington (AP) reported it.")
    mosque = actor_named(briefing, "Grand Mosque")
    assert "Masjid Al-Haram" in mosque.aliases and len(mosque.mentions) == 3
    assert actor_named(briefing, "Washington").aliases == ("Washington",)
