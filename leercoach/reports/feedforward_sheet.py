"""The coach's feedforward prep sheet (issue 17): one A4 document for the coach alone.

``leercoach prep feedforward --employee ID --out FILE.pdf`` and "Feedforward voorbereiden…"
write it. It draws on the person's history only (``domain.feedforward.build_sheet``): what
comes back in their answers on talents, what became of each action, the trends of the
scale cards, the open goals, the last preparation and what came after; then feedback,
feedforward and "wat maakt dat…" questions after source 004 §6 and §7
(``feedforward_parts``). Its words go through gettext (``feedforward_words``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer

from leercoach.domain.feedforward import (
    OUTCOME_ORDER,
    ActionOutcome,
    Direction,
    FeedforwardSheet,
    build_sheet,
)
from leercoach.domain.feedforward_notes import deck_notes
from leercoach.reports import style
from leercoach.reports.blocks import facts_table
from leercoach.reports.feedforward_parts import (
    action_detail,
    feedback_part,
    forward_part,
    heading,
    none_line,
    notes_part,
    questions_part,
)
from leercoach.reports.feedforward_words import WORDS, SheetWords
from leercoach.reports.fonts import BOLD, register_fonts
from leercoach.reports.growth_summary import RenderedPdf, SummaryOptions
from leercoach.reports.pages import PdfMeta, Section, SectionStart, atomic_target, build_pdf
from leercoach.reports.text import clean, markup
from leercoach.reports.words import Words
from leercoach.targets import PDF, Target, check_targets

if TYPE_CHECKING:
    from leercoach.decks import DeckLibrary
    from leercoach.store import Store

MOST_TALENT_ANSWERS = 12


class _SheetFacts(Words):
    """The report's words, with the sheet's own for the masthead's labels."""

    def __init__(self, say: SheetWords, language: str, region: str) -> None:
        super().__init__(language, region)
        self.say = say

    def text(self, key: str, **values: object) -> str:
        return self.say.text(key, **values) if key in WORDS else super().text(key, **values)


def read_sheet(
    store: Store, employee_id: str, library: DeckLibrary, *, language: str, today: date
) -> FeedforwardSheet:
    """The sheet of one person (NotFoundError when there is no such person)."""
    inputs = store.feedforward.feedforward_inputs(employee_id, library)
    notes = deck_notes(list(library.decks.values()), language)
    return build_sheet(inputs, today, notes)


def export_feedforward_sheet(
    store: Store,
    employee_id: str,
    path: Path,
    library: DeckLibrary,
    *,
    language: str = "nl",
    today: date | None = None,
) -> RenderedPdf:
    """Read the person's history, check ``path`` (``targets``), write the sheet."""
    today = today or date.today()
    sheet = read_sheet(store, employee_id, library, language=language, today=today)
    check_targets([Target(path, PDF)], store.path)
    options = SummaryOptions(
        manager_name=store.reporting.manager_name(),
        today=today,
        language=language,
        region=store.reporting.region(),
    )
    return render_feedforward_sheet(sheet, path, options)


def render_feedforward_sheet(
    sheet: FeedforwardSheet, path: Path, options: SummaryOptions
) -> RenderedPdf:
    say = SheetWords(options.language)
    name = clean(sheet.employee.name).replace("\n", " ")
    meta = PdfMeta(
        title=say.text("doc_title", name=name),
        author=options.manager_name or "leercoach",
        subject=say.text("subject"),
        language=options.language,
    )
    with atomic_target(path) as temporary:
        pages = build_pdf(temporary, [sheet_story(sheet, options, say)], meta)
    return RenderedPdf(path, pages)


def sheet_story(
    sheet: FeedforwardSheet, options: SummaryOptions, say: SheetWords
) -> list[Flowable]:
    register_fonts()
    words = _SheetFacts(say, options.language, options.region)
    person = sheet.employee
    name = clean(person.name).replace("\n", " ")
    printed = words.day(options.today)
    section = Section(
        key="f1",
        outline=name,
        header_left=name,
        header_right=say.text("kicker").capitalize(),
        footer_left=say.text("printed_on", date=printed),
        page_of=say.text("page_of", page="{page}", pages="{pages}"),
    )
    last = sheet.talks[-1] if sheet.talks else None
    facts = [
        ("f_team", person.team),
        ("f_role", person.role),
        ("f_growth", words.growth(person.growth_phase)),
        ("f_manager", options.manager_name),
        ("f_talks", str(len(sheet.talks))),
        ("f_last_talk", f"{words.day(last.day)} · {last.deck_title}" if last else ""),
    ]
    story: list[Flowable] = [
        SectionStart(section),
        Paragraph(say.text("kicker"), style.KICKER),
        Paragraph(markup(person.name), style.TITLE),
        Paragraph(markup(say.text("subtitle", date=printed)), style.SUBTITLE),
        Spacer(0, 8),
        HRFlowable(width="100%", thickness=1.2, color=style.ACCENT, spaceAfter=10),
        facts_table(facts, words),
        Spacer(0, 10),
        Paragraph(markup(say.text("intro")), style.NOTE),
    ]
    story += talents_part(sheet, say, words)
    story += actions_part(sheet, say, words)
    story += trends_part(sheet, say, words)
    story += goals_part(sheet, say, words)
    story += preparation_part(sheet, say, words)
    story += feedback_part(sheet, say, words)
    story += forward_part(sheet, say, words)
    story += questions_part(sheet, say, words)
    story += notes_part(sheet, say)
    return story


def _days(days: tuple[date, ...], words: Words) -> str:
    return ", ".join(words.short_day(day) for day in days)


