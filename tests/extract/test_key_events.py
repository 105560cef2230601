"""Key events: interactions that happened, ranked by salience, a number of them by the article's length."""
from collections import Counter

from generator.extract.key_events import MAX_EVENTS, MIN_EVENTS, key_events, limit, salience
from generator.records import Actor, EventDate, GroupActor, Interaction, Mention, Sentence


def interaction(sentence, cls="consult", quad="verbal cooperation", realis="asserted", source=("rubio",),
                targets=("lavrov",), date=EventDate(None, None), evidence="Rubio met Lavrov in Riyadh."):
    return Interaction(id=f"i{sentence}", predicate="meet", trigger="met", cls=cls, quad=quad, source=source,
                       targets=targets, realis=realis, date=date, place=None, evidence=evidence, sentence=sentence,
                       rule="cameo verb meet 040 (code of block meet_people)", type="meeting")


def actor(actor_id, mentions=1):
    return Actor(actor_id, actor_id.title(), "person", (), (), tuple(Mention(0, i, i + 1, 0) for i in range(mentions)))


ACTORS = (actor("rubio", 5), actor("lavrov", 3), actor("brown"))
SENTENCES = tuple(Sentence(f"Sentence {n}.", 0, n) for n in range(10))


def test_how_many_key_events_an_article_gets_grows_with_its_length():
    assert limit(2) == MIN_EVENTS and limit(10) == 6 and limit(22) == 13 and limit(200) == MAX_EVENTS


def test_a_statement_ranks_below_a_meeting_and_later_sentences_below_earlier_ones():
    meeting, statement = interaction(1), interaction(1, cls="statement", quad="neutral")
    ranks = lambda item: salience(item, {"rubio"}, set(), Counter(), 10)  # noqa: E731
    assert ranks(meeting) > ranks(statement)
    assert ranks(interaction(1)) > ranks(interaction(9))
    dated = interaction(1, date=EventDate("2025-02-18", "day", "on Tuesday"))
    assert ranks(dated) > ranks(meeting)


def test_only_what_happened_becomes_a_key_event_one_per_sentence():
    items = (interaction(0), interaction(0, cls="statement", quad="neutral"), interaction(1, realis="negated"),
             interaction(2, realis="modal"), interaction(3, realis="reported"), interaction(4, source=(), targets=()))
    events = key_events(items, ACTORS, (), SENTENCES, "Rubio meets Lavrov")
    assert [e.evidence for e in events] == ["Rubio met Lavrov in Riyadh."] * 2
    first, second = events
    assert (first.cls, first.quad, first.realis, second.realis) == ("consult", "verbal cooperation", "asserted", "reported")
    assert first.participants == ("rubio", "lavrov") and first.rule.startswith("cameo verb meet")
    assert first.id == "meeting-rubio" and second.id == "meeting-rubio-2" and first.salience > 0


def test_a_group_counts_as_its_affiliation_on_the_event():
    group = GroupActor("labour-backbenchers", "Labour backbenchers", "backbencher", "labour", ())
    item = interaction(0, cls="accuse", quad="verbal conflict", source=(group.id,), targets=("brown",))
    (event,) = key_events((item,), ACTORS + (actor("labour"),), (group,), SENTENCES, "Rebels turn on Brown")
    assert event.source == ("labour-backbenchers",) and event.participants == ("labour", "brown")
    assert event.type == "meeting" and event.id == "meeting-labour"
