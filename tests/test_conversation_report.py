"""The record of one talk, for the employee (issue 17): what is printed, what never is,
and which conversations have none."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from leercoach.decks import load_library
from leercoach.domain import ActionOwner, Deck, EmployeeDraft
from leercoach.domain.settings import Settings
from leercoach.paths import shipped_decks_dir
from leercoach.reports import export_talk_record, record_file_name
from leercoach.reports.talk_record import NotARecordError, Refusal
from leercoach.store import NotFoundError, Store

from .test_reports import pages_of, pdf_text

TODAY = date(2026, 11, 23)
PRIVATE = "Vermoedt burn-out bij de partner; niet doorvertellen"


def held_talk(store: Store, deck: Deck) -> tuple[str, str]:
    """Zoë's completed talk: an answer, a scale with its note, a skipped card, two
    actions, a shared summary and a private note; and a second talk that is not asked."""
    store.settings.write(Settings(manager_name="Karin Wouters"))
    zoe = store.employees.add(
        EmployeeDraft(name="Zoë Peeters", team="Zorg", role="verpleegkundige")
    )
    talk = store.conversations.start(zoe.id, deck).id
    learned, energy, help_ = deck.cards
    store.conversations.save_answer(talk, learned, 0, "Plannen met de nieuwe roosterapp")
    store.conversations.save_answer(talk, energy, 1, "4")
    store.conversations.save_note(talk, energy, 1, "De nachtdiensten wegen minder")
    store.conversations.skip_card(talk, help_, 2)
    store.conversations.set_shared_summary(talk, "We spreken af dat Zoë de roosters mee maakt.")
    store.conversations.set_private_note(talk, PRIVATE)
    store.actions.add(
        zoe.id,
        "Opleiding roosteren volgen",
        ActionOwner.MEDEWERKER,
        date(2027, 2, 1),
        "Ze maakt het rooster van maart",
        conversation_id=talk,
    )
    store.actions.add(
        zoe.id,
        "Budget vragen",
        ActionOwner.LEIDINGGEVENDE,
        date(2027, 1, 15),
        conversation_id=talk,
    )
    store.conversations.complete(talk)
    other = store.conversations.start(zoe.id, deck).id
    store.conversations.set_shared_summary(other, "Een ander gesprek over verlof")
    store.conversations.complete(other)
    return zoe.id, talk


def test_the_record_prints_what_was_shared_answered_and_agreed_never_the_private_note(
    store: Store, mini_deck: Deck, tmp_path: Path
) -> None:
    _, talk = held_talk(store, mini_deck)
    out = tmp_path / "verslag.pdf"
    rendered = export_talk_record(
        store, talk, out, load_library([shipped_decks_dir()]), today=TODAY
    )
    assert rendered.pages == pages_of(out) == 1
    text = " ".join(pdf_text(out).split())
    assert "VERSLAG VAN EEN GESPREK" in text and "Zoë Peeters" in text
    assert "Mini-gesprek" in text and "Karin Wouters" in text
    assert "We spreken af dat Zoë de roosters mee maakt." in text
    assert "Wat heb je geleerd? Plannen met de nieuwe roosterapp" in text
    assert (
        "Hoeveel energie geeft je werk je? 4 – veel Toelichting: De nachtdiensten wegen minder"
        in text
    )
    assert "Heb je iets van mij nodig? overgeslagen" in text
    # Each action with who does it, by name, and by when.
    assert "Opleiding roosteren volgen medewerker (Zoë Peeters) 1 feb 2027" in text
    assert "Budget vragen leidinggevende (Karin Wouters) 15 jan 2027" in text
    assert "Ze maakt het rooster van maart" in text
    assert "Handtekening" in text and text.count("Datum") == 2
    assert "MEDEWERKER" in text and "LEIDINGGEVENDE" in text
    for word in ("burn-out", "partner", "doorvertellen"):
        assert word not in text
    assert "verlof" not in text, "another talk of the same person"
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)


def test_the_record_in_english(store: Store, mini_deck: Deck, tmp_path: Path) -> None:
    _, talk = held_talk(store, mini_deck)
    out = tmp_path / "record.pdf"
    export_talk_record(store, talk, out, load_library([shipped_decks_dir()]), language="en")
    text = " ".join(pdf_text(out).split())
    assert "RECORD OF A CONVERSATION" in text and "skipped" in text
    assert "Signature" in text and "Agreed actions" in text


def test_a_draft_and_the_managers_own_deck_have_no_record(
    store: Store, mini_deck: Deck, tmp_path: Path
) -> None:
    library = load_library([shipped_decks_dir()])
    person, _ = held_talk(store, mini_deck)
    draft = store.conversations.start(person, mini_deck).id
    own = store.conversations.start(person, library.get("feedforward-voorbereiding")).id
    store.conversations.complete(own)
    out = tmp_path / "x.pdf"
    with pytest.raises(NotARecordError) as refused:
        export_talk_record(store, draft, out, library)
    assert refused.value.refusal is Refusal.DRAFT
    assert "finish the conversation first" in str(refused.value)
    with pytest.raises(NotARecordError) as refused:
        export_talk_record(store, own, out, library)
    assert refused.value.refusal is Refusal.MANAGERS_OWN
    with pytest.raises(NotFoundError):
        export_talk_record(store, "no-such-talk", out, library)
    assert not out.exists()


def test_the_file_name_names_the_person_and_the_day() -> None:
    assert (
        record_file_name("Zoë Peeters", date(2026, 3, 5)) == "Zoë Peeters - verslag 2026-03-05.pdf"
    )
    assert record_file_name("A/B", date(2026, 3, 5), "en") == "A B - record 2026-03-05.pdf"
