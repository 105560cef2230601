"""Interactions: the class tables derived from CAMEO and WordNet, and who did what to whom in real sentences."""
import datetime as dt

import pytest
from spacy.tokens import Doc

from generator.extract.event_classes import class_of_code, code_noun, code_verb, event_class, word_set
from generator.extract.group_actors import find_groups
from generator.extract.interactions import find_interactions
from generator.schema import briefing_to_json
from tests.conftest import brief


def test_cameo_codes_map_to_the_compact_classes_by_longest_prefix():
    assert class_of_code("173") == "arrest" and class_of_code("172") == "coerce"
    assert class_of_code("^046") == "consult" and class_of_code("~120") == "reject"
    assert event_class("accuse").quad == "verbal conflict" and event_class("assault").goldstein < -5


def test_a_phrase_pattern_beats_the_verbs_default_code():
    assert code_verb("hold", ("talks",)).cls == "consult"  # "- * TALKS [046]" of the block HOLD sits in
    assert code_verb("attack").cls == "fight"
    assert code_verb("attack", ("plan",)).cls == "disapprove"  # "attack the plans" is verbal
    assert "pattern" in code_verb("hold", ("talks",)).rule


def test_verbs_without_a_code_take_their_patterns_majority_and_domestic_classes_win():
    assert code_verb("reject").cls == "reject" and "majority" in code_verb("reject").rule
    assert code_verb("resign").cls == "resign" and code_verb("vote").cls == "vote"
    assert code_verb("say").cls == "statement" and code_verb("think") is None  # a mental verb is no event


def test_event_nouns_take_the_class_of_their_verb_or_of_cameos_patterns():
    assert code_noun("complaint").cls == "disapprove" and code_noun("talks").cls == "consult"
    assert code_noun("election").cls == "elect" and code_noun("role") is None
    assert {"backbencher", "rebel"} <= word_set("person_nouns.txt") and "regime" in word_set("group_nouns.txt")
    assert "stock exchange" in word_set("compound_nouns.txt")


def test_no_parse_no_interactions(rule_nlp):
    docs = [rule_nlp("Marco Rubio met Sergei Lavrov.")]
    assert find_interactions(docs, (), {}, {}, {(0, 0): 0}, None) == ()


def test_groups_from_a_hand_parsed_sentence(rule_nlp):
    words = ["Labour", "backbenchers", "attacked", "the", "plans"]
    doc = Doc(rule_nlp.vocab, words=words, heads=[1, 2, 2, 4, 2], deps=["compound", "nsubj", "ROOT", "det", "dobj"],
              pos=["PROPN", "NOUN", "VERB", "DET", "NOUN"], tags=["NNP", "NNS", "VBD", "DT", "NNS"],
              lemmas=["Labour", "backbencher", "attack", "the", "plan"])
    groups, index = find_groups([doc], (), {(id(doc), 0): "labour"}, {})
    assert [(g.name, g.head, g.affiliation) for g in groups] == [("Labour backbenchers", "backbencher", "labour")]
    assert index == {(id(doc), 1): groups[0].id}


def only(briefing, predicate):
    found = [i for i in briefing.interactions if i.predicate == predicate]
    assert len(found) == 1, [(i.predicate, i.cls) for i in briefing.interactions]
    return found[0]


@pytest.mark.model
def test_who_met_whom_where_and_when(model_nlp):
    briefing = brief(model_nlp, "Marco Rubio met Sergei Lavrov in Riyadh on Tuesday.", date=dt.date(2025, 2, 20))
    meeting = only(briefing, "meet")
    assert (meeting.cls, meeting.quad, meeting.realis) == ("consult", "verbal cooperation", "asserted")
    assert meeting.source == ("marco-rubio",) and meeting.targets == ("sergei-lavrov",)
    assert meeting.place == "riyadh" and meeting.date.value == "2025-02-18" and meeting.type == "meeting"


@pytest.mark.model
def test_refused_to_retract_is_one_rejection_and_urged_passes_the_object(model_nlp):
    briefing = brief(model_nlp, "Tony Blair refused to retract the claims.",
                     "Gordon Brown urged Tony Blair to resign.")
    refusal = only(briefing, "refuse to retract")
    assert refusal.cls == "reject" and refusal.source == ("tony-blair",)
    appeal = only(briefing, "urge to resign")
    assert appeal.cls == "appeal" and appeal.source == ("gordon-brown",) and appeal.targets == ("tony-blair",)


