"""The "Deze week" page: whom to talk to this week, which actions are due, which goals late.

Three short lists (talks, actions, goals) of the week ``session.week`` holds, each row
saying who, what, the date and "te laat" or "deze week" in words, the overdue ones also
in the overdue colour. A click or Enter opens the person (an action at its row in the
person view, a goal on the growth tab). The lists are filled when the page shows, after
its first paint, from a read off the UI thread (``session.week.read``), and again
when a change touches anyone while it shows.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain.talks import week_of
from leercoach.domain.week import DueAction, DueTalk, LateGoal, Urgency, Week
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.rows_model import RowsModel, bold, overdue_brush
from leercoach.ui.session import Changes, Session

if TYPE_CHECKING:
    from leercoach.ui.main_window import MainWindow


WeekItem = DueTalk | DueAction | LateGoal
SAMPLED_ROWS = 200
"""The rows a column's width is measured on: the most urgent, on top."""


class WeekModel(RowsModel[WeekItem]):
    """One list of the week, over the domain's items themselves: a cell is worked out
    when it is drawn, so 47 000 overdue actions of an HR file cost no more than a screen."""

    TITLES = (
        QT_TRANSLATE_NOOP("WeekModel", "Employee"),
        QT_TRANSLATE_NOOP("WeekModel", "What"),
        QT_TRANSLATE_NOOP("WeekModel", "Date"),
        QT_TRANSLATE_NOOP("WeekModel", "Status"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.titles: dict[str, str] = {}
        """Each deck's title by slug, for a talk."""
        self.talk_word = ""
        """What a talk is called whose deck is not known."""

    def cell(self, item: WeekItem, column: int, role: int) -> Any:
        late = item.day < self.today
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return item.person.name
            if column == 1:
                return self.what(item)
            if column == 2:
                shown = day_text(item.day, self.today)
                if isinstance(item, DueTalk) and item.talk.next_time is not None:
                    shown += item.talk.next_time.strftime(" %H:%M")
                return shown
            return words.urgency(Urgency.OVERDUE if late else Urgency.THIS_WEEK)
        if role == Qt.ItemDataRole.ForegroundRole and late and column in (2, 3):
            return overdue_brush()
        if role == Qt.ItemDataRole.FontRole and late and column == 3:
            return bold()
        return None

    def what(self, item: WeekItem) -> str:
        if isinstance(item, DueTalk):
            return self.titles.get(item.talk.next_deck or "", self.talk_word)
        if isinstance(item, DueAction):
            return item.action.what
        return item.goal.title


def day_text(day: date, today: date) -> str:
    """'wo 4 mrt' within this week, where the weekday says most; '4 mrt' earlier this
    year, '4 mrt 2025' before it."""
    shown = QDate(day.year, day.month, day.day)
    monday, sunday = week_of(today)
    if monday <= day <= sunday:
        pattern = "ddd d MMM"
    else:
        pattern = "d MMM" if day.year == today.year else "d MMM yyyy"
    return QLocale().toString(shown, pattern)


class WeekPage(QWidget):
    closed = Signal()
    chosen = Signal(object)
    """A ``WeekItem``: its person (and action or goal) to open."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekPage")
        self.session = session
        self.week: Week | None = None
        self._stale = True
        self._reading = self._again = False
        self._focus_when_filled = False
        back = QPushButton(self.tr("← To the people"))
        back.setToolTip(self.tr("The list of people (Escape)"))
        back.clicked.connect(self.closed)
        self.back = back
        self.title = QLabel(self.tr("This week"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.period = QLabel()
        keep_styled(self.period, lambda c: f"color: {c.muted.name()};")
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(self.title)
        header.addWidget(self.period, 1)
        self.empty = QLabel(
            self.tr("Nothing waiting this week: no talks, actions or goals due. Enjoy the calm.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.reading = QLabel(self.tr("Reading this week…"))  # on a big file, for seconds
        keep_styled(self.reading, lambda c: f"color: {c.muted.name()};")
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.reading)
        layout.addWidget(self.empty)
        self.sections = [self._section(layout) for _ in range(3)]
        self.talks_model, self.actions_model, self.goals_model = (m for _, _, m in self.sections)
        layout.addStretch(0)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.activated.connect(self.closed)
        session.changed.connect(self._on_changed)

    def _section(self, layout: QVBoxLayout) -> tuple[QLabel, QTableView, WeekModel]:
        label = QLabel()
        label.setStyleSheet("font-weight: 600; font-size: 12pt;")
        model = WeekModel(self)
        view = QTableView()
        view.setModel(model)
        label.setBuddy(view)  # its heading is what a screen reader says
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setToolTip(self.tr("Click or press Enter to open the person"))
        heading = view.horizontalHeader()
        for column in (0, 2, 3):  # as wide in the three lists (align_columns)
            heading.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        heading.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        view.clicked.connect(lambda index, m=model: self._choose(m, index))
        view.activated.connect(lambda index, m=model: self._choose(m, index))
        layout.addWidget(label)
        layout.addWidget(view, 1)
        label.hide()  # until the week is read
        view.hide()
        return label, view, model

    @property
    def views(self) -> list[QTableView]:
        return [view for _, view, _ in self.sections]

    def _choose(self, model: WeekModel, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(model.row(index.row()))

    # filling ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            # After the first paint: the window shows at once, the week when it is read.
            QTimer.singleShot(0, self, self._first_fill)

    def _first_fill(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if not (changes.anyone or changes.settings):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self, today: date | None = None) -> None:
        """Read the week again, off the UI thread (on 10 000 people it takes seconds), and
        show it when it is there; a change meanwhile reads it once more afterwards."""
        if self._reading:
            self._again = True
            return
        self._reading, self._again = True, False
        day = today or date.today()
        self.session.week.read(day, self, self._show)

    def _show(self, week: Week) -> None:
        self._reading = False
        if self._again:
            self.refresh()
            return
        self._stale = False
        self.reading.hide()
        self.week = week
        titles = self.session.week.deck_titles(week) if week.talks else {}
        self.period.setText(f"{words.long_date(week.monday)} – {words.long_date(week.sunday)}")
        headings = (self.tr("Talks (%1)"), self.tr("Actions (%1)"), self.tr("Goals (%1)"))
        lists: tuple[tuple[WeekItem, ...], ...] = (week.talks, week.actions, week.goals)
        for (label, view, model), heading, found in zip(
            self.sections, headings, lists, strict=True
        ):
            model.today, model.titles, model.talk_word = week.today, titles, self.tr("Talk")
            model.set_rows(found)
            fit_height(view)
            label.setText(heading.replace("%1", str(len(found))))
            view.setAccessibleName(label.text().replace("&", ""))
            for part in (label, view):
                part.setVisible(bool(found))
        self.empty.setVisible(week.is_empty)
        align_columns(self.views)
        if self._focus_when_filled:
            self.focus_first()

    def focus_first(self) -> None:
        """The first row of the first list that has one; the way back when all are empty."""
        self._focus_when_filled = self._stale
        if self._stale:
            return
        for view in self.views:
            if view.isVisibleTo(self) and view.model().rowCount():
                view.setFocus()
                view.setCurrentIndex(view.model().index(0, 0))
                return
        self.back.setFocus()


def align_columns(views: list[QTableView]) -> None:
    """Who, the date and the status as wide in every list: the three read as one page.
    Measured on the first rows of each (a longer text further down is elided, and its
    tooltip says it whole), not on every row of a long list."""
    metrics = QFontMetrics(bold())
    for column in (0, 2, 3):
        width = 0
        for view in views:
            model = view.model()
            width = max(width, view.horizontalHeader().sectionSizeHint(column))
            for row in range(min(model.rowCount(), SAMPLED_ROWS)):
                width = max(width, metrics.horizontalAdvance(str(model.index(row, column).data())))
        for view in views:
            view.setColumnWidth(column, width + 16)


def fit_height(view: QTableView) -> None:
    """As high as its rows: a short list takes little room, a long one scrolls."""
    rows = view.model().rowCount()
    row_height = view.verticalHeader().defaultSectionSize()
    frame = 2 * view.frameWidth() + view.horizontalHeader().sizeHint().height()
    view.setMaximumHeight(frame + max(rows, 1) * row_height + 2)


def open_in_window(window: MainWindow, item: WeekItem) -> None:
    """Show the person of ``item`` in the people view: an action selected in their list
    of open actions, a goal on their growth tab."""
    employee = window.session.people.lookup(item.person.id)
    if employee is None or not window.show_overview():  # erased in the meantime
        return
    if not window.select_employee(employee.id):  # the list's filter hides them
        window.employee_view.show_employee(employee)
    view = window.employee_view
    if isinstance(item, LateGoal):
        view.tabs.setCurrentWidget(view.growth)
        return
    view.tabs.setCurrentIndex(0)
    if not isinstance(item, DueAction):
        return
    model = view.actions_model
    for number in range(model.rowCount()):
        if model.row(number).id == item.action.id:
            view.actions_view.setCurrentIndex(model.index(number, 0))
            view.actions_view.scrollTo(model.index(number, 0))
            view.actions_view.setFocus()
            return
