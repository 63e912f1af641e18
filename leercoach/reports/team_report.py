"""The printed team overview, for the manager's own manager or HR: counts and dates only.

One row per person (``leercoach.domain.overview.OverviewRow``): the last and the next
talk, open and overdue actions, the cycle's phase and how many gaps it has, the growth
phase. Nothing anyone said is printed: no answer, summary or note, and not the wellbeing
answers either (a row carries them; this report never reads them). Another block of
flowables (the development KPIs) may follow the rows: ``extra``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from leercoach.domain.overview import OverviewRow
from leercoach.reports import style
from leercoach.reports.fonts import BOLD, register_fonts
from leercoach.reports.growth_summary import RenderedPdf
from leercoach.reports.pages import PdfMeta, Section, SectionStart, atomic_target, build_pdf
from leercoach.reports.text import clean, hex_colour, markup
from leercoach.reports.words import DEFAULT_REGION, Words

NL: dict[str, str] = {
    "kicker": "TEAMOVERZICHT",
    "title": "Teamoverzicht – {who}",
    "everyone": "alle medewerkers",
    "team": "team {team}",
    "subtitle": "{n} medewerker · stand op {date}|{n} medewerkers · stand op {date}",
    "subject": "Gesprekken, afspraken en groeicyclus per medewerker: aantallen en data",
    "f_manager": "Leidinggevende",
    "f_date": "Datum",
    "privacy": (
        "Dit overzicht bevat alleen aantallen en data. Wat in de gesprekken gezegd werd "
        "(antwoorden, samenvattingen, notities, ook de scores voor welzijn) staat er niet in."
    ),
    "col_name": "Medewerker, team",
    "col_last": "Laatste gesprek",
    "col_next": "Volgend gesprek",
    "col_open": "Open afspraken",
    "col_late": "Te laat",
    "col_cycle": "Cyclusfase",
    "col_gaps": "Ontbreekt",
    "col_growth": "Groeifase",
    "late": "te laat",
    "none": "—",
    "no_cycle": "geen cyclus",
    "nobody": "Geen medewerkers in dit overzicht.",
    "printed_on": "Afgedrukt op {date}",
    "page_of": "pagina {page} van {pages}",
}
EN: dict[str, str] = {
    "kicker": "TEAM OVERVIEW",
    "title": "Team overview – {who}",
    "everyone": "all employees",
    "team": "team {team}",
    "subtitle": "{n} employee · as of {date}|{n} employees · as of {date}",
    "subject": "Conversations, agreed actions and growth cycle per employee: counts and dates",
    "f_manager": "Manager",
    "f_date": "Date",
    "privacy": (
        "This overview holds counts and dates only. What was said in the conversations "
        "(answers, summaries, notes, the wellbeing scores too) is not in it."
    ),
    "col_name": "Employee, team",
    "col_last": "Last conversation",
    "col_next": "Next conversation",
    "col_open": "Open actions",
    "col_late": "Overdue",
    "col_cycle": "Cycle phase",
    "col_gaps": "Missing",
    "col_growth": "Growth phase",
    "late": "overdue",
    "none": "—",
    "no_cycle": "no cycle",
    "nobody": "No employees in this overview.",
    "printed_on": "Printed on {date}",
    "page_of": "page {page} of {pages}",
}
COLUMNS: tuple[str, ...] = ("col_name", "col_last", "col_next", "col_open", "col_late")
COLUMNS += ("col_cycle", "col_gaps", "col_growth")
# Shares of the frame's width, in the order of COLUMNS.
WIDTHS = (0.21, 0.12, 0.13, 0.11, 0.08, 0.12, 0.11, 0.12)


@dataclass(frozen=True)
class TeamReportOptions:
    manager_name: str = ""
    today: date = field(default_factory=date.today)
    team: str | None = None
    """The team shown; None for everyone."""
    language: str = "nl"
    region: str = DEFAULT_REGION


class TeamWords:
    """This report's words in one language; dates and labels as the other reports say them."""

    def __init__(self, language: str, region: str) -> None:
        self.words = Words(language, region)
        self.table = EN if self.words.language == "en" else NL

    def text(self, key: str, **values: object) -> str:
        template = self.table[key]
        if "|" in template:
            one, many = template.split("|", 1)
            template = one if values.get("n") == 1 else many
        return template.format(**values)

    def day(self, value: date | None) -> str:
        return self.words.short_day(value) if value else self.text("none")


