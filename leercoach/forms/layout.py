"""The preparation form's pages: the questions as page text, the answers as AcroForm fields.

The person's name, the questions and every other word are page text in the embedded
DejaVu font, so they print and read as the reports do; the fields use Helvetica, one of
the standard fonts AcroForm requires (a reader draws what is typed with its own fonts).
Text fields are multi-line with no length limit (reportlab's default writes ``/MaxLen
100``, which Acrobat enforces). Radio groups can be cleared again (``radio`` without
``noToggleToOff``). A multiple-choice card is a check box per option (not required:
``fieldFlags=""``), its tooltip the question and the option. Every field has its
question as tooltip (``/TU``) for screen readers.
Borders are drawn on the page too, so the form prints well blank.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfdoc import XMP
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from leercoach import __version__
from leercoach.domain.deck import AnswerType, Card, Deck, DeckKind
from leercoach.domain.form_identity import FormIdentity
from leercoach.domain.preparation import (
    IDENTITY_FIELD,
    NOTED_TYPES,
    POINTS_FIELD,
    RADIO_TYPES,
    answer_field,
    box_field,
    form_cards,
    note_field,
    other_field,
    states,
)
from leercoach.forms.words import form_words
from leercoach.reports import style
from leercoach.reports.fonts import REGULAR, register_fonts
from leercoach.reports.pages import body_frame
from leercoach.reports.text import clean, markup

FIELD_FONT = "Helvetica"
TEXT_HEIGHT = 84
NOTE_HEIGHT = 40
OTHER_HEIGHT = 24
POINTS_HEIGHT = 120
RADIO_SIZE = 20
RADIO_LINE = 24
LABEL_SIZE = 8.5
XMP_NAMESPACE = "https://leercoach.invalid/ns/prep/1.0/"
# How a radio or a check box looks: drawn on the page too, so it prints blank.
BUTTON_LOOK: dict[str, Any] = {
    "size": RADIO_SIZE,
    "relative": True,
    "borderWidth": 1,
    "borderColor": style.MUTED,
    "fillColor": style.PAGE_WHITE,
    "textColor": style.ACCENT,
    "forceBorder": True,
}


@dataclass(frozen=True)
class FormPage:
    identity: FormIdentity
    deck: Deck
    person_name: str
    manager_name: str


class TextBox(Flowable):  # type: ignore[misc]
    """A multi-line text field the full width of the column."""

    def __init__(self, name: str, tooltip: str, height: float) -> None:
        super().__init__()
        self.name, self.tooltip, self.box_height = name, tooltip, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.box_height

    def draw(self) -> None:
        self.canv.acroForm.textfield(
            name=self.name,
            tooltip=self.tooltip,
            x=0,
            y=0,
            width=self.width,
            height=self.box_height,
            relative=True,
            fieldFlags="multiline",
            maxlen=0,
            fontName=FIELD_FONT,
            fontSize=10,
            borderWidth=0.8,
            borderColor=style.RULE,
            fillColor=style.PAGE_WHITE,
            textColor=style.INK,
            forceBorder=True,
        )


class RadioList(Flowable):  # type: ignore[misc]
    """One radio group: a circle per state with its label beside it.

    In a row when every label fits its column (a scale, yes/no), else one per line.
    The circles are 20 points: reportlab draws a radio's circle true only at that size.
    """

    def __init__(self, name: str, tooltip: str, choices: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.name, self.tooltip, self.choices = name, tooltip, choices
        self.in_a_row = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        column = available_width / max(1, len(self.choices))
        room = column - RADIO_SIZE - 12
        self.lines = [simpleSplit(label, REGULAR, LABEL_SIZE, room) for _s, label in self.choices]
        self.in_a_row = len(self.choices) <= 5 and all(len(part) <= 2 for part in self.lines)
        lines = 1 if self.in_a_row else len(self.choices)
        return available_width, RADIO_LINE * lines

    def draw(self) -> None:
        canvas = self.canv
        column = self.width / max(1, len(self.choices))
        for index, (state, label) in enumerate(self.choices):
            if self.in_a_row:
                x, y = column * index, 2.0
            else:
                x, y = 0.0, RADIO_LINE * (len(self.choices) - index - 1) + 2
            canvas.acroForm.radio(
                name=self.name,
                tooltip=self.tooltip,
                value=state,
                selected=False,
                x=x,
                y=y,
                fieldFlags="radio",
                buttonStyle="circle",
                shape="circle",
                **BUTTON_LOOK,
            )
            canvas.setFont(REGULAR, LABEL_SIZE)
            canvas.setFillColor(style.INK)
            parts = self.lines[index] if self.in_a_row else [label]
            top = y + 6.5 + (LABEL_SIZE + 1) * (len(parts) - 1) / 2
            for number, part in enumerate(parts):
                canvas.drawString(x + RADIO_SIZE + 5, top - number * (LABEL_SIZE + 1), part)


class CheckList(Flowable):  # type: ignore[misc]
    """A check box per option, one per line, each with its label beside it."""

    def __init__(self, boxes: Sequence[tuple[str, str, str]]) -> None:
        super().__init__()
        self.boxes = boxes  # (field name, tooltip, label)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, RADIO_LINE * len(self.boxes)

    def draw(self) -> None:
        canvas = self.canv
        for index, (name, tooltip, label) in enumerate(self.boxes):
            y = RADIO_LINE * (len(self.boxes) - index - 1) + 2
            canvas.acroForm.checkbox(
                name=name,
                tooltip=tooltip,
                checked=False,
                x=0,
                y=y,
                fieldFlags="",  # not required
                buttonStyle="check",
                shape="square",
                **BUTTON_LOOK,
            )
            canvas.setFont(REGULAR, LABEL_SIZE)
            canvas.setFillColor(style.INK)
            canvas.drawString(RADIO_SIZE + 5, y + 6.5, label)


class Identity(Flowable):  # type: ignore[misc]
    """The hidden, read-only field with the form's identity, and its copy in the XMP."""

    def __init__(self, identity: FormIdentity, xmp: str) -> None:
        super().__init__()
        self.identity, self.xmp = identity, xmp

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.acroForm.textfield(
            name=IDENTITY_FIELD,
            value=self.identity.text(),
            x=0,
            y=0,
            width=1,
            height=1,
            relative=True,
            annotationFlags="hidden",
            fieldFlags="readOnly",
            maxlen=0,
            fontName=FIELD_FONT,
            borderWidth=0,
        )
        packet = self.xmp
        self.canv.setCatalogEntry("Metadata", XMP(creator=lambda doc: packet.encode("utf-8")))


