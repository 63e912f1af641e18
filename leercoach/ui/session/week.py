"""``session.week``: what belongs in this week, and what each talk is called."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject

from leercoach.domain.week import Week
from leercoach.ui.session.service import Service


class ThisWeek(Service):
    def of(self, today: date | None = None) -> Week:
        """The week of ``today`` (default: today): talks, actions and goals due or late."""
        return self.store.week.week(today or date.today(), self.session.library.follow_ups())

    def read(self, today: date, owner: QObject, done: Callable[[Week], None]) -> None:
        """``of(today)``, read off the UI thread (seconds on 10 000 people): ``done`` gets
        it on the UI thread, unless ``owner`` is gone by then."""
        from leercoach.ui.background_read import read_in_background

        follow_ups = self.session.library.follow_ups()
        read_in_background(
            self.store, lambda store: store.week.week(today, follow_ups), owner, done
        )

    def deck_titles(self, week: Week) -> dict[str, str]:
        """The title of each deck a talk of ``week`` is planned with, by slug: the stored
        decks' first, the loaded decks (parsed only then) for one never held."""
        titles = self.store.week.deck_titles()
        missing = {t.talk.next_deck for t in week.talks if t.talk.next_deck} - titles.keys()
        for slug in sorted(s for s in missing if s):
            try:
                titles[slug] = self.session.library.get(slug).title
            except KeyError:
                titles[slug] = slug
        return titles

    def show_at_start(self) -> bool:
        return self.session.read_settings().week_at_start

    def notify_at_start(self) -> bool:
        return self.session.read_settings().notify_at_start
