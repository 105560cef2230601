"""Roles (`extract.roles`): a title before a name, an occupation, an apposition after it; and where none is."""
import pytest

from tests.conftest import actor_named, brief, rule_pipeline


def test_title_before_name_is_a_role_not_an_organisation(rule_nlp):
    briefing = brief(rule_nlp, "Rubio and his allies, including National Security Advisor Mike Waltz, agreed.")
    assert [r.title for r in actor_named(briefing, "Mike Waltz").roles] == ["National Security Advisor"]
    assert "National Security" not in [a.name for a in briefing.actors]


def test_apposition_gives_a_role_and_acronym_an_alias(rule_nlp):
    briefing = brief(rule_nlp, "Kirill Dmitriev, the head of the Russian Direct Investment Fund (RDIF), "
                               "is tasked with business. RDIF invests. Dmitriev agreed.")
    dmitriev = actor_named(briefing, "Kirill Dmitriev")
    assert [r.title for r in dmitriev.roles] == ["head of the Russian Direct Investment Fund"]
    fund = actor_named(briefing, "Russian Direct Investment Fund")
    assert fund.kind == "organization"
    assert "RDIF" in fund.aliases
    assert len(fund.mentions) == 3  # the long form, "(RDIF)" and the later "RDIF" the rules missed


@pytest.mark.model
def test_an_apposition_ends_at_a_verb_and_never_follows_a_quotation(model_nlp):
    # BBC: Manchester United had the role "' the defender told The Guardian newspaper".
    briefing = brief(model_nlp, "David Yarnton, Nintendo Europe's general manager said at the launch that sales "
                                "were strong.",
                     "“It is just more personal against Manchester United,” the defender told The Guardian.")
    assert [r.title for r in actor_named(briefing, "David Yarnton").roles] == ["Nintendo Europe's general manager"]
    assert actor_named(briefing, "Manchester United").roles == ()


def test_an_occupation_or_demonym_before_a_persons_name_is_not_part_of_it():
    # ECB+: "Coroner Gary Hargrove" and "Comedian Ellen DeGeneres" were pages of their own beside the person's.
    nlp = rule_pipeline(("PERSON", "Producer Aamir Khan"), ("PERSON", "Gary Hargrove"),
                        ("PERSON", "American Mark Teixeira"), ("ORG", "Greek Sky TV"),
                        ("PERSON", "Prime Minister Costas Karamanlis"))
    briefing = brief(nlp, "Producer Aamir Khan said the film was ready.",
                     "Coroner Gary Hargrove said the death was an accident.",
                     "The American Mark Teixeira signed on Tuesday. Greek Sky TV reported it.",
                     "Prime Minister Costas Karamanlis agreed.")
    assert [r.title for r in actor_named(briefing, "Aamir Khan").roles] == ["Producer"]
    assert [r.title for r in actor_named(briefing, "Gary Hargrove").roles] == ["Coroner"]
    assert not actor_named(briefing, "Mark Teixeira").roles  # a demonym is no role
    assert actor_named(briefing, "Greek Sky TV").kind == "organization"  # a body's demonym stays in its name
    assert [r.title for r in actor_named(briefing, "Costas Karamanlis").roles] == ["Prime Minister"]


def test_no_role_for_a_body_named_by_its_staff_or_from_a_clause_after_a_comma():
    # BBC: Yukos had the roles "associate of former" and "told Judge Clark in an emergency hearing in Houston".
    nlp = rule_pipeline(("ORG", "Yukos"), ("PERSON", "Mikhail Khodorkovsky"), ("PERSON", "Zack Clement"),
                        ("PERSON", "Clark"))
    nlp.add_pipe("attribute_ruler").add([[{"ORTH": "told"}]], {"TAG": "VBD"})  # what the tagger says
    briefing = brief(nlp, "A close associate of former Yukos boss Mikhail Khodorkovsky spoke.",
                     "Zack Clement, a lawyer for Yukos, told Judge Clark in a hearing that Yukos, told of it, agreed.")
    assert not actor_named(briefing, "Yukos").roles
    assert [r.title for r in actor_named(briefing, "Zack Clement").roles] == ["lawyer for Yukos"]
