"""Merges within an article (`extract.actor_steps`): a person's surname, given name, initial or a misspelling
joins their full name; a body's partial name, acronym or nickname joins its full name; names that differ
only in case or punctuation are one actor; and what must stay apart does."""
from tests.conftest import actor_named, brief, rule_pipeline


def test_surname_and_title_forms_merge_into_the_full_name(rule_nlp):
    briefing = brief(rule_nlp, "Marco Rubio spoke first. Later Secretary of State Rubio said more.",
                     "Rubio's aides agreed.")
    rubio = actor_named(briefing, "Marco Rubio")
    assert rubio.kind == "person"
    assert len(rubio.mentions) == 3
    assert set(rubio.aliases) == {"Marco Rubio", "Rubio"}
    assert [r.title for r in rubio.roles] == ["Secretary of State"]
    assert not [a for a in briefing.actors if a.name == "State"]


def test_shared_surname_stays_ambiguous_rather_than_wrongly_merged(rule_nlp):
    briefing = brief(rule_nlp, "Gordon Brown and Nick Brown met. Brown said nothing.")
    names = sorted(a.name for a in briefing.actors)
    assert names == ["Brown", "Gordon Brown", "Nick Brown"]


def test_a_lone_surname_the_model_missed_joins_the_one_person_with_it():
    nlp = rule_pipeline(("PERSON", "Sehar Memon"), ("PERSON", "Gordon Brown"), ("PERSON", "Nick Brown"))
    briefing = brief(nlp, "Sehar Memon spoke. Memon said more. Gordon Brown and Nick Brown met; Brown left.")
    assert len(actor_named(briefing, "Sehar Memon").mentions) == 2
    assert len(actor_named(briefing, "Gordon Brown").mentions) == 1


def test_a_surname_tagged_as_a_place_joins_the_person_unless_it_is_a_known_place():
    nlp = rule_pipeline(("PERSON", "Romelu Lukaku"), ("GPE", "Lukaku"), ("PERSON", "Jack London"), ("GPE", "London"))
    briefing = brief(nlp, "Striker Romelu Lukaku scored twice. Lukaku celebrated.",
                     "Jack London wrote novels. London is large.")
    assert len(actor_named(briefing, "Romelu Lukaku").mentions) == 2
    assert actor_named(briefing, "London").kind == "place"


def test_a_name_misspelt_once_joins_the_person_but_names_a_consonant_apart_stay_two_people():
    nlp = rule_pipeline(("PERSON", "Kathryn Waters"), ("PERSON", "Water"), ("PERSON", "Kristen Wilkins"),
                        ("PERSON", "Kristin Wilkins"), ("ORG", "Wilkins"), ("PERSON", "Mark Smith"),
                        ("PERSON", "Mary Smith"), ("PERSON", "Tony Blair"), ("PERSON", "Blairs"))
    briefing = brief(nlp, "Kathryn Waters runs the gallery. Kristen Wilkins curated the show. Kathryn Waters spoke.",
                     '"He was a personality," Water said. Kristen Wilkins agreed, Kristin Wilkins added. '
                     "Wilkins thanked Mark Smith and Mary Smith. Mary Smith came twice. Tony Blair and the Blairs left.")
    mentions = {a.name: len(a.mentions) for a in briefing.actors}
    assert mentions == {"Kathryn Waters": 3, "Kristen Wilkins": 4, "Mark Smith": 1, "Mary Smith": 2,
                        "Tony Blair": 1, "Blairs": 1}


def test_a_line_up_initial_joins_the_one_player_with_that_surname_and_initial():
    # BBC rugby: "G Thomas" beside "Gareth Thomas" and "Jonathan Thomas" made four actors, "S Jones" an ORG.
    nlp = rule_pipeline(("PERSON", "Gareth Thomas"), ("PERSON", "Jonathan Thomas"), ("PERSON", "G Thomas"),
                        ("ORG", "J Thomas"), ("ORG", "S Jones"), ("PERSON", "Stephen Jones"), ("PERSON", "D Peel"),
                        ("ORG", "S"))
    briefing = brief(nlp, "Gareth Thomas and Jonathan Thomas scored. Stephen Jones kicked.",
                     "Wales: G Thomas, J Thomas; S Jones, D Peel. S")
    people = {a.name: len(a.mentions) for a in briefing.actors}
    assert people == {"Gareth Thomas": 2, "Jonathan Thomas": 2, "Stephen Jones": 2, "D Peel": 1}
    assert {a.kind for a in briefing.actors} == {"person"}


def test_partial_organisation_names_join_the_full_name_but_places_stay_apart():
    nlp = rule_pipeline(("ORG", "the Church of Scientology"), ("ORG", "Church"), ("ORG", "Scientology"),
                        ("ORG", "the Supreme Court"), ("ORG", "Court"), ("ORG", "United Kingdom Home Office"),
                        ("ORG", "Home Office"), ("GPE", "East Los Angeles"), ("GPE", "Los Angeles"),
                        ("ORG", "Google"), ("ORG", "the Google Science Fair"))
    briefing = brief(nlp, "Members of the Church of Scientology sued. The Church said Scientology was right.",
                     "Then the Supreme Court ruled; the Court was split. United Kingdom Home Office staff and the "
                     "Home Office agreed. East Los Angeles is not Los Angeles. Google ran the Google Science Fair.")
    church = actor_named(briefing, "Church of Scientology")
    assert {"Church", "Scientology"} <= set(church.aliases) and church.kind == "organization"
    assert "Court" in actor_named(briefing, "Supreme Court").aliases
    assert "Home Office" in actor_named(briefing, "United Kingdom Home Office").aliases
    assert actor_named(briefing, "Los Angeles").aliases == ("Los Angeles",)
    assert actor_named(briefing, "Google").aliases == ("Google",)


