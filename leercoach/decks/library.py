"""All decks a user can pick from: shipped decks plus their own, broken ones reported."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from leercoach.decks.parse import DeckError, parse_deck
from leercoach.domain.deck import Deck


@dataclass(frozen=True)
class DeckFailure:
    path: Path
    problems: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join(f"{self.path}: {problem}" for problem in self.problems)


@dataclass
class DeckLibrary:
    decks: dict[str, Deck] = field(default_factory=dict)
    failures: list[DeckFailure] = field(default_factory=list)

    def get(self, slug: str) -> Deck:
        try:
            return self.decks[slug]
        except KeyError:
            known = ", ".join(sorted(self.decks)) or "none"
            raise KeyError(f"no deck {slug!r}; loaded decks: {known}") from None

    def sorted(self, language: str | None = None) -> list[Deck]:
        decks = [d for d in self.decks.values() if language is None or d.language == language]
        return sorted(decks, key=lambda d: (d.kind.value, d.title.casefold(), d.slug))

    def add(self, deck: Deck) -> None:
        """Keep the highest version of a slug; on a tie the later folder (the user's) wins."""
        current = self.decks.get(deck.slug)
        if current is None or deck.version >= current.version:
            self.decks[deck.slug] = deck


def load_library(folders: Iterable[Path]) -> DeckLibrary:
    """Load every ``*.toml`` deck in the folders, in order; a broken file never stops the rest."""
    library = DeckLibrary()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                library.add(parse_deck(path))
            except DeckError as error:
                library.failures.append(DeckFailure(path, tuple(error.problems)))
    return library
