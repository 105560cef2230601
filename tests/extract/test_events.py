"""Events, dates and quotes: date words resolved against the article date; the seed's key events."""
import datetime as dt

import pytest

from generator.extract.dates import compatible, resolve_date
from generator.extract import extract
from generator.records import EventDate
from generator.read import read_article
from generator.render import render
from generator.resolve import resolve
from generator.schema import briefing_to_json
from tests.conftest import ROOT, SEED, brief

MARCH_9 = dt.date(2025, 3, 9)


@pytest.mark.parametrize("text, value, precision", [
    ("late February", "2025-02", "month"),
    ("on Sunday", "2025-03-02", "day"),
    ("next month", "2025-04", "month"),
    ("in 2022", "2022", "year"),
    ("November 2003", "2003-11", "month"),
    ("recently", "2025-03-09", "before"),
])
def test_dates_resolve_against_the_article_date(text, value, precision):
    assert resolve_date(text, MARCH_9) == EventDate(value, precision, text)


def test_relative_dates_need_an_article_date_absolute_ones_do_not():
    assert resolve_date("last week", None) is None
    assert resolve_date("in June 2004", None) == EventDate("2004-06", "month", "in June 2004")
    assert resolve_date("the coming years", MARCH_9) is None


def test_compatible_dates():
    month, day = EventDate("2025-02", "month"), EventDate("2025-02-18", "day")
    assert compatible(month, day) and compatible(day, EventDate(None, None))
    assert not compatible(day, EventDate("2025-03-01", "day"))
    week = resolve_date("last week", dt.date(2025, 2, 26))
    assert week == EventDate("2025-02-17", "week", "last week")
    assert compatible(week, day) and not compatible(week, EventDate("2025-02-24", "day"))


@pytest.fixture(scope="module")
def seed(model_nlp):
    article = read_article(SEED, ROOT)
    return extract(article, list(model_nlp.pipe(article.paragraphs)))


def event_of_type(briefing, kind):
    found = [e for e in briefing.events if e.type == kind]
    assert len(found) == 1, [(e.type, e.participants) for e in briefing.events]
    return found[0]


@pytest.mark.model
def test_seed_key_events_with_participants(seed):
    confrontation = event_of_type(seed, "confrontation")  # "engaged in a public confrontation with ..."
    assert {"j-d-vance", "volodymyr-zelensky"} <= set(confrontation.participants)
    assert "ukraine" not in confrontation.participants  # "Ukrainian" only describes Zelensky
    assert confrontation.targets == ("volodymyr-zelensky",)
    agreement = event_of_type(seed, "agreement")
    assert agreement.date == EventDate("2025-02", "month", "late February")
    assert agreement.participants == ("ukraine",) and agreement.place == "white-house"
    assert (agreement.cls, agreement.quad) == ("agree", "verbal cooperation")
    talks = event_of_type(seed, "discussion")  # "In recent discussions with a Russian delegation ..."
    assert {"russia", "united-states"} <= set(talks.participants) and talks.cls == "consult"
    assert talks.place == "riyadh" and talks.date.precision == "before"
    exchange = event_of_type(seed, "exchange")
    assert set(exchange.participants) == {"steve-witkoff", "russia"}
    assert not [e for e in seed.events if e.type == "agreement" and "deal-making" in e.evidence]


@pytest.mark.model
def test_seed_events_json(seed):
    agreement = next(e for e in briefing_to_json(seed)["events"] if e["type"] == "agreement")
    assert {"id", "type", "summary", "date", "date_text", "participants", "place", "evidence"} <= set(agreement)
    assert (agreement["date"], agreement["date_text"]) == ("2025-02", "late February")
    assert {"source", "targets", "cls", "quad", "realis", "salience", "rule"} <= set(agreement)
    talks = next(e for e in briefing_to_json(seed)["events"] if e["type"] == "discussion")
    assert (talks["date"], talks["before"]) == (None, "2025-03-09")
    assert talks["rule"].startswith("event noun discussion")