def render_team_report(
    people: Sequence[OverviewRow],
    path: Path,
    options: TeamReportOptions,
    extra: Sequence[Flowable] = (),
) -> RenderedPdf:
    """Write the overview's rows to ``path`` (replaced only once complete), then ``extra``."""
    words = TeamWords(options.language, options.region)
    who = (
        words.text("team", team=clean(options.team))
        if options.team is not None
        else words.text("everyone")
    )
    meta = PdfMeta(
        title=words.text("title", who=who),
        author=options.manager_name or "leercoach",
        subject=words.text("subject"),
        language=words.words.language,
    )
    with atomic_target(path) as temporary:
        pages = build_pdf(temporary, [team_story(people, options, extra)], meta)
    return RenderedPdf(path, pages)


def team_story(
    people: Sequence[OverviewRow], options: TeamReportOptions, extra: Sequence[Flowable] = ()
) -> list[Flowable]:
    register_fonts()
    words = TeamWords(options.language, options.region)
    who = (
        words.text("team", team=clean(options.team))
        if options.team is not None
        else words.text("everyone")
    )
    title = words.text("title", who=who)
    section = Section(
        key="team",
        outline=title,
        header_left=title,
        header_right=words.day(options.today),
        footer_left=words.text("printed_on", date=words.words.day(options.today)),
        page_of=words.text("page_of", page="{page}", pages="{pages}"),
    )
    facts = Table(
        [
            [
                Paragraph(words.text("f_manager"), style.LABEL),
                Paragraph(markup(options.manager_name) or words.text("none"), style.VALUE),
                Paragraph(words.text("f_date"), style.LABEL),
                Paragraph(markup(words.words.day(options.today)), style.VALUE),
            ]
        ],
        colWidths=[share * style.FRAME_WIDTH for share in (0.18, 0.37, 0.12, 0.33)],
        hAlign="LEFT",
    )
    facts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    subtitle = words.text("subtitle", n=len(people), date=words.words.day(options.today))
    story: list[Flowable] = [
        SectionStart(section),
        Paragraph(words.text("kicker"), style.KICKER),
        Paragraph(markup(title), style.TITLE),
        Paragraph(markup(subtitle), style.SUBTITLE),
        Spacer(0, 8),
        HRFlowable(width="100%", thickness=1.2, color=style.ACCENT, spaceAfter=8),
        facts,
        Spacer(0, 6),
        Paragraph(markup(words.text("privacy")), style.NOTE),
        Spacer(0, 10),
    ]
    if people:
        story.append(rows_table(people, options.today, words))
    else:
        story.append(Paragraph(markup(words.text("nobody")), style.BODY))
    return [*story, *extra]


def rows_table(people: Sequence[OverviewRow], today: date, words: TeamWords) -> Table:
    """The rows as counts and dates; a next talk before today reads "te laat", in red too."""
    head = [Paragraph(markup(words.text(key)), style.CELL_HEAD) for key in COLUMNS]
    rows: list[list[Flowable]] = [head]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), style.SOFT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, style.RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, style.RULE),
    ]
    late_style = style.CELL_BOLD.clone("team-late", textColor=style.LATE)
    number_style = style.CELL.clone("team-number", alignment=TA_RIGHT)
    late_number = late_style.clone("team-late-number", alignment=TA_RIGHT)
    for number, row in enumerate(people, start=1):
        next_text = markup(words.day(row.next_talk))
        if row.overdue:
            next_text += f'<br/><font name="{BOLD}">{markup(words.text("late"))}</font>'
        phase = words.words.phase(row.cycle_phase) if row.cycle_phase else words.text("no_cycle")
        rows.append(
            [
                Paragraph(
                    f'<font name="{BOLD}">{markup(row.name)}</font><br/>'
                    f'<font color="{hex_colour(style.MUTED)}">{markup(row.team)}</font>',
                    style.CELL,
                ),
                Paragraph(markup(words.day(row.last_talk)), style.CELL),
                Paragraph(next_text, late_style if row.overdue else style.CELL),
                Paragraph(str(row.open_actions), number_style),
                Paragraph(
                    str(row.overdue_actions), late_number if row.overdue_actions else number_style
                ),
                Paragraph(markup(phase), style.CELL),
                Paragraph(str(len(row.cycle_gaps)), number_style),
                Paragraph(markup(words.words.growth(row.growth_phase)), style.CELL),
            ]
        )
        if row.overdue:
            commands.append(("LINEBEFORE", (0, number), (0, number), 2.2, style.LATE))
    widths = [share * style.FRAME_WIDTH for share in WIDTHS]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
