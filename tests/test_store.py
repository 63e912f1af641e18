from datetime import date
from pathlib import Path

import pytest

from leercoach.domain import (
    Action,
    ActionOwner,
    ActionStatus,
    ConversationStatus,
    CyclePhase,
    Deck,
    EmployeeDraft,
    GoalStatus,
    GrowthPhase,
)
from leercoach.domain.growth import Period
from leercoach.domain.settings import Settings
from leercoach.store import (
    DatabaseInUseError,
    NotFoundError,
    ReadOnlyError,
    Store,
    ValidationError,
)

STRANGE_TEXTS = [
    "Zoë Çelik-Ağaoğlu",
    "Nguyễn Thị Hương",
    "Søren Ĳsselmeer",
    "🎉 feest 👩🏽‍💻",
    "שלום עולם مرحبا",
    "Robert'); DROP TABLE employee;--",
    'Hij zei: "dat lukt me wel"',
    "regel één\nregel twee\r\n\ttab",
    "x" * 20_000,
]


def test_employee_round_trip(store: Store) -> None:
    draft = EmployeeDraft(
        name="  Zoë Peeters ",
        team="Zorg",
        role="verpleegkundige",
        email="zoe@voorbeeld.be",
        start_date=date(2023, 9, 1),
        growth_phase=GrowthPhase.BEKWAAM,
    )
    added = store.employees.add(draft)
    again = store.employees.get(added.id)
    assert again == added
    assert again.name == "Zoë Peeters"
    assert again.start_date == date(2023, 9, 1)
    assert again.growth_phase is GrowthPhase.BEKWAAM
    assert not again.archived and not again.is_demo


@pytest.mark.parametrize("text", STRANGE_TEXTS)
def test_any_text_is_stored_verbatim(store: Store, mini_deck: Deck, text: str) -> None:
    name = " ".join(text.split())  # a name is one line: no line breaks or tabs inside
    person = store.employees.add(EmployeeDraft(name=name, team=name[:50]))
    talk = store.conversations.start(person.id, mini_deck)
    store.conversations.save_answer(talk.id, mini_deck.cards[0], 0, text)
    store.conversations.set_private_note(talk.id, text)
    action = store.actions.add(person.id, text, ActionOwner.SAMEN, success_measure=text)
    assert store.employees.get(person.id).name == name
    assert store.conversations.answers(talk.id)[0].value == text
    assert store.conversations.get(talk.id).private_note == text
    assert store.actions.get(action.id).success_measure == text.strip()
    assert store.employees.find()[0].name == name


def test_invalid_employee_lists_every_problem(store: Store) -> None:
    draft = EmployeeDraft(
        name="  ", email="geen-adres", start_date=date(2024, 5, 1), end_date=date(2024, 4, 1)
    )
    with pytest.raises(ValidationError) as caught:
        store.employees.add(draft)
    fields = [problem.split(":")[0] for problem in caught.value.problems]
    assert fields == ["name", "email", "end_date"]
    assert store.employees.count() == 0


def test_list_sorts_like_a_person_and_hides_archived(store: Store) -> None:
    for name in ("Zoë", "Çelik", "anna", "Bram"):
        store.employees.add(EmployeeDraft(name=name, team="IT" if name != "Bram" else "Zorg"))
    bram = store.employees.find(team="Zorg")[0]
    store.employees.set_archived(bram.id, True)
    assert [e.name for e in store.employees.find()] == ["anna", "Çelik", "Zoë"]
    assert [e.name for e in store.employees.find(include_archived=True)] == [
        "anna",
        "Bram",
        "Çelik",
        "Zoë",
    ]
    assert store.employees.teams() == ["IT"]


def test_resolve_by_id_prefix(store: Store) -> None:
    person = store.employees.add(EmployeeDraft(name="Wout"))
    assert store.employees.resolve(person.id[:6]) == person
    assert store.employees.resolve(person.id.upper()) == person
    with pytest.raises(NotFoundError):
        store.employees.resolve("ffffffff-none")


def test_growth_phase_change_is_dated(store: Store) -> None:
    person = store.employees.add(EmployeeDraft(name="Ines"))
    store.employees.set_growth_phase(person.id, GrowthPhase.EXPERT, date(2025, 3, 1), "na project")
    assert store.employees.get(person.id).growth_phase is GrowthPhase.EXPERT
    assert store.employees.phase_history(person.id) == [
        (date(2025, 3, 1), GrowthPhase.EXPERT, "na project")
    ]


