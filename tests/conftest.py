from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from leercoach.decks import parse_deck_text
from leercoach.domain import Deck
from leercoach.store import Store

SMALL_DECK = """
slug = "mini"
version = 1
title = "Mini-gesprek"
kind = "check-in"
language = "nl"
description = "Een korte test."
duration_minutes = 10
source = "002 §8.2"

[[cards]]
id = "geleerd"
question = "Wat heb je geleerd?"
theme = "leren-in-de-praktijk"
follow_ups = ["Wat maakt dat je dat nu probeerde?"]

[[cards]]
id = "energie"
question = "Hoeveel energie geeft je werk je?"
theme = "welzijn"
answer = { type = "scale", labels = ["heel weinig", "weinig", "gaat wel", "veel", "heel veel"] }

[[cards]]
id = "hulp"
question = "Heb je iets van mij nodig?"
theme = "ondersteuning"
answer = "yesno"
"""


class SteppingClock:
    """A clock that moves one minute per reading, so ordering by time is deterministic."""

    def __init__(self, start: datetime) -> None:
        self.current = start
        self._ticks = itertools.count()

    def __call__(self) -> datetime:
        self.current += timedelta(minutes=1)
        return self.current


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Never touch the real user data dir: logs, user decks and the default db go here."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("LEERCOACH_DATA_DIR", str(folder))
    monkeypatch.delenv("LEERCOACH_DB", raising=False)
    return folder


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(datetime(2026, 3, 2, 9, 0))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "leercoach.db"


@pytest.fixture
def store(db_path: Path, clock: SteppingClock) -> Iterator[Store]:
    with Store.open(db_path, clock=clock) as opened:
        yield opened


@pytest.fixture
def mini_deck() -> Deck:
    return parse_deck_text(SMALL_DECK, "mini.toml")
