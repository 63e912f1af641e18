"""One series of scale answers as a small chart, drawn with QPainter.

Why not a chart library: Qt Charts is deprecated since Qt 6.10 and needs PySide6-Addons
pinned to the exact Essentials version; pyqtgraph needs numpy, 83 MB installed (19 MB to
download) and 0.85–1.3 s to import after Qt, against 9–14 ms for this module and its tab,
for five gridlines and a line (measured for issue 16: see benchmarks/RESULTS.md). This
module loads when the person view's Trends tab is first shown, never at start-up.

The chart is a picture, so it also says itself in words: its accessible name names the
card, its description lists every value, hovering a point shows it, and with focus the
arrow keys walk the points, each one's value written beside it.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from leercoach.domain.deck import SCALE_MAX, SCALE_MIN
from leercoach.domain.trends import Series, TrendPoint
from leercoach.ui import words
from leercoach.ui.colours import colours

POINT_RADIUS = 4.5
HIT_RADIUS = 10.0
LABEL_SHARE = 0.42  # the scale's words take at most this part of the width


def point_text(series: Series, point: TrendPoint) -> str:
    """'12 mrt 2026: 4 – goed'."""
    return f"{words.short_date(point.day)}: {series.describe(point.value)}"


class TrendChart(QWidget):
    def __init__(self, series: Series, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = series
        self.current: int | None = None  # the point the arrow keys are on
        self.label_room: float | None = None  # set to line up the charts of one page
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAccessibleName(words.fill(self.tr("Trend: %1"), series.question or series.card))
        self._describe()

    # What it says in words --------------------------------------------------------------
    def values_text(self) -> str:
        """Every point in words, one per line: the chart's text alternative."""
        return "\n".join(point_text(self.series, point) for point in self.series.points)

    def _describe(self) -> None:
        lines = self.values_text().replace("\n", "; ")
        if self.current is not None:
            chosen = point_text(self.series, self.series.points[self.current])
            lines = chosen + " (" + lines + ")"
        self.setAccessibleDescription(lines)
        self.setToolTip(self.values_text())

    # Size -------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(560, int(line * 13))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(280, int(line * 10))

    # Geometry ---------------------------------------------------------------------------
    def _layout(self) -> tuple[QRectF, float]:
        """The plot's rectangle (inside the axes) and the width of the scale's words."""
        metrics = QFontMetricsF(self.font())
        widest = self.label_room if self.label_room is not None else self.widest_label()
        label_width = min(widest, self.width() * LABEL_SHARE)
        widest_date = metrics.horizontalAdvance(words.short_date(date(2026, 12, 31)))
        left = label_width + metrics.height()
        right = max(widest_date / 2, metrics.height())
        top = metrics.height() * 0.8
        bottom = metrics.height() * 2.2
        plot = QRectF(
            left, top, max(self.width() - left - right, 10), max(self.height() - top - bottom, 10)
        )
        return plot, label_width

    def widest_label(self) -> float:
        """The width the scale's words need beside the axis."""
        metrics = QFontMetricsF(self.font())
        return max(
            metrics.horizontalAdvance(self._y_label(v)) for v in range(SCALE_MIN, SCALE_MAX + 1)
        )

    def _y_label(self, value: int) -> str:
        word = self.series.label_of(value)
        return f"{value}  {word}" if word else str(value)

    def _y(self, plot: QRectF, value: float) -> float:
        share = (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)
        return plot.bottom() - share * plot.height()

    def positions(self) -> list[QPointF]:
        """Where each point is drawn: left to right by date, up by value."""
        plot, _ = self._layout()
        return [
            QPointF(plot.left() + share * plot.width(), self._y(plot, point.value))
            for share, point in zip(self.series.time_shares(), self.series.points, strict=True)
        ]

    def point_at(self, where: QPointF) -> int | None:
        best: tuple[float, int] | None = None
        for index, spot in enumerate(self.positions()):
            distance = (spot - where).manhattanLength()
            if distance <= HIT_RADIUS * 1.5 and (best is None or distance < best[0]):
                best = (distance, index)
        return best[1] if best else None

    # Drawing ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        tints = colours(palette)
        ink = palette.color(QPalette.ColorRole.WindowText)
        plot, label_width = self._layout()
        metrics = QFontMetricsF(self.font())
        grid = QColor(tints.muted)
        grid.setAlphaF(0.35)
        for value in range(SCALE_MIN, SCALE_MAX + 1):
            y = self._y(plot, value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(ink if self.series.label_of(value) else tints.muted)
            text = metrics.elidedText(
                self._y_label(value), Qt.TextElideMode.ElideRight, label_width
            )
            box = QRectF(0, y - metrics.height() / 2, label_width, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        spots = self.positions()
        self._draw_dates(painter, plot, spots, metrics, tints.muted)
        line = tints.accent_border
        painter.setPen(QPen(line, 2))
        for before, after in itertools.pairwise(spots):
            painter.drawLine(before, after)
        painter.setBrush(line)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
        for spot in spots:
            painter.drawEllipse(spot, POINT_RADIUS, POINT_RADIUS)
        if self.current is not None and self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ink, 2))
            painter.drawEllipse(spots[self.current], POINT_RADIUS * 2, POINT_RADIUS * 2)
            self._draw_value(painter, spots[self.current], metrics, palette)
        if self.hasFocus():
            focus = QPen(tints.accent_border, 1, Qt.PenStyle.DashLine)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _draw_value(
        self, painter: QPainter, spot: QPointF, metrics: QFontMetricsF, palette: QPalette
    ) -> None:
        """The value the arrow keys are on, in words beside its point."""
        assert self.current is not None
        text = point_text(self.series, self.series.points[self.current])
        pad = metrics.height() / 4
        width, height = metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad
        left = min(max(spot.x() - width / 2, 0), self.width() - width)
        above = spot.y() - POINT_RADIUS * 2 - height - 2
        top = above if above > 0 else spot.y() + POINT_RADIUS * 2 + 2
        box = QRectF(left, top, width, height)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.ToolTipBase))
        painter.drawRect(box)
        painter.setPen(palette.color(QPalette.ColorRole.ToolTipText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _draw_dates(
        self,
        painter: QPainter,
        plot: QRectF,
        spots: list[QPointF],
        metrics: QFontMetricsF,
        colour: QColor,
    ) -> None:
        """The dates under their points, leaving out the ones that would overlap (the
        first and the last are always there; every date is in the tooltip)."""
        gap = metrics.horizontalAdvance("  ")
        boxes: list[tuple[QRectF, str]] = []
        for index, (spot, point) in enumerate(zip(spots, self.series.points, strict=True)):
            text = words.short_date(point.day)
            width = metrics.horizontalAdvance(text)
            left = min(max(spot.x() - width / 2, 0), self.width() - width)
            box = QRectF(left, plot.bottom() + metrics.height() * 0.6, width, metrics.height())
            if boxes and box.left() < boxes[-1][0].right() + gap:
                if index != len(spots) - 1:
                    continue
                if len(boxes) > 1:
                    boxes.pop()  # the last date wins over the one before it
                if boxes and box.left() < boxes[-1][0].right() + gap:
                    continue  # two points only, too close: the first one's date stays
            boxes.append((box, text))
        painter.setPen(QPen(colour, 1))
        for spot in spots:
            painter.drawLine(QPointF(spot.x(), plot.bottom()), QPointF(spot.x(), plot.bottom() + 4))
        for box, text in boxes:
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # Hover and keys ---------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.point_at(QPointF(event.pos()))
            text = (
                point_text(self.series, self.series.points[index])
                if index is not None
                else self.values_text()
            )
            QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        last = len(self.series.points) - 1
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Home: -last - 1,
            Qt.Key.Key_End: last + 1,
        }
        step = moves.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        start = self.current if self.current is not None else (0 if step > 0 else last)
        self.current = min(max(start + (step if self.current is not None else 0), 0), last)
        self._describe()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)
