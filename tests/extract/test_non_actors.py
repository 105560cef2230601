"""Names that are no actors (`extract.non_actors`): events, laws, products and versions, vehicles and works,
awards, faiths and ideas, common nouns, credits and scores; and the guards that keep real actors."""
import spacy
from spacy.tokens import Doc

from generator.extract import extract
from tests.conftest import actor_named, brief, make_article, rule_pipeline


def test_versions_vehicles_and_web_addresses_are_not_actors():
    nlp = rule_pipeline(("GPE", "IE6"), ("ORG", "MI6"), ("PERSON", "Space Shuttle Atlantis"), ("PERSON", "Atlantis"),
                        ("ORG", "Gawker.com"), ("ORG", "Microsoft"), ("ORG", "NASA"))
    briefing = brief(nlp, "Microsoft wants IE6 gone, Gawker.com reported. MI6 declined to comment.",
                     "NASA will retire Space Shuttle Atlantis. Atlantis flew last year.")
    assert sorted(a.name for a in briefing.actors) == ["MI6", "Microsoft", "NASA"]


def test_newspaper_tagged_event_is_an_organisation_and_events_are_not_actors():
    nlp = rule_pipeline(("EVENT", "the Sydney Morning Herald"), ("EVENT", "FIFA World Cup"),
                        ("ORG", "the Google Science Fair"), ("ORG", "Google"), ("PERSON", "Fan Expo Canada"))
    briefing = brief(nlp, "According to the Sydney Morning Herald, the FIFA World Cup will go on.",
                     "Google ran the Google Science Fair. Fans met at Fan Expo Canada.")
    assert actor_named(briefing, "Sydney Morning Herald").kind == "organization"
    assert actor_named(briefing, "FIFA").kind == "organization"
    assert sorted(a.name for a in briefing.actors) == ["FIFA", "Google", "Sydney Morning Herald"]


def test_conventions_carnivals_and_observances_are_events_not_actors():
    nlp = rule_pipeline(("ORG", "the British Ring Convention"), ("PERSON", "Magic Jubilee"),
                        ("ORG", "National Magic Month"), ("ORG", "The Magic Circle"))
    briefing = brief(nlp, "The Magic Circle ran the British Ring Convention, the Magic Jubilee and National Magic "
                          "Month.")
    assert [a.name for a in briefing.actors] == ["Magic Circle"]


def test_brackets_hyphen_compounds_storms_laws_and_games():
    nlp = rule_pipeline(("PERSON", "Phil] Gramm"), ("PERSON", "Gramm"), ("PERSON", "Warhol-like"),
                        ("PERSON", "Cyclone Phailin"), ("ORG", "The Communist Manifesto"),
                        ("ORG", "Paralympic Games"), ("ORG", "Republican Party"), ("ORG", "Republican party"))
    briefing = brief(nlp, "Senator [Phil] Gramm read The Communist Manifesto. Gramm disliked Warhol-like art.",
                     "Cyclone Phailin hit India during the Paralympic Games. The Republican Party and the "
                     "Republican party agreed.")
    assert sorted(a.name for a in briefing.actors) == ["Phil Gramm", "Republican Party"]
    assert len(actor_named(briefing, "Phil Gramm").mentions) == 2
    assert len(actor_named(briefing, "Republican Party").mentions) == 2


def test_common_noun_capitalised_at_sentence_starts_is_not_an_actor():
    nlp = rule_pipeline(("PERSON", "Iodine"), ("ORG", "Labour"))
    briefing = brief(nlp, "Iodine is vital. Children need iodine, and iodine is cheap. Low iodine harms them.",
                     "Labour won. The labour market grew, Labour said, and Labour MPs agreed.")
    assert [a.name for a in briefing.actors] == ["Labour"]


def test_faiths_rites_and_ideas_are_not_actors_but_the_faithful_are():
    nlp = rule_pipeline(("ORG", "Islam"), ("PERSON", "Hajj"), ("ORG", "Islamophobia"), ("NORP", "Muslims"),
                        ("ORG", "Saudi Civil Defense"))
    briefing = brief(nlp, "Millions of Muslims perform the Hajj, a pillar of Islam. Saudi Civil Defense said "
                          "Hajj crowds were calm. Critics spoke of Islamophobia.")
    assert sorted(a.name for a in briefing.actors) == ["Muslims", "Saudi Civil Defense"]


def test_products_by_their_versions_and_quoted_titles_are_not_actors():
    nlp = rule_pipeline(("ORG", "Microsoft"), ("ORG", "Explorer"), ("ORG", "IE"), ("ORG", "Countdown"),
                        ("GPE", "Sweden"), ("GPE", "Korea"), ("ORG", "Channel 4"))
    briefing = brief(nlp, "Microsoft wants Internet Explorer 6 users to move to Internet Explorer 9. "
                          "IE6 and IE9 differ; IE lost share. Explorer is old. Microsoft launched \"Countdown\".",
                     "Sweden 1 – 0 Korea, Channel 4 reported.")
    assert sorted(a.name for a in briefing.actors) == ["Channel 4", "Korea", "Microsoft", "Sweden"]


def test_the_short_form_of_a_product_is_no_actor_but_a_person_tagged_as_a_product_stays():
    nlp = rule_pipeline(("PRODUCT", "Google Chrome"), ("PERSON", "Chrome"), ("PRODUCT", "Prop Phil Vickery"),
                        ("PERSON", "Vickery"))
    browsers = make_article("The recently released Google Chrome is gaining users. If Chrome continues to surge, IE falls.")
    assert "Chrome" not in {a.name for a in extract(browsers, list(nlp.pipe(browsers.paragraphs))).actors}
    rugby = make_article("Prop Phil Vickery returns to the squad. Coach Andy Robinson said Vickery was fit.")
    assert "Vickery" in {a.name for a in extract(rugby, list(nlp.pipe(rugby.paragraphs))).actors}


