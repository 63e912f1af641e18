"""The printed summary of one employee's growth cycle, for employee and manager to sign.

Private notes are left out unless the caller passes ``include_private_notes=True``; the
store already blanks them unless asked, and this module checks the flag again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from leercoach.domain import CyclePhase
from leercoach.domain.growth import CycleOverview, GapKind, Period, PhaseEntry
from leercoach.reports import style
from leercoach.reports.blocks import (
    actions_table,
    facts_table,
    goal_block,
    goal_state_table,
    signatures,
    talk_block,
)
from leercoach.reports.fonts import register_fonts
from leercoach.reports.pages import PdfMeta, Section, SectionStart, atomic_target, build_pdf
from leercoach.reports.text import clean, markup, paragraphs, tag
from leercoach.reports.trend_chart import trend_section
from leercoach.reports.words import Words, period_label
from leercoach.store.reporting import CycleRecord


@dataclass(frozen=True)
class SummaryOptions:
    manager_name: str = ""
    today: date = field(default_factory=date.today)
    include_private_notes: bool = False
    language: str = "nl"
    region: str = "nl_BE"  # the settings' region: how Dutch dates and a few words read


@dataclass(frozen=True)
class RenderedPdf:
    path: Path
    pages: int


def render_growth_summary(record: CycleRecord, path: Path, options: SummaryOptions) -> RenderedPdf:
    """Write one employee's summary to ``path`` (replaced only once it is complete)."""
    words = Words(options.language, options.region)
    with atomic_target(path) as temporary:
        pages = build_pdf(
            temporary,
            [summary_story(record, options)],
            document_meta(words, record.period, options, name=clean(record.employee.name)),
        )
    return RenderedPdf(path, pages)


def document_meta(
    words: Words, period: Period, options: SummaryOptions, *, name: str = "", who: str = ""
) -> PdfMeta:
    label = period_label(period)
    title = (
        words.text("doc_title", label=label, name=name)
        if name
        else words.text("doc_title_many", label=label, who=who)
    )
    return PdfMeta(
        title=title,
        author=options.manager_name or "leercoach",
        subject=words.text("subject", period=words.period(period)),
        language=options.language,
    )


def summary_story(record: CycleRecord, options: SummaryOptions, key: str = "s1") -> list[Flowable]:
    """The flowables of one employee's summary, starting a section of its own.

    Each conversation is shown with the deck it was held with (``record.decks``); its
    answers are printed with the questions stored with them, so an answer to a card that
    deck no longer has is printed too.
    """
    register_fonts()
    words = Words(options.language, options.region)
    overview = record.overview(options.today)
    person = record.employee
    # Drawn straight onto the canvas, not through paragraph markup: only control characters go.
    name = clean(person.name).replace("\n", " ")
    section = Section(
        key=key,
        outline=name,
        header_left=name,
        header_right=f"{words.text('f_period')}: {words.period(record.period)}",
        footer_left=words.text("printed_on", date=words.day(options.today)),
        page_of=words.text("page_of", page="{page}", pages="{pages}"),
    )
    story: list[Flowable] = [SectionStart(section), *_masthead(record, overview, options, words)]
    for entry in overview.phases:
        story += _phase(entry, overview, record, words)
    if overview.unplaced:
        story += [
            Paragraph(markup(words.text("other_talks")), style.HEADING),
            Paragraph(words.text("other_talks_note"), style.NOTE),
        ]
        for placed in overview.unplaced:
            talk = placed.conversation
            story += talk_block(
                talk,
                record.answers_to(talk.id),
                record.decks.get(talk.id),
                words,
                record.points_of(talk.id),
            )
    story += trend_section(record, record.period, words)
    story += _missing(overview, words)
    if options.include_private_notes:
        story += _private_notes(record, words)
    story += signatures(overview.employee.name, options.manager_name, words)
    return story


