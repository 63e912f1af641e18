"""A typed date read in the locale's order: what a person types is the day they meant,
or said not to be one; never another day."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leercoach.domain.text import FIRST_YEAR, LAST_YEAR
from leercoach.domain.typed_date import Reading, read_typed_date

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "order", "meant"),
    [
        ("12032026", "dmy", date(2026, 3, 12)),
        ("12/03/2026", "dmy", date(2026, 3, 12)),
        ("12-3-2026", "dmy", date(2026, 3, 12)),
        ("12.3.2026", "dmy", date(2026, 3, 12)),
        (" 5 / 3 / 2026 ", "dmy", date(2026, 3, 5)),
        ("5/3/26", "dmy", date(2026, 3, 5)),
        ("120326", "dmy", date(2026, 3, 12)),
        ("1/9/75", "dmy", date(1975, 9, 1)),  # twenty years ahead at most, else last century
        ("1/9/46", "dmy", date(2046, 9, 1)),
        ("1/9/47", "dmy", date(1947, 9, 1)),
        ("12/3", "dmy", date(2026, 3, 12)),  # this year
        ("1203", "dmy", date(2026, 3, 12)),
        ("03/12/2026", "mdy", date(2026, 3, 12)),
        ("03122026", "mdy", date(2026, 3, 12)),
        ("2026-03-12", "ymd", date(2026, 3, 12)),
        ("20260312", "ymd", date(2026, 3, 12)),
        ("29/2/2028", "dmy", date(2028, 2, 29)),
    ],
)
def test_typed_digits_read_as_the_day_meant(typed: str, order: str, meant: date) -> None:
    read = read_typed_date(typed, order, TODAY)
    assert (read.reading, read.day) == (Reading.DAY, meant)


@pytest.mark.parametrize(
    ("typed", "reading"),
    [
        ("", Reading.EMPTY),
        ("   ", Reading.EMPTY),
        ("31/02/2026", Reading.NO_SUCH_DAY),
        ("31022026", Reading.NO_SUCH_DAY),
        ("29/2/2026", Reading.NO_SUCH_DAY),
        ("0/3/2026", Reading.NO_SUCH_DAY),
        ("12/13/2026", Reading.NO_SUCH_MONTH),
        ("12/0/2026", Reading.NO_SUCH_MONTH),
        ("1/1/1899", Reading.YEAR_OUT_OF_RANGE),
        ("1/1/2101", Reading.YEAR_OUT_OF_RANGE),
        ("1232026", Reading.UNREADABLE),  # 1/23, 12/3 or 1/2/3…: not guessed
        ("12/3/202", Reading.UNREADABLE),
        ("12 maart 2026", Reading.UNREADABLE),
        ("1/2/3/4", Reading.UNREADABLE),
        ("١٢/٣/٢٠٢٦", Reading.UNREADABLE),  # digits, but not the ones a field shows
        ("2026", Reading.NO_SUCH_MONTH),  # four digits are a day and a month: 20/26
    ],
)
def test_what_is_not_a_day_is_said_so(typed: str, reading: Reading) -> None:
    read = read_typed_date(typed, "dmy", TODAY)
    assert (read.reading, read.day) == (reading, None)


def test_an_order_the_app_does_not_know_is_refused() -> None:
    with pytest.raises(ValueError):
        read_typed_date("12/03/2026", "dym", TODAY)


days = st.dates(date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31))
separators = st.sampled_from(["/", "-", ".", " ", ""])


@settings(max_examples=300, deadline=None)
@given(day=days, separator=separators, padded=st.booleans())
def test_any_day_written_day_month_year_reads_back_as_itself(
    day: date, separator: str, padded: bool
) -> None:
    width = 2 if padded or not separator else 1
    typed = separator.join([f"{day.day:0{width}d}", f"{day.month:0{width}d}", f"{day.year:04d}"])
    assert read_typed_date(typed, "dmy", TODAY).day == day


@settings(max_examples=300, deadline=None)
@given(
    day=st.integers(0, 40),
    month=st.integers(0, 15),
    year=st.integers(1800, 2200),
    order=st.sampled_from(["dmy", "mdy", "ymd"]),
)
def test_three_numbers_are_that_day_or_no_day_never_another(
    day: int, month: int, year: int, order: str
) -> None:
    """31/02 is not moved to 3/03 or 28/02: the day read is the one typed, or none."""
    by_letter = {"d": str(day), "m": str(month), "y": str(year)}
    read = read_typed_date("/".join(by_letter[letter] for letter in order), order, TODAY)
    if read.day is not None:
        assert (read.day.day, read.day.month, read.day.year) == (day, month, year)
    else:
        assert read.reading is not Reading.DAY


@settings(max_examples=300, deadline=None)
@given(typed=st.text(max_size=20))
def test_any_text_is_a_reading_never_a_crash(typed: str) -> None:
    read = read_typed_date(typed, "dmy", TODAY)
    assert (read.reading is Reading.DAY) == (read.day is not None)
