"""All decks a user can pick from: shipped decks plus their own, broken ones reported."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from leercoach.decks.parse import DeckError, parse_deck
from leercoach.decks.snapshot import content_hash
from leercoach.domain.deck import Deck
from leercoach.domain.suggest import deck_after
from leercoach.language import _

# The language of the decks that others translate (the shipped decks are Dutch).
SOURCE_LANGUAGE = "nl"


@dataclass(frozen=True)
class DeckFailure:
    path: Path
    problems: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join(f"{self.path}: {problem}" for problem in self.problems)


@dataclass
class DeckLibrary:
    decks: dict[str, Deck] = field(default_factory=dict)
    """Per slug the highest version: the decks a new conversation can be held with."""
    failures: list[DeckFailure] = field(default_factory=list)
    loaded: dict[tuple[str, int], Deck] = field(default_factory=dict)
    """Every deck that loaded, by slug and version, those a higher version replaced too."""

    def get(self, slug: str) -> Deck:
        try:
            return self.decks[slug]
        except KeyError:
            known = ", ".join(sorted(self.decks)) or _("none")
            raise KeyError(
                _("no deck {slug}; loaded decks: {known}", slug=repr(slug), known=known)
            ) from None

    def find(self, slug: str, version: int) -> Deck | None:
        """The loaded deck of this slug and exactly this version, if any."""
        return self.loaded.get((slug, version))

    def translated_slug(self, slug: str, language: str) -> str:
        """The slug of ``slug``'s twin in ``language`` when one is loaded, else ``slug``
        itself: the deck to offer someone who reads ``language``.

        Twins are a deck and the decks whose ``translation_of`` names it, either way round:
        the English twin of ``check-in`` is the English deck with ``translation_of =
        "check-in"``, and the Dutch twin of that deck is ``check-in``. A deck without
        ``translation_of`` still counts as a twin by its old name: the source deck's slug
        with ``-`` and its language appended (``check-in-en``).
        """
        own = self.decks.get(slug)
        if own is not None and own.language == language:
            return slug
        source = self.source_slug(slug)
        twins = [self.decks[source]] if source in self.decks else []
        twins += sorted(
            (deck for deck in self.decks.values() if deck.translation_of == source),
            key=lambda deck: deck.slug,
        )
        named = self.decks.get(f"{source}-{language}")
        if named is not None and named.translation_of is None:
            twins.append(named)
        return next((deck.slug for deck in twins if deck.language == language), slug)

    def source_slug(self, slug: str) -> str:
        """The slug of the loaded deck ``slug`` translates, else ``slug`` itself: a form or
        talk of a twin belongs to this deck. ``translation_of`` says it; a deck without
        it by its old name (``check-in-en`` translates ``check-in``)."""
        deck = self.decks.get(slug)
        if deck is None:
            return slug
        if deck.translation_of is not None:
            return deck.translation_of if deck.translation_of in self.decks else slug
        base = slug.removesuffix(f"-{deck.language}")
        if deck.language != SOURCE_LANGUAGE and base != slug and base in self.decks:
            return base
        return slug

    def follow_ups(self) -> dict[str, str]:
        """Per loaded deck, the deck to suggest for the talk after one held with it, where a
        deck says so (``suggest_after``, ``domain.suggest.deck_after``). A twin no deck
        names follows its source deck: the follower's twin in the twin's language."""
        decks = list(self.decks.values())
        found: dict[str, str] = {}
        for deck in decks:
            after = deck_after(deck.slug, decks, deck.language)
            if after is not None:
                found[deck.slug] = after.slug
                continue
            source = self.source_slug(deck.slug)
            after = deck_after(source, decks, deck.language) if source != deck.slug else None
            if after is not None:
                found[deck.slug] = self.translated_slug(after.slug, deck.language)
        return found

    def sorted(self, language: str | None = None) -> list[Deck]:
        decks = [d for d in self.decks.values() if language is None or d.language == language]
        return sorted(decks, key=lambda d: (d.kind.value, d.title.casefold(), d.slug))

    def add(self, deck: Deck) -> None:
        """Keep every version; a higher version of a slug replaces it for new conversations.

        A second, different deck with the same slug and version raises DeckError: the
        conversations held with the first must keep meaning what they meant. The same
        content again (the same deck in two places) is no problem.
        """
        known = self.loaded.get((deck.slug, deck.version))
        if known is not None:
            if content_hash(known) != content_hash(deck):
                where = known.path or f"{deck.slug!r} version {deck.version}"
                raise DeckError(
                    str(deck.path or "<deck>"),
                    [
                        _(
                            "version: same slug and version as {where}; raise its version",
                            where=where,
                        )
                    ],
                )
            return
        self.loaded[(deck.slug, deck.version)] = deck
        current = self.decks.get(deck.slug)
        if current is None or deck.version > current.version:
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
