"""The floor of a growth-summary PDF: bare reportlab laying out the same flowables.

``outline`` walks the story leercoach built and keeps only what reportlab needs to
lay the same text out again: every Paragraph's markup and font metrics, every Table's
cells and column widths, spacers, rules and page-break conditions. ``build`` then makes
fresh flowables from that outline (parsing the same markup, with the same DejaVu TTF
fonts) and writes a plain SimpleDocTemplate: no store, no domain, no section canvas.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from leercoach.reports import style
from leercoach.reports.blocks import ScaleAnswer

Outline = tuple[Any, ...]


def outline(item: Any) -> Outline | str | None:
    """A plain description of a flowable (or a table cell), or None for what takes no room."""
    if isinstance(item, str):
        return item
    if isinstance(item, list | tuple):
        return ("list", [outline(part) for part in item])
    if isinstance(item, Paragraph):
        font = item.style
        return ("p", item.text, font.fontName, font.fontSize, font.leading, item.bulletText)
    if isinstance(item, ScaleAnswer):
        return outline(item.label)
    if isinstance(item, Table):
        rows = [[outline(cell) for cell in row] for row in item._cellvalues]
        return ("table", rows, list(item._argW))
    if isinstance(item, KeepTogether):
        return ("keep", [outline(part) for part in item._content])
    if isinstance(item, CondPageBreak):
        return ("cond", item.height)
    if isinstance(item, PageBreak):
        return ("break",)
    if isinstance(item, HRFlowable):
        return ("rule", item.width, item.lineWidth)
    if isinstance(item, Spacer):
        return ("space", item.width, item.height)
    return None  # section markers and checkpoints: no room on the page


_styles: dict[tuple[str, float, float], ParagraphStyle] = {}


def _style(font: str, size: float, leading: float) -> ParagraphStyle:
    key = (font, size, leading)
    if key not in _styles:
        _styles[key] = ParagraphStyle(
            f"bare-{len(_styles)}", fontName=font, fontSize=size, leading=leading
        )
    return _styles[key]


def flowable(node: Outline | str | None) -> Any:
    if node is None or isinstance(node, str):
        return node or ""
    kind = node[0]
    if kind == "list":
        return [flowable(part) for part in node[1] if part is not None]
    if kind == "p":
        _, text, font, size, leading, bullet = node
        return Paragraph(text, _style(font, size, leading), bulletText=bullet)
    if kind == "table":
        rows = [[flowable(cell) for cell in row] for row in node[1]]
        return Table(rows, colWidths=node[2])
    if kind == "keep":
        return KeepTogether([flowable(part) for part in node[1] if part is not None])
    if kind == "cond":
        return CondPageBreak(node[1])
    if kind == "break":
        return PageBreak()
    if kind == "rule":
        return HRFlowable(width=node[1], thickness=node[2])
    return Spacer(node[1], node[2])


def build(outlines: list[Outline | str | None], path: Path) -> None:
    story: list[Flowable] = [flowable(node) for node in outlines if node is not None]
    document = SimpleDocTemplate(
        str(path),
        pagesize=style.PAGE,
        leftMargin=style.MARGIN_X,
        rightMargin=style.MARGIN_X,
        topMargin=style.MARGIN_TOP,
        bottomMargin=style.MARGIN_BOTTOM,
    )
    document.build(story)
