"""``prep``: the employee's preparation form, written and read back in (issue 17).

Writing: ``prep form`` for the largest shipped deck, on a copy of the 10 000-person file
(the form's row and snapshot, then the PDF: page text in the embedded DejaVu font and
the fields). The floor is reportlab writing the same fields (names, kinds, states,
flags) on one empty page, without any text: what no form can do without.

Reading: ``prep import`` of that form filled in (every field, 2 000 characters per text
field), each run with other values than the last, so every run replaces what is stored
(the slower path). The floor is pypdf reading the same file's fields
(``PdfReader.get_fields``), which the import starts with.
"""

from __future__ import annotations

import shutil
import statistics
import sys
from pathlib import Path

from common import Figure, alternate, median_time
from dataset import Dataset, deck_library

from leercoach.domain.deck import Deck
from leercoach.domain.preparation import RADIO_TYPES, answer_field, form_cards, note_field, states
from leercoach.forms.prep import import_form, write_form
from leercoach.store import Store

# The tests' pypdf filler fills the form as the employee's reader would.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from prep_helpers import fill


def largest_deck() -> Deck:
    library = deck_library()
    return max(
        (deck for deck in library.decks.values() if deck.language == "nl"),
        key=lambda deck: sum(len(part) for part in form_cards(deck)),
    )


def fields_only(deck: Deck, path: Path) -> None:
    """The floor: the same fields on one empty page, no text, no embedded font."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    form = canvas.acroForm
    y = 800.0
    main, extra = form_cards(deck)
    for card in (*main, *extra):
        y = y - 30 if y > 60 else 800
        if card.answer.type in RADIO_TYPES:
            for index, state in enumerate(states(card.answer)):
                form.radio(name=answer_field(card.id), value=state, x=40 + 30 * index, y=y,
                           size=20, fieldFlags="radio")  # fmt: skip
            form.textfield(name=note_field(card.id), x=300, y=y, width=200, height=20,
                           fieldFlags="multiline", maxlen=0)  # fmt: skip
        else:
            form.textfield(name=answer_field(card.id), x=40, y=y, width=460, height=20,
                           fieldFlags="multiline", maxlen=0)  # fmt: skip
    form.textfield(name="points", x=40, y=40, width=460, height=20, fieldFlags="multiline",
                   maxlen=0)  # fmt: skip
    form.textfield(name="leercoach_form", x=0, y=0, width=1, height=1, value="x" * 200,
                   annotationFlags="hidden", fieldFlags="readOnly", maxlen=0)  # fmt: skip
    canvas.showPage()
    canvas.save()


def values(deck: Deck, variant: int) -> dict[str, str]:
    filled: dict[str, str] = {}
    main, extra = form_cards(deck)
    for card in (*main, *extra):
        if card.answer.type in RADIO_TYPES:
            names = states(card.answer)
            filled[answer_field(card.id)] = "/" + names[variant % len(names)]
            filled[note_field(card.id)] = f"Toelichting {variant} 🙂 " + "é" * 200
        else:
            filled[answer_field(card.id)] = (f"Antwoord {variant}: Zoë’s werk — " * 80)[:2000]
    filled["points"] = f"Thuiswerk {variant}\nOpleiding wondzorg"
    return filled


def prep(data: Dataset, runs: int, out: Path) -> list[Figure]:
    copy = out / "prep.db"
    shutil.copyfile(data.path, copy)
    deck = largest_deck()
    library = deck_library()
    cards = sum(len(part) for part in form_cards(deck))
    figures: list[Figure] = []
    with Store.open(copy) as store:
        person = data.bench_employee

        def ours() -> None:
            write_form(store, library, person, deck.slug, out / "form.pdf")

        def floor() -> None:
            fields_only(deck, out / "floor.pdf")

        timed = [
            alternate(lambda: median_time(ours, 5), lambda: median_time(floor, 5), 1)
            for _ in range(runs)
        ]
        value = statistics.median(t[0][0] for t in timed)
        base = statistics.median(t[1][0] for t in timed)
        figures.append(
            Figure(
                f"prep form of {deck.slug} ({cards} cards); floor: its fields on an empty page",
                value,
                base,
                "ms",
                "≤ 500 ms",
                value <= 500,
                note="ours adds the page text in the embedded DejaVu font",
            )
        )
        write_form(store, library, person, deck.slug, out / "form.pdf")
        variants = [fill(out / "form.pdf", out / f"filled-{n}.pdf", values(deck, n))
                    for n in range(2)]  # fmt: skip
        turn = [0]

        def read_in() -> None:
            turn[0] += 1
            import_form(store, variants[turn[0] % 2])

        def read_floor() -> None:
            import pypdf

            pypdf.PdfReader(variants[0]).get_fields()

        timed = [
            alternate(lambda: median_time(read_in, 5), lambda: median_time(read_floor, 5), 1)
            for _ in range(runs)
        ]
    value = statistics.median(t[0][0] for t in timed)
    base = statistics.median(t[1][0] for t in timed)
    figures.append(
        Figure(
            "prep import of it filled in (replacing); floor: pypdf reading its fields",
            value,
            base,
            "ms",
            "≤ 3×",
            value <= 3 * base,
        )
    )
    return figures
