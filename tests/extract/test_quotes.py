"""Quotations and their speakers: marks paired across paragraphs, the speaker from the attribution's grammar.

Sentences are written for these tests unless marked: the OneStopEnglish ones (CC BY-SA 4.0, OneStopEnglish
corpus, Vajjala & Lučić 2018, adapted from The Guardian) are quoted as the corpus gives them.
"""
from __future__ import annotations

import pytest

from generator.extract.quotes import find_quotations
from generator.schema import briefing_to_json
from tests.conftest import brief


def quoted(paragraphs: list[str]) -> list[str]:
    """Return the text of each quotation the marks of the paragraphs enclose."""
    return [q.text(paragraphs) for q in find_quotations(paragraphs)]


def speakers(briefing) -> dict[str, str | None]:
    """Return {quote text: speaker name or None}."""
    names = {a.id: a.name for a in briefing.actors}
    return {q.text: names.get(q.speaker) for q in briefing.quotes}


def test_a_quotation_reopened_on_each_paragraph_is_one_and_the_narration_after_it_is_none():
    paragraphs = ['She said: "We asked every lender twice.', '"Nobody wanted to be first." The show opens in May.',
                  'The mayor called it "a gift to the city".']
    assert quoted(paragraphs) == ["We asked every lender twice. Nobody wanted to be first.", "a gift to the city"]


def test_a_quotation_reopened_after_a_full_stop_on_one_line_goes_on_and_narration_stays_out():
    paragraphs = ['He said: "It was a stupid remark. "I would not say it again." However, he added that "the '
                  'coverage was unfair". Officials said the minister "made his point".']
    assert quoted(paragraphs) == ["It was a stupid remark. I would not say it again.", "the coverage was unfair",
                                  "made his point"]


def test_curly_and_straight_marks_pair_and_an_opening_mark_inside_a_sentence_is_a_stray():
    assert quoted(["“Yes,” she said, “we will.” He called it \"a \"good deal\" for all."]) == [
        "Yes,", "we will.", "good deal"]


def test_a_quotation_left_open_at_the_end_of_the_article_ends_there():
    assert quoted(['The minister said: "We will win this vote.', "Turnout was low."]) == ["We will win this vote."]


@pytest.mark.model
def test_the_speaker_of_a_multi_paragraph_quotation_is_that_of_its_first_paragraph(model_nlp):
    briefing = brief(model_nlp, 'The museum director, Anna Berg, said the loan had taken two years to arrange. '
                                'She said: "We asked every lender twice. "Nobody wanted to be the first to say yes."',
                     '"In the end the Dutch museums agreed together," she said. The exhibition opens in May.')
    assert speakers(briefing) == {"We asked every lender twice. Nobody wanted to be the first to say yes.": "Anna Berg",
                                  "In the end the Dutch museums agreed together,": "Anna Berg"}


@pytest.mark.model
def test_a_pronoun_is_the_person_the_sentence_before_is_about_not_a_name_inside_the_quote(model_nlp):
    briefing = brief(model_nlp, 'Critic Paul Hart wrote that the show was uneven. "Rembrandt and Vermeer are rarely '
                                'hung side by side, and here they fight each other," he told Radio Five.')
    assert speakers(briefing) == {"Rembrandt and Vermeer are rarely hung side by side, and here they fight each "
                                  "other,": "Paul Hart"}


@pytest.mark.model
def test_a_pronoun_is_the_subject_of_the_clause_it_is_joined_to_not_a_body_named_before(model_nlp):
    briefing = brief(model_nlp, 'Father Tom Walsh said the church had often disagreed with Labour, but he said: '
                                '"We are not going to tell anyone how to vote."')
    assert speakers(briefing) == {"We are not going to tell anyone how to vote.": "Tom Walsh"}


@pytest.mark.model
def test_what_a_speaker_reports_is_not_who_speaks(model_nlp):
    briefing = brief(model_nlp, "Mary Jones, the council leader, spoke after the vote. Mrs Green had failed to "
                                'consult tenants, she said. "The plan was drawn up behind closed doors."',
                     'Ruth Kelly wants to scrap the exam review, Mr Gould said. "She has no idea what to put in its '
                     'place," he said.')
    assert speakers(briefing) == {"The plan was drawn up behind closed doors.": "Mary Jones",
                                  "She has no idea what to put in its place,": "Gould"}