def _masthead(
    record: CycleRecord, overview: CycleOverview, options: SummaryOptions, words: Words
) -> list[Flowable]:
    person, cycle = overview.employee, overview.cycle
    facts = [
        ("f_team", person.team),
        ("f_manager", options.manager_name),
        ("f_role", person.role),
        ("f_period", words.period(overview.period)),
        ("f_growth", words.growth(person.growth_phase)),
        ("f_printed", words.day(options.today)),
    ]
    phase_text = words.phase(cycle.phase) if cycle else words.text("no_cycle_phase")
    table = facts_table([*facts, ("f_cycle_phase", phase_text)], words)
    label = period_label(overview.period)
    return [
        Paragraph(words.text("kicker", label=label), style.KICKER),
        Paragraph(markup(person.name), style.TITLE),
        Paragraph(words.text("subtitle", period=words.period(overview.period)), style.SUBTITLE),
        Spacer(0, 8),
        HRFlowable(width="100%", thickness=1.2, color=style.ACCENT, spaceAfter=10),
        table,
        *_phase_history(record, words),
        Spacer(0, 12),
        Paragraph(markup(words.text("intro", name=person.name)), style.NOTE),
        Spacer(0, 12),
        _phase_strip(overview, words),
    ]


def _phase_history(record: CycleRecord, words: Words) -> list[Flowable]:
    """Starter → bekwaam → expert → mentor, each from the day it was recorded."""
    if not record.phase_history:
        return []
    steps = " → ".join(
        f"{words.growth(step.phase)} ({words.day(step.changed_on)})"
        for step in record.phase_history
    )
    heading = markup(words.text("f_phase_history"))
    line = f'<font name="DejaVuSans-Bold">{heading}</font>: {markup(steps)}'
    return [Spacer(0, 4), Paragraph(line, style.BODY)]


