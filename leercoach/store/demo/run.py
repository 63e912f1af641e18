"""One run of the demo in a file: its random stream, its reference day, what it made."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date

from leercoach.domain import Deck, DeckKind


class DemoRun:
    """What every part of the demo draws from; the order of the draws is the data.

    The same seed, run number and reference day give the same draws in the same order,
    so the same people, talks and actions (tests and benchmarks rely on it): a change to
    what is drawn, or in which order, changes the demo data.
    """

    def __init__(self, decks: Iterable[Deck], seed: int, today: date, run: int = 0) -> None:
        self.decks = [d for d in decks if d.language == "nl"] or list(decks)
        if not self.decks:
            raise ValueError("demo data needs at least one deck")
        special = (DeckKind.EXITGESPREK, DeckKind.ONBOARDING)
        self.regular = [d for d in self.decks if d.kind not in special] or self.decks
        self.by_kind = {d.kind: d for d in self.decks}
        # The first run is the seed's own stream; a later one in the same file another.
        self.rng = random.Random(seed if run == 0 else f"{seed}/{run}")
        self.today = today
        self.counts = {"employees": 0, "conversations": 0, "answers": 0, "actions": 0}
        # The snapshot of each deck, by slug and version (stored by build_demo).
        self.deck_hashes: dict[tuple[str, int], str] = {}

    def uid(self) -> str:
        """The text of ``uuid.UUID(int=bits, version=4)``, without building the object.

        A demo of 10 000 people needs millions of ids; the bits and so the text are the same.
        """
        bits = self.rng.getrandbits(128)
        bits = (bits & ~(0xC000 << 48)) | (0x8000 << 48)  # RFC 4122 variant
        bits = (bits & ~(0xF000 << 64)) | (4 << 76)  # version 4
        text = f"{bits:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

    def stamp(self, day: date, hour: int = 10) -> str:
        minute = self.rng.randrange(60)
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00"
