"""The building blocks of a growth summary: a talk, a goal, an actions table, a scale answer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
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

from leercoach.domain import Action, Answer, AnswerType, Conversation, Deck
from leercoach.domain.deck import SCALE_MAX, SCALE_MIN, AnswerSpec, answer_lines
from leercoach.domain.growth import SMART_PARTS, GoalPlan
from leercoach.domain.talking_point import TalkingPoint
from leercoach.reports import style
from leercoach.reports.fonts import BOLD, ITALIC
from leercoach.reports.text import markup, paragraphs, tag
from leercoach.reports.words import Words
from leercoach.vocabulary import label as word_for

BOX = 7.5
BOX_GAP = 2.5
# Column shares of the actions table: what, who, by when, status, how we will know.
ACTION_COLUMNS = (0.29, 0.165, 0.16, 0.13, 0.255)
# One option of a multiple-choice answer, as an item of a list.
ANSWER_ITEM = ParagraphStyle(
    "answer_item", parent=style.ANSWER, leftIndent=12, bulletIndent=2, spaceAfter=1
)


class ScaleAnswer(Flowable):  # type: ignore[misc]
    """A 1-5 answer as five small boxes with ``value`` of them filled, then its label."""

    def __init__(self, value: int, label: str) -> None:
        super().__init__()
        self.value = value
        self.label = Paragraph(markup(label), style.BODY)
        self.boxes_width = SCALE_MAX * BOX + (SCALE_MAX - 1) * BOX_GAP
        self.label_height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self.label_height = self.label.wrap(available_width - self.boxes_width - 8, 10**6)
        self.height = max(self.label_height, BOX) + style.ANSWER.spaceAfter + 2
        return (available_width, self.height)

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        # Centre the boxes on the first text line, whatever the label's height.
        y = top - style.BODY.leading / 2 - BOX / 2 - 1
        canvas.saveState()
        canvas.setLineWidth(0.7)
        canvas.setStrokeColor(style.ACCENT)
        for number in range(SCALE_MAX):
            filled = number < self.value
            canvas.setFillColor(style.ACCENT if filled else style.ACCENT_TINT)
            canvas.rect(number * (BOX + BOX_GAP), y, BOX, BOX, stroke=1, fill=1)
        canvas.restoreState()
        self.label.drawOn(canvas, self.boxes_width + 8, top - self.label_height)


def answer_block(answer: Answer, deck: Deck | None, words: Words) -> list[Flowable]:
    """The question as asked, then the answer; a scale answer as boxes plus its label.

    A card skipped on purpose is printed as skipped; one nobody got to is left out.
    """
    question = Paragraph(markup(answer.question), style.QUESTION)
    if answer.skipped:
        skipped = Paragraph(words.text("skipped"), style.SKIPPED)
        return [KeepTogether([question, Spacer(0, 1), skipped])]
    if not answer.is_answered:
        return []
    # The note beside a scale or choice value follows it, in the same words as the app's.
    note = paragraphs(words.text("answer_note", note=answer.note), style.ANSWER)
    if not answer.note.strip():
        note = []
    spec = _card_answer(deck, answer.card_id)
    value = answer.value.strip()
    if spec is not None and spec.type is AnswerType.SCALE and value.isdigit():
        number = int(value)
        if SCALE_MIN <= number <= SCALE_MAX:
            described = spec.describe(value)
            if described == value:
                described = words.text("scale_of", value=number, max=SCALE_MAX)
            scale = ScaleAnswer(number, described)
            return [KeepTogether([question, Spacer(0, 1), scale, *note[:1]]), *note[1:]]
    if spec is not None and spec.type is AnswerType.MULTI and value:
        items = [
            Paragraph(markup(line), ANSWER_ITEM, bulletText="•") for line in answer_lines(value)
        ]
        body = [*items, Spacer(0, 5), *note]
    else:
        body = paragraphs(answer.value, style.ANSWER) + note
    # Keep the question with the start of its answer; the rest may flow to the next page.
    return [KeepTogether([question, Spacer(0, 1), body[0]]), *body[1:]]


def _card_answer(deck: Deck | None, card_id: str) -> AnswerSpec | None:
    if deck is None:
        return None
    for card in deck.cards:
        if card.id == card_id:
            return card.answer
    return None


def talk_block(
    conversation: Conversation,
    answers: Sequence[Answer],
    deck: Deck | None,
    words: Words,
    points: Sequence[TalkingPoint] = (),
) -> list[Flowable]:
    """One talk: its shared summary, the talking points discussed in it (never in the
    manager's own records), its answers."""
    day = words.day(conversation.started_at.date())
    state_word = words.conversation_status(conversation.status)
    state = (
        tag(state_word, style.DONE_TONE.ink, style.DONE_TONE.tint)
        if conversation.is_completed
        else tag(state_word, style.TODO_TONE.ink, style.TODO_TONE.tint)
    )
    title = Paragraph(
        f"{markup(day)} · {markup(conversation.deck_title)}&nbsp;&nbsp;"
        f'<font size="7.5">{state}</font>',
        style.TALK_TITLE,
    )
    flow: list[Flowable] = [CondPageBreak(60), title]
    summary = paragraphs(conversation.shared_summary, style.SHARED)
    if summary:
        label = Paragraph(words.text("shared"), style.SUBHEADING)
        flow += [KeepTogether([label, summary[0]]), *summary[1:]]
    else:
        flow.append(Spacer(0, 4))
    if points and conversation.is_talk:
        flow.append(Paragraph(words.text("points"), style.SUBHEADING))
        flow += [
            Paragraph(
                f"• {markup(point.text)} ({markup(word_for(point.by, words.language))})",
                style.SHARED,
            )
            for point in points
        ]
    for answer in answers:
        flow += answer_block(answer, deck, words)
    return flow


def status_cell(action: Action, today: date, words: Words) -> tuple[Paragraph, style.Tone]:
    tone = style.ACTION_TONES[action.status]
    text = f'<font name="{BOLD}">{markup(words.action_status(action.status))}</font>'
    if action.is_overdue(today):
        tone = style.LATE_TONE
        text += f'<br/><font name="{BOLD}">{markup(words.text("late"))}</font>'
    return Paragraph(text, _coloured(style.CELL, tone)), tone


def actions_table(actions: Sequence[Action], today: date, words: Words) -> Table:
    """What, who, by when, status, how we will know; late actions stand out in red."""
    head = [
        Paragraph(words.text(key).upper(), style.CELL_HEAD)
        for key in ("col_what", "col_who", "col_when", "col_status", "col_measure")
    ]
    rows: list[list[Flowable]] = [head]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("BACKGROUND", (0, 0), (-1, 0), style.SOFT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, style.RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, style.RULE),
    ]
    for number, action in enumerate(actions, start=1):
        status, tone = status_cell(action, today, words)
        late = action.is_overdue(today)
        due = words.short_day(action.due_date) if action.due_date else "—"
        when_style = _coloured(style.CELL_BOLD, style.LATE_TONE) if late else style.CELL
        what_style = style.CELL_BOLD if not action.status.is_closed else style.CELL
        rows.append(
            [
                Paragraph(markup(action.what), what_style),
                Paragraph(markup(words.owner(action.owner, action.owner_name)), style.CELL),
                Paragraph(markup(due), when_style),
                status,
                Paragraph(markup(action.success_measure or "—"), style.CELL),
            ]
        )
        commands.append(("BACKGROUND", (3, number), (3, number), tone.tint))
        if late:
            commands.append(("LINEBEFORE", (0, number), (0, number), 2.2, style.LATE))
    widths = [share * style.FRAME_WIDTH for share in ACTION_COLUMNS]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def goal_block(plan: GoalPlan, today: date, words: Words) -> list[Flowable]:
    goal = plan.goal
    tone = style.GOAL_TONES[goal.status]
    heading = f"{markup(goal.title)}&nbsp;&nbsp;" + (
        f'<font size="7.5">{tag(words.goal_status(goal.status), tone.ink, tone.tint)}</font>'
    )
    # A goal reads as one unit: its title stays with its SMART parts unless they fill a page.
    unit: list[Flowable] = [Paragraph(heading, style.TALK_TITLE)]
    if goal.due_date:
        unit.append(
            Paragraph(words.text("goal_due", date=words.day(goal.due_date)), style.SMALL_MUTED)
        )
    unit += [Spacer(0, 5), smart_table(plan, words)]
    flow: list[Flowable] = [KeepTogether(unit), Spacer(0, 6)]
    label = Paragraph(words.text("goal_actions").upper(), style.SUBHEADING)
    if plan.actions:
        flow += [label, actions_table(plan.actions, today, words)]
    else:
        flow += [label, Paragraph(words.text("no_goal_actions"), style.NOTE)]
    flow.append(Spacer(0, 6))
    return flow