@pytest.mark.model
def test_what_did_not_happen_says_so(model_nlp):
    briefing = brief(model_nlp, "Tony Blair did not meet Gordon Brown.", "Gordon Brown will visit Tony Blair.",
                     "If Gordon Brown resigns, Tony Blair could attack him.")
    assert only(briefing, "meet").realis == "negated" and only(briefing, "visit").realis == "future"
    assert only(briefing, "resign").realis == "conditional" and only(briefing, "attack").realis == "conditional"
    assert briefing.events == ()  # none of them happened


@pytest.mark.model
def test_guards_names_targets_metaphors_and_clock_times(model_nlp):
    briefing = brief(model_nlp,
                     "TimeWarner will restate results following a probe by the US Securities Exchange Commission.",
                     "The German economy would struggle to meet its 1.4% growth target.",
                     "Gordon Brown attacked the plans at 1230 GMT.")
    assert not [i for i in briefing.interactions if "exchange" in i.predicate]  # inside a name
    assert not [i for i in briefing.interactions if i.cls == "consult"]  # "meet a target" is no meeting
    attack = only(briefing, "attack")
    assert attack.cls == "disapprove" and attack.date.value is None  # verbal; a clock time is no date


@pytest.mark.model
def test_group_actors_are_arguments_not_actors(model_nlp):
    briefing = brief(model_nlp, "Labour won the vote in Parliament.",
                     "Labour backbenchers accused Gordon Brown of betrayal.")
    group = next(g for g in briefing.groups if g.head == "backbencher")
    assert group.name == "Labour backbenchers" and group.affiliation == "labour"
    assert group.id not in {a.id for a in briefing.actors}
    accusation = only(briefing, "accuse")
    assert accusation.cls == "accuse" and accusation.source == (group.id,)
    assert accusation.targets == ("gordon-brown",)
    data = briefing_to_json(briefing)
    assert {"id": group.id, "name": "Labour backbenchers", "head": "backbencher", "affiliation": "labour",
            "mentions": 1} in data["groups"]
    assert {"predicate": "accuse", "cls": "accuse", "quad": "verbal conflict", "source": [group.id],
            "targets": ["gordon-brown"], "realis": "asserted"}.items() <= next(
        i for i in data["interactions"] if i["predicate"] == "accuse").items()


@pytest.mark.model
def test_obligations_plans_purposes_and_pronouns(model_nlp):
    briefing = brief(model_nlp, "Gordon Brown said Tony Blair must resign.",
                     "The bill is to be debated in the Lords.",
                     "The Home Office said it was ready. They have attacked Michael Howard.",
                     "Gordon Brown met Tony Blair. He criticised Michael Howard.")
    assert only(briefing, "resign").realis == "obliged"
    assert only(briefing, "debate").realis == "future"
    attack = only(briefing, "attack")  # "They" is the body that was the last main subject
    assert attack.source == ("home-office",) and attack.targets == ("michael-howard",)
    criticism = only(briefing, "criticise")
    assert criticism.source == ("gordon-brown",) and criticism.targets == ("michael-howard",)


@pytest.mark.model
def test_the_objects_to_is_a_target_and_speech_is_a_statement(model_nlp):
    briefing = brief(model_nlp, "Finland gave aid to Tanzania.", 'Tony Blair added: "We will win."')
    aid = only(briefing, "give")  # coded by CAMEO's pattern "give * aid"
    assert aid.source == ("finland",) and aid.targets == ("tanzania",) and aid.cls == "aid"
    assert only(briefing, "add").cls == "statement"


@pytest.mark.model
def test_the_government_is_the_countrys_when_one_country_leads(model_nlp):
    briefing = brief(model_nlp, "Russia has closed its border.", "Russia said the border would stay closed.",
                     "The government accused Georgia of smuggling.")
    government = next(g for g in briefing.groups if g.head == "government")
    assert government.affiliation == "russia"
    assert only(briefing, "accuse").source == (government.id,)
