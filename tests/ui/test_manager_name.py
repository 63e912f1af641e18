"""The manager's own name: asked once at the first start, printed on the growth PDF,
and shown whole in the settings."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
)
from pytestqt.qtbot import QtBot

from leercoach.store import Store
from leercoach.ui.forms import Button
from leercoach.ui.manager_name import ask_manager_name_once
from leercoach.ui.settings_dialog import SettingsDialog

from .conftest import type_text

LONG_NAME = "Katrien Vermeulen-De Smet"


def pdf_text(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


def save_growth_pdf(window: Any, target: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)")
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # "saved as …": OK
    window.employee_view.tabs.setCurrentWidget(window.employee_view.growth)
    saved = window.employee_view.growth.save_pdf()
    assert saved is not None
    return Path(saved)


def test_the_first_start_asks_the_name_once_and_the_pdf_prints_it(
    qtbot: QtBot,
    make_window: Callable[[], Any],
    zoe: str,
    language: Callable[[str], str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    language("nl")
    window = make_window()
    question = ask_manager_name_once(window.session, window)
    assert question is not None and question.isVisible()
    assert question.windowTitle() == "Je naam"
    assert not _button(question, Button.Save).isEnabled()  # an empty name is no answer
    type_text(qtbot, question.name, LONG_NAME)
    qtbot.mouseClick(_button(question, Button.Save), Qt.MouseButton.LeftButton)
    assert window.session.read_settings().manager_name == LONG_NAME

    window.select_employee(zoe)
    printed = pdf_text(save_growth_pdf(window, tmp_path / "zoe.pdf", monkeypatch))
    assert "Leidinggevende —" not in printed
    assert printed.count(LONG_NAME) == 2  # beside "Leidinggevende", and above the signature

    assert ask_manager_name_once(window.session, window) is None  # the next start asks not


def test_skipping_the_name_is_remembered_across_starts(
    qtbot: QtBot, open_store: Callable[[], Store], make_window: Callable[[], Any]
) -> None:
    window = make_window()
    question = ask_manager_name_once(window.session, window)
    assert question is not None
    qtbot.mouseClick(_button(question, Button.Cancel), Qt.MouseButton.LeftButton)
    assert not question.isVisible()
    window.close()
    open_store().close()

    again = make_window()  # the app started anew on the same file
    assert again.session.read_settings().manager_name == ""
    assert ask_manager_name_once(again.session, again) is None


def test_the_settings_show_a_long_name_and_the_placeholder_whole(
    qtbot: QtBot, make_window: Callable[[], Any], language: Callable[[str], str]
) -> None:
    language("nl")
    window = make_window()
    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.manager
    assert _fits(field, field.placeholderText()), field.placeholderText()
    field.setText(LONG_NAME)
    field.end(False)  # where the cursor is after typing it
    assert _fits(field, LONG_NAME)


def _fits(field: QLineEdit, text: str) -> bool:
    """Whether ``text`` is shown whole: Qt scrolls (and cuts) what its text area cannot hold."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    area = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    room = area.width() - margins.left() - margins.right() - 4  # Qt's own 2 px each side
    return field.fontMetrics().horizontalAdvance(text) <= room


def _button(dialog: QDialog, which: Button) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(which)