def test_names_inside_a_quoted_title_are_not_actors_but_the_same_names_outside_are():
    nlp = rule_pipeline(("PERSON", "Andy Warhol"), ("PERSON", "Photographs"), ("ORG", "University Collection"),
                        ("PERSON", "Kristen Wilkins"), ("ORG", "Tate"), ("ORG", "Apple"))
    briefing = brief(nlp, 'Kristen Wilkins, curator of "Andy Warhol: Photographs and Prints from the University '
                          'Collection", spoke. Andy Warhol gave the prints. "We thank the Tate for its help," '
                          "she said. The Critics' Circle and Apple Theatregoers' award winners met.")
    assert sorted(a.name for a in briefing.actors) == ["Andy Warhol", "Apple", "Kristen Wilkins", "Tate"]


def test_ships_craft_and_works_are_not_actors():
    nlp = rule_pipeline(("ORG", "Freewinds"), ("ORG", "the Church of Scientology"), ("PERSON", "Easy Rider"),
                        ("PERSON", "Dennis Hopper"), ("PERSON", "Angel Catbird"))
    briefing = brief(nlp, "Then the Church of Scientology held her on its cruise ship Freewinds. The Freewinds sailed.",
                     "Dennis Hopper starred in the 1969 film Easy Rider. She wrote the graphic novel Angel Catbird.")
    assert sorted(a.name for a in briefing.actors) == ["Church of Scientology", "Dennis Hopper"]
    words = ["Stardust", "is", "a", "NASA", "space", "capsule", ".", "NASA", "launched", "Stardust", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 5 + [False, True, True, True, False, False],
              heads=[1, 1, 5, 5, 5, 1, 1, 8, 8, 8, 8],
              deps=["nsubj", "ROOT", "det", "compound", "compound", "attr", "punct", "nsubj", "ROOT", "dobj", "punct"],
              ents=["B-PERSON", "O", "O", "B-ORG", "O", "O", "O", "B-ORG", "O", "B-PERSON", "O"])
    assert [a.name for a in extract(make_article(doc.text), [doc]).actors] == ["NASA"]


def test_awards_are_not_actors(model_nlp):
    # BBC entertainment: the model tags "Oscar" a person in 46 articles, "Bafta" a place.
    briefing = brief(model_nlp, "Annette Bening is up for an Oscar for her role in Being Julia. The Oscar-nominated "
                                "actress won a Golden Globe, and got three Bafta nominations.",
                     "Oscar nominations do not seem to have helped. Bening was at a London gala with a BBC "
                     "spokesman and an Oscar winner. She saw an Edward Steichen and Andy Warhol exhibit.")
    assert sorted(a.name for a in briefing.actors) == ["Andy Warhol", "Annette Bening", "BBC", "Edward Steichen",
                                                       "London"]


def test_picture_credits_and_scores_are_not_actors():
    nlp = rule_pipeline(("PERSON", "Nick Moreau"), ("ORG", "NASA"), ("PERSON", "Stan Lee"), ("ORG", "Sweden 1"),
                        ("ORG", "Korea Republic"))
    briefing = brief(nlp, "Stan Lee signs books. Image: Nick Moreau.", "NASA launched it. Image: NASA.",
                     "Group F — Sweden 1 – 0 Korea Republic")
    assert sorted(a.name for a in briefing.actors) == ["Korea Republic", "NASA", "Stan Lee", "Sweden"]
    assert len(actor_named(briefing, "NASA").mentions) == 2  # a name the story mentions keeps its credits


def test_numbers_after_names_that_are_no_versions_and_line_ups_keep_their_people():
    nlp = rule_pipeline(("GPE", "London"), ("ORG", "Cisse"), ("PERSON", "Stone"), ("ORG", "Commodore"),
                        ("ORG", "Primus"), ("ORG", "Taylor"), ("PERSON", "Kamara"), ("ORG", "Portsmouth"),
                        ("GPE", "Portsmouth"))
    briefing = brief(nlp, "He arrived in London 13 years ago. Line-up: Primus, Taylor, Kamara, Stone (Cisse 76).",
                     "The Commodore 64 sold well. Commodore filed for bankruptcy; Commodore computers are rare.",
                     "Portsmouth held their own. Then Portsmouth let in a late goal.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert {"London", "Cisse", "Commodore"} <= set(kinds)
    assert kinds["Kamara"] == "person" and kinds["Portsmouth"] == "organization"


def test_guards_from_other_news_date_ranges_seats_and_verbs_that_look_like_works():
    nlp = rule_pipeline(("GPE", "Istanbul"), ("GPE", "Turkey"), ("ORG", "Parliament"), ("ORG", "Sheffield Brightside"),
                        ("PERSON", "David Blunkett"))
    briefing = brief(nlp, "The tour stops in Istanbul, Turkey from 10-13 February.",
                     "David Blunkett is Member of Parliament for Sheffield Brightside.")
    kinds = {a.name: a.kind for a in briefing.actors}
    assert kinds["Turkey"] == "country" and "Parliament" in kinds and "Sheffield Brightside" in kinds
    words = ["Tautou", "will", "play", "Hanks", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, False, False],
              pos=["PROPN", "AUX", "VERB", "PROPN", "PUNCT"], sent_starts=[True, False, False, False, False],
              ents=["B-PERSON", "O", "O", "B-PERSON", "O"])
    assert sorted(a.name for a in extract(make_article(doc.text), [doc]).actors) == ["Hanks", "Tautou"]
