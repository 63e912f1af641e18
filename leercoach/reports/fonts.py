"""The embedded font: DejaVu Sans, so every name prints (Zoë, Ağaoğlu, Nguyễn, Søren, Ĳ)."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from leercoach import paths

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_lock = threading.Lock()
_done = False


def fonts_dir() -> Path:
    return paths.shipped("resources") / "fonts"


def register_fonts() -> None:
    """Register the family once per process; safe to call from a worker thread."""
    global _done  # noqa: PLW0603 - reportlab's font registry is process-wide as well
    with _lock:
        if _done:
            return
        folder = fonts_dir()
        for name in (REGULAR, BOLD, ITALIC):
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
        # No bold-oblique file is shipped; bold reads better than a missing glyph.
        for bold, italic, face in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, BOLD),
        ):
            addMapping(REGULAR, bold, italic, face)
        _done = True
