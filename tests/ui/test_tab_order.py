"""Tab follows the screen: on the conversation page and in every dialog, pressing Tab
goes through the widgets in reading order, as a sighted user and a screen reader expect."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from leercoach.ui.conversation.steps_model import POINTS, REVIEW
from leercoach.ui.main_window import MainWindow

from .test_accessible_names import DIALOGS, conversation, shown_dialog, spoken_name, window

__all__ = ["window"]  # the fixture, shared with the accessible-name walk


def tab_chain(root: QWidget, first: QWidget) -> list[QWidget]:
    """Where the focus goes, Tab after Tab from ``first``, until it comes back round."""
    first.setFocus()
    QApplication.processEvents()
    visited: list[QWidget] = []
    while (focused := QApplication.focusWidget()) is not None and focused not in visited:
        visited.append(focused)
        root.focusNextChild()
        QApplication.processEvents()
    return visited


def names(widgets: list[QWidget]) -> list[str]:
    return [spoken_name(widget) for widget in widgets]


def test_tab_on_a_card_goes_from_the_steps_through_the_card_to_the_notes_and_on(
    window: MainWindow, zoe: str
) -> None:
    page = conversation(window, zoe, "check-in")
    card = next(c for c in page.deck.cards if c.tip and c.answer.type.value == "text")  # type: ignore[union-attr]
    page.go_to(page.steps_model.row_of(card.id))
    assert names(tab_chain(window, page.back)) == [
        "← Overzicht",
        "Stappen van het gesprek",
        "Coachingtip",
        card.question,
        "Antwoord wissen",
        "Gedeelde samenvatting",
        "Privénotitie tonen",
        "Afspraken uit dit gesprek",
        "+ Afspraak",
        "Verwijderen",
        "Extra vragen",  # the check-in's optional cards wait here
        "◀ Vorige",
        "Overslaan",
        "Volgende ▶",
    ]


def test_tab_in_the_review_goes_through_each_earlier_action_before_the_notes(
    window: MainWindow, zoe: str
) -> None:
    page = conversation(window, zoe, "check-in")
    page.go_to(page.steps_model.row_of(REVIEW))
    chain = tab_chain(window, page.back)
    (row,) = page.review.rows
    assert chain[:5] == [page.back, page.steps_view, chain[2], row.status, row.note]
    assert spoken_name(chain[2]) == "Openstaande afspraken uit eerdere gesprekken"
    assert spoken_name(row.note) == "Notitie bij Meelopen op de spoed"
    assert chain[5] is page.notes.summary


def test_tab_in_the_talking_points_goes_through_each_point_before_the_notes(
    window: MainWindow, zoe: str
) -> None:
    page = conversation(window, zoe, "check-in")
    page.go_to(page.steps_model.row_of(POINTS))
    chain = tab_chain(window, page.back)
    (row,) = page.points_step.rows
    assert chain[:4] == [page.back, page.steps_view, chain[2], row.discussed]
    assert spoken_name(chain[2]) == "Onderwerpen"
    assert spoken_name(row.discussed) == "Besproken: Thuiswerk op vrijdag"
    assert chain[4] is page.notes.summary


def test_tab_in_every_dialog_goes_top_to_bottom_and_left_to_right(
    qtbot: QtBot, window: MainWindow
) -> None:
    for name, make in DIALOGS.items():
        dialog = shown_dialog(qtbot, make(window))
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        chain = tab_chain(dialog, dialog.focusWidget() or dialog)
        places = [widget.mapTo(dialog, widget.rect().center()) for widget in chain]
        for (before, after), widget in zip(pairwise(places), chain[1:], strict=True):
            same_row = abs(after.y() - before.y()) <= 6
            assert after.y() > before.y() or (same_row and after.x() > before.x()), (
                f"{name}: Tab goes back up or left to {spoken_name(widget)!r}"
            )
        dialog.close()
