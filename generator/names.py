"""What a name's shape says about its kind: given names, and last words of places and organisations."""
from __future__ import annotations

import functools

# A name ending with one of these is a place ("Kennedy Space Center", "Museum of Flight" is not: see below).
PLACE_WORDS = frozenset("""center centre museum base hall station planetarium gallery stadium arena airport
palace square tower towers park bridge street road avenue river lake mountain island islands valley bay beach
memorial temple mosque cathedral plaza county province""".split())
# A name ending with one of these is an organisation.
ORGANISATION_WORDS = frozenset("""party company inc inc. corp corp. corporation group bank university college
school institute foundation association council committee ministry department agency fund union club team
movement league society church army force forces police court trust network airlines airways motors
project program programme service services office board commission authority
government administration parliament assembly
times post herald news journal tribune gazette magazine press""".split())
# A name ending with one of these is an event, not an actor ("Google Science Fair", "Fan Expo Canada" is not).
EVENT_WORDS = frozenset("""festival fair expo awards championship championships cup olympics tournament summit
conference""".split())
# Words that scrapers glue to names from photo captions ("Ahmed Mohamed Image").
CAPTION_WORDS = frozenset({"Image", "Photo", "Picture", "File", "Video"})
NON_PERSON_WORDS = PLACE_WORDS | ORGANISATION_WORDS


@functools.cache
def given_names():
    """Return the gender-guesser detector (a list of ~40,000 given names), loaded once."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


def looks_like_person(name: str) -> bool:
    """Return whether a 2-3 word name starts with a known given name and ends like a surname."""
    words = name.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() in NON_PERSON_WORDS:
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    return given_names().get_gender(words[0]) != "unknown"


def kind_from_last_word(name: str) -> str | None:
    """Return 'place' or 'organization' when the name's last word says so, else None."""
    last = name.split()[-1].lower() if name.split() else ""
    if last in PLACE_WORDS:
        return "place"
    return "organization" if last in ORGANISATION_WORDS else None