def test_conversation_answers_keep_the_question_as_asked(store: Store, mini_deck: Deck) -> None:
    person = store.employees.add(EmployeeDraft(name="Femke"))
    talk = store.conversations.start(person.id, mini_deck)
    assert talk.status is ConversationStatus.DRAFT
    assert talk.current_card is None
    store.conversations.save_answer(talk.id, mini_deck.cards[1], 1, "4")
    store.conversations.save_answer(talk.id, mini_deck.cards[0], 0, "eerste versie")
    store.conversations.save_answer(talk.id, mini_deck.cards[0], 0, "tweede versie")
    answers = store.conversations.answers(talk.id)
    assert [(a.card_id, a.value) for a in answers] == [
        ("geleerd", "tweede versie"),
        ("energie", "4"),
    ]
    assert answers[0].question == "Wat heb je geleerd?"


def test_completed_conversation_is_read_only_until_reopened(store: Store, mini_deck: Deck) -> None:
    person = store.employees.add(EmployeeDraft(name="Daan"))
    talk = store.conversations.start(person.id, mini_deck)
    store.conversations.set_shared_summary(talk.id, "We spraken af om te oefenen.")
    done = store.conversations.complete(talk.id)
    assert done.is_completed and done.ended_at is not None
    with pytest.raises(ReadOnlyError, match="reopen"):
        store.conversations.save_answer(talk.id, mini_deck.cards[0], 0, "te laat")
    with pytest.raises(ReadOnlyError):
        store.conversations.set_private_note(talk.id, "nee")
    store.conversations.reopen(talk.id, "typfout in samenvatting")
    store.conversations.save_answer(talk.id, mini_deck.cards[0], 0, "toch nog")
    kinds = [(kind, note) for _, kind, note in store.conversations.events(talk.id)]
    assert kinds == [("completed", ""), ("reopened", "typfout in samenvatting")]


def test_earlier_answer_to_same_card_is_found(store: Store, mini_deck: Deck) -> None:
    person = store.employees.add(EmployeeDraft(name="Hanne"))
    first = store.conversations.start(person.id, mini_deck)
    store.conversations.save_answer(first.id, mini_deck.cards[1], 1, "2")
    store.conversations.complete(first.id)
    second = store.conversations.start(person.id, mini_deck)
    store.conversations.save_answer(second.id, mini_deck.cards[1], 1, "4")
    third = store.conversations.start(person.id, mini_deck)
    earlier = store.conversations.earlier_answers(third)
    assert earlier["energie"].answer.value == "4"
    assert earlier["energie"].conversation.id == second.id
    assert "geleerd" not in earlier
    assert store.conversations.earlier_answers(first) == {}


def test_open_actions_carry_over_until_closed(store: Store, mini_deck: Deck) -> None:
    person = store.employees.add(EmployeeDraft(name="Kobe"))
    first = store.conversations.start(person.id, mini_deck)
    oefenen = store.actions.add(
        person.id,
        "Meelopen met Wout",
        ActionOwner.MEDEWERKER,
        date(2026, 4, 1),
        "Verslag in het teamoverleg",
        conversation_id=first.id,
        card_id="geleerd",
    )
    store.actions.add(
        person.id, "Opleiding boeken", ActionOwner.LEIDINGGEVENDE, conversation_id=first.id
    )
    store.conversations.complete(first.id)
    # Two later talks skip the action; it stays open.
    for _ in range(2):
        store.conversations.complete(store.conversations.start(person.id, mini_deck).id)
    assert [a.what for a in store.actions.open_for(person.id)] == [
        "Meelopen met Wout",
        "Opleiding boeken",
    ]
    fourth = store.conversations.start(person.id, mini_deck)
    store.actions.set_status(
        oefenen.id, ActionStatus.BEZIG, "half gedaan", conversation_id=fourth.id
    )
    store.actions.set_status(oefenen.id, ActionStatus.KLAAR, conversation_id=fourth.id)
    assert [a.what for a in store.actions.open_for(person.id)] == ["Opleiding boeken"]
    history = store.actions.history(oefenen.id)
    assert [(e.from_status, e.to_status, e.note) for e in history] == [
        (None, ActionStatus.OPEN, ""),
        (ActionStatus.OPEN, ActionStatus.BEZIG, "half gedaan"),
        (ActionStatus.BEZIG, ActionStatus.KLAAR, ""),
    ]
    assert store.actions.get(oefenen.id).card_id == "geleerd"
    assert store.actions.get(oefenen.id).is_overdue(date(2026, 5, 1)) is False


