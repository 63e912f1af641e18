"""Window state (size, splitters, last person) in an ini file beside the database."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from leercoach.paths import user_data_dir


def window_settings() -> QSettings:
    return QSettings(str(user_data_dir() / "window.ini"), QSettings.Format.IniFormat)
