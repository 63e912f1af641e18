"""The person view's Trends tab: one chart per series of scale answers (``domain.trends``).

Loaded, with the chart, when the tab is first shown. It reads the series through the
session and follows the person's conversations: while hidden it only notes that it is
behind, and catches up when shown again.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from leercoach.domain import Employee
from leercoach.domain.trends import Series
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.session import Changes, Session
from leercoach.ui.trend_chart import TrendChart


class TrendCard(QWidget):
    """A series' question, where it comes from, and its chart."""

    def __init__(self, series: Series, new_scale: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(series.question or series.card)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        count = self.tr("%n answer(s)", "", len(series.points))
        parts = [series.deck_title or series.deck, count]
        if new_scale:
            parts.append(
                words.fill(self.tr("other scale since %1"), words.short_date(series.points[0].day))
            )
        self.source = QLabel("  ·  ".join(parts))
        self.source.setWordWrap(True)
        keep_styled(self.source, lambda c: f"color: {c.muted.name()};")
        self.chart = TrendChart(series)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.source)
        layout.addWidget(self.chart)


class TrendsView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.employee: Employee | None = None
        self.cards: list[TrendCard] = []
        self._behind = False
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        keep_styled(self.heading, lambda c: f"color: {c.muted.name()};")
        self.empty = QLabel()
        self.empty.setObjectName("noTrends")
        self.empty.setWordWrap(True)
        self.inner = QWidget()
        self.list = QVBoxLayout(self.inner)
        self.list.setContentsMargins(0, 0, 12, 0)
        self.list.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.inner)
        self.scroller.setAccessibleName(self.tr("Trends"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroller, 1)
        session.changed.connect(self._on_changed)

    def show_employee(self, employee: Employee | None) -> None:
        self.employee = employee
        if self.isVisible():
            self.refresh()
        else:
            self._behind = True

    def refresh(self) -> None:
        self._behind = False
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        person = self.employee
        series = self.session.trends.series(person.id) if person is not None else []
        seen: set[str] = set()
        for one in series:
            card = TrendCard(one, new_scale=one.key in seen, parent=self.inner)
            seen.add(one.key)
            self.list.insertWidget(self.list.count() - 1, card)
            card.show()
            self.cards.append(card)
        room = max((card.chart.widest_label() for card in self.cards), default=0.0)
        for card in self.cards:
            card.chart.label_room = room  # the charts' axes line up
        self.heading.setText(
            self.tr(
                "Each scale card's answers in talks over time (1 to 5). Hover a point or use the"
                " arrow keys for its value."
            )
        )
        self.heading.setVisible(bool(series))
        self.scroller.setVisible(bool(series))
        if person is None:
            self.empty.setText(self.tr("Pick someone on the left."))
        else:
            self.empty.setText(
                words.fill(
                    self.tr(
                        "No answers on scale cards in talks with %1 yet. A chart appears here"
                        " after the first talk with a scale question, such as the check-in's"
                        " \u201chow are you doing\u201d."
                    ),
                    person.name,
                )
            )
        self.empty.setVisible(not series)

    def showEvent(self, event: QShowEvent) -> None:
        if self._behind:
            self.refresh()
        super().showEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        person = self.employee
        if person is not None and changes.touches(person.id, conversations=True):
            self.show_employee(person)