def _phase_strip(overview: CycleOverview, words: Words) -> Table:
    """The four phases side by side: what each holds and whether anything is missing."""
    current = overview.cycle.phase if overview.cycle else None
    cells: list[list[Flowable]] = []
    for number, entry in enumerate(overview.phases, start=1):
        counts = _counts(entry, overview, words)
        if entry.gaps:
            verdict = tag(
                words.text("strip_open", n=len(entry.gaps)),
                style.TODO_TONE.ink,
                style.TODO_TONE.tint,
            )
        else:
            verdict = tag(words.text("strip_ok"), style.DONE_TONE.ink, style.DONE_TONE.tint)
        cell: list[Flowable] = [
            Paragraph(f"{number}&nbsp;&nbsp;{markup(words.phase(entry.phase))}", style.CELL_BOLD),
            Paragraph(markup(counts), style.SMALL_MUTED),
            Spacer(0, 4),
            Paragraph(f'<font size="7.5">{verdict}</font>', style.SMALL),
        ]
        if entry.phase is current:
            cell += [Spacer(0, 5), Paragraph(words.text("current").upper(), style.CELL_HEAD)]
        cells.append(cell)
    width = style.FRAME_WIDTH / 4
    table = Table([cells], colWidths=[width] * 4)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), style.SOFT),
        ("LINEABOVE", (0, 0), (-1, 0), 2, style.RULE),
        ("LINEAFTER", (0, 0), (-2, 0), 3, style.PAGE_WHITE),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]
    if current is not None:
        column = list(CyclePhase).index(current)
        commands += [
            ("LINEABOVE", (column, 0), (column, 0), 2, style.ACCENT),
            ("BACKGROUND", (column, 0), (column, 0), style.ACCENT_TINT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _counts(entry: PhaseEntry, overview: CycleOverview, words: Words) -> str:
    talks = words.text("strip_talks", n=len(entry.conversations) + len(entry.touching))
    if entry.phase is CyclePhase.PLANNEN:
        return f"{talks} · {words.text('strip_goals', n=len(overview.goals))}"
    if entry.phase is CyclePhase.LEREN:
        return f"{talks} · {words.text('strip_actions', n=len(overview.actions))}"
    late = entry.gap(GapKind.OVERDUE_ACTIONS)
    if late is not None:
        return f"{talks} · {words.text('strip_late', n=late.count)}"
    return talks


def _phase(
    entry: PhaseEntry,
    overview: CycleOverview,
    record: CycleRecord,
    words: Words,
) -> list[Flowable]:
    number = list(CyclePhase).index(entry.phase) + 1
    flow: list[Flowable] = [
        CondPageBreak(120),
        KeepTogether(
            [
                Paragraph(f"{number}.&nbsp;&nbsp;{words.phase(entry.phase)}", style.PHASE_HEADING),
                Paragraph(markup(words.text(f"ask_{entry.phase.value}")), style.NOTE),
                HRFlowable(width="100%", thickness=0.5, color=style.RULE, spaceBefore=6),
                Paragraph(words.text("talks").upper(), style.SUBHEADING),
            ]
        ),
    ]
    if not entry.conversations:
        flow.append(Paragraph(words.text("no_talks"), style.NOTE))
    for placed in entry.conversations:
        talk = placed.conversation
        flow += talk_block(
            talk,
            record.answers_to(talk.id),
            record.decks.get(talk.id),
            words,
            record.points_of(talk.id),
        )
    if entry.touching:
        references = [
            words.text(
                f"talk_ref_{(p.primary or entry.phase).value}",
                date=words.day(p.conversation.started_at.date()),
                title=p.conversation.deck_title,
            )
            for p in entry.touching
        ]
        text = words.text("also_here", talks=words.listing(references))
        flow += [Spacer(0, 4), Paragraph(markup(text), style.NOTE)]
    if entry.phase is CyclePhase.PLANNEN:
        flow += [CondPageBreak(140), Paragraph(words.text("goals").upper(), style.SUBHEADING)]
        if not overview.goals:
            flow.append(Paragraph(words.text("no_goals"), style.NOTE))
        for plan in overview.goals:
            flow += goal_block(plan, overview.today, words)
    if entry.actions:
        flow += [
            CondPageBreak(80),
            Paragraph(words.text("actions").upper(), style.SUBHEADING),
            actions_table(entry.actions, overview.today, words),
        ]
    if entry.phase is CyclePhase.EVALUEREN and overview.goals:
        flow += [
            CondPageBreak(80),
            Paragraph(words.text("goal_state").upper(), style.SUBHEADING),
            goal_state_table(overview.goals, words),
        ]
    return flow


def _missing(overview: CycleOverview, words: Words) -> list[Flowable]:
    flow: list[Flowable] = [
        CondPageBreak(100),
        Paragraph(words.text("missing"), style.HEADING),
        Spacer(0, 4),
    ]
    if not overview.gaps:
        return [*flow, Paragraph(words.text("missing_none"), style.BODY)]
    for gap in overview.gaps:
        phase = words.phase(gap.phase)
        flow.append(
            Paragraph(
                f'<font name="DejaVuSans-Bold">{markup(phase)}</font>: {markup(words.gap(gap))}',
                style.GAP,
                bulletText="•",
            )
        )
    return flow


def _private_notes(record: CycleRecord, words: Words) -> list[Flowable]:
    noted = [c for c in record.conversations if c.private_note.strip()]
    if not noted:
        return []
    flow: list[Flowable] = [
        CondPageBreak(100),
        Paragraph(words.text("private"), style.HEADING),
        Paragraph(words.text("private_note"), style.NOTE),
        Spacer(0, 2),
    ]
    for talk in noted:
        day = words.day(talk.started_at.date())
        title = f"{markup(day)} · {markup(talk.deck_title)}"
        note = paragraphs(talk.private_note, style.PRIVATE)
        heading = Paragraph(title, style.QUESTION)
        flow += [Spacer(0, 6), KeepTogether([heading, Spacer(0, 2), note[0]]), *note[1:]]
    return flow
