"""The manager's own name: asked once at the first start, printed on every growth PDF.

Without it the first summary says "Leidinggevende —" above an empty signature line. The
question is skippable and asked once per file; the name stays editable in the settings.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from leercoach.ui.forms import Button, lay_out_form
from leercoach.ui.session import Session

NAME_ROOM = 36
"""Characters a name field shows whole: a double-barrelled name with its first name."""


def name_field(name: str, placeholder: str) -> QLineEdit:
    """A line edit wide enough to show a long name, and its placeholder, uncut."""
    field = QLineEdit(name)
    field.setPlaceholderText(placeholder)
    metrics = field.fontMetrics()
    text_width = max(metrics.horizontalAdvance(placeholder), metrics.averageCharWidth() * NAME_ROOM)
    # The frame and the inner margins take about two characters beside the text.
    field.setMinimumWidth(text_width + 2 * metrics.averageCharWidth())
    return field


class ManagerNameDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your name"))
        explanation = QLabel(
            self.tr(
                "leercoach prints your name on the growth-cycle summaries, above your "
                "signature line. You can change it later under File → Settings."
            )
        )
        explanation.setWordWrap(True)
        self.name = name_field("", self.tr("First and last name"))
        form = QFormLayout()
        form.addRow(self.tr("&Your name"), self.name)
        buttons = lay_out_form(self, explanation, form)
        buttons.button(Button.Cancel).setText(self.tr("S&kip"))
        save = buttons.button(Button.Save)
        save.setEnabled(False)
        self.name.textChanged.connect(lambda text: save.setEnabled(bool(text.strip())))

    def chosen_name(self) -> str:
        return self.name.text().strip()


def ask_manager_name_once(session: Session, parent: QWidget) -> ManagerNameDialog | None:
    """On a file without the manager's name that has not asked before: open the question
    (window-modal, without blocking the start) and keep what it is answered; else None.

    Skipping is remembered too, so the question does not come back at every start."""
    if session.read_settings().manager_name or session.manager_name_asked():
        return None
    dialog = ManagerNameDialog(parent)

    def answered(result: int) -> None:
        name = dialog.chosen_name()
        if result == QDialog.DialogCode.Accepted and name:
            session.save_settings(replace(session.read_settings(), manager_name=name))
        session.remember_manager_name_asked()
        dialog.deleteLater()

    dialog.finished.connect(answered)
    dialog.open()
    return dialog
