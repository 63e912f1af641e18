"""The system's dark colour scheme gives a dark, readable UI: no colour is set by hand.

What is measured is what the eye gets: the window is drawn, and the ink of a text is
compared with the ground it is drawn on, by WCAG contrast (at least 4.5 for text)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from leercoach.ui.colours import colours, contrast
from leercoach.ui.conversation.page import ConversationPage
from leercoach.ui.main_window import MainWindow

from .palettes import dark_palette

Role = QPalette.ColorRole


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    """The application in a dark palette until the test ends."""
    before = qapp.palette()
    palette = dark_palette()
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


def ink_and_ground(holder: QWidget, part: QWidget) -> tuple[QColor, QColor]:
    """The colours ``part`` is drawn in inside ``holder``: its ground, the colour most of
    its pixels have, and its ink, the pixel that stands out most from that ground."""
    image = holder.grab().toImage()
    ratio = image.devicePixelRatio()
    top_left = part.mapTo(holder, part.rect().topLeft())
    area = QRect(top_left, part.size())
    pixels = [
        image.pixelColor(int(x * ratio), int(y * ratio)).rgb()
        for y in range(area.top() + 2, area.bottom() - 1)
        for x in range(area.left() + 2, area.right() - 1)
    ]
    ground = QColor.fromRgb(Counter(pixels).most_common(1)[0][0])
    ink = max((QColor.fromRgb(p) for p in set(pixels)), key=lambda c: contrast(c, ground))
    return ink, ground


def readable_text(holder: QWidget, part: QWidget) -> float:
    ink, ground = ink_and_ground(holder, part)
    assert part.isVisible() and ink != ground, f"nothing drawn in {part!r}"
    return round(contrast(ink, ground), 1)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_semantic_colours_read_on_the_window_and_on_a_field(
    qapp: QApplication, scheme: str
) -> None:
    palette = dark_palette() if scheme == "dark" else qapp.style().standardPalette()
    shown = colours(palette)
    for ground in (palette.color(Role.Window), palette.color(Role.Base)):
        for meaning in ("overdue", "warning", "success", "muted"):
            assert contrast(getattr(shown, meaning), ground) >= 4.5, (meaning, ground.name())
    text = palette.color(Role.Text)
    for fill in ("done_fill", "open_fill", "info_fill", "private_fill"):
        assert contrast(text, getattr(shown, fill)) >= 4.5, fill
    assert contrast(shown.inverse_text, shown.inverse_fill) >= 4.5


def on_the_growth_tab(make_window: Callable[[], MainWindow], zoe: str) -> MainWindow:
    window = make_window()
    assert window.select_employee(zoe)
    view = window.employee_view
    view.tabs.setCurrentWidget(view.growth)
    window.resize(1366, 740)
    QApplication.processEvents()
    return window


@pytest.fixture
def window(
    dark: QPalette, make_window: Callable[[], MainWindow], zoe: str, language: Any
) -> MainWindow:
    language("nl")
    return on_the_growth_tab(make_window, zoe)


def assert_dark_cards_with_light_words(window: MainWindow) -> None:
    boxes = window.employee_view.growth.boxes
    assert boxes and all(box.isVisible() for box in boxes)
    for box in boxes:
        _, ground = ink_and_ground(box, box.detail)
        assert ground.lightness() < 100, f"{box.title.text()}: light card {ground.name()}"
        assert readable_text(box, box.title) >= 4.5
        assert readable_text(box, box.detail) >= 4.5


def test_the_phase_cards_of_the_growth_cycle_are_dark_with_light_words(
    window: MainWindow,
) -> None:
    assert_dark_cards_with_light_words(window)


def talk_on_tip_card(window: MainWindow, zoe: str) -> ConversationPage:
    """A check-in on a card with a coaching tip (shown) and last time's answer."""
    session = window.session
    deck = session.library.get("check-in")
    card = next(c for c in deck.cards if c.tip and c.answer.type.value == "text")
    earlier = session.talks.start(zoe, deck)
    session.talks.save_answer(earlier, deck, card.id, "Meer overdragen aan de nachtdienst")
    session.talks.complete(earlier)
    window.open_conversation(session.talks.start(zoe, deck))
    page = window.conversation_page
    page.go_to(page.steps_model.row_of(card.id))
    step = page.card_steps[card.id]
    assert step.tip_button is not None
    step.tip_button.setChecked(True)
    window.resize(1366, 740)
    QApplication.processEvents()
    return page


def test_the_tip_and_last_times_answer_on_a_card_read_in_the_dark(
    window: MainWindow, zoe: str
) -> None:
    page = talk_on_tip_card(window, zoe)
    step = page.card_steps[page.current_key()]
    for part in (step.tip, step.earlier):
        _, ground = ink_and_ground(step, part)
        assert ground.lightness() < 100, f"light box {ground.name()} behind {part.text()!r}"
        assert readable_text(step, part) >= 4.5


def test_the_record_banner_and_the_undo_bar_read_in_the_dark(window: MainWindow, zoe: str) -> None:
    page = talk_on_tip_card(window, zoe)
    page.undo_bar.offer("Antwoord gewist", lambda: None)
    QApplication.processEvents()
    assert readable_text(page.undo_bar, page.undo_bar.message) >= 4.5
    page.finish()
    QApplication.processEvents()
    assert page.banner.isVisible()
    assert readable_text(page.banner, page.banner.text) >= 4.5


def test_when_the_system_turns_dark_while_the_app_runs_the_cards_turn_dark_too(
    qapp: QApplication, make_window: Callable[[], MainWindow], zoe: str, language: Any
) -> None:
    """Made in a light palette, then the palette turns dark: nothing stays light."""
    language("nl")
    window = on_the_growth_tab(make_window, zoe)
    page = talk_on_tip_card(window, zoe)
    step = page.card_steps[page.current_key()]
    assert ink_and_ground(step, step.tip)[1].lightness() > 200  # light, to begin with
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        QApplication.processEvents()
        for part in (step.tip, step.earlier):
            assert ink_and_ground(step, part)[1].lightness() < 100
            assert readable_text(step, part) >= 4.5
        window.show_overview()
        QApplication.processEvents()
        assert_dark_cards_with_light_words(window)
    finally:
        qapp.setPalette(before)
