""" "Voorbereiding sturen…" and "Voorbereiding inlezen…": the employee's preparation form.

Sending asks for the deck and the form's language (the last form's for this person, else
the app's), then where to save the fillable PDF. Reading in takes a returned PDF, from a
file dialog or dropped on the window (``PrepDrops``), and says in one message what came
of it; a file leercoach cannot take is that message too, and nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from leercoach.domain import Employee
from leercoach.domain.preparation import ImportOutcome
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.forms import lay_out_form
from leercoach.ui.session import Session

translate = QCoreApplication.translate
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def send_text() -> str:
    return translate("PrepForm", "Se&nd a preparation form…")


def import_text() -> str:
    return translate("PrepForm", "Read &in a preparation form…")


class SendDialog(QDialog):
    """The deck and the language of the form; the file is asked for afterwards."""

    def __init__(
        self, session: Session, employee: Employee, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(words.fill(self.tr("Preparation form for %1"), employee.name))
        self.setMinimumWidth(480)
        self.deck = QComboBox()
        for deck in session.preparations.decks():
            self.deck.addItem(deck.title, deck.slug)
        planned = employee.talk_plan.deck
        self.deck.setCurrentIndex(max(0, self.deck.findData(planned)))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        chosen = session.preparations.language_for(employee.id, language)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        hint = QLabel(
            words.fill(
                self.tr(
                    "%1 fills in the questions of this deck with any PDF reader and sends the "
                    "file back. When you read it in, their answers show beside the cards of "
                    "your next conversation with this deck; their topics join the talking "
                    "points. The form holds no coaching tips."
                ),
                employee.name,
            )
        )
        hint.setWordWrap(True)
        keep_styled(hint, lambda c: f"color: {c.muted.name()};")
        form = QFormLayout()
        form.addRow(self.tr("&Deck"), self.deck)
        form.addRow(self.tr("&Language of the form"), self.language)
        lay_out_form(self, form, hint, ok_text=self.tr("&Save form…"))
        self.deck.setFocus()

    def chosen(self) -> tuple[str, str]:
        return str(self.deck.currentData()), str(self.language.currentData())


def send_form(
    session: Session, parent: QWidget | None, employee: Employee, language: str
) -> Path | None:
    """Ask the deck, the language and where; write the form and say where it went."""
    from leercoach.ui.export_targets import ask_pdf_target
    from leercoach.ui.saved_message import tell_saved

    dialog = SendDialog(session, employee, language, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    slug, form_language = dialog.chosen()
    deck = session.preparations.form_deck(slug, form_language)
    title = translate("PrepForm", "Save preparation form")
    suggested = Path.home() / session.preparations.file_name(employee.name, deck, form_language)
    target = ask_pdf_target(session, parent, title, suggested)
    if target is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        session.preparations.write_form(employee.id, slug, target, form_language)
    finally:
        QGuiApplication.restoreOverrideCursor()
    tell_saved(parent, title, target)
    return target


def ask_and_import(session: Session, parent: QWidget | None) -> str | None:
    """A file dialog, then ``import_file``."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("PrepForm", "Read in a preparation form"),
        str(Path.home()),
        translate("PrepForm", "PDF files (*.pdf)"),
    )
    return import_file(session, parent, Path(path)) if path else None


def import_file(session: Session, parent: QWidget | None, path: Path) -> str | None:
    """Read the form in and tell what came of it; the message shown, None when refused."""
    from PySide6.QtWidgets import QMessageBox

    from leercoach.store import ValidationError
    from leercoach.ui.error_messages import show_expected

    try:
        imported = session.preparations.import_form(path)
    except ValidationError as error:
        show_expected(error, parent)
        return None
    name, deck = imported.employee.name, imported.deck_title
    if imported.outcome is ImportOutcome.SAME:
        text = translate("PrepForm", "This form was read in before; nothing changed.")
    elif imported.outcome is ImportOutcome.REPLACED:
        text = words.fill(
            translate("PrepForm", "Read in again with other answers: %1's preparation for %2 "
                      "was replaced."),
            name,
            deck,
        )  # fmt: skip
    else:
        text = words.fill(
            translate(
                "PrepForm",
                "%1's preparation for %2 is read in: it shows beside the cards of your next "
                "conversation with this deck.",
            ),
            name,
            deck,
        )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("PrepForm", "Preparation form"))
    box.setText(text)
    box.exec()
    return text


def prep_button(session: Session, view: QWidget, language: str) -> QToolButton:
    """The person view's "Voorbereiding" button: send a form, read one in."""
    button = QToolButton()
    button.setText(translate("PrepForm", "Preparat&ion"))
    button.setToolTip(translate("PrepForm", "A form the employee prepares the talk with"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)

    def send() -> None:
        employee = getattr(view, "employee", None)
        if employee is not None:
            send_form(session, view, employee, language)

    menu.addAction(send_text(), send)
    menu.addAction(import_text(), lambda: ask_and_import(session, view))
    button.setMenu(menu)
    return button


def pending_label() -> QLabel:
    label = QLabel()
    label.setObjectName("pendingPreparations")
    label.setWordWrap(True)
    keep_styled(label, lambda c: f"color: {c.success.name()};")
    return label


def show_pending(label: QLabel, session: Session, employee: Employee) -> None:
    """The person view's line about forms read in that wait for their talk."""
    waiting = [
        p for p in session.preparations.for_employee(employee.id) if p.conversation_id is None
    ]
    if not waiting:
        label.hide()
        return
    titles = []
    for preparation in waiting:
        try:
            titles.append(session.library.get(preparation.talk_slug).title)
        except KeyError:
            titles.append(preparation.talk_slug)
    label.setText(
        words.fill(
            translate(
                "PrepForm",
                "Preparation received for %1: it shows in the next conversation with that deck",
            ),
            ", ".join(dict.fromkeys(titles)),
        )
    )
    label.show()


class PrepDrops(QObject):
    """A PDF dropped on the window is read in as a preparation form."""

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent) and _dropped_pdf(event) is not None:
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            dropped = _dropped_pdf(event)
            if dropped is not None:
                event.acceptProposedAction()
                import_file(self.session, watched if isinstance(watched, QWidget) else None,
                            dropped)  # fmt: skip
                return True
        return False


def _dropped_pdf(event: QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return files[0] if len(files) == 1 and files[0].suffix.lower() == ".pdf" else None
