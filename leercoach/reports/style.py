"""The look of printed reports: a calm petrol accent, light rules, generous whitespace."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from leercoach.domain import ActionStatus, GoalStatus
from leercoach.reports.fonts import BOLD, ITALIC, REGULAR

PAGE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1E2A33")
MUTED = colors.HexColor("#5B6B78")
ACCENT = colors.HexColor("#1F5A7A")
ACCENT_TINT = colors.HexColor("#EAF2F6")
RULE = colors.HexColor("#D3DAE0")
SOFT = colors.HexColor("#F4F6F8")
LATE = colors.HexColor("#B3261E")
LATE_TINT = colors.HexColor("#FCEBEA")
GOOD = colors.HexColor("#2E7D32")
WARN = colors.HexColor("#9A5B00")
PAGE_WHITE = colors.white


@dataclass(frozen=True)
class Tone:
    """A status shown in words and in colour: text colour on a light tint."""

    ink: colors.Color
    tint: colors.Color


ACTION_TONES = {
    ActionStatus.OPEN: Tone(WARN, colors.HexColor("#FFF3DF")),
    ActionStatus.BEZIG: Tone(colors.HexColor("#1F5FA8"), colors.HexColor("#E7F0FA")),
    ActionStatus.KLAAR: Tone(GOOD, colors.HexColor("#E6F4E7")),
    ActionStatus.GESCHRAPT: Tone(colors.HexColor("#66707A"), colors.HexColor("#EEF0F2")),
}
GOAL_TONES = {
    GoalStatus.OPEN: ACTION_TONES[ActionStatus.OPEN],
    GoalStatus.BEZIG: ACTION_TONES[ActionStatus.BEZIG],
    GoalStatus.BEHAALD: ACTION_TONES[ActionStatus.KLAAR],
    GoalStatus.LOSGELATEN: ACTION_TONES[ActionStatus.GESCHRAPT],
}
LATE_TONE = Tone(LATE, LATE_TINT)
DONE_TONE = ACTION_TONES[ActionStatus.KLAAR]
TODO_TONE = ACTION_TONES[ActionStatus.OPEN]


def _style(name: str, **settings: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": REGULAR,
        "fontSize": 9.5,
        "leading": 13.5,
        "textColor": INK,
    }
    return ParagraphStyle(name, **{**base, **settings})


BODY = _style("body")
SMALL = _style("small", fontSize=8, leading=10.5)
SMALL_MUTED = _style("small-muted", fontSize=8, leading=10.5, textColor=MUTED)
NOTE = _style("note", fontName=ITALIC, textColor=MUTED, fontSize=9, leading=12.5)
KICKER = _style("kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT)
TITLE = _style("title", fontName=BOLD, fontSize=21, leading=26, spaceBefore=2, spaceAfter=2)
SUBTITLE = _style("subtitle", fontSize=10.5, leading=14, textColor=MUTED)
PHASE_HEADING = _style(
    "phase-heading", fontName=BOLD, fontSize=14.5, leading=18, textColor=ACCENT, spaceBefore=18
)
HEADING = _style("heading", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=16)
SUBHEADING = _style(
    "subheading",
    fontName=BOLD,
    fontSize=8.5,
    leading=11,
    textColor=MUTED,
    spaceBefore=12,
    spaceAfter=4,
    keepWithNext=1,
)
TALK_TITLE = _style(
    "talk-title", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=12, spaceAfter=2
)
QUESTION = _style("question", fontName=BOLD, fontSize=8.5, leading=11.5, textColor=MUTED)
ANSWER = _style("answer", spaceAfter=6)
# A card skipped on purpose: said in words, in the muted ink of what is not an answer.
SKIPPED = _style("skipped", fontName=ITALIC, textColor=MUTED, spaceAfter=6)
SHARED = _style(
    "shared",
    backColor=ACCENT_TINT,
    borderPadding=(5, 7, 5, 7),
    leftIndent=7,
    rightIndent=7,
    spaceBefore=4,
    spaceAfter=8,
)
PRIVATE = _style(
    "private",
    backColor=LATE_TINT,
    borderPadding=(5, 7, 5, 7),
    leftIndent=7,
    rightIndent=7,
    spaceBefore=4,
    spaceAfter=8,
)
CELL = _style("cell", fontSize=8.5, leading=11)
CELL_BOLD = _style("cell-bold", fontName=BOLD, fontSize=8.5, leading=11)
CELL_HEAD = _style("cell-head", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=MUTED)
LABEL = _style("label", fontSize=8.5, leading=12, textColor=MUTED)
VALUE = _style("value", fontName=BOLD, fontSize=9.5, leading=12.5)
GAP = _style("gap", leftIndent=12, bulletIndent=0, spaceAfter=3)
RUNNING = _style("running", fontSize=7.5, leading=9, textColor=MUTED)
