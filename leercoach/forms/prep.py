"""Writing a person's preparation form and reading it back in, through the store.

``write_form`` picks the deck in the person's language (the deck's twin where one is
loaded), keeps its snapshot and a form id, and writes the PDF in one go: a file that
could not be written leaves no form behind. ``import_form`` reads a returned file,
checks that it belongs to this database (the person, the deck snapshot), reads the
values against that snapshot and keeps them. Every refusal is a ValidationError with
one sentence (exit 2), and nothing is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from leercoach.domain.employee import Employee
from leercoach.domain.preparation import FormRefusedError, ImportOutcome, Preparation, read_filled
from leercoach.domain.talks import is_talk
from leercoach.language import _
from leercoach.store.errors import NotFoundError, ValidationError
from leercoach.targets import PDF, Target, check_targets

if TYPE_CHECKING:
    from leercoach.decks import DeckLibrary
    from leercoach.domain.deck import Deck
    from leercoach.store import Store


@dataclass(frozen=True)
class WrittenForm:
    path: Path
    pages: int
    form_id: str
    deck: Deck
    employee: Employee


@dataclass(frozen=True)
class ImportedForm:
    outcome: ImportOutcome
    preparation: Preparation
    employee: Employee
    deck_title: str


def form_deck(library: DeckLibrary, talk_slug: str, language: str | None) -> Deck:
    """The deck a form is written from: ``talk_slug``'s twin in ``language`` if loaded."""
    deck = library.get(talk_slug)
    if language and language != deck.language:
        return library.get(library.translated_slug(talk_slug, language))
    return deck


def write_form(
    store: Store,
    library: DeckLibrary,
    employee_id: str,
    talk_slug: str,
    path: Path,
    *,
    language: str | None = None,
) -> WrittenForm:
    from leercoach.forms.layout import FormPage, render_form
    from leercoach.reports.pages import atomic_target

    person = store.employees.get(employee_id)
    try:
        talk_deck = library.get(talk_slug)
    except KeyError as error:
        raise ValidationError([str(error.args[0])]) from None
    if not is_talk(talk_deck.audience):
        raise ValidationError(
            [
                _(
                    "{deck} is the manager's own deck: a preparation form is for a talk with "
                    "the employee",
                    deck=talk_deck.title,
                )
            ]
        )
    deck = form_deck(library, talk_slug, language or store.preparations.last_language(person.id))
    check_targets([Target(path, PDF)], store.path)
    identity = store.preparations.new_form(person.id, talk_slug, deck, deck.language)
    page = FormPage(identity, deck, person.name, store.reporting.manager_name())
    try:
        with atomic_target(path) as temporary:
            pages = render_form(page, temporary)
    except BaseException:
        store.preparations.forget_form(identity.form_id)
        raise
    return WrittenForm(path, pages, identity.form_id, deck, person)


def import_form(store: Store, path: Path) -> ImportedForm:
    """Read the returned form at ``path`` and keep it as the person's preparation."""
    from leercoach.forms.reader import read_returned

    try:
        returned = read_returned(path)
        identity = returned.identity
        try:
            person = store.employees.get(identity.employee_id)
        except NotFoundError:
            raise FormRefusedError(
                _(
                    "{file} is the form of a person who is not in this database (was it "
                    "written from another one?)",
                    file=path,
                )
            ) from None
        deck = store.decks.snapshot(identity.deck_hash)
        if deck is None:
            raise FormRefusedError(
                _(
                    "{file} was written from version {version} of the deck {slug}, which this "
                    "database does not keep: it was not written from this database",
                    file=path,
                    version=identity.deck_version,
                    slug=identity.deck_slug,
                )
            )
        filled = read_filled(identity, deck, returned.fields, str(path))
    except FormRefusedError as problem:
        raise ValidationError([str(problem)]) from None
    outcome, preparation = store.preparations.store_filled(filled)
    return ImportedForm(outcome, preparation, person, deck.title)
