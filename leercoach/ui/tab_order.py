"""Tab that follows the screen: a page built in parts, some of them later than others
(the cards of a conversation are made when it opens), lists its parts in reading order
here, and Tab visits them so, each part's own widgets in the order they were laid out."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def takes_focus(widget: QWidget) -> bool:
    """A stop for Tab of its own, not one that hands its focus to another widget."""
    tabbed = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return tabbed and widget.focusProxy() is None


def stops_in(part: QWidget) -> list[QWidget]:
    """``part`` and the widgets inside it that Tab stops at, in their present order."""
    stops = [part] if takes_focus(part) else []
    widget = part.nextInFocusChain()
    while widget is not part and widget is not None:
        if part.isAncestorOf(widget) and takes_focus(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def follow_screen(*parts: QWidget) -> None:
    """Tab goes through ``parts`` in the order given (hidden ones are passed over)."""
    chain = [stop for part in parts for stop in stops_in(part)]
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)
