"""What every form dialog here shares: its parts top to bottom, then Save and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from leercoach.ui.colours import keep_styled

Button = QDialogButtonBox.StandardButton


def lay_out_form(
    dialog: QDialog,
    *parts: QWidget | QLayout,
    ok: Button = Button.Save,
    ok_text: str | None = None,
) -> QDialogButtonBox:
    """Stack ``parts`` in ``dialog`` above an ``ok`` and a Cancel button wired to its
    ``accept`` and ``reject``; the button box, to change a button further."""
    buttons = QDialogButtonBox(ok | Button.Cancel)
    if ok_text is not None:
        buttons.button(ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QFormLayout):
            name_inner_fields(part)
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addWidget(buttons)
    return buttons


def name_inner_fields(form: QFormLayout) -> None:
    """A row's label names its field for a screen reader; when the field is a box of
    several inputs (a check box beside a date), the label is given to each input in it
    that has no words of its own, so the date is "Start date" rather than nothing."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label_widget = label.widget() if label is not None else None
        field_widget = field.widget() if field is not None else None
        if not isinstance(label_widget, QLabel) or field_widget is None:
            continue
        for inner in field_widget.findChildren(QWidget):
            if inner.focusPolicy() != Qt.FocusPolicy.NoFocus and not spoken_name(inner):
                inner.setAccessibleName(label_widget.text().replace("&", ""))


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``, as Qt's accessibility layer gives it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def problem_label() -> QLabel:
    """Where a form says, in red, what keeps it from being saved; hidden until then."""
    label = QLabel()
    keep_styled(label, lambda c: f"color: {c.overdue.name()};")
    label.setWordWrap(True)
    label.hide()
    return label