def smart_table(plan: GoalPlan, words: Words) -> Table:
    rows = []
    for part in SMART_PARTS:
        text: str = getattr(plan.goal, part).strip()
        label = Paragraph(
            f'<font name="{BOLD}" color="#1F5A7A">{words.smart(part)[0]}</font>'
            f"&nbsp;&nbsp;{words.smart(part)}",
            style.LABEL,
        )
        value = (
            paragraphs(text, style.CELL)
            if text
            else [Paragraph(words.text("not_filled"), _muted(style.CELL))]
        )
        rows.append([label, value])
    table = Table(
        rows,
        colWidths=[0.22 * style.FRAME_WIDTH, 0.78 * style.FRAME_WIDTH],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, style.RULE),
                ("LINEBEFORE", (0, 0), (0, -1), 2, style.ACCENT_TINT),
            ]
        )
    )
    return table


def goal_state_table(plans: Sequence[GoalPlan], words: Words) -> Table:
    rows: list[list[Flowable]] = [
        [
            Paragraph(words.text("col_goal").upper(), style.CELL_HEAD),
            Paragraph(words.text("col_when").upper(), style.CELL_HEAD),
            Paragraph(words.text("col_status").upper(), style.CELL_HEAD),
        ]
    ]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), style.SOFT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, style.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for number, plan in enumerate(plans, start=1):
        tone = style.GOAL_TONES[plan.goal.status]
        due = words.short_day(plan.goal.due_date) if plan.goal.due_date else "—"
        rows.append(
            [
                Paragraph(markup(plan.goal.title), style.CELL),
                Paragraph(markup(due), style.CELL),
                Paragraph(
                    f'<font name="{BOLD}">{words.goal_status(plan.goal.status)}</font>',
                    _coloured(style.CELL, tone),
                ),
            ]
        )
        commands.append(("BACKGROUND", (2, number), (2, number), tone.tint))
    widths = [0.62 * style.FRAME_WIDTH, 0.19 * style.FRAME_WIDTH, 0.19 * style.FRAME_WIDTH]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _coloured(base: ParagraphStyle, tone: style.Tone) -> ParagraphStyle:
    return ParagraphStyle(f"{base.name}-{tone.ink.hexval()}", parent=base, textColor=tone.ink)


