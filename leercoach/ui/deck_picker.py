"""Choose the deck for a new conversation; the fitting one is suggested and selected."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from leercoach.decks import DeckFailure, DeckLibrary
from leercoach.domain import Deck, Employee
from leercoach.domain.suggest import Suggestion, SuggestionReason, suggest_deck
from leercoach.ui import words
from leercoach.ui.colours import keep_styled
from leercoach.ui.models import DeckTreeModel

MAX_LIST_WIDTH = 640
"""Beyond this a deck with a very long title scrolls: the details beside keep their room."""


class DeckPickerDialog(QDialog):
    """With a person, the decks held with or about someone (``Deck.about_no_one`` left
    out) and the fitting one suggested; without (``employee`` None), the manager's own
    decks about no one, for a new reflection."""

    def __init__(
        self,
        library: DeckLibrary,
        employee: Employee | None,
        language: str,
        parent: QWidget | None = None,
        today: date | None = None,
        suggestion: Suggestion | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.language = language
        self.about_someone = employee is not None
        self.setWindowTitle(
            self.tr("New conversation with %1").replace("%1", employee.name)
            if employee is not None
            else self.tr("New reflection")
        )
        self.resize(900, 560)
        self.model = DeckTreeModel(self)
        self.tree = QTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Conversation decks"))
        self.tree.setModel(self.model)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.all_languages = QCheckBox(self.tr("Also show decks in other languages"))
        self.all_languages.toggled.connect(self._fill)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        keep_styled(
            self.suggestion,
            lambda c: (
                f"background: {c.done_fill.name()}; border-radius: 4px; padding: 8px;"
                f" color: {c.success.name()};"
            ),
        )
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setMinimumWidth(320)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree)
        left_layout.addWidget(self.all_languages)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.suggestion)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        if employee is None:
            self.suggested_slug = ""
            self.suggestion.hide()
            self._fill()
            return
        # Without the growth cycle and today's talks (``session.growth.suggestion``), the
        # person alone decides.
        suggestion = suggestion or suggest_deck(
            employee, today or date.today(), decks=library.decks.values(), language=language
        )
        self.suggested_slug = library.translated_slug(suggestion.slug, language)
        deck = self.library.decks.get(self.suggested_slug)
        if suggestion.held_today:
            self.suggested_slug = ""  # not twice on one day: the first deck is selected
        self._fill()
        self._show_suggestion(employee, suggestion, deck)

    def _offered(self, deck: Deck) -> bool:
        return deck.about_no_one is not self.about_someone

    def _fill(self) -> None:
        shown = None if self.all_languages.isChecked() else self.language
        decks = [deck for deck in self.library.sorted(shown) if self._offered(deck)]
        if not decks:
            decks = [deck for deck in self.library.sorted() if self._offered(deck)]
        self.model.set_decks(decks, self.library.failures)
        self.tree.expandAll()
        self._show_rows_whole()
        index = self.model.index_of(self.suggested_slug)
        if (
            not index.isValid()
            and self.model.rowCount()
            and self.model.rowCount(self.model.index(0, 0))
        ):
            index = self.model.index(0, 0, self.model.index(0, 0))
        self.tree.setCurrentIndex(index)
        self._current_changed(index)

    def _show_rows_whole(self) -> None:
        """No row cut short ("60 …" hides how long a talk takes): the list is as wide as
        its widest row, up to a limit; past that it scrolls sideways rather than cut."""
        widest = self.tree.sizeHintForColumn(0)
        self.tree.header().setMinimumSectionSize(widest)
        beside = 2 * self.tree.frameWidth() + self.tree.verticalScrollBar().sizeHint().width()
        self.tree.setMinimumWidth(min(widest + beside, MAX_LIST_WIDTH))

    def _show_suggestion(
        self, employee: Employee, suggestion: Suggestion, deck: Deck | None
    ) -> None:
        if deck is None:
            self.suggestion.hide()
            return
        if suggestion.held_today:
            already = self.tr("Nothing suggested: %1 already had “%2” today.")
            self.suggestion.setText(words.fill(already, employee.name, deck.title))
            return
        because = {
            SuggestionReason.LEAVING: self.tr("%1 has an end date."),
            SuggestionReason.NEW: self.tr("%1 started less than three months ago."),
            SuggestionReason.PLANNING_MISSING: self.tr(
                "The growth cycle of %1 has no planning conversation yet."
            ),
            SuggestionReason.EVALUATION_DUE: self.tr(
                "The growth cycle of %1 ends soon and has no evaluation conversation yet."
            ),
            SuggestionReason.REGULAR: self.tr("A regular conversation with %1."),
        }[suggestion.reason].replace("%1", employee.name)
        self.suggestion.setText(
            self.tr("Suggested: %1. %2").replace("%1", deck.title).replace("%2", because)
        )

    def _current_changed(self, index: QModelIndex) -> None:
        item = self.model.item(index)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(isinstance(item, Deck))
        if isinstance(item, Deck):
            kind, cards, duration = self.tr("Kind"), self.tr("Cards"), self.tr("Duration")
            minutes = self.tr("about %n minutes", "", item.duration_minutes)
            self.details.setText(
                f"<h2>{_escape(item.title)}</h2>"
                f"<p>{_escape(item.description)}</p>"
                f"<p><b>{kind}:</b> {_escape(words.deck_kind(item.kind))}<br>"
                f"<b>{cards}:</b> {len(item.cards)}<br>"
                f"<b>{duration}:</b> {minutes}</p>"
            )  # the deck's source is for whoever keeps the decks: in the row's tooltip
        elif isinstance(item, DeckFailure):
            problems = "".join(f"<li>{_escape(p)}</li>" for p in item.problems)
            broken = self.tr("This deck could not be loaded:")
            self.details.setText(
                f"<h3>{_escape(item.path.name)}</h3>"
                f"<p>{broken}</p><ul>{problems}</ul>"
                f"<p>{_escape(str(item.path))}</p>"
            )
        else:
            self.details.setText("")

    def _activated(self, index: QModelIndex) -> None:
        if isinstance(self.model.item(index), Deck):
            self.accept()

    def chosen_deck(self) -> Deck | None:
        item = self.model.item(self.tree.currentIndex())
        return item if isinstance(item, Deck) else None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
