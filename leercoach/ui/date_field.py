"""The one date field of every dialog: a date typed as digits, with or without separators,
in the locale's order (leercoach.domain.typed_date), or picked from a calendar.

Empty means no date. A typed day that does not exist stays as typed, with a sentence
under it, and the dialog is not saved until it is put right (``dates_are_readable``).
Up and Down step the part under the cursor, as in a QDateEdit; Alt+Down or F4 opens
the calendar.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain.text import FIRST_YEAR, LAST_YEAR
from leercoach.domain.typed_date import Reading, TypedDate, read_typed_date
from leercoach.ui import words
from leercoach.ui.forms import problem_label

_SEPARATOR = re.compile(r"\D+")
_STEPS = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}


def display_format() -> str:
    """The locale's short date with the year in full: 5/03/2026, 05-03-2026, 05/03/2026."""
    shown = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return shown if "yyyy" in shown else shown.replace("yy", "yyyy")


def part_order(shown: str) -> str:
    """ "dmy", "mdy" or "ymd": the order of day, month and year in a Qt date format."""
    return "".join(sorted("dmy", key=lambda letter: shown.find(letter.replace("m", "M"))))


class _TypedDay(QLineEdit):
    """The line a date is typed in; Up and Down step, Alt+Down and F4 open the calendar."""

    stepped = Signal(int)
    calendar_asked = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.calendar_asked.emit()
        elif key in _STEPS:
            self.stepped.emit(_STEPS[Qt.Key(key)])
        else:
            super().keyPressEvent(event)


class DateField(QWidget):
    """A day or none: ``value()`` is the date typed or picked, None when empty or while
    the text is not a day (``problem()`` then says why)."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._format = display_format()
        self._order = part_order(self._format)
        self._value: date | None = None
        self.typed = _TypedDay()
        self.typed.setClearButtonEnabled(True)
        example = QLocale().toString(QDate.currentDate(), self._format)
        self.typed.setPlaceholderText(words.fill(self.tr("for example %1"), example))
        self.typed.textEdited.connect(self._read)
        self.typed.editingFinished.connect(self._tidy)
        self.typed.stepped.connect(self._step)
        self.typed.calendar_asked.connect(self.open_calendar)
        self.setFocusProxy(self.typed)
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down from the field
        self.calendar_button.setToolTip(self.tr("Choose the date on a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Choose the date on a calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        in_popup = QVBoxLayout(self.popup)
        in_popup.setContentsMargins(0, 0, 0, 0)
        in_popup.addWidget(self.calendar)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.popup, self.popup.hide)
        self.problem_line = problem_label()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.typed, 1)
        line.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.problem_line)

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None) -> None:
        shown = "" if value is None else QLocale().toString(_qdate(value), self._format)
        self.typed.setText(shown)
        self._read()

    def text(self) -> str:
        return self.typed.text()

    def problem(self) -> str | None:
        """Why the text is not a day, in a sentence; None when it is one, or empty."""
        return self._sentence(self._reading())

    def open_calendar(self) -> None:
        shown = self._value or date.today()
        self.calendar.setSelectedDate(_qdate(shown))
        self.popup.adjustSize()
        self.popup.move(self._popup_place(self.popup.size()))
        self.popup.show()
        self.calendar.setFocus()

    def _popup_place(self, size: QSize) -> QPoint:
        """Under the field, or above it near the bottom of the screen; never off it."""
        below = self.typed.mapToGlobal(QPoint(0, self.typed.height()))
        screen = self.typed.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - size.width()))
        if below.y() + size.height() <= screen.bottom():
            return QPoint(x, below.y())
        return QPoint(x, max(screen.top(), below.y() - self.typed.height() - size.height()))

    def show_problem(self) -> None:
        """Say what is wrong and put the cursor in the field to right it."""
        self._say_problem()
        self.typed.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_problem(self) -> None:
        sentence = self.problem()
        self.problem_line.setText(sentence or "")
        self.problem_line.setVisible(sentence is not None)
        self.typed.setAccessibleDescription(sentence or "")

    def showEvent(self, event: QShowEvent) -> None:
        """A screen reader says the form's label for the line: its label's buddy is this
        field, not the line inside it, and the label is made after the field."""
        super().showEvent(event)
        for label in self.window().findChildren(QLabel):
            if label.buddy() is self:
                self.typed.setAccessibleName(label.text().replace("&", ""))

    def _reading(self) -> TypedDate:
        return read_typed_date(self.typed.text(), self._order, date.today())

    def _read(self) -> None:
        reading = self._reading()
        value = reading.day if reading.reading is Reading.DAY else None
        if reading.reading in (Reading.DAY, Reading.EMPTY):
            self.problem_line.hide()
            self.typed.setAccessibleDescription("")
        if value != self._value:
            self._value = value
            self.valueChanged.emit()

    def _tidy(self) -> None:
        """Once typed: a day is written out as the locale writes it, else said wrong."""
        if self._value is not None:
            self.typed.setText(QLocale().toString(_qdate(self._value), self._format))
        elif self.problem() is not None:
            self._say_problem()  # the cursor may go on: Save brings it back (dates_are_readable)

    def _step(self, by: int) -> None:
        if self._value is None:
            if self.typed.text().strip():
                return  # not a day yet: nothing to step from
            self.set_value(date.today())
            return
        shown = self.typed.text()
        before_cursor = shown[: self.typed.cursorPosition()]
        if _SEPARATOR.search(shown.strip()):
            part = min(len(_SEPARATOR.findall(before_cursor.lstrip())), 2)
        else:
            part = self._order.index("d")  # digits only: the day, as the field starts
        letter = self._order[part]
        day = _qdate(self._value)
        moved = {"d": day.addDays, "m": day.addMonths, "y": day.addYears}[letter](by)
        if not QDate(FIRST_YEAR, 1, 1) <= moved <= QDate(LAST_YEAR, 12, 31):
            return
        self.set_value(date(moved.year(), moved.month(), moved.day()))
        ends = [found.end() for found in re.finditer(r"\d+", self.typed.text())]
        self.typed.setCursorPosition(ends[part])  # on the same part, to step it again

    def _picked(self, chosen: QDate) -> None:
        self.set_value(date(chosen.year(), chosen.month(), chosen.day()))
        self.popup.hide()
        self.typed.setFocus(Qt.FocusReason.PopupFocusReason)

    def _sentence(self, typed: TypedDate) -> str | None:
        if typed.reading in (Reading.DAY, Reading.EMPTY):
            return None
        if typed.reading is Reading.YEAR_OUT_OF_RANGE:
            return words.fill(
                self.tr("Type a year from %1 to %2."), str(FIRST_YEAR), str(LAST_YEAR)
            )
        example = QLocale().toString(QDate.currentDate(), self._format)
        if typed.reading is Reading.NO_SUCH_MONTH and typed.parts is not None:
            return words.fill(
                self.tr("There is no month %1: type the day, the month and the year, as in %2."),
                str(typed.parts[1]),
                example,
            )
        if typed.reading is Reading.NO_SUCH_DAY and typed.parts is not None:
            year, month, day = typed.parts
            return words.fill(
                self.tr("%1 %2 %3 does not exist: check the day."),
                str(day),
                QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat),
                str(year),
            )
        return words.fill(
            self.tr("This is not a date: type the day, the month and the year, as in %1."),
            example,
        )


def dates_are_readable(form: QWidget) -> bool:
    """False after saying what is wrong in the first date field of ``form`` that does not
    hold a day, and putting the cursor there: a dialog is not saved with it."""
    for field in form.findChildren(DateField):
        if field.problem() is not None:
            field.show_problem()
            return False
    return True


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
