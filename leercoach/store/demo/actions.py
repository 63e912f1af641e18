"""Demo growth cycles and actions: a SMART goal with its learning actions, and what each
talk agreed, most of it done by now and some of it slipping, as in real teams."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from leercoach.domain import ActionOwner, ActionStatus
from leercoach.domain.cycle import CyclePhase
from leercoach.store.demo.run import DemoRun
from leercoach.store.demo.writer import Batch

# What people say they want to reach; a goal's title, and an answer about goals.
GOALS = (
    "Tegen de zomer wil ik zelfstandig de weekplanning kunnen maken.",
    "Ik wil de nieuwe software vlot kunnen uitleggen aan anderen.",
    "Meer verantwoordelijkheid in het onthaal van nieuwe collega's.",
)
ACTIONS = (
    ("Een dag meelopen met een ervaren collega", "Een kort verslag van wat ik wil overnemen"),
    ("Opleiding Excel voor gevorderden volgen", "Ik maak de maandrapportering zelf"),
    (
        "Vast leermoment van een halfuur per week inplannen",
        "Het staat vier weken op rij in de agenda",
    ),
    ("Buddy worden voor de nieuwe collega", "De nieuwe collega zegt dat hij weet bij wie terecht"),
    ("Feedback vragen aan twee collega's na het project", "Twee gesprekken gevoerd en genoteerd"),
    ("Zelfstudie over de nieuwe procedure", "Ik kan de procedure uitleggen in het teamoverleg"),
    ("Rooster aanpassen zodat de opleiding past", "De opleiding is zonder overuren afgerond"),
)
LEARNING = ("meelopen", "opleiding", "on-the-job", "peer-learning", "coaching", "zelfstudie")


def add_cycle(run: DemoRun, batch: Batch, employee_id: str) -> str:
    """This year's growth cycle with one SMART goal and two learning actions for it."""
    rng = run.rng
    start = date(run.today.year, 1, 1)
    cycle_id = run.uid()
    now = run.stamp(start)
    phase = list(CyclePhase)[min(3, (run.today.month - 1) // 3)].value
    batch.add(
        "growth_cycle",
        {
            "id": cycle_id,
            "employee_id": employee_id,
            "period_start": start.isoformat(),
            "period_end": date(run.today.year, 12, 31).isoformat(),
            "phase": phase,
            "created_at": now,
            "updated_at": now,
        },
    )
    goal = rng.choice(GOALS)
    goal_id = run.uid()
    batch.add(
        "goal",
        {
            "id": goal_id,
            "cycle_id": cycle_id,
            "title": goal,
            "specific": goal,
            "measurable": "Mijn leidinggevende ziet het in de planning.",
            "acceptable": "Ik heb dit zelf voorgesteld.",
            "realistic": "Met een halve dag per maand om te oefenen.",
            "time_bound": f"Tegen 30 juni {run.today.year}.",
            "due_date": date(run.today.year, 6, 30).isoformat(),
            "status": rng.choice(("open", "bezig", "bezig", "behaald")),
            "created_at": now,
            "updated_at": now,
        },
    )
    # A goal comes with its learning actions, formal and informal.
    for form, (what, measure) in rng.sample(list(zip(LEARNING, ACTIONS, strict=False)), 2):
        action_id = run.uid()
        due = date(run.today.year, rng.choice((3, 5, 6)), 15)
        status = "klaar" if due < run.today and rng.random() < 0.7 else "bezig"
        batch.add(
            "action",
            {
                "id": action_id,
                "employee_id": employee_id,
                "conversation_id": None,
                "card_id": None,
                "goal_id": goal_id,
                "what": what,
                "owner": ActionOwner.MEDEWERKER.value,
                "due_date": due.isoformat(),
                "success_measure": measure,
                "status": status,
                "created_at": now,
                "updated_at": now,
                "learning_form": form,
            },
        )
        batch.add(
            "action_event",
            {
                "id": run.uid(),
                "action_id": action_id,
                "conversation_id": None,
                "at": now,
                "from_status": None,
                "to_status": "open",
                "note": "",
                "kind": "agreed",
            },
        )
    return cycle_id


def add_action(
    run: DemoRun,
    batch: Batch,
    employee_id: str,
    conversation_id: str,
    cards: Any,
    day: date,
    at: str,
) -> None:
    """One action agreed in a talk on ``day``, with the status it has by now."""
    rng = run.rng
    what, measure = rng.choice(ACTIONS)
    due = day + timedelta(days=rng.choice((14, 30, 45, 60, 90)))
    age = (run.today - day).days
    if age > 120:
        status = rng.choice(("klaar", "klaar", "klaar", "geschrapt", "bezig"))
    elif due < run.today:
        # Most actions past their date were done; some slipped, as in real teams.
        status = rng.choice(("klaar", "klaar", "klaar", "bezig", "open"))
    else:
        status = rng.choice(("open", "open", "bezig", "klaar"))
    action_id = run.uid()
    batch.add(
        "action",
        {
            "id": action_id,
            "employee_id": employee_id,
            "conversation_id": conversation_id,
            "card_id": rng.choice(cards).id,
            "goal_id": None,
            "what": what,
            "owner": rng.choice(list(ActionOwner)).value,
            "due_date": due.isoformat(),
            "success_measure": measure,
            "status": status,
            "created_at": at,
            "updated_at": at,
            "learning_form": None,
        },
    )
    batch.add(
        "action_event",
        {
            "id": run.uid(),
            "action_id": action_id,
            "conversation_id": conversation_id,
            "at": at,
            "from_status": None,
            "to_status": "open",
            "note": "",
            "kind": "agreed",
        },
    )
    if status != ActionStatus.OPEN.value:
        batch.add(
            "action_event",
            {
                "id": run.uid(),
                "action_id": action_id,
                "conversation_id": None,
                "at": run.stamp(min(due, run.today), 17),
                "from_status": "open",
                "to_status": status,
                "note": "Besproken in het volgende gesprek.",
                "kind": "status",
            },
        )
    run.counts["actions"] += 1
