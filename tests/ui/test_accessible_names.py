"""What a screen reader says: every widget the keyboard can reach has a name.

The name is read as Qt's accessibility layer reports it to a screen reader, not from
``accessibleName()``, which stays empty for a field that a form label names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from leercoach.domain import ActionOwner
from leercoach.domain.talking_point import PointBy
from leercoach.store import Store
from leercoach.ui.archive_dialog import ArchiveDialog
from leercoach.ui.batch_export import BatchExportDialog
from leercoach.ui.calendar_export import CalendarExportDialog
from leercoach.ui.conversation.action_dialog import ActionDialog
from leercoach.ui.conversation.page import ConversationPage
from leercoach.ui.conversation.steps_model import POINTS, REVIEW, SUMMARY
from leercoach.ui.deck_picker import DeckPickerDialog
from leercoach.ui.employee_dialog import EmployeeDialog
from leercoach.ui.erase_dialog import EraseDialog
from leercoach.ui.goal_dialog import GoalDialog
from leercoach.ui.main_window import MainWindow
from leercoach.ui.manager_name import ManagerNameDialog
from leercoach.ui.person_points import AddPointDialog
from leercoach.ui.plan_dialog import PlanDialog
from leercoach.ui.prep_form import SendDialog
from leercoach.ui.settings_dialog import SettingsDialog


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def reachable(root: QWidget) -> Iterator[QWidget]:
    """The widgets on screen that take focus by Tab or click. A widget that hands its
    focus to another (its focus proxy) is that other one to a screen reader: a spin box's
    line edit is the spin box, a text answer is its text field."""
    for widget in [root, *root.findChildren(QWidget)]:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and widget.focusProxy() is None
        ):
            yield widget


def unnamed(root: QWidget) -> list[str]:
    """Each reachable widget without a name, described so a failing test says which."""
    return [
        f"{type(w).__name__} {w.objectName()!r} under {type(w.parentWidget()).__name__}"
        f" (tooltip {w.toolTip()!r})"
        for w in reachable(root)
        if not spoken_name(w)
    ]


@pytest.fixture
def window(
    make_window: Callable[[], MainWindow],
    zoe: str,
    open_store: Callable[[], Store],
    language: Callable[[str], str],
) -> MainWindow:
    """The window on Zoë, who has a completed check-in with an open action and a goal, and
    a talking point for the next talk."""
    language("nl")
    made = make_window()
    session = made.session
    talk = session.talks.start(zoe, session.library.get("check-in"))
    session.actions.add(
        zoe,
        "Meelopen op de spoed",
        ActionOwner.SAMEN,
        date(2026, 1, 15),
        "",
        conversation_id=talk.id,
    )
    session.talks.complete(talk)
    session.points.add(zoe, "Thuiswerk op vrijdag", PointBy.MEDEWERKER)
    assert made.select_employee(zoe)
    return made


def test_every_widget_of_the_person_view_has_a_name(window: MainWindow) -> None:
    assert window.employee_view.tabs.currentIndex() == 0
    assert unnamed(window) == []


def labelled_by(widget: QWidget) -> list[str]:
    """The labels a screen reader says for a widget (on Linux, a combo box's name)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return [
        other.text(QAccessible.Text.Name)
        for other, _ in interface.relations(QAccessible.Relation.Label)
    ]


def test_the_people_list_and_its_talk_filters_are_named(window: MainWindow) -> None:
    pane = window.pane
    assert spoken_name(pane.list_view) == "Medewerkers"
    assert (labelled_by(pane.due), spoken_name(pane.due)) == (["Toon"], "Alle gesprekken")
    assert (labelled_by(pane.order), spoken_name(pane.order)) == (["Volgorde"], "Op naam")


def test_every_widget_of_the_growth_tab_has_a_name(window: MainWindow) -> None:
    view = window.employee_view
    view.tabs.setCurrentWidget(view.growth)
    assert unnamed(window) == []


def test_every_widget_of_the_trends_tab_has_a_name(window: MainWindow, zoe: str) -> None:
    session = window.session
    deck = session.library.get("check-in")
    talk = session.talks.start(zoe, deck)
    session.talks.save_answer(talk, deck, "hoe-gaat-het", "4")
    session.talks.complete(talk)
    view = window.employee_view
    view.tabs.setCurrentWidget(view.trends_tab)
    assert view.trends is not None and len(view.trends.cards) == 1
    assert unnamed(window) == []


def test_the_phase_strip_says_each_phase_its_state_and_which_is_current(
    window: MainWindow, zoe: str
) -> None:
    """The current phase is marked by a thicker border only: a reader gets it in words."""
    view = window.employee_view
    view.tabs.setCurrentWidget(view.growth)
    growth = view.growth
    growth.start_cycle()
    said = []
    for box in growth.boxes:
        interface = QAccessible.queryAccessibleInterface(box)
        said.append(
            (interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description))
        )
    assert said[0] == ("1  Plannen", "0 gesprekken, 2 punten open; de huidige fase")
    for box, (name, description) in zip(growth.boxes[1:], said[1:], strict=True):
        assert name == box.title.text()  # what is on the card, without "current"
        assert description == box.detail.text().replace("\n", ", ")


def test_every_widget_of_the_search_page_has_a_name(window: MainWindow) -> None:
    window.show_search()
    assert unnamed(window) == []


def test_every_widget_of_the_week_page_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    window.show_week()
    page = window.pages.currentWidget()
    qtbot.waitUntil(lambda: not page._stale)  # type: ignore[attr-defined]
    assert any(view.isVisible() for view in page.views)  # type: ignore[attr-defined]
    assert unnamed(window) == []


def test_every_widget_of_the_team_overview_has_a_name(window: MainWindow) -> None:
    window.show_team_overview()
    assert unnamed(window) == []