def talents_part(sheet: FeedforwardSheet, say: SheetWords, words: Words) -> list[Flowable]:
    flow = heading(say.text("talents"))
    if not sheet.talents:
        return [*flow, none_line(say.text("no_talents"))]
    flow.append(Paragraph(markup(say.text("recurring")), style.SUBHEADING))
    if not sheet.recurring:
        flow.append(none_line(say.text("no_recurring")))
    for word in sheet.recurring:
        line = say.text(
            "recurring_line", word=word.word, n=word.talks, days=_days(word.days, words)
        )
        flow.append(Paragraph(markup(line), style.GAP, bulletText="•"))
    flow.append(Paragraph(markup(say.text("talent_answers")), style.SUBHEADING))
    for answer in sheet.talents[-MOST_TALENT_ANSWERS:]:
        where = f"{words.short_day(answer.held_on)} · {answer.deck_title} · {answer.question}"
        flow.append(
            KeepTogether(
                [
                    Paragraph(markup(where), style.QUESTION),
                    Paragraph(markup(answer.value), style.ANSWER),
                ]
            )
        )
    return flow


def _action_line(one: ActionOutcome, say: SheetWords, words: Words) -> Paragraph:
    what = f'<font name="{BOLD}">{markup(one.action.what)}</font>'
    agreed = say.text("agreed_on", date=words.short_day(one.action.created_at.date()))
    detail = markup(f"{action_detail(one, say, words)} · {agreed}")
    return Paragraph(f"{what} – {detail}", style.GAP, bulletText="•")


def action_lines(
    outcomes: tuple[ActionOutcome, ...], say: SheetWords, words: Words
) -> list[Flowable]:
    """The actions under a subheading per outcome, in ``OUTCOME_ORDER``."""
    flow: list[Flowable] = []
    for outcome in OUTCOME_ORDER:
        these = [one for one in outcomes if one.outcome is outcome]
        if these:
            label = f"{say.outcome(outcome).capitalize()} ({len(these)})"
            flow.append(Paragraph(markup(label), style.SUBHEADING))
            flow += [_action_line(one, say, words) for one in these]
    return flow


def actions_part(sheet: FeedforwardSheet, say: SheetWords, words: Words) -> list[Flowable]:
    flow = heading(say.text("actions"))
    if not sheet.actions:
        return [*flow, none_line(say.text("no_actions"))]
    counted = [f"{say.outcome(outcome)}: {n}" for outcome, n in sheet.counts.items() if n]
    summary = f"{say.text('counts', n=len(sheet.actions))} {' · '.join(counted)}"
    flow.append(Paragraph(markup(summary), style.BODY))
    return flow + action_lines(sheet.actions, say, words)


def trends_part(sheet: FeedforwardSheet, say: SheetWords, words: Words) -> list[Flowable]:
    flow = heading(say.text("trends"))
    if not sheet.trends:
        return [*flow, none_line(say.text("no_trends"))]
    for line in sheet.trends:
        series = line.series
        values = {
            "first": series.describe(line.first.value),
            "first_day": words.short_day(line.first.day),
            "last": series.describe(line.last.value),
            "last_day": words.short_day(line.last.day),
            "n": len(series.points),
        }
        once = line.direction is Direction.ONCE
        said = say.text("trend_once" if once else "trend_line", **values)
        if not once:
            said += f" – {say.direction(line.direction)}"
        title = f"{series.question or series.card} · {series.deck_title}"
        flow.append(
            KeepTogether(
                [
                    Paragraph(markup(title), style.QUESTION),
                    Paragraph(markup(said), style.ANSWER),
                ]
            )
        )
    return flow


def goals_part(sheet: FeedforwardSheet, say: SheetWords, words: Words) -> list[Flowable]:
    flow = heading(say.text("goals"))
    if not sheet.goals:
        return [*flow, none_line(say.text("no_goals"))]
    for goal in sheet.goals:
        parts = [words.goal_status(goal.status)]
        if goal.due_date is not None:
            key = "goal_overdue" if goal.is_overdue(sheet.today) else "goal_due"
            parts.append(say.text(key, date=words.short_day(goal.due_date)))
        title = f'<font name="{BOLD}">{markup(goal.title)}</font>'
        flow.append(Paragraph(f"{title} – {markup(', '.join(parts))}", style.GAP, bulletText="•"))
    return flow


def preparation_part(sheet: FeedforwardSheet, say: SheetWords, words: Words) -> list[Flowable]:
    flow = heading(say.text("preparation"))
    prepared = sheet.preparation
    if prepared is None:
        deck = sheet.notes.prompt_deck
        if deck is None:
            return [*flow, none_line(say.text("no_preparation_deck"))]
        return [*flow, none_line(say.text("no_preparation", deck=deck.title))]
    key = "preparation_of" if prepared.completed else "preparation_draft"
    flow.append(
        Paragraph(
            markup(say.text(key, deck=prepared.deck_title, date=words.day(prepared.day))),
            style.BODY,
        )
    )
    for answer in prepared.answers:
        flow.append(
            KeepTogether(
                [
                    Paragraph(markup(answer.question), style.QUESTION),
                    Paragraph(markup(answer.shown), style.ANSWER),
                ]
            )
        )
    flow.append(Paragraph(markup(say.text("came_of_it")), style.SUBHEADING))
    since = sheet.since
    if since.talks:
        held = ", ".join(f"{talk.deck_title} ({words.short_day(talk.day)})" for talk in since.talks)
        flow.append(Paragraph(markup(say.text("talks_since", talks=held)), style.BODY))
    else:
        flow.append(none_line(say.text("no_talks_since")))
    if not since.actions:
        return [*flow, none_line(say.text("no_actions_since"))]
    return (
        flow
        + [Paragraph(markup(say.text("actions_since")), style.LABEL)]
        + [_action_line(one, say, words) for one in since.actions]
    )
