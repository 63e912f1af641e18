"""What comes back in someone's answers: the words of two or more talks (the prep sheet).

Kept honest and simple: a word is a run of letters of at least four, compared without
case and accents ("Overzicht" and "overzícht" are one word), Dutch and English stop words
left out, and so are the words of the card's own question (an answer to "Waar ben je goed
in?" that says "goed" repeats the question, not a strength). A word recurs when answers of
two or more different talks hold it; it is shown as first written, with the days it came.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

MIN_LETTERS = 4
MIN_TALKS = 2
MOST_WORDS = 12

_WORD = re.compile(r"[^\W\d_]+")

# Words of four letters or more that say nothing about a person's strengths on their own.
_DUTCH = """
    aldus alle allebei alleen alles altijd ander andere anders beetje bent best beter bijna
    daar daarbij daarin daarna daarom daarop daarvan dacht dank deed denk denkt deze ding
    dingen doen doet door echt eens eerst eigen eigenlijk elkaar elke enige even gaan gaat
    gedaan geen gehad geven geweest gewoon goed graag haar hadden heb hebben hebt heeft heel
    hier hierbij hierin hoor iedereen iemand iets jezelf jouw juist kan komen komt kunnen
    kunt laat laten later liever lukt maak maakt maar mag meer meest mezelf mijn minder
    misschien moet moeten mogen naar natuurlijk niet niets nodig nooit ofwel omdat onder
    onze ooit over soms staan staat steeds terug tijdens toch tussen vaak veel verder vind
    vinden voor vooral waar waardoor waarin waarom wanneer want weer weet welk welke werd
    werden wilde willen worden wordt zeer zelf zelfs zich zien zijn zoals zodat zonder zou
    zouden zowel
"""
_ENGLISH = """
    about above after again also always another anything because been before being better
    both could does doing done each even every from good have having here into just keep
    know like make makes many more most much must myself never only other others really same
    should since some something still such than that their them then there these they thing
    things this those through very want well were what when where which while will with
    would your yours yourself
"""
DUTCH_STOP_WORDS = frozenset(_DUTCH.split())
ENGLISH_STOP_WORDS = frozenset(_ENGLISH.split())
STOP_WORDS = DUTCH_STOP_WORDS | ENGLISH_STOP_WORDS


@dataclass(frozen=True)
class TalentAnswer:
    """One answer to a card of the theme ``talenten`` in a talk held with the person."""

    conversation_id: str
    held_on: date
    deck_title: str
    card_id: str
    question: str
    value: str


@dataclass(frozen=True)
class RecurringWord:
    word: str
    """As first written (lower case): "collega", "overzicht"."""
    talks: int
    """In how many different talks it came."""
    days: tuple[date, ...]
    """The days of those talks, oldest first, each once."""


def folded(word: str) -> str:
    """Lower case without accents: "Overzícht" → "overzicht", "Zoë" → "zoe"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def content_words(text: str) -> list[tuple[str, str]]:
    """The words of ``text`` that may carry meaning: (folded, as written in lower case)."""
    found = []
    for match in _WORD.finditer(text):
        written = match.group().casefold()
        key = folded(written)
        if len(key) >= MIN_LETTERS and key not in STOP_WORDS:
            found.append((key, written))
    return found


def recurring_words(answers: Iterable[TalentAnswer], most: int = MOST_WORDS) -> list[RecurringWord]:
    """The words that answers of two or more talks hold, those of the most talks first,
    then the earliest, then the longer (the more telling: "overzicht" before "houden"),
    then alphabetically; at most ``most``."""
    talks: dict[str, set[str]] = {}
    days: dict[str, set[date]] = {}
    written: dict[str, str] = {}
    ordered = sorted(answers, key=lambda a: (a.held_on, a.conversation_id, a.card_id))
    for answer in ordered:
        asked = {key for key, _ in content_words(answer.question)}
        for key, spelling in content_words(answer.value):
            if key in asked:
                continue
            talks.setdefault(key, set()).add(answer.conversation_id)
            days.setdefault(key, set()).add(answer.held_on)
            written.setdefault(key, spelling)
    found = [
        RecurringWord(written[key], len(ids), tuple(sorted(days[key])))
        for key, ids in talks.items()
        if len(ids) >= MIN_TALKS
    ]
    found.sort(key=lambda w: (-w.talks, w.days[0], -len(w.word), folded(w.word)))
    return found[:most]
