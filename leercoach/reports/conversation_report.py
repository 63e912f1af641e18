"""The record of one talk, for the employee: what was shared, answered and agreed, to sign.

``leercoach export conversation ID`` and "Verslag voor medewerker…" write it. It prints
one completed talk only (``talk_record.read_talk_record`` refuses a draft and the
manager's own decks) and never its private note: the read leaves it out, and nothing
here would print it. Questions and answers are printed as in the growth summary
(``blocks.answer_block``), the actions as its table (``blocks.actions_table``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, Paragraph, Spacer

from leercoach.reports import style
from leercoach.reports.blocks import actions_table, answer_block, facts_table, signatures
from leercoach.reports.fonts import register_fonts
from leercoach.reports.growth_summary import RenderedPdf, SummaryOptions
from leercoach.reports.pages import PdfMeta, Section, SectionStart, atomic_target, build_pdf
from leercoach.reports.talk_record import TalkRecord, read_talk_record
from leercoach.reports.text import clean, markup, paragraphs
from leercoach.reports.words import Words
from leercoach.targets import PDF, Target, check_targets

if TYPE_CHECKING:
    from leercoach.decks import DeckLibrary
    from leercoach.store import Store


def export_talk_record(
    store: Store,
    conversation_id: str,
    path: Path,
    library: DeckLibrary,
    *,
    language: str = "nl",
    today: date | None = None,
) -> RenderedPdf:
    """Read the talk (refused: NotFoundError, NotARecordError), check ``path``, write it."""
    record = read_talk_record(store, conversation_id, library)
    check_targets([Target(path, PDF)], store.path)
    options = SummaryOptions(
        manager_name=record.manager_name,
        today=today or date.today(),
        language=language,
        region=store.reporting.region(),
    )
    return render_talk_record(record, path, options)


def render_talk_record(record: TalkRecord, path: Path, options: SummaryOptions) -> RenderedPdf:
    words = Words(options.language, options.region)
    name = clean(record.employee.name).replace("\n", " ")
    held = words.day(record.held_on)
    meta = PdfMeta(
        title=words.text(
            "record_doc_title", deck=record.conversation.deck_title, date=held, name=name
        ),
        author=options.manager_name or "leercoach",
        subject=words.text("record_subject", date=held),
        language=options.language,
    )
    with atomic_target(path) as temporary:
        pages = build_pdf(temporary, [record_story(record, options, words)], meta)
    return RenderedPdf(path, pages)


def record_story(record: TalkRecord, options: SummaryOptions, words: Words) -> list[Flowable]:
    register_fonts()
    talk, person = record.conversation, record.employee
    name = clean(person.name).replace("\n", " ")
    held = words.day(record.held_on)
    section = Section(
        key="r1",
        outline=name,
        header_left=name,
        header_right=f"{clean(talk.deck_title)} · {held}",
        footer_left=words.text("printed_on", date=words.day(options.today)),
        page_of=words.text("page_of", page="{page}", pages="{pages}"),
    )
    facts = [
        ("f_talk", talk.deck_title),
        ("f_held", held),
        ("f_team", person.team),
        ("f_manager", options.manager_name),
        ("f_role", person.role),
        ("f_printed", words.day(options.today)),
    ]
    story: list[Flowable] = [
        SectionStart(section),
        Paragraph(words.text("record_kicker"), style.KICKER),
        Paragraph(markup(person.name), style.TITLE),
        Paragraph(
            markup(words.text("record_subtitle", deck=talk.deck_title, date=held)),
            style.SUBTITLE,
        ),
        Spacer(0, 8),
        HRFlowable(width="100%", thickness=1.2, color=style.ACCENT, spaceAfter=10),
        facts_table(facts, words),
        Spacer(0, 12),
        Paragraph(markup(words.text("record_intro", name=person.name)), style.NOTE),
        Spacer(0, 8),
    ]
    story += _summary(record, words)
    story += _answers(record, words)
    story += _actions(record, options, words)
    story += signatures(person.name, options.manager_name, words, "record_signing_note")
    return story


def _summary(record: TalkRecord, words: Words) -> list[Flowable]:
    label = Paragraph(words.text("shared"), style.SUBHEADING)
    summary = paragraphs(record.conversation.shared_summary, style.SHARED)
    if not summary:
        return [label, Paragraph(words.text("record_no_summary"), style.NOTE)]
    return [KeepTogether([label, summary[0]]), *summary[1:]]


def _answers(record: TalkRecord, words: Words) -> list[Flowable]:
    flow: list[Flowable] = []
    for answer in record.answers:
        flow += answer_block(answer, record.deck, words)
    heading = [
        CondPageBreak(80),
        Paragraph(words.text("record_answers"), style.HEADING),
        Spacer(0, 2),
    ]
    if not flow:
        return [*heading, Paragraph(words.text("record_no_answers"), style.NOTE)]
    return [*heading, *flow]


def _actions(record: TalkRecord, options: SummaryOptions, words: Words) -> list[Flowable]:
    heading = [CondPageBreak(80), Paragraph(words.text("actions"), style.HEADING)]
    if not record.actions:
        return [*heading, Paragraph(words.text("record_no_actions"), style.NOTE)]
    return [*heading, Spacer(0, 2), actions_table(record.actions, options.today, words)]