def _muted(base: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{base.name}-muted", parent=base, textColor=style.MUTED, fontName=ITALIC)


def signatures(
    employee: str, manager: str, words: Words, note: str = "signing_note"
) -> list[Flowable]:
    """Room to sign: employee and manager side by side, each a signature and a date line.

    ``note`` is the words key of what a signature means for this document."""

    def line(label: str, room: float) -> list[Flowable]:
        return [
            Spacer(0, room),
            HRFlowable(width="85%", thickness=0.6, color=style.INK, hAlign="LEFT", spaceAfter=2),
            Paragraph(words.text(label), style.SMALL_MUTED),
        ]

    def person(role: str, name: str) -> list[Flowable]:
        return [
            Paragraph(words.text(role).upper(), style.CELL_HEAD),
            Paragraph(markup(name) or "&nbsp;", style.VALUE),
            *line("signature", 38),
            *line("date", 22),
        ]

    half = style.FRAME_WIDTH / 2
    table = Table(
        [[person("employee", employee), person("manager", manager)]], colWidths=[half, half]
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return [
        Spacer(0, 10),
        KeepTogether(
            [
                Paragraph(words.text("signing"), style.HEADING),
                Paragraph(words.text(note), style.NOTE),
                Spacer(0, 6),
                table,
            ]
        ),
    ]


def facts_table(facts: Sequence[tuple[str, str]], words: Words) -> Table:
    """The masthead's facts two by two: a label (a words key) and its value, "—" if empty."""
    cells = [
        [
            Paragraph(words.text(key), style.LABEL),
            Paragraph(markup(value) or words.text("unknown"), style.VALUE),
        ]
        for key, value in facts
    ]
    if len(cells) % 2:
        cells.append([Paragraph("", style.LABEL), Paragraph("", style.VALUE)])
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    width = style.FRAME_WIDTH
    table = Table(rows, colWidths=[0.18 * width, 0.32 * width, 0.18 * width, 0.32 * width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table
