"""The person view's line about the next talk: "Volgende gesprek: 12 maart 2026 (elke 4
weken)", marked in words and in colour when it is overdue or due this week."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from leercoach import vocabulary
from leercoach.domain.talks import NextTalk, RhythmSource
from leercoach.ui import words
from leercoach.ui.colours import keep_styled

translate = QCoreApplication.translate


def next_talk_text(standing: NextTalk, today: date) -> str:
    """The line's words: the day (and time), overdue or this week, the rhythm and whence."""
    if standing.next_talk is None:
        return translate("PlanLine", "Next conversation: not planned")
    when = words.long_date(standing.next_talk)
    if standing.next_time is not None:
        when = words.fill(
            translate("PlanLine", "%1 at %2"), when, standing.next_time.strftime("%H:%M")
        )
    if standing.is_overdue(today):
        when = words.fill(translate("PlanLine", "%1, overdue"), when)
    elif standing.is_due_this_week(today):
        when = words.fill(translate("PlanLine", "%1, this week"), when)
    if standing.rhythm is None:
        return words.fill(translate("PlanLine", "Next conversation: %1"), when)
    rhythm = vocabulary.label(standing.rhythm)
    if standing.rhythm_source is RhythmSource.DEFAULT:
        rhythm = f"{rhythm}, {vocabulary.label(standing.rhythm_source)}"
    return words.fill(translate("PlanLine", "Next conversation: %1 (%2)"), when, rhythm)


def show_next_talk(label: QLabel, standing: NextTalk, today: date) -> None:
    label.setText(next_talk_text(standing, today))
    late, soon = standing.is_overdue(today), standing.is_due_this_week(today)
    if late:
        keep_styled(label, lambda c: f"color: {c.overdue.name()};")
    elif soon:
        keep_styled(label, lambda c: f"color: {c.warning.name()};")
    else:
        keep_styled(label, lambda c: "")
    label.show()
