"""Printing the same pages as the PDF: each page rendered by PDFium onto the printer.

QtPdf would need the large PySide6-Addons; pypdfium2 renders the reportlab file
itself, so paper and PDF never differ.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF
from PySide6.QtGui import QAction, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QWidget

MAX_DPI = 300
POINTS_PER_INCH = 72
SCREEN_SHARE = 0.9
"""How much of the available screen the print preview takes, in each direction."""


def page_images(pdf: Path, dpi: int) -> Iterator[QImage]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for page in document:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            yield image.copy()  # the buffer belongs to PDFium and goes with the page
            page.close()
    finally:
        document.close()


def paint_pdf(printer: QPrinter, pdf: Path) -> int:
    """Paint every page of ``pdf`` on ``printer``, scaled to fit; return the page count."""
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter(printer)
    pages = 0
    try:
        for image in page_images(pdf, dpi):
            if pages:
                printer.newPage()
            # The page keeps its proportions and fills the paper (full-page mode: the
            # PDF carries its own margins).
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            left = area.x() + (area.width() - width) / 2
            painter.drawImage(QRectF(left, area.y(), width, height), image)
            pages += 1
    finally:
        painter.end()
    return pages


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


class PdfPreview(QPrintPreviewDialog):
    """The print preview of ``pdf``, large enough to read a page: most of the screen, the
    page at its real size (100 %) or, on a screen narrower than that, as wide as the view.
    Qt's own default, 692×512 with the whole page in view, is a 38 % thumbnail."""

    def __init__(self, pdf: Path, parent: QWidget | None = None) -> None:
        printer = a4_printer()
        printer.setDocName(pdf.stem)
        super().__init__(printer, parent)
        self.page_printer = printer  # the dialog paints on it but does not keep it alive
        self.paintRequested.connect(lambda target: paint_pdf(target, pdf))
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(int(screen.width() * SCREEN_SHARE), int(screen.height() * SCREEN_SHARE))
        pages = self.findChild(QPrintPreviewWidget)
        assert pages is not None  # built by the dialog's constructor
        self.pages = pages
        page_width = printer.pageRect(QPrinter.Unit.Inch).width() * self.pages.logicalDpiX()
        real_size = page_width < self.width() * SCREEN_SHARE
        if real_size:
            self.pages.setZoomFactor(1.0)
        else:
            self.pages.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self._press_fit_button(to_width=not real_size)

    def _press_fit_button(self, to_width: bool) -> None:
        """The toolbar's "Fit page" stays pressed after a zoom set from here; Qt's own
        zoom buttons release it the same way (``setFitting``)."""
        fit_page = self.findChild(QAction, "fitPageAction")
        fit_width = self.findChild(QAction, "fitWidthAction")
        group = fit_page.actionGroup() if fit_page is not None else None
        if fit_page is None or fit_width is None or group is None:
            return  # a Qt that names them otherwise: the zoom is right, the button not
        group.setExclusive(False)
        fit_page.setChecked(False)
        fit_width.setChecked(to_width)
        group.setExclusive(True)


def print_pdf(pdf: Path, parent: QWidget | None = None, preview: bool = True) -> bool:
    """Show the system print dialog (with a preview first) and print ``pdf``."""
    if preview:
        return PdfPreview(pdf, parent).exec() == QPrintPreviewDialog.DialogCode.Accepted
    printer = a4_printer()
    printer.setDocName(pdf.stem)
    chooser = QPrintDialog(printer, parent)
    if chooser.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, pdf)
    return True
