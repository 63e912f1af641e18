"""Demo conversations and their answers: a history of talks that fit each person."""

from __future__ import annotations

from datetime import date

from leercoach.domain import AnswerType, Deck
from leercoach.store.demo.actions import GOALS, add_action
from leercoach.store.demo.run import DemoRun
from leercoach.store.demo.writer import Batch

ANSWERS_BY_THEME = {
    "motivatie": (
        "Ik krijg energie van klanten die tevreden buitengaan.",
        "Als ik iets nieuws mag uitzoeken, vliegt de dag voorbij.",
        "Samenwerken met het team geeft me het meeste voldoening.",
    ),
    "talenten": (
        "Collega's komen naar mij als er iets technisch vastloopt.",
        "Ik kan goed rust brengen als het druk is.",
        "Plannen en overzicht houden lukt me goed.",
    ),
    "doelen": GOALS,
    "obstakels": (
        "Er is te weinig tijd tussen de taken door om iets nieuws te proberen.",
        "Ik weet niet altijd bij wie ik terechtkan met vragen.",
        "De werkdruk in december maakt leren moeilijk.",
    ),
    "leervoorkeuren": (
        "Ik leer het best door het gewoon te doen, met iemand in de buurt.",
        "Een dagje meelopen met een ervaren collega helpt me meer dan een cursus.",
        "Ik lees graag eerst iets in voor ik het probeer.",
    ),
    "ondersteuning": (
        "Een vast moment per maand om samen te overleggen zou helpen.",
        "Ik heb nood aan iemand die meekijkt bij de eerste klantgesprekken.",
        "Wat tijd in de planning om de opleiding af te werken.",
    ),
}
GENERAL_ANSWERS = (
    "Dat ging beter dan verwacht; ik heb vooral geleerd om vroeger hulp te vragen.",
    "Nog niet helemaal, maar ik zie vooruitgang sinds het vorige gesprek.",
    "Ik merk dat ik rustiger ben bij moeilijke vragen van klanten.",
    "Het meelopen met Wout was heel leerrijk, dat wil ik herhalen.",
    "Moeilijk om te zeggen; ik denk er nog even over na tegen de volgende keer.",
)
SUMMARIES = (
    "We bekeken wat goed liep en spraken twee concrete stappen af.",
    "Fijn gesprek; de focus ligt de komende maanden op zelfstandig plannen.",
    "We zoeken samen tijd vrij om te leren naast het drukke werk.",
)
PRIVATE_NOTES = (
    "Lijkt vermoeid; volgende keer naar werkdruk vragen.",
    "Denkt na over een andere functie; opvolgen.",
    "",
)


def add_talk(
    run: DemoRun, batch: Batch, employee_id: str, day: date, deck: Deck, *, draft: bool
) -> None:
    """One conversation on ``day``, its answers, and the actions agreed in it."""
    rng = run.rng
    conversation_id = run.uid()
    started = run.stamp(day, rng.choice((9, 10, 11, 14, 15)))
    ended = None if draft else run.stamp(day, 16)
    answered = deck.cards if not draft else deck.cards[: rng.randrange(1, len(deck.cards) + 1)]
    batch.add(
        "conversation",
        {
            "id": conversation_id,
            "employee_id": employee_id,
            "deck_slug": deck.slug,
            "deck_version": deck.version,
            "deck_title": deck.title,
            "started_at": started,
            "ended_at": ended,
            "status": "draft" if draft else "completed",
            "shared_summary": "" if draft else rng.choice(SUMMARIES),
            "private_note": rng.choice(PRIVATE_NOTES),
            "current_card": answered[-1].id,
            "updated_at": ended or started,
            "deck_hash": run.deck_hashes.get((deck.slug, deck.version)),
            "first_completed_at": ended,
            "deck_kind": deck.kind.value,
            "audience": deck.audience.value,
        },
    )
    if not draft:
        batch.add(
            "conversation_event",
            {
                "id": run.uid(),
                "conversation_id": conversation_id,
                "at": ended,
                "kind": "completed",
                "note": "",
            },
        )
    for position, card in enumerate(answered):
        value = answer_value(run, card.answer.type, card.answer.options, card.theme)
        if card.answer.type is AnswerType.MULTI:
            picked = run.rng.sample(card.answer.option_ids, min(2, len(card.answer.option_ids)))
            value = card.answer.encode(picked, language="nl")[0]
        batch.add(
            "answer",
            {
                "conversation_id": conversation_id,
                "card_id": card.id,
                "position": position,
                "question": card.question,
                "value": value,
                "updated_at": started,
                "option_id": card.answer.option_id(value)
                if card.answer.type in (AnswerType.CHOICE, AnswerType.MULTI)
                else None,
            },
        )
    run.counts["conversations"] += 1
    run.counts["answers"] += len(answered)
    for _ in range(rng.choice((0, 1, 1, 2))):
        add_action(run, batch, employee_id, conversation_id, answered, day, started)


def answer_value(run: DemoRun, kind: AnswerType, options: tuple[str, ...], theme: str) -> str:
    rng = run.rng
    if kind is AnswerType.SCALE:
        return str(rng.choice((2, 3, 3, 4, 4, 4, 5)))
    if kind is AnswerType.YESNO:
        return rng.choice(("ja", "nee"))
    if kind is AnswerType.CHOICE:
        return rng.choice(options)
    return rng.choice(ANSWERS_BY_THEME.get(theme, GENERAL_ANSWERS))
