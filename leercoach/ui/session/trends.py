"""Trends: a person's scale answers over time, for the person view's "Trends" tab."""

from __future__ import annotations

from leercoach.domain.trends import Series
from leercoach.ui.session.service import Service


class Trends(Service):
    def series(self, employee_id: str) -> list[Series]:
        """Every series of the person (``domain.trends``), by deck, card and first date."""
        return self.store.trends.series(employee_id, self.session.library)
