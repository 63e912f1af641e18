"""Who is already there: the rule that keeps a list imported twice from doubling anyone
(leercoach.domain.people), on plain values, without a database."""

from __future__ import annotations

from datetime import date, datetime

from leercoach.domain import Employee, EmployeeDraft, GrowthPhase
from leercoach.domain.people import (
    ImportRow,
    KnownPerson,
    MatchReason,
    PeopleIndex,
    plan_import,
    updated_draft,
)

ZOE = KnownPerson("id-zoe", "Zoë Van den Broeck", "Zorg", "Zoe@Voorbeeld.be", date(2019, 5, 1))
JEF = KnownPerson("id-jef", "Jef Peeters", "IT", None, None, "00123")


def rows(*drafts: EmployeeDraft) -> list[ImportRow]:
    return [ImportRow(line, draft) for line, draft in enumerate(drafts, start=2)]


def test_number_then_email_then_folded_name_with_start_date() -> None:
    plan = plan_import(
        [ZOE, JEF],
        rows(
            EmployeeDraft(name="Jef Peeters-Maes", employee_number=" 00123 "),
            EmployeeDraft(name="Zoë Janssens", email="zoe@voorbeeld.BE"),
            EmployeeDraft(name="Bram Maes"),
        ),
    )
    assert [(p.row.line, p.match.person.id, p.match.reason) for p in plan.present] == [
        (2, "id-jef", MatchReason.EMPLOYEE_NUMBER),
        (3, "id-zoe", MatchReason.EMAIL),
    ]
    assert [row.draft.name for row in plan.new] == ["Bram Maes"]
    assert plan.repeated == []


def test_a_name_matches_folded_and_a_start_date_only_one_side_knows_does_not_count() -> None:
    index = PeopleIndex([ZOE, JEF])
    same_day = index.find(EmployeeDraft(name="zoe  VAN DEN broeck", start_date=date(2019, 5, 1)))
    assert same_day is not None and same_day.reason is MatchReason.NAME_AND_START
    undated = index.find(EmployeeDraft(name="Zoe van den Broeck"))
    assert undated is not None and (undated.person, undated.reason) == (ZOE, MatchReason.NAME)


def test_evidence_against_makes_two_people_of_one_name() -> None:
    index = PeopleIndex([ZOE, JEF])
    assert index.find(EmployeeDraft(name="Zoë Van den Broeck", start_date=date(2024, 1, 8))) is None
    assert index.find(EmployeeDraft(name="Zoë Van den Broeck", email="zoe.vdb@elders.be")) is None
    assert index.find(EmployeeDraft(name="Jef Peeters", employee_number="00999")) is None
    # The person being edited is not a duplicate of themselves.
    assert index.find(EmployeeDraft(name="Jef Peeters"), besides="id-jef") is None


def test_two_rows_of_one_file_that_are_one_person_are_caught_with_both_lines() -> None:
    plan = plan_import(
        [ZOE],
        rows(
            EmployeeDraft(name="An Smet", email="an@voorbeeld.be"),
            EmployeeDraft(name="Zoe Van den Broeck"),
            EmployeeDraft(name="Anneke Smet", email="AN@voorbeeld.be"),
            EmployeeDraft(name="Zoë Van den Broeck", email="zoe@voorbeeld.be"),
        ),
    )
    assert [row.line for row in plan.new] == [2]
    assert [(p.row.line, p.match.person.id) for p in plan.present] == [(3, "id-zoe")]
    assert [(r.row.line, r.earlier.line, r.reason) for r in plan.repeated] == [
        (4, 2, MatchReason.EMAIL),
        (5, 3, MatchReason.NAME),
    ]


def test_an_update_takes_only_the_fields_the_row_gives() -> None:
    stamp = datetime(2026, 3, 2, 9, 0)
    current = Employee(
        "id-zoe",
        "Zoë Van den Broeck",
        "Zorg",
        "verpleegkundige",
        "zoe@voorbeeld.be",
        date(2019, 5, 1),
        None,
        GrowthPhase.EXPERT,
        False,
        False,
        stamp,
        stamp,
        "77",
    )
    row = ImportRow(
        4,
        EmployeeDraft(name="Zoë Van den Broeck", team="Nacht", employee_number="77"),
        frozenset({"name", "team", "employee_number"}),
    )
    assert updated_draft(current, row) == EmployeeDraft(
        name="Zoë Van den Broeck",
        team="Nacht",
        role="verpleegkundige",
        email="zoe@voorbeeld.be",
        start_date=date(2019, 5, 1),
        growth_phase=GrowthPhase.EXPERT,
        employee_number="77",
    )
