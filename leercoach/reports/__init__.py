"""Printed reports (reportlab, A4): the growth-cycle summary and its batch export.

The GUI and the CLI call ``export_growth_summary`` for one employee and
``export_growth_plans`` for a team or everyone; both read the store themselves.
"""

from leercoach.reports.batch import (
    BatchResult,
    ExportFailure,
    Progress,
    export_growth_plans,
    export_growth_summary,
)
from leercoach.reports.growth_summary import RenderedPdf, SummaryOptions, render_growth_summary

__all__ = [
    "BatchResult",
    "ExportFailure",
    "Progress",
    "RenderedPdf",
    "SummaryOptions",
    "export_growth_plans",
    "export_growth_summary",
    "render_growth_summary",
]
