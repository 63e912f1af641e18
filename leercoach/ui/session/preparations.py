"""``session.preparations``: the employee's preparation form, sent and read back in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from leercoach.domain import Deck
from leercoach.domain.preparation import Preparation
from leercoach.domain.talks import is_talk
from leercoach.ui.session.changes import Changes
from leercoach.ui.session.service import Service

if TYPE_CHECKING:
    from leercoach.forms.prep import ImportedForm, WrittenForm


class Preparations(Service):
    def decks(self) -> list[Deck]:
        """The decks a form can be written for: talks with the employee, each once (a
        deck's translation is its language's form of it, not a deck of its own)."""
        library = self.session.library
        talks = [deck for deck in library.sorted() if is_talk(deck.audience)]
        return [deck for deck in talks if library.source_slug(deck.slug) == deck.slug]

    def form_deck(self, talk_slug: str, language: str) -> Deck:
        """The deck a form for ``talk_slug`` is written from in ``language``."""
        from leercoach.forms.prep import form_deck

        return form_deck(self.session.library, talk_slug, language)

    def language_for(self, employee_id: str, fallback: str) -> str:
        """The language of the last form written for them, else ``fallback``."""
        return self.store.preparations.last_language(employee_id) or fallback

    def file_name(self, person_name: str, deck: Deck, language: str) -> str:
        from leercoach.forms.words import form_words
        from leercoach.reports.filenames import safe_filename

        word = form_words(language)["file"]
        return safe_filename(f"{word} {deck.slug} {person_name}")

    def write_form(
        self, employee_id: str, talk_slug: str, path: Path, language: str
    ) -> WrittenForm:
        """Write the PDF (reportlab loads now, not at start)."""
        from leercoach.forms.prep import write_form

        return write_form(
            self.store, self.session.library, employee_id, talk_slug, path, language=language
        )

    def import_form(self, path: Path) -> ImportedForm:
        """Read a returned form in: ValidationError with one sentence when it cannot be."""
        from leercoach.forms.prep import import_form

        imported = import_form(self.store, path)
        self.changed(Changes.of(imported.employee.id, conversations=True))
        return imported

    def for_conversation(self, conversation_id: str) -> Preparation | None:
        return self.store.preparations.for_conversation(conversation_id)

    def for_employee(self, employee_id: str) -> list[Preparation]:
        return self.store.preparations.for_employee(employee_id)
