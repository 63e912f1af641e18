"""What the session's named services share: the session's store, and announcing changes."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from leercoach.ui.session.changes import Changes

if TYPE_CHECKING:
    from leercoach.store import Store
    from leercoach.ui.session.core import Session


class Service:
    def __init__(self, session: Session) -> None:
        # Held weakly: the session holds its services, and a cycle through a QObject is
        # freed by the collector in whatever order (see ui/collector.py).
        self._session = weakref.ref(session)

    @property
    def session(self) -> Session:
        session = self._session()
        if session is None:
            raise RuntimeError("the session of this service is gone")
        return session

    @property
    def store(self) -> Store:
        return self.session.store

    def changed(self, changes: Changes) -> None:
        self.session.announce(changes)