def agreed_in_a_talk(store: Store, deck: Deck, *what: str) -> tuple[str, str, list[Action]]:
    """A person, a draft conversation, and the actions agreed in it."""
    person = store.employees.add(EmployeeDraft(name="Sanne"))
    talk = store.conversations.start(person.id, deck)
    add = store.actions.add
    agreed = [add(person.id, w, ActionOwner.SAMEN, conversation_id=talk.id) for w in what]
    return person.id, talk.id, agreed


def test_actions_agreed_in_a_completed_conversation_are_part_of_its_record(
    store: Store, mini_deck: Deck
) -> None:
    person_id, talk_id, (kept, gone) = agreed_in_a_talk(store, mini_deck, "Meelopen", "Weg")
    removed = store.actions.delete(gone.id)
    store.conversations.complete(talk_id)
    with pytest.raises(ReadOnlyError, match="reopen"):
        store.actions.add(person_id, "Achteraf", ActionOwner.SAMEN, conversation_id=talk_id)
    with pytest.raises(ReadOnlyError):
        store.actions.update(kept.id, "Anders", ActionOwner.MEDEWERKER, None, "")
    with pytest.raises(ReadOnlyError):
        store.actions.delete(kept.id)
    with pytest.raises(ReadOnlyError):
        store.actions.restore(removed)
    with pytest.raises(ReadOnlyError):
        store.actions.set_status(kept.id, ActionStatus.KLAAR, conversation_id=talk_id)
    assert store.actions.for_conversation(talk_id) == [kept]
    assert len(store.actions.history(kept.id)) == 1
    store.conversations.reopen(talk_id, "afspraak vergeten")
    changed = store.actions.update(kept.id, "Meelopen met Wout", ActionOwner.SAMEN, None, "")
    assert changed.what == "Meelopen met Wout"


def test_a_carried_over_action_is_followed_up_in_a_later_draft_or_outside_any_talk(
    store: Store, mini_deck: Deck
) -> None:
    person_id, first_id, (action,) = agreed_in_a_talk(store, mini_deck, "Cursus")
    store.conversations.complete(first_id)
    later = store.conversations.start(person_id, mini_deck)
    store.actions.set_status(action.id, ActionStatus.BEZIG, "geboekt", conversation_id=later.id)
    assert store.actions.history(action.id)[-1].conversation_id == later.id
    assert [a.id for a in store.actions.under_review(later)] == [action.id]
    store.conversations.complete(later.id)
    with pytest.raises(ReadOnlyError):
        store.actions.set_status(action.id, ActionStatus.KLAAR, conversation_id=later.id)
    # Between talks, from the employee's overview: the follow-up, not the record.
    done = store.actions.set_status(action.id, ActionStatus.KLAAR, "afgerond")
    assert done.status is ActionStatus.KLAAR
    assert store.actions.history(action.id)[-1].conversation_id is None


def test_overdue_is_about_open_actions_past_their_date(store: Store) -> None:
    person = store.employees.add(EmployeeDraft(name="Lotte"))
    late = store.actions.add(person.id, "Cursus", ActionOwner.SAMEN, date(2026, 1, 10))
    assert late.is_overdue(date(2026, 1, 11))
    assert not late.is_overdue(date(2026, 1, 10))
    done = store.actions.set_status(late.id, ActionStatus.KLAAR)
    assert not done.is_overdue(date(2026, 2, 1))


def test_deleted_action_and_answer_can_be_undone(store: Store, mini_deck: Deck) -> None:
    person = store.employees.add(EmployeeDraft(name="Ruben"))
    talk = store.conversations.start(person.id, mini_deck)
    action = store.actions.add(person.id, "Boek lezen", ActionOwner.MEDEWERKER)
    store.actions.set_status(action.id, ActionStatus.BEZIG, "hoofdstuk 1")
    removed = store.actions.delete(action.id)
    assert store.actions.for_employee(person.id) == []
    restored = store.actions.restore(removed)
    assert restored == store.actions.get(action.id)
    assert len(store.actions.history(action.id)) == 2
    store.conversations.save_answer(talk.id, mini_deck.cards[0], 0, "veel")
    gone = store.conversations.delete_answer(talk.id, "geleerd")
    assert gone is not None and store.conversations.answers(talk.id) == []
    store.conversations.restore_answer(gone)
    assert store.conversations.answers(talk.id)[0].value == "veel"


def test_action_needs_a_what(store: Store) -> None:
    person = store.employees.add(EmployeeDraft(name="Eline"))
    with pytest.raises(ValidationError, match="what"):
        store.actions.add(person.id, "   ", ActionOwner.SAMEN)


