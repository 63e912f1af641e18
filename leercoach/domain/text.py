"""Rules for the short texts that must not be empty: names, actions, goal titles."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Accent- and case-insensitive form: 'zoe' finds Zoë, Çelik sorts with Celik."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def required_text_problem(field: str, text: str, what: str) -> str | None:
    """Why ``text`` cannot be saved as a required field, or None when it can.

    A NUL character is refused outright: SQLite's length() stops counting at the
    first NUL, so '\\x00Jef' would pass Python's check and fail the database's.
    """
    if "\x00" in text:
        return f"{field}: contains a NUL character (\\x00), which cannot be stored"
    if not text.strip():
        return f"{field}: {what}"
    return None
