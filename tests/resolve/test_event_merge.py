"""Cross-article events: one page only on evidence (two shared participants, or one and the date or the place)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from generator.records import EventDate
from generator.render import render
from generator.resolve import resolve
from generator.resolve.events import Account, evidence, event_class, joins, match_keys, months, participant_points
from generator.lexicons.interactions import UTTERANCE_CLASSES
from tests.conftest import ROOT, brief

UNKNOWN = EventDate(None, None)
FEB_18 = EventDate("2025-02-18", "day", "18 February")


def account(briefing_id: str, *participants: str, countries: tuple[str, ...] = (), place: str | None = None,
            date: EventDate = UNKNOWN, trigger: str = "met", cls: str = "meeting") -> Account:
    """Return a report's account as `generator.resolve.events` builds it from an extracted event."""
    return Account(briefing_id, cls, participants, frozenset(countries), place, date, trigger,
                   utterance=cls in UTTERANCE_CLASSES)


def pages_of(collection, event_type: str | None = None) -> list[list[str]]:
    """Return the briefing ids of each event page of a type (of every type if None)."""
    return sorted([r.briefing_id for r in e.reports] for e in collection.events if event_type in (None, e.type))


def test_two_shared_participants_are_evidence_one_is_not():
    reason = evidence(account("a", "rubio", "lavrov"), account("b", "lavrov", "rubio", "witkoff"))
    assert reason.shared == ("lavrov", "rubio")
    assert evidence(account("a", "yukos", "ongc"), account("b", "yukos", "gazprom")) is None


def test_one_shared_participant_needs_a_known_date_or_the_same_place():
    same_day = evidence(account("a", "dmitriev", "rubio", date=FEB_18),
                        account("b", "dmitriev", "witkoff", date=FEB_18))
    assert same_day.date == FEB_18
    same_place = evidence(account("a", "dmitriev", place="riyadh"), account("b", "dmitriev", place="riyadh"))
    assert same_place.place == "riyadh"
    a_year = EventDate("2025", "year", "in 2025")  # a year holds too many meetings to tell them apart
    assert evidence(account("a", "dmitriev", date=a_year), account("b", "dmitriev", date=a_year)) is None
    later = EventDate("2025-03-04", "day", "4 March")  # two known dates that differ are two events
    assert evidence(account("a", "rubio", "lavrov", date=FEB_18), account("b", "rubio", "lavrov", date=later)) is None


def test_undated_reports_never_merge_on_shared_countries_alone():
    assert participant_points(("france", "united-kingdom"), frozenset({"france", "united-kingdom"}), dated=False) == 0
    assert participant_points(("labour-party", "united-kingdom"), frozenset({"united-kingdom"}), dated=False) == 2
    russia = {"countries": ("russia",), "place": "geneva", "trigger": "talks", "cls": "talks"}
    assert evidence(account("a", "russia", "iran", **russia), account("b", "russia", "united-states", **russia)) is None
    dated = {**russia, "date": FEB_18}
    assert evidence(account("a", "russia", "iran", **dated), account("b", "russia", "united-states", **dated))


def test_a_different_predicate_of_one_class_needs_one_more_piece_of_evidence():
    charged = account("a", "warren-jeffs", "flds", trigger="charged", cls="trial")
    assert evidence(charged, account("b", "flds", "warren-jeffs", trigger="sentenced", cls="trial")) is None
    assert evidence(charged, account("b", "flds", "warren-jeffs", trigger="charges", cls="trial"))  # one lemma
    assert evidence(account("a", "kraft", place="philadelphia", date=FEB_18, trigger="shooting", cls="killing"),
                    account("b", "kraft", place="philadelphia", date=FEB_18, trigger="killed", cls="killing"))


def test_one_speakers_statements_in_two_articles_are_two_events_whatever_they_share():
    said = {"cls": "statement", "trigger": "said", "date": FEB_18, "place": "london"}
    assert evidence(account("a", "tony-blair", **said), account("b", "tony-blair", **said)) is None
    meeting = {"cls": "consult", "trigger": "met", "date": FEB_18}  # an occasion: one participant and the day
    assert evidence(account("a", "tony-blair", "cbi", **meeting), account("b", "tony-blair", "tuc", **meeting))


def test_something_said_needs_two_participants_and_counts_only_the_same_day_never_the_place():
    fox, blair = "liam-fox", "tony-blair"
    accused, blamed = {"cls": "accuse", "trigger": "accused"}, {"cls": "accuse", "trigger": "blamed"}
    assert evidence(account("a", fox, blair, **accused), account("b", fox, blair, **accused)).shared == (fox, blair)
    assert evidence(account("a", fox, date=FEB_18, place="westminster", **accused),
                    account("b", fox, date=FEB_18, place="westminster", **accused)) is None  # one speaker alone
    # another predicate needs a third point: the same day is one, the place or a month is none
    assert evidence(account("a", fox, blair, date=FEB_18, **accused), account("b", fox, blair, date=FEB_18, **blamed))
    february = EventDate("2025-02", "month", "in February")
    assert evidence(account("a", fox, blair, date=february, place="westminster", **accused),
                    account("b", fox, blair, date=february, place="westminster", **blamed)) is None


