"""The print preview opens large enough to read a page, not as a 38 % thumbnail."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from leercoach.ui.printing import SCREEN_SHARE, PdfPreview


def test_printing_opens_a_preview_large_enough_to_read_a_page(
    qtbot: QtBot, growth: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, Any]] = []

    def look(preview: PdfPreview) -> int:
        preview.show()
        qtbot.waitExposed(preview)
        pages = preview.pages
        inches = preview.page_printer.pageRect(QPrinter.Unit.Inch).width()
        seen.append(
            {
                "size": preview.size(),
                "zoom": pages.zoomFactor(),
                "page_width": pages.zoomFactor() * inches * pages.logicalDpiX(),
                "view_width": pages.width(),
                "fit_page_pressed": preview.findChild(QAction, "fitPageAction").isChecked(),
            }
        )
        preview.reject()
        return 0

    monkeypatch.setattr(PdfPreview, "exec", look)
    qtbot.mouseClick(growth.print_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    shown = seen[0]
    screen = growth.screen().availableGeometry()
    assert shown["size"].width() >= int(screen.width() * SCREEN_SHARE)
    assert shown["size"].height() >= int(screen.height() * SCREEN_SHARE)
    # The page at its real size, or (on a narrow screen) as wide as the view allows.
    assert shown["zoom"] == 1.0 or shown["page_width"] >= 0.85 * shown["view_width"], shown
    assert not shown["fit_page_pressed"]  # the toolbar says what zoom it shows
