"""User text made safe for reportlab's paragraph markup, and small inline helpers."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n\s*\n")


def clean(text: str) -> str:
    """Drop control characters a PDF cannot show; tabs become spaces, line ends become \\n."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def markup(text: str) -> str:
    """Escape &, < and > (user text is never markup) and keep single line breaks."""
    return escape(clean(text)).replace("\n", "<br/>")


def paragraphs(text: str, style: object) -> list[Paragraph]:
    """One Paragraph per block of text, so a very long answer can flow across pages."""
    blocks = [b.strip() for b in _BLANK_LINES.split(clean(text).strip())]
    return [Paragraph(markup(block), style) for block in blocks if block]


def tag(word: str, ink: colors.Color, tint: colors.Color, *, bold: bool = True) -> str:
    """A status word in colour on a light tint, as inline paragraph markup."""
    face = ' face="DejaVuSans-Bold"' if bold else ""
    return (
        f'<font color="{hex_colour(ink)}" backColor="{hex_colour(tint)}"{face}>'
        f"\u00a0{escape(word)}\u00a0</font>"
    )


def hex_colour(colour: colors.Color) -> str:
    return "#" + str(colour.hexval())[2:]