def test_every_widget_of_my_reflections_has_a_name(window: MainWindow, zoe: str) -> None:
    session = window.session
    session.talks.start(zoe, session.library.get("feedforward-voorbereiding"))
    session.talks.start(None, session.library.get("coachend-leidinggeven-zelfcheck"))
    window.show_reflections()
    assert unnamed(window) == []


def conversation(window: MainWindow, zoe: str, deck: str) -> ConversationPage:
    session = window.session
    window.open_conversation(session.talks.start(zoe, session.library.get(deck)))
    return window.conversation_page


# A shipped deck with a card of each answer type.
DECK_WITH = {
    "text": "kort-ontwikkelgesprek",
    "scale": "check-in",
    "choice": "kort-ontwikkelgesprek",
    "yesno": "exitgesprek",
}


@pytest.mark.parametrize("kind", ["text", "scale", "choice", "yesno"])
def test_every_widget_of_a_card_has_a_name(window: MainWindow, zoe: str, kind: str) -> None:
    page = conversation(window, zoe, DECK_WITH[kind])
    card = next(c for c in page.deck.cards if c.answer.type.value == kind)  # type: ignore[union-attr]
    if card.optional:  # an extra question: pulled in from the page's menu first
        page.extras.pull(card.id)
    page.go_to(page.steps_model.row_of(card.id))
    assert page.current_key() == card.id
    assert unnamed(window) == []


@pytest.mark.parametrize("kind", ["text", "scale", "choice"])
def test_the_answer_of_a_card_says_which_question_it_answers(
    window: MainWindow, zoe: str, kind: str
) -> None:
    """The question is a heading a reader skips when Tab lands on the answer."""
    page = conversation(window, zoe, DECK_WITH[kind])
    card = next(c for c in page.deck.cards if c.answer.type.value == kind)  # type: ignore[union-attr]
    if card.optional:  # an extra question: pulled in from the page's menu first
        page.extras.pull(card.id)
    page.go_to(page.steps_model.row_of(card.id))
    focused = QApplication.focusWidget()
    assert focused is not None
    assert page.card_steps[card.id].isAncestorOf(focused)
    interface = QAccessible.queryAccessibleInterface(focused)
    said = (
        interface.text(QAccessible.Text.Name) + " " + interface.text(QAccessible.Text.Description)
    )
    assert card.question in said


@pytest.mark.parametrize("step", [POINTS, REVIEW, SUMMARY])
def test_every_widget_of_the_review_and_the_summary_has_a_name(
    window: MainWindow, zoe: str, step: str
) -> None:
    page = conversation(window, zoe, "check-in")
    page.go_to(page.steps_model.row_of(step))
    assert page.current_key() == step
    assert unnamed(window) == []


def test_every_widget_has_a_name_with_the_private_note_the_undo_bar_and_the_record_banner(
    window: MainWindow, zoe: str
) -> None:
    page = conversation(window, zoe, "check-in")
    page.notes.private_toggle.click()
    assert page.notes.private.isVisible()
    page.undo_bar.offer("Antwoord gewist", lambda: None)
    assert unnamed(window) == []
    page.finish()
    assert page.banner.isVisible()
    assert unnamed(window) == []


def shown_dialog(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


DIALOGS: dict[str, Callable[[MainWindow], QDialog]] = {
    "employee": lambda w: EmployeeDialog(["Zorg"], w.selected_employee(), parent=w),
    "action": lambda w: ActionDialog(parent=w, ask_learning_form=True),
    "goal": lambda w: GoalDialog(parent=w),
    "settings": lambda w: SettingsDialog(w.session, w),
    "deck picker": lambda w: DeckPickerDialog(
        w.session.library,
        w.selected_employee(),
        "nl",
        w,  # type: ignore[arg-type]
    ),
    "reflection picker": lambda w: DeckPickerDialog(w.session.library, None, "nl", w),
    "manager name": ManagerNameDialog,
    "erase": lambda w: EraseDialog(w.selected_employee(), w),  # type: ignore[arg-type]
    "batch export": lambda w: BatchExportDialog(w.session, w),
    "plan": lambda w: PlanDialog(
        w.selected_employee(),  # type: ignore[arg-type]
        w.session.library,
        "nl",
        parent=w,
    ),
    "archive": lambda w: ArchiveDialog(w.selected_employee(), parent=w),  # type: ignore[arg-type]
    "calendar export": lambda w: CalendarExportDialog(w.session, w.selected_employee(), w),
    "talking point": lambda w: AddPointDialog(w.selected_employee(), w),  # type: ignore[arg-type]
    "preparation form": lambda w: SendDialog(w.session, w.selected_employee(), "nl", w),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_widget_of_each_dialog_has_a_name(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    dialog = shown_dialog(qtbot, DIALOGS[name](window))
    assert unnamed(dialog) == []


def test_every_widget_of_the_follow_up_dialog_has_a_name(
    qtbot: QtBot, window: MainWindow, zoe: str
) -> None:
    from leercoach.ui.action_follow_up import FollowUpDialog

    (action,) = window.session.actions.open_for(zoe)
    dialog = FollowUpDialog(
        action, window.session.actions.history(action), agreement_editable=False, parent=window
    )
    assert unnamed(shown_dialog(qtbot, dialog)) == []


def test_an_unnamed_button_is_found(qtbot: QtBot) -> None:
    """The walk itself: an icon-only button with just a tooltip has no name to speak."""
    from PySide6.QtWidgets import QToolButton

    holder = QWidget()
    qtbot.addWidget(holder)
    button = QToolButton(holder)
    button.setToolTip("Tip")
    holder.show()
    assert len(unnamed(holder)) == 1
    button.setAccessibleName("Tip")
    assert unnamed(holder) == []
