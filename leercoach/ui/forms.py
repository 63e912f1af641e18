"""What every form dialog here shares: its parts top to bottom, then Save and Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

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
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addWidget(buttons)
    return buttons


def problem_label() -> QLabel:
    """Where a form says, in red, what keeps it from being saved; hidden until then."""
    label = QLabel()
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()
    return label