@pytest.mark.model
def test_common_forms_of_attribution(model_nlp):
    briefing = brief(model_nlp, '"Prices will rise again next year," according to Helen Ward, an economist at Barclays.',
                     'Tom Baker told the BBC: "We will not sell the club."',
                     'A Toyota spokesman said: "The recall affects 20,000 cars."',
                     '"The deal is done," said Michael Chen.',
                     'Sara Lopez, who has run the charity for ten years, said: "Donations have halved since the spring."')
    assert speakers(briefing) == {"Prices will rise again next year,": "Helen Ward",
                                  "We will not sell the club.": "Tom Baker",
                                  "The recall affects 20,000 cars.": "Toyota",
                                  "The deal is done,": "Michael Chen",
                                  "Donations have halved since the spring.": "Sara Lopez"}
    toyota = next(q for q in briefing_to_json(briefing)["quotes"] if q["text"].startswith("The recall"))
    assert (toyota["rule"], toyota["verb"]) == ("speech verb", "say")


@pytest.mark.model
def test_quoted_words_nobody_is_said_to_say_are_no_quotation_and_an_unnamed_speaker_is_none(model_nlp):
    briefing = brief(model_nlp, 'The party unveiled its slogan "Forward not back" at a rally in Leeds.',
                     'In the poll, one third of voters said they "neither agree nor disagree" with the plan.',
                     'A spokesman said the figures were "broadly in line with forecasts". "We expect a better second '
                     'half," he added.')
    assert speakers(briefing) == {"broadly in line with forecasts": None, "We expect a better second half,": None}


@pytest.mark.model
def test_the_quotation_after_a_question_is_an_answer_not_the_words_of_the_person_in_the_question(model_nlp):
    briefing = brief(model_nlp, "So will the party win the seat, as its former leader John Smith once predicted? "
                                '"No. We are there to be heard, not to win."')
    assert speakers(briefing) == {"No. We are there to be heard, not to win.": None}


@pytest.mark.model
def test_onestopenglish_quotes_with_curly_marks(model_nlp):
    # OneStopEnglish, "India's rich" (CC BY-SA 4.0)
    india = brief(model_nlp, "Serving the new rich – and the old money – is a booming luxury market. “They really "
                             "want to show or talk about their wealth in a really subtle way and consumption of luxury "
                             "goods is a nice way to do it,” Balaraman said. Abhay Gupta, the CEO of brand consultancy "
                             "Luxury Connect, said the market for top-end goods and experiences would “only get bigger”. "
                             "“There is a huge aspirational class who look up to what the very wealthy are doing and "
                             "then copy it,” he said.")
    said = {text[:20]: name for text, name in speakers(india).items()}
    assert said == {"They really want to ": "Balaraman", "There is a huge aspi": "Abhay Gupta"}
    # OneStopEnglish, "Inky the octopus" (CC BY-SA 4.0): "He" inside the quotes is the octopus, never a speaker
    inky = brief(model_nlp, "He was scarred and “rough looking”, with shortened limbs, said Yarrell. “He had been living "
                            "on the reef and fighting with fish so he wasn’t in the best shape.” According to Yarrell, "
                            "Inky – who is about the size of a rugby ball – was an “unusually intelligent” octopus. “He "
                            "was very friendly, very inquisitive and a popular character with visitors.”")
    assert set(speakers(inky).values()) == {"Yarrell"} and len(inky.quotes) == 2


@pytest.mark.model
def test_a_person_named_after_a_body_speaks_and_an_unknown_mr_is_no_earlier_speaker(model_nlp):
    briefing = brief(model_nlp, 'The union said staff would strike. Amicus general secretary Derek Simpson added: '
                                '"We have been left with no choice."',
                     "Realising his mistake, Mr Cole then phoned Mr Hunt asking for the letter back, but saying it "
                     'did no harm. He said: "It was a silly slip of the hand."')
    assert speakers(briefing) == {"We have been left with no choice.": "Derek Simpson",
                                  "It was a silly slip of the hand.": None}
