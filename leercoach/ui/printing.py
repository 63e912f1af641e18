"""Printing the same pages as the PDF: each page rendered by PDFium onto the printer.

QtPdf would need the large PySide6-Addons; pypdfium2 renders the reportlab file
itself, so paper and PDF never differ.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

MAX_DPI = 300
POINTS_PER_INCH = 72


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


def print_pdf(pdf: Path, parent: QWidget | None = None, preview: bool = True) -> bool:
    """Show the system print dialog (with a preview first) and print ``pdf``."""
    printer = a4_printer()
    printer.setDocName(pdf.stem)
    if preview:
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.paintRequested.connect(lambda target: paint_pdf(target, pdf))
        return dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
    chooser = QPrintDialog(printer, parent)
    if chooser.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, pdf)
    return True
