"""Kinds (`extract.kinds`): a person's title, a given name, a head word, a body's staff or a business noun,
a known place, a match report or a medium decides what an actor is, whatever the model tagged."""
from tests.conftest import actor_named, brief, rule_pipeline


def test_person_title_makes_a_person_even_when_tagged_org(rule_nlp):
    briefing = brief(rule_nlp, "President Trump met them. Trump left early. Trump's team stayed.")
    trump = actor_named(briefing, "Trump")
    assert trump.kind == "person"
    assert [r.title for r in trump.roles] == ["President"]
    assert trump.roles[0].evidence == "President Trump met them."
    assert len(trump.mentions) == 3


def test_given_names_come_from_gender_guessers_list_in_any_case():
    from generator.extract.name_shapes import is_given_name, looks_like_person

    assert is_given_name("Marco") and is_given_name("SERGEI") and is_given_name("jean-pierre")
    assert not is_given_name("Kremlin")
    assert looks_like_person("Marco Rubio") and not looks_like_person("Kremlin Palace")


def test_a_given_name_first_does_not_make_a_city_or_an_exchange_a_person():
    # gender-guesser lists "San" and "London" as given names: both were people on the BBC site.
    nlp = rule_pipeline(("GPE", "San Francisco"), ("PERSON", "London Stock Exchange"), ("PERSON", "Sergei Lavrov"))
    briefing = brief(nlp, "Sergei Lavrov flew to San Francisco. Shares fell on the London Stock Exchange.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"Sergei Lavrov": "person", "San Francisco": "place", "London Stock Exchange": "organization"}


def test_a_given_name_before_a_word_tagged_as_a_place_makes_a_person_unless_it_is_a_known_place():
    nlp = rule_pipeline(("GPE", "Gerulaitis"), ("GPE", "Paris"), ("GPE", "Georgia"))
    briefing = brief(nlp, "The show has tennis player Vitas Gerulaitis. Visitors from Rose Paris and Sarah Georgia "
                          "came.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"Vitas Gerulaitis": "person", "Paris": "place", "Georgia": "country"}


def test_kind_follows_the_head_word_of_a_name():
    nlp = rule_pipeline(("ORG", "the Museum of Flight"), ("GPE", "the Municipality of Livorno"),
                        ("PERSON", "Edmonton Sun"), ("PERSON", "Instituto Gonzaga"), ("LOC", "the Sea Org"))
    briefing = brief(nlp, "Visitors to the Museum of Flight and the Municipality of Livorno read the Edmonton Sun.",
                     "Pupils of Instituto Gonzaga left the Sea Org.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"Museum of Flight": "place", "Municipality of Livorno": "organization",
                     "Edmonton Sun": "organization", "Instituto Gonzaga": "organization",
                     "Sea Org": "organization"}


def test_kind_of_places_by_their_head_word_their_region_and_known_regions():
    nlp = rule_pipeline(("PERSON", "Ross Sea"), ("PERSON", "the Bat Cave"), ("GPE", "Livorno"),
                        ("PERSON", "Tuscany"), ("ORG", "Herat"), ("GPE", "London"), ("PERSON", "Smith"),
                        ("ORG", "the University of Helsinki"), ("ORG", "Helsinki"))
    briefing = brief(nlp, "Ice covers the Ross Sea. Players go down to the Bat Cave. Schools in Livorno, Tuscany, "
                          "must pay. The girls travelled from Herat, their home.",
                     "In London, Smith, 45, said no. She studied at the University of Helsinki and taught at "
                     "Helsinki.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"Ross Sea": "place", "Bat Cave": "place", "Livorno": "place", "Tuscany": "place",
                     "Herat": "place", "London": "place", "Smith": "person",
                     "University of Helsinki": "organization"}


def test_context_corrects_the_label_a_place_or_a_person():
    nlp = rule_pipeline(("ORG", "Yeoncheon"), ("ORG", "Evansville"), ("GPE", "Indiana"), ("GPE", "Halston"),
                        ("PERSON", "Peter Brant"))
    briefing = brief(nlp, "Shells fell near the town of Yeoncheon. The show is in Evansville, Indiana.",
                     "It features fashion designer Halston and collector Peter Brant.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds["Yeoncheon"] == kinds["Evansville"] == "place"
    halston = actor_named(briefing, "Halston")
    assert halston.kind == "person" and [r.title for r in halston.roles] == ["designer"]


def test_evidence_around_a_name_fixes_its_label_membership_possession_and_lists():
    nlp = rule_pipeline(("PERSON", "Cheng Chung-tai"), ("PERSON", "Civic Passion"), ("PERSON", "Wong Yeung-tat"),
                        ("PERSON", "Zeus"), ("PERSON", "Hera"), ("ORG", "Athena"), ("PERSON", "Anna Lee"),
                        ("GPE", "France"))
    briefing = brief(nlp, "Cheng Chung-tai of Civic Passion won. Civic Passion's Wong Yeung-tat lost.",
                     "Greeks worship Zeus, Hera and Athena. Anna Lee's Wong Yeung-tat ally spoke of Zeus, Hera "
                     "and France.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds["Civic Passion"] == "organization" and kinds["Athena"] == "person"
    assert kinds["Anna Lee"] == "person" and kinds["France"] == "country"


def test_numbered_names_glued_people_and_bodies_for_a_purpose():
    nlp = rule_pipeline(("ORG", "501st Legion"), ("ORG", "the Council on American - Islamic Relations Alia Salem"),
                        ("ORG", "the Centre for Social Evolution"))
    briefing = brief(nlp, "The Canadian garrison of 501st Legion posed. Executive director of the Council on "
                          "American - Islamic Relations Alia Salem spoke. She visited the Centre for Social Evolution.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"501st Legion": "organization", "Council on American - Islamic Relations": "organization",
                     "Alia Salem": "person", "Centre for Social Evolution": "organization"}


def test_clubs_and_parties_are_organisations_by_their_last_word_or_their_staff():
    # BBC: the model tags "Manchester United" PERSON in 24 of 40 articles, "Newcastle" GPE in all, "Lib Dem" PERSON.
    nlp = rule_pipeline(("PERSON", "Manchester United"), ("GPE", "Newcastle"), ("PERSON", "Everton"),
                        ("PERSON", "Graeme Souness"), ("GPE", "Mexico City"), ("GPE", "Leeds"), ("PERSON", "Lib Dem"),
                        ("GPE", "Edinburgh"))
    briefing = brief(nlp, "Manchester United beat Newcastle. Newcastle manager Graeme Souness was angry and "
                          "Everton's striker left.", "Fans flew from Mexico City to Leeds.",
                     "A Lib Dem spokesman said the Edinburgh MSP was right.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"Manchester United": "organization", "Newcastle": "organization", "Everton": "organization",
                     "Graeme Souness": "person", "Mexico City": "place", "Leeds": "place", "Lib Dem": "organization",
                     "Edinburgh": "place"}


def test_a_business_noun_next_to_a_name_makes_it_a_body():
    # BBC: the model tags "Yukos" PERSON in 26 of 27 articles and "Gazprom" GPE; "oil giant Yukos" says otherwise.
    nlp = rule_pipeline(("PERSON", "Yukos"), ("GPE", "Gazprom"), ("PERSON", "Kommersant"), ("PERSON", "Michael Moore"),
                        ("GPE", "Russia"), ("GPE", "Hollywood"))
    briefing = brief(nlp, "Yukos said it would appeal. The sale of oil giant Yukos went ahead.",
                     "State gas giant Gazprom bid. The Kommersant newspaper reported it.",
                     "The film maker Michael Moore agreed. The firm Russia sued was fined.",
                     "A Hollywood newspaper said so.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"Yukos": "organization", "Gazprom": "organization", "Kommersant": "organization",
                     "Michael Moore": "person", "Russia": "country", "Hollywood": "place"}


def test_countries_playing_a_match_are_their_national_teams():
    nlp = rule_pipeline(("GPE", "Sweden"), ("GPE", "England"), ("GPE", "Tunisia"), ("GPE", "Russia"),
                        ("GPE", "France"), ("NORP", "English"))
    briefing = brief(nlp, "Tunisia lost 1 – 2 to England in Russia. England had more possession in the match.",
                     "English captain Harry Kane scored a goal. Sweden and France signed a trade deal.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"England": "organization", "Tunisia": "organization", "Russia": "country",
                     "Sweden": "country", "France": "country"}
    assert "United Kingdom" in actor_named(briefing, "England").aliases


def test_a_name_posted_on_twice_is_a_medium_not_a_person():
    nlp = rule_pipeline(("PERSON", "Twitter"), ("PERSON", "Nick Smith"), ("PERSON", "Smith"), ("PERSON", "Mohamed"))
    briefing = brief(nlp, "The hashtag spread on Twitter. She posted it on Twitter and Mohamed thanked her.",
                     "Pressure grew on Nick Smith. The focus on Smith stayed; on Mohamed too, on Mohamed.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds == {"Twitter": "organization", "Nick Smith": "person", "Mohamed": "person"}
