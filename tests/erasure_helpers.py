"""A person to erase, and a look at the bytes of every file for any trace of them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from leercoach.decks import parse_deck_text
from leercoach.domain import ActionOwner, EmployeeDraft
from leercoach.domain.talking_point import PointBy
from leercoach.store import Store
from tests.conftest import SMALL_DECK

NAME = "Quirijn Zwaluwstaart"
EMAIL = "quirijn.zwaluwstaart@voorbeeld.be"
ANSWER = "Het Kwikstaartproject loopt eindelijk goed"
SUMMARY = "Samen afgesproken: het Pimpelmeesplan"
NOTE = "Privé: Roodborstnotitie over thuis"
ACTION = "Goudvinkcursus volgen in het voorjaar"
SCALE_NOTE = "De Boomklevernachten wegen zwaar"
TALKING_POINT = "Thuiswerk op de Zilverreigerdagen"
# The words as the search index keeps them: folded to lower case.
WORDS = (
    "zwaluwstaart",
    "kwikstaartproject",
    "pimpelmeesplan",
    "roodborstnotitie",
    "goudvinkcursus",
    "boomklevernachten",
    "zilverreigerdagen",
)
TRACES = tuple(
    text.encode("utf-8")
    for text in (NAME, EMAIL, ANSWER, SUMMARY, NOTE, ACTION, SCALE_NOTE, TALKING_POINT, *WORDS)
)


def add_person(store: Store) -> str:
    """The person to erase, with an answer, a note beside a scale value, a summary, a
    private note, an action and a talking point discussed in the talk; and a colleague who stays."""
    deck = parse_deck_text(SMALL_DECK, "mini.toml")
    store.employees.add(EmployeeDraft(name="Bram Maes", email="bram@voorbeeld.be"))
    person = store.employees.add(EmployeeDraft(name=NAME, email=EMAIL, team="Zorg"))
    talk = store.conversations.start(person.id, deck)
    store.conversations.save_answer(talk.id, deck.cards[0], 0, ANSWER)
    store.conversations.save_note(talk.id, deck.cards[1], 1, SCALE_NOTE)
    store.conversations.set_shared_summary(talk.id, SUMMARY)
    store.conversations.set_private_note(talk.id, NOTE)
    store.actions.add(person.id, ACTION, ActionOwner.MEDEWERKER, conversation_id=talk.id)
    point = store.talking_points.add(person.id, TALKING_POINT, PointBy.MEDEWERKER)
    store.talking_points.set_discussed(point.id, talk.id, True)
    store.conversations.complete(talk.id)
    return person.id


def traces_in(path: Path) -> list[str]:
    """The person's texts found in the bytes of ``path`` and of the files SQLite keeps beside
    it, as 'file: text'."""
    found = []
    for file in (path, *(Path(f"{path}{s}") for s in ("-wal", "-journal"))):
        if not file.is_file():
            continue
        raw = file.read_bytes()
        found += [f"{file.name}: {t.decode()}" for t in TRACES if t in raw]
    return found


def traces_under(*folders: Path) -> list[str]:
    """Traces in every file below the folders (the data folder, the database's folder)."""
    found = []
    for folder in folders:
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            raw = file.read_bytes()
            found += [f"{file}: {t.decode()}" for t in TRACES if t in raw]
    return found


def cli(
    *args: str, db: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:

    return subprocess.run(
        [sys.executable, "-m", "leercoach", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
