"""Mentions on the blank rule pipeline: where a name starts and ends, names the model missed or split,
and entities that are no mention (letters after a name, a stance word, an adjective)."""
from tests.conftest import actor_named, brief, rule_pipeline


def test_mentions_point_at_the_name_in_the_paragraph(rule_nlp):
    text = "Yesterday Tony Blair spoke. Mr Blair said he would stay."
    briefing = brief(rule_nlp, text)
    blair = actor_named(briefing, "Tony Blair")
    assert [text[m.start:m.end] for m in blair.mentions] == ["Tony Blair", "Blair"]
    assert [m.sentence for m in blair.mentions] == [0, 1]


def test_summary_is_the_lead(rule_nlp):
    briefing = brief(rule_nlp, "One. Two.", "Three.")
    assert briefing.summary == ("One.", "Two.")


def test_a_parenthesis_the_model_glued_to_a_name_is_cut():
    nlp = rule_pipeline(("ORG", "The World Health Organisation (WHO"), ("ORG", "Stop the War"),
                        ("PERSON", "Mott the Hoople"))
    briefing = brief(nlp, "The World Health Organisation (WHO) and Stop the War agreed. Mott the Hoople played.")
    assert "WHO" in actor_named(briefing, "World Health Organisation").aliases
    assert actor_named(briefing, "Stop the War") and actor_named(briefing, "Mott the Hoople")


def test_sentence_stop_inside_a_name_is_cut():
    nlp = rule_pipeline(("PERSON", "James To ."), ("PERSON", "James"))
    briefing = brief(nlp, "Critics praised James. He was defeated by James To .")
    assert [a.name for a in briefing.actors] == ["James To"]


def test_a_dash_between_spaces_ends_a_name_but_a_hyphen_written_apart_does_not():
    # BBC: 110 actors like "Roger Federer - nice", "Kanye West -", "DJ Norman Cook - aka" in 2,225 articles.
    nlp = rule_pipeline(("PERSON", "Roger Federer - nice"), ("PERSON", "Kanye West -"),
                        ("ORG", "Council on American - Islamic Relations"))
    briefing = brief(nlp, "Roger Federer - nice to see - won. Kanye West - who sang - agreed.",
                     "The Council on American - Islamic Relations spoke.")
    assert {a.name for a in briefing.actors} == {"Roger Federer", "Kanye West",
                                                 "Council on American - Islamic Relations"}


def test_a_demonym_the_model_ran_into_is_cut_from_a_name():
    nlp = rule_pipeline(("ORG", "Scientology on French"), ("ORG", "Scientology"))
    briefing = brief(nlp, "She spoke out against Scientology on French television. Scientology denied it.")
    scientology = actor_named(briefing, "Scientology")
    assert scientology.aliases == ("Scientology",) and len(scientology.mentions) == 2


def test_the_district_the_model_left_out_belongs_to_washington():
    nlp = rule_pipeline(("GPE", "Washington"))
    briefing = brief(nlp, "The team flew to Washington D.C. on Monday. In Washington D.C. they won.")
    assert [a.name for a in briefing.actors] == ["Washington D.C."]


def test_letters_after_a_name_are_not_an_actor():
    nlp = rule_pipeline(("PERSON", "Mark Tedeschi"), ("GPE", "QC"), ("ORG", "BBC"))
    briefing = brief(nlp, "The prosecutor, Mark Tedeschi, QC, spoke to the BBC.")
    assert sorted(a.name for a in briefing.actors) == ["BBC", "Mark Tedeschi"]


def test_place_inside_a_stance_word_is_no_mention_and_dprk_is_north_korea():
    nlp = rule_pipeline(("GPE", "Beijing"), ("ORG", "DPRK"), ("GPE", "North Korea"))
    briefing = brief(nlp, "The pro-Beijing camp won. North Korea, the DPRK, protested.")
    assert [a.name for a in briefing.actors] == ["North Korea"]
    assert len(actor_named(briefing, "North Korea").mentions) == 2


def test_an_adjective_in_ic_before_a_noun_is_not_an_actor():
    nlp = rule_pipeline(("GPE", "Paralympic"), ("GPE", "Atlantic"), ("ORG", "NBC"))
    briefing = brief(nlp, "NBC will air the Paralympic movement from the Atlantic coast. The Atlantic is cold.")
    assert sorted(a.name for a in briefing.actors) == ["Atlantic", "NBC"]


def test_names_the_model_missed_are_found_by_their_head_word():
    nlp = rule_pipeline(("GPE", "Mecca"))
    briefing = brief(nlp, "A crane fell into Mecca's Grand Mosque. The Deseret News and the Evergreen Aviation & "
                          "Space Museum reported it. The Prime Minister spoke.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"Mecca": "place", "Grand Mosque": "place", "Deseret News": "organization",
                     "Evergreen Aviation & Space Museum": "place"}


