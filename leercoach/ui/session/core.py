"""The session: one open database and the deck library, for one window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from leercoach.decks import DeckLibrary
from leercoach.domain.settings import Settings
from leercoach.store import SearchHit, Store
from leercoach.ui.session.agreed import AgreedActions
from leercoach.ui.session.calendar import CalendarExport
from leercoach.ui.session.changes import Changes
from leercoach.ui.session.growth import Growth
from leercoach.ui.session.kpi import Kpi
from leercoach.ui.session.overview import TeamOverview
from leercoach.ui.session.people import People
from leercoach.ui.session.points import TalkingPoints
from leercoach.ui.session.preparations import Preparations
from leercoach.ui.session.printed import Reports
from leercoach.ui.session.safety import Safety
from leercoach.ui.session.talks import Talks
from leercoach.ui.session.trends import Trends
from leercoach.ui.session.week import ThisWeek

MANAGER_NAME_ASKED = "manager_name_asked"
"""A row of the setting table beside the manager's settings; not one of them."""


class Session(QObject):
    changed = Signal(object)
    """A ``Changes``: what a write touched, for every screen that shows some of it."""
    saved = Signal(datetime)
    """Something was written: an answer typed, or any change (the autosave indicator,
    the backups)."""

    def __init__(
        self,
        store: Store,
        library: DeckLibrary | Callable[[], DeckLibrary],
        parent: QObject | None = None,
    ) -> None:
        """``library`` may be a function that loads it: the app then parses the deck
        files when a deck is first needed, not before its window shows."""
        super().__init__(parent)
        self.store = store
        self._library = library
        self.people = People(self)
        self.talks = Talks(self)
        self.actions = AgreedActions(self)
        self.growth = Growth(self)
        self.reports = Reports(self)
        self.safety = Safety(self)
        self.week = ThisWeek(self)
        self.kpi = Kpi(self)
        self.trends = Trends(self)
        self.overview = TeamOverview(self)
        self.calendar = CalendarExport(self)
        self.preparations = Preparations(self)
        self.points = TalkingPoints(self)

    @property
    def library(self) -> DeckLibrary:
        if not isinstance(self._library, DeckLibrary):
            self._library = self._library()
        return self._library

    @property
    def path(self) -> Path:
        """The database file."""
        return self.store.path

    def mark_saved(self) -> None:
        self.saved.emit(datetime.now())

    def announce(self, changes: Changes) -> None:
        """Tell the screens what changed; on the UI thread, after the change is written."""
        if changes:
            self.mark_saved()
            self.changed.emit(changes)

    def search(self, text: str, limit: int, *, include_private: bool) -> list[SearchHit]:
        """Every answer, summary, action (and private note when asked) with the words."""
        return self.store.search.search(text, limit, include_private=include_private)

    def read_settings(self) -> Settings:
        return self.store.settings.read()

    def save_settings(self, settings: Settings) -> Settings:
        saved = self.store.settings.write(settings)
        self.announce(Changes(settings=True))
        return saved

    def manager_name_asked(self) -> bool:
        """Whether the first start asked for the manager's name in this file (answered or
        skipped): skipping once is an answer, not a question for every start."""
        return self.store.setting(MANAGER_NAME_ASKED) == "1"

    def remember_manager_name_asked(self) -> None:
        self.store.set_setting(MANAGER_NAME_ASKED, "1")

    def save_language(self, language: str) -> None:
        """The language for the next start of the app and of the command line: it lives in
        the data folder's settings.json, not in a database (``leercoach.language``)."""
        from leercoach.language import save_language

        save_language(language)
