"""“Opslaan als PDF…” says where the file went, and opens its folder when asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot


class FileManager(QObject):
    """Stands in for the system's file manager: Qt hands it the file: URLs it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def file_manager() -> Iterator[FileManager]:
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "open")
    yield manager
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture(autouse=True)
def save_dialog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The save dialog is answered: tmp_path/zoe (.pdf is added)."""
    answer = (str(tmp_path / "zoe"), "PDF files (*.pdf)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: answer)


def answer_saved_box(monkeypatch: pytest.MonkeyPatch, button_text: str) -> list[QMessageBox]:
    """Each message box that opens is recorded and answered with the button of that text."""
    boxes: list[QMessageBox] = []

    def answer(box: QMessageBox) -> int:
        boxes.append(box)
        next(button for button in box.buttons() if button.text() == button_text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return boxes


def test_saving_the_pdf_says_where_and_opens_the_folder_when_asked(
    qtbot: QtBot,
    growth: Any,
    tmp_path: Path,
    file_manager: FileManager,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = answer_saved_box(monkeypatch, "&Map openen")
    saved = growth.save_pdf()
    assert saved == tmp_path / "zoe.pdf" and saved.is_file()
    assert [box.text() for box in boxes] == [f"Opgeslagen als “zoe.pdf” in de map\n{tmp_path}"]
    assert boxes[0].windowTitle() == "Groeiplan opslaan"
    assert file_manager.opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_ok_closes_the_message_and_opens_nothing(
    qtbot: QtBot, growth: Any, file_manager: FileManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = answer_saved_box(monkeypatch, "OK")
    assert growth.save_pdf() is not None
    assert len(boxes) == 1
    assert file_manager.opened == []