def test_acronym_after_a_person_is_their_body_and_titles_and_time_zones_are_not_actors():
    nlp = rule_pipeline(("PERSON", "Frederick Fung"), ("PERSON", "Leung Kwok-hung"), ("ORG", "Emeritus"),
                        ("PERSON", "John Burrows"), ("ORG", "GMT"), ("ORG", "Foreign Affairs"),
                        ("PERSON", "Maxime Bernier"), ("FAC", "Sheriff"))
    briefing = brief(nlp, "Frederick Fung of ADPL and Leung Kwok-hung of the LSD lost. Emeritus Professor John "
                          "Burrows spoke at 15:11 GMT.",
                     "Maxime Bernier resigned as Foreign Affairs minister. The Sheriff's detective called.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"Frederick Fung": "person", "ADPL": "organization", "Leung Kwok-hung": "person",
                     "LSD": "organization", "John Burrows": "person", "Maxime Bernier": "person"}
    assert [r.title for r in actor_named(briefing, "John Burrows").roles] == ["Emeritus Professor"]


def test_acronyms_spelled_out_in_parentheses_or_leading_an_event_are_bodies():
    nlp = rule_pipeline(("EVENT", "World Cup"), ("GPE", "Sweden"), ("PERSON", "Dean Kamen"))
    briefing = brief(nlp, "The FIRST Global competition (For Inspiration and Recognition of Science and "
                          "Technology) was founded by Dean Kamen. FIRST plans more contests.",
                     "At the 2018 FIFA football World Cup, Sweden won. The team was the first to score.")
    first = actor_named(briefing, "For Inspiration and Recognition of Science and Technology")
    assert first.kind == "organization" and "FIRST" in first.aliases and len(first.mentions) == 3
    assert actor_named(briefing, "FIFA").kind == "organization"


def test_pieces_of_one_name_the_model_split_are_joined():
    nlp = rule_pipeline(("GPE", "Valeska"), ("GPE", "Paris"), ("ORG", "Dries"), ("PERSON", "Mertens"),
                        ("ORG", "the Andy Warhol Foundation"), ("ORG", "the Visual Arts"), ("ORG", "Shadow Home"),
                        ("PERSON", "Yvette Cooper"), ("GPE", "London"))
    briefing = brief(nlp, "Valeska Paris left the ship. Dries Mertens shot early; Mertens scored later.",
                     "Then the Andy Warhol Foundation for the Visual Arts gave prints. Shadow Home Secretary Yvette "
                     "Cooper visited London Paris Hilton's hotel.")
    names = {a.name: a.kind for a in briefing.actors}
    assert names["Valeska Paris"] == names["Dries Mertens"] == "person"
    assert names["Andy Warhol Foundation for the Visual Arts"] == "organization"
    assert len(actor_named(briefing, "Dries Mertens").mentions) == 2
    assert not {"Valeska", "Dries", "Visual Arts", "Home"} & set(names)
    assert [r.title for r in actor_named(briefing, "Yvette Cooper").roles] == ["Shadow Home Secretary"]


def test_an_untagged_given_name_before_a_surname_belongs_to_it_but_not_a_pronoun_or_title():
    nlp = rule_pipeline(("PERSON", "Ho"), ("PERSON", "Cyd Ho"), ("PERSON", "John"), ("PERSON", "Trump"))
    briefing = brief(nlp, "Cyd Ho retired, and Junius Ho won. My John said hello. Then President Trump spoke.")
    names = sorted(a.name for a in briefing.actors)
    assert names == ["Cyd Ho", "John", "Junius Ho", "Trump"]


def test_untagged_names_in_a_list_take_the_label_most_items_have():
    nlp = rule_pipeline(("PERSON", "Zeus"), ("PERSON", "Hera"), ("ORG", "Athena"), ("ORG", "Ubisoft"),
                        ("ORG", "Microsoft"))
    briefing = brief(nlp, "Greeks worship gods such as Zeus, Hera, Poseidon, Aphrodite, and Athena.",
                     "Ubisoft, Microsoft and Sony Interactive had stands. Fans met Ubisoft, Nintendo and Sega.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds["Poseidon"] == kinds["Aphrodite"] == "person"
    assert kinds["Sony Interactive"] == "organization"
    assert "Nintendo" not in kinds and "Sega" not in kinds  # one tagged item is too little to go on


def test_a_person_the_model_missed_is_found_where_a_role_introduces_them(model_nlp):
    briefing = brief(model_nlp, "Aner Shalev is an Israeli mathematician and writer born in 1958 in Tiberias. "
                                "Currently Shalev is a Professor at the Einstein Institute of Mathematics.",
                     "Hebrew University is a large university in Jerusalem.")
    shalev = actor_named(briefing, "Aner Shalev")
    assert shalev.kind == "person" and len(shalev.mentions) == 2
    assert "Hebrew University" not in [a.name for a in briefing.actors if a.kind == "person"]
