"""The list of steps on the left of a conversation, each step as tall as its text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


class StepDelegate(QStyledItemDelegate):
    """Wraps a step's text at the list's whole width, both to size it and to draw it.

    Qt's own size hint wraps at one width when laying the list out and at another when
    drawing, so a question one word too long for two lines got three lines of room, was
    drawn in two cut short with "…", and left an empty line under it.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(1, self.view.viewport().width() - 2 * self.view.spacing())
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, width, 1)
        return QSize(width, super().sizeHint(wrapped, index).height())


class StepsList(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepsList")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setMinimumWidth(200)
        self.setSpacing(3)
        # Laid out again at each new width (the window's, the splitter's), not only once.
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setItemDelegate(StepDelegate(self))
