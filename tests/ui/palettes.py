"""A dark system palette, as Windows, macOS or GNOME hand Qt in dark mode: the offscreen
platform ignores ``setColorScheme``, so the tests and screenshots set one by hand."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole

DARK = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#1e1e1e",
    Role.AlternateBase: "#262626",
    Role.Text: "#e6e6e6",
    Role.Button: "#353535",
    Role.ButtonText: "#e6e6e6",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3d7ab8",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#3a3a3a",
    Role.ToolTipText: "#e6e6e6",
    Role.PlaceholderText: "#9a9a9a",
    Role.Link: "#7fb2ea",
    Role.Light: "#4a4a4a",
    Role.Midlight: "#3f3f3f",
    Role.Mid: "#2f2f2f",
    Role.Dark: "#191919",
    Role.Shadow: "#000000",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.WindowText, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.ButtonText, QColor("#7a7a7a"))
    return palette
