"""The ``setting`` table: the manager's settings, typed, and the store's own markers.

``read`` and ``write`` are the one way to the manager's settings
(``leercoach.domain.settings.Settings``); ``value`` and ``set_value`` are the raw rows,
for markers the store and the trust package keep (an erasure still pending, a demo run).
"""

from __future__ import annotations

from leercoach.domain.settings import KEYS, Settings
from leercoach.store.base import Repository
from leercoach.store.errors import ValidationError


class SettingsRepository(Repository):
    def read(self) -> Settings:
        marks = ", ".join("?" for _ in KEYS)
        found = self.db.execute(
            f"SELECT key, value FROM setting WHERE key IN ({marks})", list(KEYS)
        ).fetchall()
        return Settings.from_texts({str(key): str(value) for key, value in found})

    def write(self, settings: Settings) -> Settings:
        """Store every field in one transaction; an invalid one is refused (ValidationError)."""
        problems = settings.problems()
        if problems:
            raise ValidationError(problems)
        with self.transaction():
            for key, value in settings.texts().items():
                self.set_value(key, value)
        return self.read()

    def value(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    def set_value(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
