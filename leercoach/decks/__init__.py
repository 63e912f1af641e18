"""Reading and checking conversation-card decks (TOML files)."""

from leercoach.decks.library import DeckFailure, DeckLibrary, load_library
from leercoach.decks.parse import DeckError, parse_deck, parse_deck_text

__all__ = [
    "DeckError",
    "DeckFailure",
    "DeckLibrary",
    "load_library",
    "parse_deck",
    "parse_deck_text",
]