def test_cycles_and_smart_goals(store: Store) -> None:
    person = store.employees.add(EmployeeDraft(name="Nadia"))
    cycle = store.cycles.add(person.id, date(2026, 1, 1), date(2026, 12, 31))
    assert store.cycles.covering(person.id, date(2026, 6, 1)) == cycle
    assert store.cycles.covering(person.id, date(2027, 1, 1)) is None
    goal = store.cycles.add_goal(
        cycle.id,
        "Zelfstandig plannen",
        specific="De weekplanning maken",
        measurable="4 weken zonder hulp",
        acceptable="Eigen voorstel",
        realistic="Met een halve dag oefentijd",
        time_bound="Tegen juni",
        due_date=date(2026, 6, 30),
    )
    action = store.actions.add(
        person.id, "Meekijken met planner", ActionOwner.SAMEN, goal_id=goal.id
    )
    assert store.cycles.goals(cycle.id) == [goal]
    assert store.actions.for_goal(goal.id) == [action]
    assert store.cycles.set_phase(cycle.id, CyclePhase.OPVOLGEN).phase is CyclePhase.OPVOLGEN
    assert store.cycles.set_goal_status(goal.id, GoalStatus.BEHAALD).status is GoalStatus.BEHAALD
    with pytest.raises(ValidationError, match="period_end"):
        store.cycles.add(person.id, date(2026, 12, 31), date(2026, 1, 1))


def test_a_first_goal_starts_the_periods_cycle_in_one_transaction(store: Store) -> None:
    person = store.employees.add(EmployeeDraft(name="Nadia"))
    year = Period.cycle_year(2026)
    begun: list[str] = []
    store.db.conn.set_trace_callback(
        lambda sql: begun.append(sql) if sql.startswith(("BEGIN", "SAVEPOINT")) else None
    )
    goal = store.cycles.add_goal_for_period(
        person.id, year, "Zelfstandig plannen", status=GoalStatus.BEZIG, measurable="4 weken"
    )
    store.db.conn.set_trace_callback(None)
    assert [s.split()[0] for s in begun].count("BEGIN") == 1
    (cycle,) = store.cycles.for_employee(person.id)
    assert (cycle.period_start, cycle.period_end) == (year.start, year.end)
    assert store.cycles.goals(cycle.id) == [goal]
    assert goal.status is GoalStatus.BEZIG and goal.measurable == "4 weken"
    second = store.cycles.add_goal_for_period(person.id, year, "Presenteren")
    assert store.cycles.for_employee(person.id) == [cycle]  # the cycle is there now
    assert store.cycles.goals(cycle.id) == [goal, second]


def test_a_refused_first_goal_leaves_no_empty_cycle(store: Store) -> None:
    person = store.employees.add(EmployeeDraft(name="Nadia"))
    with pytest.raises(ValidationError, match="title"):
        store.cycles.add_goal_for_period(person.id, Period.cycle_year(2026), "  ")
    assert store.cycles.for_employee(person.id) == []


def test_a_cycle_is_started_for_a_period_once(store: Store) -> None:
    person = store.employees.add(EmployeeDraft(name="Nadia"))
    september = Period.cycle_year(2026, 9)
    assert store.cycles.of_period(person.id, september) is None
    cycle = store.cycles.start_for(person.id, september)
    assert store.cycles.start_for(person.id, september) == cycle
    assert store.cycles.of_period(person.id, september) == cycle


def test_deleting_an_employee_removes_everything_about_them(store: Store, mini_deck: Deck) -> None:
    person = store.employees.add(EmployeeDraft(name="Tomasz"))
    other = store.employees.add(EmployeeDraft(name="Agnieszka"))
    talk = store.conversations.start(person.id, mini_deck)
    store.conversations.save_answer(talk.id, mini_deck.cards[0], 0, "geheim")
    store.actions.add(person.id, "Iets", ActionOwner.SAMEN, conversation_id=talk.id)
    cycle = store.cycles.add(person.id, date(2026, 1, 1), date(2026, 12, 31))
    store.cycles.add_goal(cycle.id, "Doel")
    store.employees.delete(person.id)
    for table in ("conversation", "answer", "action", "action_event", "growth_cycle", "goal"):
        assert store.db[table].count == 0, table
    assert store.employees.find() == [other]
    assert store.check() == []