@pytest.mark.model
def test_quotes_with_speakers_from_the_sentence_its_neighbours_and_pronouns(model_nlp):
    briefing = brief(model_nlp,
                     '"I am not interested in what goes in and out of newspapers," Tony Blair said.',
                     'Gordon Brown spoke next. He said: "We will fight this election as one party."',
                     'His spokesman said it was "highly unlikely he would give more money".',
                     '"We have not decided anything yet at all," said Michael Howard.')
    quotes = {q.text: q.speaker for q in briefing.quotes}
    assert quotes["I am not interested in what goes in and out of newspapers,"] == "tony-blair"
    assert quotes["We will fight this election as one party."] == "gordon-brown"
    assert quotes["highly unlikely he would give more money"] is None
    assert quotes["We have not decided anything yet at all,"] == "michael-howard"
    blair = next(q for q in briefing_to_json(briefing)["quotes"] if q["speaker"] == "tony-blair")
    assert blair["evidence"].startswith('"I am not interested')


@pytest.mark.model
def test_an_event_summary_cut_before_a_conjunct_does_not_end_on_the_conjunction(model_nlp):
    briefing = brief(model_nlp, "Microsoft has launched an aggressive campaign to persuade users to stop using IE6 "
                                "and update to a newer IE.")
    assert [e.summary for e in briefing.events] == [
        "Microsoft has launched an aggressive campaign to persuade users to stop using IE6"]


@pytest.mark.model
def test_a_quoted_title_is_not_a_quotation(model_nlp):
    briefing = brief(model_nlp, 'On a new website, "The Internet Explorer 6 Countdown", Microsoft has launched a campaign.',
                     '"Now it is time to say goodbye," Microsoft says on "The Internet Explorer 6 Countdown".')
    assert [q.text for q in briefing.quotes] == ["Now it is time to say goodbye,"]


@pytest.mark.model
def test_same_event_in_two_articles_is_one_event_page(model_nlp):
    first = brief(model_nlp, "Sergei Lavrov met Marco Rubio in Riyadh on Tuesday.", article_id="a",
                  date=dt.date(2025, 2, 20))
    second = brief(model_nlp, "Marco Rubio held talks with Lavrov. Rubio met Lavrov in Riyadh last week.",
                   article_id="b", date=dt.date(2025, 2, 24))
    collection = resolve([first, second])
    meetings = [e for e in collection.events if e.type == "meeting"]
    assert len(meetings) == 1
    assert [r.briefing_id for r in meetings[0].reports] == ["a", "b"]
    pages = render(collection, ROOT / "templates")
    page = pages[f"events/{meetings[0].id}.md"]
    assert page.count("../briefings/") == 2
    timeline = pages["events/index.md"]
    assert f"]({meetings[0].id}.md)" in timeline  # among the latest events
    assert "[February 2025](../lists/events-2025-02.md) (1 event)" in timeline
    month = pages["lists/events-2025-02.md"]
    assert "# Events: February 2025" in month and f"](../events/{meetings[0].id}.md)" in month
    assert "<svg" in timeline
    assert f"../events/{meetings[0].id}.md" in pages["actors/sergei-lavrov.md"]


@pytest.mark.model
def test_a_key_event_reads_source_class_targets_with_actors_linked_and_group_actors_named(model_nlp):
    briefing = brief(model_nlp, "Labour backbenchers accused Tony Blair of betraying the party.", article_id="a",
                     date=MARCH_9)
    [event] = briefing.events
    assert event.cls == "accuse" and "Labour backbenchers" in [g.name for g in briefing.groups]
    page = render(resolve([briefing]), ROOT / "templates")["briefings/a.md"]
    assert "— Labour backbenchers → *accuse* (verbal conflict) → [Tony Blair](../actors/tony-blair.md)" in page