def test_chained_partial_court_names_join_the_full_court():
    nlp = rule_pipeline(("ORG", "the Italian Supreme Court of Cassation"), ("ORG", "the Supreme Court"),
                        ("ORG", "Court"))
    briefing = brief(nlp, "Yesterday the Italian Supreme Court of Cassation ruled. Critics of the Supreme Court "
                          "said the Court was wrong.")
    assert [a.name for a in briefing.actors] == ["Italian Supreme Court of Cassation"]


def test_a_name_without_its_generic_head_joins_the_full_name():
    nlp = rule_pipeline(("ORG", "Labour Party"), ("ORG", "Labour"), ("ORG", "Freedom Magazine"), ("ORG", "Freedom"))
    briefing = brief(nlp, "The Labour Party met. Labour won. Freedom Magazine said Freedom would print it.")
    assert sorted(a.name for a in briefing.actors) == ["Freedom Magazine", "Labour Party"]


def test_a_longer_name_with_another_qualifier_is_another_body():
    nlp = rule_pipeline(("ORG", "Social Democratic Party"), ("ORG", "Democratic Party"),
                        ("ORG", "the Parliamentary Labour Party"), ("ORG", "Labour Party"),
                        ("ORG", "Comic Corps of Canada"), ("ORG", "Comic Corps"))
    briefing = brief(nlp, "The Social Democratic Party and the Democratic Party disagreed. A meeting of the "
                          "Parliamentary Labour Party backed the Labour Party. Comic Corps of Canada helped; "
                          "Comic Corps collects comics.")
    assert sorted(a.name for a in briefing.actors) == ["Comic Corps of Canada", "Democratic Party", "Labour Party",
                                                        "Parliamentary Labour Party", "Social Democratic Party"]


def test_a_proper_head_word_is_not_merged_into_a_longer_name():
    nlp = rule_pipeline(("ORG", "London UKIP"), ("ORG", "UKIP"), ("ORG", "Everton and Arsenal"), ("ORG", "Arsenal"))
    briefing = brief(nlp, "UKIP won. London UKIP agreed. Everton and Arsenal lost; Arsenal fell.")
    assert {"UKIP", "Arsenal"} <= {a.name for a in briefing.actors}


def test_stance_before_a_party_is_no_person_title_and_name_variants_group():
    nlp = rule_pipeline(("PERSON", "Pro-Beijing DAB"), ("ORG", "DAB"), ("ORG", "New People's Party"),
                        ("ORG", "New People Party"), ("ORG", "NPP"), ("PERSON", "Starry Lee"),
                        ("ORG", "UK Government"))
    briefing = brief(nlp, "Pro-Beijing DAB's Starry Lee won. DAB and DAB allies cheered.",
                     "New People's Party won too. New People Party's leader spoke; the NPP grew.",
                     "The UK Government agreed.")
    assert actor_named(briefing, "DAB").kind == "organization"
    party = [a for a in briefing.actors if "NPP" in a.aliases]
    assert len(party) == 1 and {"New People's Party", "New People Party"} <= set(party[0].aliases)
    assert actor_named(briefing, "UK Government").kind == "organization"


def test_a_teams_nickname_joins_its_full_name_in_a_match_report():
    # ECB+: "Colts" and "Indianapolis Colts" were two actors of one article; the model tags "Jaguars" PERSON.
    nlp = rule_pipeline(("ORG", "Indianapolis Colts"), ("ORG", "Colts"), ("GPE", "Jacksonville Jaguars"),
                        ("PERSON", "Jaguars"), ("ORG", "Texas Democrats"), ("NORP", "Democrats"))
    briefing = brief(nlp, "The Indianapolis Colts beat the Jacksonville Jaguars 23-20 on Thursday.",
                     "The Colts dominated the final period. The Jaguars flew home.",
                     "Texas Democrats met on Friday. Democrats in the city agreed.")
    colts, jaguars = actor_named(briefing, "Indianapolis Colts"), actor_named(briefing, "Jacksonville Jaguars")
    assert "Colts" in colts.aliases and len(colts.mentions) == 2
    assert "Jaguars" in jaguars.aliases and len(jaguars.mentions) == 2
    assert colts.kind == jaguars.kind == "organization"
    assert {"Texas Democrats", "Democrats"} <= {a.name for a in briefing.actors}  # no game: a branch stays apart


def test_names_that_differ_in_case_or_punctuation_are_one_actor():
    # BBC: "Robert Kilroy-Silk" and "Robert Kilroy Silk", "CeBit" and "Cebit" were two actors of one article.
    nlp = rule_pipeline(("PERSON", "Robert Kilroy-Silk"), ("PERSON", "Robert Kilroy Silk"), ("ORG", "CeBit"),
                        ("ORG", "Cebit"), ("PERSON", "Warner Bros"), ("PERSON", "Warner Bros."))
    briefing = brief(nlp, "Robert Kilroy-Silk spoke at CeBit. Warner Bros agreed.",
                     "Robert Kilroy Silk left Cebit early. Warner Bros. said so.")
    assert len(actor_named(briefing, "Robert Kilroy Silk").mentions) == 2
    assert len(actor_named(briefing, "Cebit").mentions) == 2
    assert actor_named(briefing, "Warner Bros.").kind == "organization"
