"""What the session's named services share: the session's store, and announcing changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leercoach.ui.session.changes import Changes

if TYPE_CHECKING:
    from leercoach.store import Store
    from leercoach.ui.session.core import Session


class Service:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def store(self) -> Store:
        return self.session.store

    def changed(self, changes: Changes) -> None:
        self.session.announce(changes)
