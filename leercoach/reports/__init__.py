"""Printed reports (reportlab, A4): the growth-cycle summary and its batch export, and the
record of one talk for the employee (``export_talk_record``).

The GUI and the CLI call ``export_growth_summary`` for one employee and
``export_growth_plans`` for a team or everyone; both read the store themselves.
The names load on first use (PEP 562): reportlab takes a fifth of a second to
import, which the app should not pay at start for a report it may never print.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from leercoach.lazy import load

if TYPE_CHECKING:
    from leercoach.reports.batch import (
        BatchResult,
        ExportFailure,
        Progress,
        export_growth_plans,
        export_growth_summary,
        separate_targets,
    )
    from leercoach.reports.conversation_report import export_talk_record
    from leercoach.reports.growth_summary import (
        RenderedPdf,
        SummaryOptions,
        render_growth_summary,
    )
    from leercoach.reports.talk_record import record_file_name

_HOMES = {
    "BatchResult": "batch",
    "ExportFailure": "batch",
    "Progress": "batch",
    "export_growth_plans": "batch",
    "export_growth_summary": "batch",
    "separate_targets": "batch",
    "RenderedPdf": "growth_summary",
    "SummaryOptions": "growth_summary",
    "render_growth_summary": "growth_summary",
    "export_talk_record": "conversation_report",
    "record_file_name": "talk_record",
}

__all__ = [
    "BatchResult",
    "ExportFailure",
    "Progress",
    "RenderedPdf",
    "SummaryOptions",
    "export_growth_plans",
    "export_growth_summary",
    "export_talk_record",
    "record_file_name",
    "render_growth_summary",
    "separate_targets",
]


def __getattr__(name: str) -> Any:
    return load(__name__, _HOMES, globals(), name)
