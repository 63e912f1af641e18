"""Rules for short texts: required ones (names, actions, goal titles) and what no name,
team, role or e-mail address may hold."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from leercoach.language import _
from leercoach.vocabulary import field as field_word

# Control (Cc), format (Cf: bidi overrides and isolates, zero-width spaces, soft hyphens),
# line and paragraph separators (Zl, Zp), and lone surrogates (Cs, which cannot be stored).
UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
# Format characters that belong in ordinary text: the joiners of emoji ZWJ sequences
# (woman, ZWJ, laptop: a woman technologist) and of Persian and Indic words.
ORDINARY_FORMAT = frozenset({"\u200c", "\u200d"})
# A subdivision flag (black flag, tag letters, cancel tag: the flag of Scotland) is the
# one use of tag characters; anywhere else they are invisible text.
EMOJI_TAG_SEQUENCE = re.compile("\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f")
CONTROL_NAMES = {"\t": "TAB", "\n": "LINE FEED", "\r": "CARRIAGE RETURN", "\x00": "NUL"}
# Something, one @, a domain with a dot in it; no spaces anywhere.
EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")
FIRST_YEAR = 1900
LAST_YEAR = 2100


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
        return problem(field, _("contains a NUL character (\\x00), which cannot be stored"))
    if not text.strip():
        return problem(field, what)
    return None


def problem(field: str, what: str) -> str:
    """'e-mail: … is not an e-mail address': which field, in the current language, and why."""
    return _("{field}: {problem}", field=field_word(field), problem=what)


def unsafe_character(text: str) -> str | None:
    """The first character of ``text`` that has no place in a name, team, role or address.

    Control characters, line breaks and invisible format characters: a bidi override
    (U+202E) shows 'Jef Peeters' as something else, a zero-width space makes two equal
    names differ. Letters of any script, diacritics, emoji (ZWJ sequences and flags
    included), apostrophes and hyphens are fine. Leading and trailing whitespace is
    not looked at: it is stripped before the text is stored.
    """
    for character in EMOJI_TAG_SEQUENCE.sub("\U0001f3f4", text.strip()):
        if (
            unicodedata.category(character) in UNSAFE_CATEGORIES
            and character not in ORDINARY_FORMAT
        ):
            return character
    return None


def describe_character(character: str) -> str:
    """'U+202E RIGHT-TO-LEFT OVERRIDE': readable even where the character is invisible."""
    name = CONTROL_NAMES.get(character) or unicodedata.name(character, "control character")
    return f"U+{ord(character):04X} {name}"


def unsafe_text_problem(field: str, text: str) -> str | None:
    """Why ``text`` may not be stored in ``field`` because of what it holds, or None."""
    found = unsafe_character(text)
    if found is None:
        return None
    return problem(
        field,
        _(
            "contains an invisible or control character ({character}), which is not allowed",
            character=describe_character(found),
        ),
    )


def is_email_address(text: str) -> bool:
    """Something@something.tld-ish: a local part, one @, a domain with a dot, no spaces."""
    return EMAIL.fullmatch(text.strip()) is not None


def is_plausible_date(day: date) -> bool:
    """Within the years 1900 to 2100: year 1 or 9999 is a typing or conversion slip."""
    return FIRST_YEAR <= day.year <= LAST_YEAR
