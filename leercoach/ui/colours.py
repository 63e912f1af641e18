"""The few colours that carry meaning, taken from the palette in use.

Nothing here is a fixed colour on screen: each semantic colour starts from a hue (red
for overdue and errors, amber for a warning, green for done) and is then made readable
on the palette's own background, so a dark system palette gives a dark, readable UI
and a light one the familiar look. Text colours reach a WCAG contrast of at least 4.5
against the window and the base; a fill is a faint tint of the base that the palette's
own text stays readable on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

READABLE = 4.5  # WCAG AA for normal text
Role = QPalette.ColorRole

# The hues the meanings start from, as their light-scheme text colours.
RED = QColor("#b3261e")
AMBER = QColor("#8a5300")
GREEN = QColor("#2e7d32")
BLUE = QColor("#1f4e79")  # information: a tint only
GOLD = QColor("#f0b400")


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    """``amount`` of ``tint`` over ``base`` (0: base, 1: tint)."""
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(Role.Window)) < luminance(palette.color(Role.WindowText))


def readable(colour: QColor, *backgrounds: QColor) -> QColor:
    """``colour``, lightened on a dark background or darkened on a light one in small
    steps (keeping its hue) until it reads on every one of ``backgrounds``."""
    target = QColor("white") if luminance(backgrounds[0]) < 0.18 else QColor("black")
    shown = QColor(colour)
    for step in range(21):
        shown = mix(colour, target, step / 20)
        if all(contrast(shown, background) >= READABLE for background in backgrounds):
            break
    return shown


@dataclass(frozen=True)
class Colours:
    """What each meaning looks like in one palette (see ``colours``)."""

    overdue: QColor  # overdue, an error, what keeps a form from being saved
    warning: QColor  # a likely duplicate, a cycle that ends soon
    success: QColor  # saved, a suggestion that fits
    muted: QColor  # hints and secondary lines
    done_fill: QColor  # a finished phase of the growth cycle
    done_border: QColor
    open_fill: QColor  # a phase still to do, a tip, the demo bar
    open_border: QColor
    accent_border: QColor  # the current phase, the tip's side line
    info_fill: QColor  # last time's answer, the record banner
    private_fill: QColor  # the private note
    inverse_fill: QColor  # the undo bar, drawn the other way round
    inverse_text: QColor


_made: dict[int, Colours] = {}


def colours(palette: QPalette | None = None) -> Colours:
    """The semantic colours for ``palette``, by default the application's; made once
    per palette (by its cache key), since a model asks for them at every cell."""
    chosen = palette if palette is not None else QGuiApplication.palette()
    key = chosen.cacheKey()
    if key not in _made:
        if len(_made) > 16:
            _made.clear()
        _made[key] = _derive(chosen)
    return _made[key]


def _derive(palette: QPalette) -> Colours:
    window = palette.color(Role.Window)
    base = palette.color(Role.Base)
    text = palette.color(Role.Text)
    dark = is_dark(palette)
    fill = 0.22 if dark else 0.12
    border = 0.55 if dark else 0.4

    def text_in(hue: QColor) -> QColor:
        return readable(hue, window, base)

    return Colours(
        overdue=text_in(RED),
        warning=text_in(AMBER),
        success=text_in(GREEN),
        muted=readable(mix(text, base, 0.4), window, base),
        done_fill=mix(base, GREEN, fill),
        done_border=mix(base, GREEN, border),
        open_fill=mix(base, GOLD, fill),
        open_border=mix(base, GOLD, border),
        accent_border=text_in(palette.color(Role.Highlight)),
        info_fill=mix(base, BLUE, fill),
        private_fill=mix(base, RED, fill * 0.6),
        inverse_fill=palette.color(Role.WindowText),
        inverse_text=window,
    )


class _PaletteWatch(QObject):
    """Says when the application's palette changed: the system went light or dark."""

    changed = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is self.parent():
            self.changed.emit()
        return False


class _Restyler(QObject):
    """Lives with its widget and gives it its style sheet again for the new palette."""

    def __init__(self, widget: QWidget, style: Callable[[Colours], str]) -> None:
        super().__init__(widget)
        self.setObjectName(_RESTYLER)
        self.widget = widget
        self.style = style
        _watch().changed.connect(self.restyle)

    def restyle(self) -> None:
        self.widget.setStyleSheet(self.style(colours()))


_RESTYLER = "leercoachRestyler"


def _watch() -> _PaletteWatch:
    application = QCoreApplication.instance()
    assert application is not None
    watch = application.findChild(_PaletteWatch)
    if watch is None:
        watch = _PaletteWatch(application)
        application.installEventFilter(watch)
    return watch


def keep_styled(widget: QWidget, style: Callable[[Colours], str]) -> None:
    """Give ``widget`` the style sheet ``style`` makes of the semantic colours, now and
    again each time the application's palette changes (the system switched between its
    light and dark scheme while the app runs). A later call replaces the style."""
    restyler = widget.findChild(_Restyler, _RESTYLER, Qt.FindChildOption.FindDirectChildrenOnly)
    if restyler is None:
        restyler = _Restyler(widget, style)
    restyler.style = style
    restyler.restyle()