def test_a_report_joins_on_evidence_against_the_first_report_and_no_date_at_odds_with_another():
    page = (account("a", "rubio", "lavrov"), account("b", "rubio", "lavrov", "witkoff", date=FEB_18))
    assert joins(page, account("c", "lavrov", "rubio")).shared == ("lavrov", "rubio")
    assert joins(page, account("c", "witkoff", "lavrov", date=FEB_18)) is None  # only one shared with a
    assert joins(page, account("c", "rubio", "lavrov", date=EventDate("2025-03-04", "day", "4 March"))) is None
    assert joins(page, account("b", "rubio", "lavrov")) is None  # one briefing's events stay apart


def test_the_class_comes_from_cls_when_events_have_one():
    assert event_class(SimpleNamespace(type="meeting")) == "meeting"
    assert event_class(SimpleNamespace(type="Talks", cls="consult")) == "consult"
    consult, accuse = account("a", "rubio", "lavrov", cls="consult"), account("b", "rubio", "lavrov", cls="accuse")
    assert evidence(consult, accuse) is None


def test_match_keys_find_every_report_with_evidence_and_weeks_span_their_months():
    first = account("a", "lavrov", "rubio", place="riyadh", date=FEB_18)
    assert match_keys(first) == {("meeting", "lavrov", "rubio"), ("meeting", "lavrov", "@riyadh"),
                                 ("meeting", "rubio", "@riyadh"), ("meeting", "lavrov", "#2025-02"),
                                 ("meeting", "rubio", "#2025-02")}
    assert months(EventDate("2025-02-24", "week", "last week")) == ("2025-02", "2025-03")


@pytest.mark.model
def test_one_shared_participant_without_date_or_place_is_two_pages(model_nlp):
    first = brief(model_nlp, "Yukos held talks with ONGC over the sale of its oil unit.", article_id="a", date=None)
    second = brief(model_nlp, "Yukos held talks with Gazprom in Moscow.", article_id="b", date=None)
    assert pages_of(resolve([first, second]), "talk") == [["a"], ["b"]]


@pytest.mark.model
def test_no_page_grows_through_a_third_report(model_nlp):
    briefings = [brief(model_nlp, "Marco Rubio met Sergei Lavrov.", article_id="a", date=None),
                 brief(model_nlp, "Marco Rubio met Sergei Lavrov and Kirill Dmitriev.", article_id="b", date=None),
                 brief(model_nlp, "Kirill Dmitriev met Sergei Lavrov in Geneva.", article_id="c", date=None)]
    # c shares Dmitriev and Lavrov with b, but only Lavrov with a: it is not a's meeting
    assert pages_of(resolve(briefings), "meeting") == [["a", "b"], ["c"]]


@pytest.mark.model
def test_statements_of_one_speaker_on_one_day_are_two_pages(model_nlp):
    day = dt.date(2005, 2, 18)
    first = brief(model_nlp, "Tony Blair said on Friday that the economy was strong.", article_id="a", date=day)
    second = brief(model_nlp, "Tony Blair said on Friday that schools must improve.", article_id="b", date=day)
    [said] = {e.cls for b in (first, second) for e in b.events}
    assert said == "statement" and pages_of(resolve([first, second])) == [["a"], ["b"]]


@pytest.mark.model
def test_undated_matches_between_two_countries_are_two_pages(model_nlp):
    first = brief(model_nlp, "England beat France in Paris.", article_id="a", date=None)
    second = brief(model_nlp, "England beat France at Twickenham.", article_id="b", date=None)
    assert pages_of(resolve([first, second])) == [["a"], ["b"]]


@pytest.mark.model
def test_an_event_page_says_what_joined_each_report(model_nlp):
    first = brief(model_nlp, "Kirill Dmitriev met Marco Rubio in Riyadh on 18 February.", article_id="a",
                  date=dt.date(2025, 2, 20))
    second = brief(model_nlp, "Kirill Dmitriev met Steve Witkoff on 18 February.", article_id="b",
                   date=dt.date(2025, 2, 21))
    collection = resolve([first, second])
    [event] = [e for e in collection.events if e.type == "meeting"]
    assert [r.briefing_id for r in event.reports] == ["a", "b"]
    assert event.reports[1].reason.shared == ("kirill-dmitriev",)
    page = render(collection, ROOT / "templates")[f"events/{event.id}.md"]
    assert "2 reports of one event: each names the same kind of event as the first report" in page
    assert ("*shares with the first report:* [Kirill Dmitriev](../actors/kirill-dmitriev.md); "
            "the date, 18 February 2025") in page
