"""The UI's one door to the data: every read and write a screen makes goes through here.

``Session`` holds the open store and the deck library, and named services for each
part of the data: ``session.people``, ``session.talks`` (conversations),
``session.actions``, ``session.growth``, ``session.reports`` (PDFs) and
``session.safety`` (backups, GDPR). A widget never touches the store itself. Every
write ends in one ``changed`` signal carrying what it changed (``Changes``), so each
screen refreshes one way; long work runs off the UI thread as a ``StoreOp``
(``ui.operations.run_op``).
"""

from leercoach.ui.session.changes import Changes, StoreOp
from leercoach.ui.session.core import Session

__all__ = ["Changes", "Session", "StoreOp"]
