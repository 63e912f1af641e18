"""The victim of tests/test_crash_safety.py: saves in a loop until it is killed.

``python tests/crash_writer.py DB RUN`` opens DB with Store.open, prints ``ready``,
then repeats what a manager does in a talk (add people, start a conversation, save
answers, agree an action, complete it, delete someone) and prints one flushed line
per save *after* the store returned, so every line names a committed change:

    committed batch <tag> <id> <id> <id>       three employees from one add_many
    committed conversation <employee> <conversation>
    committed answer <employee> <conversation> <card>
    committed action <employee> <action>
    committed completed <employee> <conversation>
    deleting <employee>                        printed before the delete starts
    committed deleted <employee>

A line is one write() of less than PIPE_BUF bytes, so a kill never leaves half of one.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from leercoach.decks import parse_deck_text
from leercoach.domain import ActionOwner, EmployeeDraft
from leercoach.store import Store

DECK = """
slug = "crash"
version = 1
title = "Crashgesprek"
kind = "check-in"
language = "nl"
description = "Vragen om tijdens te sterven."
duration_minutes = 10
source = "tests"

[[cards]]
id = "geleerd"
question = "Wat heb je geleerd?"
theme = "leren"

[[cards]]
id = "energie"
question = "Hoeveel energie geeft je werk je?"
theme = "welzijn"
answer = "scale"

[[cards]]
id = "hulp"
question = "Heb je iets van mij nodig?"
theme = "steun"
answer = "yesno"
"""


def answer_text(conversation_id: str, card_id: str) -> str:
    """What is saved for a card; the test recomputes it to check the value, not just the row."""
    return f"antwoord {conversation_id} {card_id} – één ë"


def report(*words: str) -> None:
    print(*words, flush=True)


def main(db_path: Path, run: str) -> None:
    deck = parse_deck_text(DECK, "crash.toml")
    with Store.open(db_path) as store:
        report("ready")
        for number in itertools.count():
            tag = f"{run}-{number}"
            people = store.employees.add_many(
                [EmployeeDraft(name=f"batch {tag} {k}", team="Zorg") for k in range(3)]
            )
            report("committed", "batch", tag, *(person.id for person in people))
            person = people[0].id
            talk = store.conversations.start(person, deck)
            report("committed", "conversation", person, talk.id)
            for position, card in enumerate(deck.cards):
                store.conversations.save_answer(
                    talk.id, card, position, answer_text(talk.id, card.id)
                )
                report("committed", "answer", person, talk.id, card.id)
            action = store.actions.add(person, f"actie {tag}", ActionOwner.SAMEN)
            report("committed", "action", person, action.id)
            store.conversations.complete(talk.id)
            report("committed", "completed", person, talk.id)
            if number % 3 == 2:
                # The person with the whole history goes: a cascade over four tables.
                report("deleting", person)
                store.employees.delete(person)
                report("committed", "deleted", person)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
