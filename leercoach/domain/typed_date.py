"""A date as a person types it: digits with or without separators, in the locale's order.

"12032026", "12/03/2026", "12-3-2026", "12.3.26" and "5/3" all read as a day; a day that
does not exist (31/02/2026) is said to be so, never moved to one that does. The UI's date
field (leercoach.ui.date_field) words each outcome; the order ("dmy", "mdy", "ymd")
comes from the locale's short date format there.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from leercoach.domain.text import FIRST_YEAR, LAST_YEAR

ORDERS = ("dmy", "mdy", "ymd")
_SEPARATORS = re.compile(r"[\s/.\-]+")
# A two-digit year is this century's up to this many years ahead, else the last one's:
# in 2026 "26" is 2026 and "45" 2045, "75" is 1975 (a start date more likely than a due date).
TWO_DIGIT_YEARS_AHEAD = 20


class Reading(Enum):
    EMPTY = "empty"  # nothing typed: no date, where a field allows none
    DAY = "day"  # a day that exists, within the years the app accepts
    NO_SUCH_DAY = "no_such_day"  # 31/02/2026, 0/3/2026
    NO_SUCH_MONTH = "no_such_month"  # 12/13/2026
    YEAR_OUT_OF_RANGE = "year_out_of_range"  # before FIRST_YEAR or after LAST_YEAR
    UNREADABLE = "unreadable"  # letters, or digits that split no single way


@dataclass(frozen=True)
class TypedDate:
    reading: Reading
    day: date | None = None  # set for Reading.DAY only
    # What was read, to say what is wrong with it: (year, month, day).
    parts: tuple[int, int, int] | None = None


def read_typed_date(text: str, order: str, today: date) -> TypedDate:
    """What ``text`` says as a date, its parts in ``order`` (one of ORDERS); a missing
    year is ``today``'s."""
    if order not in ORDERS:
        raise ValueError(f"unknown date order {order!r}")
    stripped = text.strip()
    if not stripped:
        return TypedDate(Reading.EMPTY)
    pieces = [piece for piece in _SEPARATORS.split(stripped) if piece]
    if not all(piece.isascii() and piece.isdigit() for piece in pieces):
        return TypedDate(Reading.UNREADABLE)
    if len(pieces) == 1:
        pieces = _split_digits(pieces[0], order)
    named = _name_parts(pieces, order)
    if named is None:
        return TypedDate(Reading.UNREADABLE)
    year_text, month_text, day_text = named
    year = today.year if year_text is None else _full_year(year_text, today)
    month, day = int(month_text), int(day_text)
    parts = (year, month, day)
    if not 1 <= month <= 12:
        return TypedDate(Reading.NO_SUCH_MONTH, parts=parts)
    if not 1 <= year <= 9999 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return TypedDate(Reading.NO_SUCH_DAY, parts=parts)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return TypedDate(Reading.YEAR_OUT_OF_RANGE, parts=parts)
    return TypedDate(Reading.DAY, date(year, month, day), parts)


def _split_digits(digits: str, order: str) -> list[str]:
    """One run of digits split by its length: 8 with a four-digit year, 6 with a
    two-digit one, 4 a day and month; any other length does not split one single way."""
    widths = {
        8: (4, 2, 2) if order == "ymd" else (2, 2, 4),
        6: (2, 2, 2),
        4: (2, 2),
    }.get(len(digits))
    if widths is None:
        return [digits]
    pieces, start = [], 0
    for width in widths:
        pieces.append(digits[start : start + width])
        start += width
    return pieces


def _name_parts(pieces: list[str], order: str) -> tuple[str | None, str, str] | None:
    """(year, month, day) from pieces in ``order``; a day and month alone leave the year
    out. None when the pieces are too many, too few or too long to be a date."""
    if len(pieces) == 3:
        by_letter = dict(zip(order, pieces, strict=True))
        year: str | None = by_letter["y"]
    elif len(pieces) == 2:
        by_letter = dict(zip(order.replace("y", ""), pieces, strict=True))
        year = None
    else:
        return None
    month, day = by_letter["m"], by_letter["d"]
    if len(month) > 2 or len(day) > 2 or (year is not None and len(year) not in (2, 4)):
        return None
    return year, month, day


def _full_year(text: str, today: date) -> int:
    if len(text) == 4:
        return int(text)
    short = int(text)
    century = today.year - today.year % 100
    year = century + short
    return year if year <= today.year + TWO_DIGIT_YEARS_AHEAD else year - 100
