"""The list of cards on the left of a conversation: each item as tall as its text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QStyle
from pytestqt.qtbot import QtBot

from .test_conversation_flow import start_check_in

DECKS = ("check-in", "functioneringsgesprek", "onboarding", "ontwikkelgesprek")


def gaps_and_spare_room(view: QListView) -> list[tuple[str, int, int]]:
    """Per item: its text, the room between it and the one above, and the room its
    wrapped text leaves empty (what the eye sees as a blank line, or text cut off)."""
    model = view.model()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    seen: list[tuple[str, int, int]] = []
    above = None
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        rect = view.visualRect(index)
        font = index.data(Qt.ItemDataRole.FontRole) or view.font()
        text = index.data()
        wrapped = QFontMetrics(QFont(font)).boundingRect(
            QRect(0, 0, rect.width() - 2 * margin, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        gap = rect.top() - (above.bottom() + 1) if above is not None else rect.top()
        seen.append((text, gap, rect.height() - wrapped.height()))
        above = rect
    return seen


@pytest.mark.parametrize("width", [1366, 1024])
@pytest.mark.parametrize("deck", DECKS)
def test_each_card_in_the_list_is_as_tall_as_its_text(
    qtbot: QtBot,
    make_window: Any,
    zoe: str,
    answer_dialogs: dict[str, Any],
    deck: str,
    width: int,
) -> None:
    window = make_window()
    window.resize(width, 740)
    answer_dialogs["deck"] = deck
    page = start_check_in(window, zoe)
    view = page.steps_view
    spacing = view.spacing()
    for text, gap, spare in gaps_and_spare_room(view):
        assert gap in (spacing, 2 * spacing), f"{gap} px empty above {text!r}"
        assert spare == 0, f"{spare} px to spare under {text!r}"
