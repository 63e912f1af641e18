"""Planning talks with someone: how often, the next date (and time), and the deck.

What the command line's ``employees plan`` sets, as a dialog of the person view.
"Following the talks held" leaves the rhythm unset, so the kind of the talks held gives
it (``domain.talks``); no date leaves the next talk to the rhythm.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from leercoach import vocabulary
from leercoach.decks import DeckLibrary
from leercoach.domain import Employee
from leercoach.domain.talks import NextTalk, Rhythm, RhythmSource, TalkPlan, is_talk
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.date_field import DateField, dates_are_readable
from leercoach.ui.forms import lay_out_form, problem_label
from leercoach.ui.session import Session

DEFAULT_TIME = time(9, 0)


class PlanDialog(QDialog):
    def __init__(
        self,
        employee: Employee,
        library: DeckLibrary,
        language: str,
        standing: NextTalk | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(words.fill(self.tr("Plan a conversation with %1"), employee.name))
        self.setMinimumWidth(520)
        plan = employee.talk_plan
        self.rhythm = QComboBox()
        following = vocabulary.label(RhythmSource.DEFAULT)  # "volgens de gevoerde gesprekken"
        if standing is not None and standing.rhythm is not None and plan.rhythm is None:
            following = words.fill(
                self.tr("%1 (now: %2)"), following, vocabulary.label(standing.rhythm)
            )
        self.rhythm.addItem(following, None)
        for rhythm in Rhythm:
            self.rhythm.addItem(vocabulary.label(rhythm), rhythm.value)
        self.rhythm.setCurrentIndex(max(0, self.rhythm.findData(plan.rhythm and plan.rhythm.value)))

        self.day = DateField()
        self.no_date = QPushButton(self.tr("N&o date"))
        self.no_date.setToolTip(self.tr("Take the planned date away: the rhythm gives the next"))
        self.no_date.clicked.connect(self.clear_date)
        day_row = QWidget()
        day_line = QHBoxLayout(day_row)
        day_line.setContentsMargins(0, 0, 0, 0)
        day_line.addWidget(self.day, 1)
        day_line.addWidget(self.no_date)

        self.timed = QCheckBox(self.tr("At a set &time"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        self.timed.toggled.connect(self.time.setEnabled)
        time_row = QWidget()
        time_line = QHBoxLayout(time_row)
        time_line.setContentsMargins(0, 0, 0, 0)
        time_line.addWidget(self.timed)
        time_line.addWidget(self.time)
        time_line.addStretch(1)

        self.deck = QComboBox()
        self.deck.addItem(vocabulary.label(RhythmSource.DEFAULT), None)
        for deck in library.sorted(language):
            if is_talk(deck.audience):
                self.deck.addItem(deck.title, deck.slug)
        if plan.deck and self.deck.findData(plan.deck) < 0:  # a deck of another language
            try:
                title = library.get(plan.deck).title
            except KeyError:
                title = plan.deck
            self.deck.addItem(title, plan.deck)
        self.deck.setCurrentIndex(max(0, self.deck.findData(plan.deck)))

        hint = QLabel(
            self.tr(
                "Without a date, the next conversation follows from the rhythm: the last one "
                "held plus the rhythm. A planned date counts until the next conversation."
            )
        )
        hint.setWordWrap(True)
        keep_styled(hint, lambda c: f"color: {c.muted.name()};")
        form = QFormLayout()
        form.addRow(self.tr("&Rhythm"), self.rhythm)
        form.addRow(self.tr("Next &date"), day_row)
        form.addRow(self.tr("Time"), time_row)
        form.addRow(self.tr("&Deck"), self.deck)
        self.problem = problem_label()
        lay_out_form(self, form, hint, self.problem)

        self.day.set_value(plan.planned_day)
        self.timed.setChecked(plan.planned_time is not None)
        shown = plan.planned_time.time() if plan.planned_time else DEFAULT_TIME
        self.time.setTime(QTime(shown.hour, shown.minute))
        self.time.setEnabled(self.timed.isChecked())
        self.rhythm.setFocus()

    def clear_date(self) -> None:
        """ "No date": the planned date goes, and its time with it."""
        self.day.set_value(None)
        self.timed.setChecked(False)

    def plan(self) -> TalkPlan:
        rhythm = self.rhythm.currentData()
        day = self.day.value()
        planned: date | datetime | None = day
        if day is not None and self.timed.isChecked():
            chosen = self.time.time()
            planned = datetime.combine(day, time(chosen.hour(), chosen.minute()))
        return TalkPlan(
            rhythm=Rhythm(rhythm) if rhythm else None,
            planned=planned,
            deck=self.deck.currentData() or None,
        )

    def accept(self) -> None:
        if not dates_are_readable(self):
            return
        if self.timed.isChecked() and self.day.value() is None:
            self.problem.setText(self.tr("Choose the date of the conversation, or no set time."))
            self.problem.show()
            self.day.setFocus()
            return
        super().accept()


def plan_talk(session: Session, employee: Employee, language: str, parent: QWidget) -> bool:
    """Open the dialog for ``employee`` and keep what was chosen; False when cancelled."""
    standing = session.people.next_talk(employee.id, date.today())
    dialog = PlanDialog(employee, session.library, language, standing, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.plan() != employee.talk_plan:
        session.people.set_plan(employee.id, dialog.plan())
    return True
