"""The growth-cycle summary's trends: one small chart per series, drawn with reportlab.graphics.

A series is a person's answers to one scale card over time (``leercoach.domain.trends``);
the summary shows the ones with answers in the cycle's period, from the talks of the
record, each with the question, the scale's words on the axis and the dates under the
points. Charts are vector drawings: they print sharp and their words stay text.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from leercoach.domain.deck import SCALE_MAX, SCALE_MIN
from leercoach.domain.growth import Period
from leercoach.domain.trends import Series, build_series, scale_answers
from leercoach.reports import style
from leercoach.reports.fonts import REGULAR
from leercoach.reports.text import markup
from leercoach.reports.words import Words
from leercoach.store.reporting import CycleRecord

FONT_SIZE = 7.5
ROW = 15.0  # points between two steps of the scale
LABEL_SHARE = 0.36  # the scale's words take at most this part of the width


def period_series(record: CycleRecord, period: Period) -> list[Series]:
    """The person's series with their points in ``period`` (a talk's date is its day)."""
    found = build_series(scale_answers(record.conversations, record.answers, record.decks))
    within = (one.within(period.start, period.end) for one in found)
    return [one for one in within if one.points]


def trend_section(record: CycleRecord, period: Period, words: Words) -> list[Flowable]:
    """The heading, a line on what the charts show, and a chart per series; nothing
    when no scale card was answered in the period."""
    series = period_series(record, period)
    if not series:
        return []
    story: list[Flowable] = [
        Paragraph(markup(words.text("trends")), style.HEADING),
        Paragraph(words.text("trends_note"), style.NOTE),
    ]
    for one in series:
        title = Paragraph(markup(one.question or one.card), style.QUESTION)
        source = Paragraph(
            markup(words.text("trend_source", deck=one.deck_title or one.deck, n=len(one.points))),
            style.SMALL_MUTED,
        )
        story.append(KeepTogether([Spacer(0, 6), title, source, TrendFlowable(one, words)]))
    return story


class TrendFlowable(Flowable):  # type: ignore[misc]
    """A series' chart as wide as the frame."""

    def __init__(self, series: Series, words: Words) -> None:
        super().__init__()
        self.series = series
        self.words = words
        self.drawing_width = 400.0
        self.drawing_height = ROW * (SCALE_MAX - SCALE_MIN) + 34

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.drawing_width = available_width
        return available_width, self.drawing_height

    def draw(self) -> None:
        renderPDF.draw(trend_drawing(self.series, self.words, self.drawing_width), self.canv, 0, 0)


def _width(text: str) -> float:
    return float(stringWidth(text, REGULAR, FONT_SIZE))


def _fitted(text: str, width: float) -> str:
    if _width(text) <= width:
        return text
    while text and _width(text + "…") > width:
        text = text[:-1]
    return text + "…"


def trend_drawing(series: Series, words: Words, width: float) -> Drawing:
    """The chart: the scale's steps as lines with their words, the points joined."""
    height = ROW * (SCALE_MAX - SCALE_MIN) + 34
    drawing = Drawing(width, height)
    labels = [
        f"{value}  {series.label_of(value)}".strip() for value in range(SCALE_MIN, SCALE_MAX + 1)
    ]
    label_width = min(max(_width(text) for text in labels), width * LABEL_SHARE)
    left = label_width + 8
    right = width - _width(words.short_day(date(2026, 12, 31))) / 2 - 2
    bottom = 22.0

    def y_of(value: float) -> float:
        return bottom + (value - SCALE_MIN) * ROW

    for value, text in zip(range(SCALE_MIN, SCALE_MAX + 1), labels, strict=True):
        y = y_of(value)
        drawing.add(Line(left, y, right, y, strokeColor=style.RULE, strokeWidth=0.5))
        drawing.add(
            String(
                left - 5,
                y - FONT_SIZE / 3,
                _fitted(text, label_width),
                fontName=REGULAR,
                fontSize=FONT_SIZE,
                fillColor=style.INK if series.label_of(value) else style.MUTED,
                textAnchor="end",
            )
        )
    spots = [
        (left + share * (right - left), y_of(point.value))
        for share, point in zip(series.time_shares(), series.points, strict=True)
    ]
    if len(spots) > 1:
        flat: list[float] = [coordinate for spot in spots for coordinate in spot]
        drawing.add(PolyLine(flat, strokeColor=style.ACCENT, strokeWidth=1.4))
    for x, y in spots:
        drawing.add(Circle(x, y, 2.6, fillColor=style.ACCENT, strokeColor=None))
    _dates(drawing, series, spots, words, bottom, width)
    return drawing


def _dates(
    drawing: Drawing,
    series: Series,
    spots: list[tuple[float, float]],
    words: Words,
    bottom: float,
    width: float,
) -> None:
    """Each point's date under it, leaving out the ones that would overlap; the first and
    the last always stay."""
    for x, _ in spots:
        drawing.add(Line(x, bottom - 4, x, bottom, strokeColor=style.MUTED, strokeWidth=0.5))
    placed: list[tuple[float, float, str]] = []
    for index, ((under, _), point) in enumerate(zip(spots, series.points, strict=True)):
        text = words.short_day(point.day)
        half = _width(text) / 2
        x = min(max(under, half), width - half)
        if placed and x - half < placed[-1][1] + 6:
            if index != len(spots) - 1:
                continue
            if len(placed) > 1:
                placed.pop()
            if placed and x - half < placed[-1][1] + 6:
                continue
        placed.append((x - half, x + half, text))
    for start, end, text in placed:
        drawing.add(
            String(
                (start + end) / 2,
                bottom - 14,
                text,
                fontName=REGULAR,
                fontSize=FONT_SIZE,
                fillColor=style.MUTED,
                textAnchor="middle",
            )
        )