def test_a_saved_answer_is_on_disk_for_another_connection(
    db_path: Path, store: Store, mini_deck: Deck
) -> None:
    person = store.employees.add(EmployeeDraft(name="Minh"))
    talk = store.conversations.start(person.id, mini_deck)
    store.conversations.save_answer(talk.id, mini_deck.cards[0], 0, "net getypt")
    with store.sibling() as second:
        assert second.conversations.answers(talk.id)[0].value == "net getypt"
        assert [d.id for d in second.conversations.drafts()] == [talk.id]


def test_settings_round_trip(store: Store) -> None:
    assert store.setting("manager_name", "onbekend") == "onbekend"
    store.set_setting("manager_name", "Griet Maes")
    store.set_setting("manager_name", "Griet Maes-Ağaoğlu")
    assert store.setting("manager_name") == "Griet Maes-Ağaoğlu"


def test_the_managers_settings_are_one_typed_object(store: Store) -> None:
    assert store.settings.read() == Settings()
    chosen = Settings(manager_name="Griet Ağaoğlu", cycle_start_month=9, retention_months=36)
    assert store.settings.write(chosen) == chosen
    assert store.settings.read() == chosen
    assert store.setting("cycle_start_month") == "9"  # one row per field, by its name
    assert store.reporting.period_for_year(2026).start == date(2026, 9, 1)
    assert store.reporting.manager_name() == "Griet Ağaoğlu"
    with pytest.raises(ValidationError):
        store.settings.write(Settings(cycle_start_month=13))
    assert store.settings.read() == chosen  # nothing of the refused one was written


@pytest.mark.parametrize("stored", ["", "abc", "-3", "0", "2.5", "999", " 12x"])
def test_a_bad_stored_setting_reads_as_the_default(store: Store, stored: str) -> None:
    store.set_setting("retention_months", stored)
    store.set_setting("cycle_start_month", stored)
    assert store.settings.read() == Settings()


def test_review_keeps_actions_closed_in_this_talk_and_skips_new_ones(
    store: Store, mini_deck: Deck
) -> None:
    person = store.employees.add(EmployeeDraft(name="Yusuf"))
    first = store.conversations.start(person.id, mini_deck)
    old = store.actions.add(person.id, "Oud", ActionOwner.SAMEN, conversation_id=first.id)
    store.actions.add(person.id, "Ook oud", ActionOwner.SAMEN, conversation_id=first.id)
    store.conversations.complete(first.id)
    second = store.conversations.start(person.id, mini_deck)
    store.actions.add(person.id, "Nieuw", ActionOwner.SAMEN, conversation_id=second.id)
    store.actions.set_status(old.id, ActionStatus.KLAAR, conversation_id=second.id)
    reviewed = store.actions.under_review(second)
    assert [a.what for a in reviewed] == ["Oud", "Ook oud"]
    # Once completed, its review is part of its record: what it followed up, not what is open.
    record = store.actions.under_review(store.conversations.complete(second.id))
    assert [a.what for a in record] == ["Oud"]


def test_a_second_writer_on_the_same_file_is_refused(db_path: Path, store: Store) -> None:
    with pytest.raises(DatabaseInUseError, match="already open in another leercoach"):
        store.access.open(exclusive=True)
    store.close()
    with store.access.open(exclusive=True) as again:
        assert again.employees.count() == 0


def test_a_killed_writer_leaves_no_lock_behind(db_path: Path) -> None:
    import subprocess
    import sys

    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from leercoach.store import Store;"
            f" s = Store.open({str(db_path)!r}); print('open', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    with pytest.raises(DatabaseInUseError):
        Store.open(db_path)
    child.kill()
    child.wait()
    with Store.open(db_path) as store:
        assert store.check() == []


def test_learning_actions_of_a_goal_keep_their_form(store: Store) -> None:
    from leercoach.domain import LearningForm

    person = store.employees.add(EmployeeDraft(name="Femke"))
    cycle = store.cycles.add(person.id, date(2026, 1, 1), date(2026, 12, 31))
    goal = store.cycles.add_goal(cycle.id, "Zelfstandig plannen")
    action = store.actions.add(
        person.id,
        "Meelopen met de planner",
        ActionOwner.MEDEWERKER,
        goal_id=goal.id,
        learning_form=LearningForm.MEELOPEN,
    )
    assert store.actions.for_goal(goal.id)[0].learning_form is LearningForm.MEELOPEN
    changed = store.actions.update(
        action.id, action.what, action.owner, None, "", LearningForm.OPLEIDING
    )
    assert changed.learning_form is LearningForm.OPLEIDING
    assert store.actions.restore(store.actions.delete(action.id)).learning_form is (
        LearningForm.OPLEIDING
    )
