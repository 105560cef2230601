"""`briefings extract FILE --explain`: each actor's kind with the rule behind it, and every step that formed it,
from a trace `extract` fills only when given one (the briefing itself is the same)."""
import dataclasses

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.extract import extract
from generator.extract.explain import explained, explanation
from generator.extract.trace import Trace
from generator.read import read_article
from tests.conftest import ROOT, SEED, make_article, rule_pipeline


def lines_of(text: str, actor: str) -> list[str]:
    """Return the lines an explanation gives one actor (its own line first)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"  {actor} ["))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("    ")), len(lines))
    return lines[start:end]


def test_the_seed_explains_its_merges_and_kinds(rule_nlp):
    [(article, briefing, trace)] = list(explained([read_article(SEED, ROOT)], rule_nlp))
    text = explanation(briefing, trace)
    assert lines_of(text, "Russian Direct Investment Fund") == [
        "  Russian Direct Investment Fund [russian-direct-investment-fund] (organization, by the head word of the "
        "name)",
        "    1. merge_acronyms: 'RDIF' -> Russian Direct Investment Fund"]
    rubio = lines_of(text, "Marco Rubio")
    assert rubio[0].endswith("(person, by a given name)")
    assert "    5. merge_partial_names: 'Rubio' -> Marco Rubio" in rubio
    assert "    0. group_by_name: 'U.S.', 'the United States' -> United States" in lines_of(text, "United States")
    assert lines_of(text, "Mike Waltz")[0].endswith("(person, by a person's title)")  # "National Security Advisor"


def test_a_trace_changes_nothing_in_the_briefing(rule_nlp):
    article = read_article(SEED, ROOT)
    docs, headline = list(rule_nlp.pipe(article.paragraphs)), rule_nlp(article.title)
    trace = Trace()
    assert extract(article, docs, headline, trace) == extract(article, docs, headline)
    assert len(trace.kinds) == len(extract(article, docs, headline).actors)


def test_added_and_dropped_groups_and_untagged_mentions_are_explained():
    nlp = rule_pipeline(("GPE", "Toronto"), ("FAC", "the Metro Toronto Convention Centre"), ("GPE", "IE6"),
                        ("ORG", "Microsoft"), ("PERSON", "Mark Rathbun"))
    article = make_article("The convention took place at the Metro Toronto Convention Centre. Microsoft wants IE6 "
                           "gone, Mark Rathbun said. According to Rathbun it will be.",
                           title="Fan convention in Toronto")
    [(_, briefing, trace)] = list(explained([article], nlp))
    text = explanation(briefing, trace)
    assert "    12. add_headline_groups: 'Toronto' added" in lines_of(text, "Toronto")
    assert "    11. add_missed_mentions: 1 more mention(s) of 'Mark Rathbun'" in lines_of(text, "Mark Rathbun")
    assert text.splitlines()[-2:] == ["  Not actors:", "    14. drop_non_actors: 'IE6' dropped"]


def test_every_actor_is_explained_with_the_kind_it_has(rule_nlp):
    [(_, briefing, trace)] = list(explained([read_article(SEED, ROOT)], rule_nlp))
    for actor in briefing.actors:
        kind, _ = trace.of_actor(actor.mentions)
        assert kind[0] == actor.kind, actor.name


def test_an_article_that_breaks_the_extractor_is_an_error_not_an_explanation(rule_nlp, monkeypatch):
    import generator.extract.explain as explain_module
    broken = dataclasses.replace(make_article("Marco Rubio spoke."), id="broken")
    monkeypatch.setattr(explain_module, "extract", lambda *args: 1 / 0)
    [(article, result, _)] = list(explained([broken], rule_nlp))
    assert article.id == "broken" and isinstance(result, ZeroDivisionError)


@pytest.mark.model
def test_the_cli_explains_the_seed_with_the_model():
    result = CliRunner().invoke(main, ["extract", str(SEED), "--explain"])
    assert result.exit_code == 0, result.output
    assert "    1. merge_acronyms: 'RDIF' -> Russian Direct Investment Fund" in result.stdout
    assert result.stdout.splitlines()[0] == ("Negotiation Strategies: U.S. and Russia's Diverging Diplomatic "
                                             "Approaches (2025-03-09)")


def test_the_cli_refuses_explain_with_json_in_one_line():
    result = CliRunner().invoke(main, ["extract", str(SEED), "--explain", "--json"])
    assert result.exit_code == 1 and result.stderr.strip() == (
        "Error: --explain prints text for a person to read: give it without --json")
