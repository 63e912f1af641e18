"""The development KPIs as a block of a printed report: a titled table of the figures.

``kpi_flowables(figures, language)`` gives the flowables a report (the team report) adds
to its story; the labels are the app's words for each figure (``domain.kpi``), in the
report's language, and dates as the report writes them.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from leercoach.domain.kpi import (
    ROWS,
    KpiFigures,
    figure_label,
    figure_text,
    kpi_title,
    nothing_note,
)
from leercoach.reports import style
from leercoach.reports.fonts import register_fonts
from leercoach.reports.text import markup
from leercoach.reports.words import DEFAULT_REGION, Words
from leercoach.vocabulary import capitalised

LABEL_SHARE = 0.8
VALUE = ParagraphStyle("kpi-value", parent=style.CELL_BOLD, alignment=TA_RIGHT)


def kpi_flowables(
    figures: KpiFigures, language: str, region: str = DEFAULT_REGION
) -> list[Flowable]:
    """A heading with the year and its reference date, then one row per figure."""
    register_fonts()  # a paragraph looks its font up when made, before any page is built
    words = Words(language, region)
    period = f"{words.day(figures.period_start)} – {words.day(figures.period_end)}"
    taken = f"{capitalised(figure_label('reference_date', language))}: "
    taken += words.day(figures.reference_date)
    rows = []
    for key in ROWS:
        value = figure_text(figures, key, language)
        rows.append(
            [
                Paragraph(markup(capitalised(figure_label(key, language))), style.CELL),
                Paragraph(markup(value), VALUE),
            ]
        )
    width = style.FRAME_WIDTH
    table = Table(rows, colWidths=[LABEL_SHARE * width, (1 - LABEL_SHARE) * width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, style.RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [
        KeepTogether(
            [
                Paragraph(markup(kpi_title(figures.year, language)), style.HEADING),
                Paragraph(markup(f"{period} · {taken}"), style.SMALL_MUTED),
                Spacer(1, 4),
                table,
                Spacer(1, 3),
                Paragraph(markup(nothing_note(language)), style.SMALL_MUTED),
            ]
        )
    ]