def render_form(page: FormPage, target: Path) -> int:
    """Write the form to ``target``; the number of pages."""
    register_fonts()
    words = form_words(page.identity.language)
    name = clean(page.person_name).replace("\n", " ")
    title = words["doc_title"].format(deck=page.deck.title, name=name)
    footer = words["footer"].format(deck=page.deck.title)
    document = BaseDocTemplate(
        str(target),
        pagesize=style.PAGE,
        leftMargin=style.MARGIN_X,
        rightMargin=style.MARGIN_X,
        topMargin=style.MARGIN_TOP,
        bottomMargin=style.MARGIN_BOTTOM,
        title=title,
        author=page.manager_name or "leercoach",
        subject=words["doc_subject"],
        creator=f"leercoach {__version__}",
        lang=page.identity.language,
        initialFontName=REGULAR,
    )
    frame = body_frame()

    def furnish(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(style.MUTED)
        bottom = 11 * 72 / 25.4
        canvas.drawString(style.MARGIN_X, bottom, footer)
        canvas.drawRightString(
            style.PAGE[0] - style.MARGIN_X, bottom, words["page"].format(page=doc.page)
        )
        canvas.restoreState()

    document.addPageTemplates([PageTemplate(id="form", frames=[frame], onPage=furnish)])
    xmp = xmp_packet(page.identity, title)
    document.build([Identity(page.identity, xmp), *form_story(page, words)])
    return int(document.page)


def form_story(page: FormPage, words: dict[str, str]) -> list[Flowable]:
    deck = page.deck
    manager = page.manager_name.strip()
    subtitle = (
        words["subtitle"].format(deck=deck.title, manager=manager)
        if manager
        else words["subtitle_no_manager"].format(deck=deck.title)
    )
    story: list[Flowable] = [
        Paragraph(words["kicker"], style.KICKER),
        Paragraph(markup(page.person_name), style.TITLE),
        Paragraph(markup(subtitle), style.SUBTITLE),
        Spacer(0, 8),
        HRFlowable(width="100%", thickness=1.2, color=style.ACCENT, spaceAfter=10),
        Paragraph(
            markup(words["intro"].format(manager=manager or words["intro_manager"])), style.BODY
        ),
    ]
    if deck.kind is DeckKind.ZELFSCAN:
        story += [Spacer(0, 6), Paragraph(markup(words["confidential"]), style.SHARED)]
    main, extra = form_cards(deck)
    if any(card.answer.type in RADIO_TYPES for card in (*main, *extra)):
        story += [Spacer(0, 6), Paragraph(markup(words["clear_hint"]), style.NOTE)]
    story.append(Spacer(0, 10))
    for card in main:
        story += card_block(card, words)
    if extra:
        story += [
            CondPageBreak(120),
            Paragraph(markup(words["extra"]), style.HEADING),
            Paragraph(markup(words["extra_intro"]), style.NOTE),
            Spacer(0, 6),
        ]
        for card in extra:
            story += card_block(card, words)
    story += [
        CondPageBreak(POINTS_HEIGHT + 60),
        Paragraph(markup(words["points"]), style.HEADING),
        Paragraph(markup(words["points_intro"]), style.NOTE),
        Spacer(0, 4),
        TextBox(POINTS_FIELD, words["points_tooltip"], POINTS_HEIGHT),
    ]
    return story


def card_block(card: Card, words: dict[str, str]) -> list[Flowable]:
    """One question: its text, what to think about, and its field(s), kept on one page."""
    parts: list[Flowable] = [Paragraph(markup(card.question), style.SUBHEADING)]
    if card.follow_ups:
        items = "<br/>".join("· " + markup(text) for text in card.follow_ups)
        parts.append(Paragraph(f"{markup(words['think'])}<br/>{items}", style.SMALL_MUTED))
    parts.append(Spacer(0, 4))
    if card.answer.type in RADIO_TYPES:
        parts.append(RadioList(answer_field(card.id), card.question, choices(card, words)))
    elif card.answer.type is AnswerType.MULTI:
        parts.append(Paragraph(markup(words["multi_hint"]), style.SMALL_MUTED))
        boxes = [
            (box_field(card.id, state), f"{card.question} – {label}", label)
            for state, label in choices(card, words)
        ]
        parts.append(CheckList(boxes))
    else:
        parts.append(TextBox(answer_field(card.id), card.question, TEXT_HEIGHT))
    if card.answer.other:
        other_tip = words["other_tooltip"].format(question=card.question)
        parts.append(TextBox(other_field(card.id), other_tip, OTHER_HEIGHT))
    if card.answer.type in NOTED_TYPES:
        parts.append(Spacer(0, 4))
        parts.append(Paragraph(markup(words["note"]), style.SMALL_MUTED))
        note_tip = words["note_tooltip"].format(question=card.question)
        parts.append(TextBox(note_field(card.id), note_tip, NOTE_HEIGHT))
    return [KeepTogether(parts), Spacer(0, 12)]


def choices(card: Card, words: dict[str, str]) -> list[tuple[str, str]]:
    """Each radio state with the label printed beside it."""
    spec = card.answer
    names = states(spec)
    if spec.type is AnswerType.SCALE:
        labels = [str(n) for n in range(1, len(names) + 1)]
        if spec.labels:
            labels = [f"{n} – {label}" for n, label in zip(labels, spec.labels, strict=False)]
        return list(zip(names, labels, strict=True))
    if spec.type is AnswerType.YESNO:
        return [(names[0], words["yes"]), (names[1], words["no"])]
    labels = [*spec.options, words["other"]] if spec.other else list(spec.options)
    return list(zip(names, labels, strict=True))


def xmp_packet(identity: FormIdentity, title: str) -> str:
    """The XMP metadata: the title, and the identity again (a reader that drops the hidden
    field or custom document-info keys when saving usually keeps this)."""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f' xmlns:lc="{XMP_NAMESPACE}">\n'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt>'
        "</dc:title>\n"
        f"<lc:form>{escape(identity.text())}</lc:form>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
