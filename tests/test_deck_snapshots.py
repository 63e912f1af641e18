"""Each conversation keeps the deck it was held with: a snapshot stored in the database."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from leercoach.decks import DeckLibrary, load_library, parse_deck_text
from leercoach.decks.snapshot import canonical_json, content_hash, deck_data, deck_from_json
from leercoach.domain import AnswerSpec, AnswerType, Card, Deck, EmployeeDraft
from leercoach.domain.deck import AnsweredBy, Audience
from leercoach.paths import deck_folders, shipped_decks_dir
from leercoach.store import Store
from leercoach.store.demo import build_demo

from .conftest import SMALL_DECK
from .deck_history import answer_every_card, pdf_words, put_user_deck, raised_check_in


def test_the_cli_prints_a_check_in_with_its_own_deck_after_a_check_in_99(
    db_path: Path, tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters"))
        check_in = load_library(deck_folders()).get("check-in")
        talk = store.conversations.start(zoe.id, check_in)
        given = answer_every_card(store, talk, check_in)
        store.conversations.complete(talk.id)
    put_user_deck("check-in.toml", raised_check_in())
    pdf = tmp_path / "zoe.pdf"
    export = ["export", "pdf", "--employee", zoe.id, "--period", str(date.today().year)]
    result = subprocess.run(
        [sys.executable, "-m", "leercoach", "--db", str(db_path), *export, "--out", str(pdf)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = pdf_words(pdf)
    assert all(given[card.id] in text for card in check_in.cards[1:])
    assert "4 – goed" in text  # labelled as in the shipped version, the deck it was held with
    assert "Wat is nieuw?" not in text


def test_a_deck_version_is_stored_once_and_read_back_whole(store: Store, mini_deck: Deck) -> None:
    person = store.employees.add(EmployeeDraft(name="Jef"))
    first = store.conversations.start(person.id, mini_deck)
    second = store.conversations.start(person.id, mini_deck)
    edited = parse_deck_text(SMALL_DECK.replace("Wat heb je geleerd?", "Wat leerde je?"))
    third = store.conversations.start(person.id, edited)
    assert first.deck_hash == second.deck_hash == content_hash(mini_deck)
    assert third.deck_hash == content_hash(edited) != first.deck_hash
    stored = store.db.execute("SELECT slug, version FROM deck_snapshot").fetchall()
    assert stored == [("mini", 1), ("mini", 1)]
    nothing_loaded = DeckLibrary()
    again = store.conversations.get(first.id)
    assert store.decks.deck_of(again, nothing_loaded) == dataclasses.replace(mini_deck, path=None)
    assert store.decks.deck_of(third, nothing_loaded) == dataclasses.replace(edited, path=None)


def test_the_hash_is_of_the_content_not_of_the_file(tmp_path: Path) -> None:
    deck = parse_deck_text(SMALL_DECK, "mini.toml", tmp_path / "mini.toml")
    relaid = parse_deck_text("# een kopie\n" + SMALL_DECK.replace(" = ", "  =  "), "elders.toml")
    assert content_hash(relaid) == content_hash(deck)
    assert len(content_hash(deck)) == 64
    tip = dataclasses.replace(deck.cards[0], tip="Luister eerst.")
    changed = dataclasses.replace(deck, cards=(tip, *deck.cards[1:]))
    assert content_hash(changed) != content_hash(deck)
    for shipped in load_library([shipped_decks_dir()]).decks.values():
        back = deck_from_json(canonical_json(shipped))
        assert back == dataclasses.replace(shipped, path=None)
        assert content_hash(back) == content_hash(shipped)


def test_the_snapshot_holds_every_field_of_a_deck(mini_deck: Deck) -> None:
    """A field added to Deck, Card or AnswerSpec fails here until the snapshot keeps it."""
    card = replace(mini_deck.cards[0], answered_by=AnsweredBy.EMPLOYEE, optional=True)
    full = replace(
        mini_deck,
        audience=Audience.MANAGER,
        cards=(card, *mini_deck.cards[1:]),
        translation_of="check-in",
        suggest_after=("onboarding",),
        suggest_for_gaps=("plannen:no-talk",),
    )
    data = deck_data(full)
    assert set(data) == {f.name for f in dataclasses.fields(Deck)} - {"path"}
    assert set(data["cards"][0]) == {f.name for f in dataclasses.fields(Card)}
    assert deck_from_json(canonical_json(full)) == replace(full, path=None)
    # The fields added with issue 17 are kept only where they differ from their default.
    plain = deck_data(mini_deck)
    assert not {"audience", "translation_of", "suggest_after", "suggest_for_gaps"} & set(plain)
    assert not {"answered_by", "optional"} & set(plain["cards"][0])
    # Option ids are kept where a deck names them; made from the texts, they would only
    # change the hash of every deck with a choice card (migration 0014).
    given = AnswerSpec(
        AnswerType.CHOICE, options=("Ja", "Nee"), option_ids=("yes", "no"), other=True
    )
    answer = deck_data(replace(mini_deck, cards=(replace(mini_deck.cards[0], answer=given),)))
    assert set(answer["cards"][0]["answer"]) == {f.name for f in dataclasses.fields(AnswerSpec)}
    assert set(data["cards"][0]["answer"]) == {"type", "labels", "options"}


def test_demo_conversations_keep_their_deck(store: Store) -> None:
    decks = load_library([shipped_decks_dir()]).decks.values()
    build_demo(store.db, decks, 3, seed=4, today=date(2026, 3, 2))
    (missing,) = store.db.execute(
        "SELECT count(*) FROM conversation WHERE deck_hash IS NULL"
    ).fetchone()
    assert missing == 0
    assert store.check() == []


def _old_canonical_hash(deck: Deck) -> str:
    """The hash as leercoach computed it before issue 17 (audience, answered_by, optional)."""
    cards = [
        {
            "id": card.id,
            "question": card.question,
            "theme": card.theme,
            "answer": {
                "type": card.answer.type.value,
                "labels": list(card.answer.labels),
                "options": list(card.answer.options),
                **({"option_ids": list(card.answer.option_ids)} if card.answer.ids_given else {}),
            },
            "follow_ups": list(card.follow_ups),
            "tip": card.tip,
            "phase": card.phase,
        }
        for card in deck.cards
    ]
    data = {
        "slug": deck.slug,
        "version": deck.version,
        "title": deck.title,
        "kind": deck.kind.value,
        "language": deck.language,
        "description": deck.description,
        "duration_minutes": deck.duration_minutes,
        "source": deck.source,
        "cards": cards,
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_deck_without_the_new_fields_keeps_its_hash(mini_deck: Deck) -> None:
    assert content_hash(mini_deck) == _old_canonical_hash(mini_deck)
    library = load_library([shipped_decks_dir()])
    for deck in library.decks.values():
        uses_new = (
            deck.audience is not Audience.EMPLOYEE
            or deck.translation_of is not None
            or bool(deck.suggest_after or deck.suggest_for_gaps)
            or any(
                c.optional or c.answered_by is not None or c.answer.other
                or c.answer.type is AnswerType.MULTI
                for c in deck.cards
            )
        )  # fmt: skip
        assert (content_hash(deck) != _old_canonical_hash(deck)) is uses_new, deck.slug
