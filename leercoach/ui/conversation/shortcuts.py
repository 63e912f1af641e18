"""The conversation page's keyboard shortcuts, as the Help menu lists them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SHORTCUTS = (
    ("Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Next card")),
    ("Ctrl+Shift+Return", QT_TRANSLATE_NOOP("Shortcuts", "Previous card")),
    ("Ctrl+J", QT_TRANSLATE_NOOP("Shortcuts", "Jump to a card (the list of steps)")),
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("Shortcuts", "Agree on a new action")),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Write in the shared summary")),
    ("Ctrl+Shift+P", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide the private note")),
    ("1 – 5", QT_TRANSLATE_NOOP("Shortcuts", "Choose a scale step or an option")),
)
