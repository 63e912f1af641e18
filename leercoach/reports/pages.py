"""Page furniture and the document: running header, 'pagina 2 van 5', bookmarks, metadata.

A document holds one or more *sections* (one per employee). Page numbers and the running
header restart in every section, so each employee's part of a combined PDF reads as its
own signed document. Totals are only known when the last page is laid out, so pages are
kept until ``save`` and furnished then; bookmarks are added in that same pass, because
reportlab ties a bookmark to the page being written at the moment it is made.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from leercoach import __version__
from leercoach.reports import style
from leercoach.reports.fonts import REGULAR, register_fonts


@dataclass(frozen=True)
class Section:
    key: str
    outline: str
    header_left: str
    header_right: str
    footer_left: str
    page_of: str
    """A format string with {page} and {pages}."""


@dataclass(frozen=True)
class PdfMeta:
    title: str
    author: str
    subject: str
    language: str
    keywords: str = ""


_MM = 72 / 25.4


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not a fault
    """The caller's progress callback asked to stop."""


class SectionStart(Flowable):  # type: ignore[misc]
    """Marks where a section begins; takes no space."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv.begin_section(self.section)


class Checkpoint(Flowable):  # type: ignore[misc]
    """Calls back when layout reaches it; a False answer stops the whole document."""

    def __init__(self, reached: Callable[[], bool]) -> None:
        super().__init__()
        self.reached = reached

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        if self.reached() is False:
            raise Cancelled


class SectionCanvas(Canvas):  # type: ignore[misc]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._kept: list[dict[str, Any]] = []
        self.section: Section | None = None
        self._started: list[Section] = []
        self.pages = 0

    def begin_section(self, section: Section) -> None:
        self.section = section
        self._started = [*self._started, section]

    def showPage(self) -> None:
        self._kept.append(dict(self.__dict__))
        self._started = []
        self._startPage()

    def save(self) -> None:
        totals = Counter(_key(state["section"]) for state in self._kept)
        seen: Counter[str] = Counter()
        for state in self._kept:
            self.__dict__.update(state)
            for started in self._started:
                self.bookmarkPage(started.key)
                self.addOutlineEntry(started.outline, started.key, level=0)
            key = _key(self.section)
            seen[key] += 1
            if self.section is not None:
                self._furnish(self.section, seen[key], totals[key])
            Canvas.showPage(self)
        self.pages = len(self._kept)
        Canvas.save(self)

    def _furnish(self, section: Section, page: int, pages: int) -> None:
        width, height = self._pagesize
        left, right = style.MARGIN_X, width - style.MARGIN_X
        self.saveState()
        self.setFont(REGULAR, 7.5)
        self.setFillColor(style.MUTED)
        if page > 1:
            top = height - 13 * _MM
            room = right - left - self.stringWidth(section.header_right) - 24
            self.drawString(left, top, self._fit(section.header_left, room))
            self.drawRightString(right, top, section.header_right)
            self.setStrokeColor(style.RULE)
            self.setLineWidth(0.5)
            self.line(left, top - 4, right, top - 4)
        bottom = 11 * _MM
        self.drawString(left, bottom, section.footer_left)
        self.drawRightString(right, bottom, section.page_of.format(page=page, pages=pages))
        self.restoreState()

    def _fit(self, text: str, width: float) -> str:
        """Shorten with an ellipsis rather than let a long name run into the period."""
        if self.stringWidth(text) <= width:
            return text
        while text and self.stringWidth(text + "…") > width:
            text = text[:-1]
        return text.rstrip() + "…"


def _key(section: Section | None) -> str:
    return section.key if section else ""


def body_frame() -> Frame:
    """The one column every page of leercoach's PDFs writes in, within the margins."""
    return Frame(
        style.MARGIN_X,
        style.MARGIN_BOTTOM,
        style.FRAME_WIDTH,
        style.PAGE[1] - style.MARGIN_TOP - style.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )


def build_pdf(target: Path | BinaryIO, sections: Sequence[list[Flowable]], meta: PdfMeta) -> int:
    """Lay out the sections (each a story that starts with a ``SectionStart``); pages written.

    Every section gets a bookmark; with more than one the reader opens with them in view.
    """
    register_fonts()
    document = BaseDocTemplate(
        target if not isinstance(target, Path) else str(target),
        pagesize=style.PAGE,
        leftMargin=style.MARGIN_X,
        rightMargin=style.MARGIN_X,
        topMargin=style.MARGIN_TOP,
        bottomMargin=style.MARGIN_BOTTOM,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=meta.keywords,
        creator=f"leercoach {__version__}",
        lang=meta.language,
        initialFontName=REGULAR,
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[body_frame()])])
    story: list[Flowable] = []
    for number, section in enumerate(sections):
        if number:
            story.append(PageBreak())
        story.extend(section)
    made: list[SectionCanvas] = []

    def canvas(*args: Any, **kwargs: Any) -> SectionCanvas:
        made.append(SectionCanvas(*args, **kwargs))
        if len(sections) > 1:
            made[-1].showOutline()
        return made[-1]

    document.build(story, canvasmaker=canvas)
    return made[-1].pages if made else 0


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path`` that replaces it only when the block succeeds.

    A cancelled or failed export never leaves a half-written PDF under the real name.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".~", suffix=".pdf.part", dir=path.parent)
    os.close(handle)
    temp = Path(temporary)
    try:
        yield temp
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
