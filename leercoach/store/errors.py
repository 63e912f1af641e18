"""What can go wrong in the store, each with a message a person can act on."""

from __future__ import annotations

from pathlib import Path

from leercoach.language import N_, _

# One sentence per kind of record, so a translation says "no employee" in its own words.
NOT_FOUND = {
    "employee": N_("no employee with id {identifier}"),
    "action": N_("no agreed action with id {identifier}"),
    "conversation": N_("no conversation with id {identifier}"),
    "cycle": N_("no growth cycle with id {identifier}"),
    "goal": N_("no goal with id {identifier}"),
}

AMBIGUOUS = {
    "employee": N_("id: {id} matches more than one employee"),
    "conversation": N_("id: {id} matches more than one conversation"),
}


class StoreError(Exception):
    """Base class: anything the store refuses or cannot do."""


class NotFoundError(StoreError):
    def __init__(self, what: str, identifier: str) -> None:
        sentence = NOT_FOUND.get(what, N_("nothing with id {identifier}"))
        super().__init__(_(sentence, identifier=repr(identifier)))
        self.what = what
        self.identifier = identifier


class ValidationError(StoreError):
    """Input that breaks a rule; ``problems`` lists each field and what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class ReadOnlyError(StoreError):
    """A completed conversation is a record: reopen it before changing it."""


class SchemaTooNewError(StoreError):
    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            _(
                "{path} was written by a newer leercoach (schema version {found}; this "
                "version knows up to {known}). Update leercoach to open it; nothing was "
                "changed.",
                path=path,
                found=found,
                known=known,
            )
        )
        self.found = found
        self.known = known


class DamagedDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            _("{path} is not a usable leercoach database: {detail}", path=path, detail=detail)
        )
        self.path = path
        self.detail = detail


def is_damage(error: Exception) -> bool:
    """SQLite's words for a damaged file, or one that is no database at all."""
    text = str(error)
    return "malformed" in text or "not a database" in text


class NoDatabaseError(StoreError):
    """Reading a database that is not there: a reader never creates one."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(
            _("there is no database at {path} ({detail})", path=path, detail=detail)
            if detail
            else _("there is no database at {path}", path=path)
        )
        self.path = path


class NotWritableError(StoreError):
    """The file, or its folder, is read-only: leercoach cannot save changes there."""

    def __init__(self, path: Path) -> None:
        from leercoach.crash import read_only_sentence

        super().__init__(read_only_sentence(path))
        self.path = path
