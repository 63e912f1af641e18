"""The calendar file (issue 16), read back with vobject, a parser independent of the
icalendar library that writes it: stable UIDs, a SEQUENCE that grows, Brussels time with
its VTIMEZONE, no attendees, no details when asked, settled items cancelled for 30 days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import vobject

from leercoach.decks import DeckLibrary, load_library
from leercoach.domain import ActionOwner, ActionStatus, EmployeeDraft, GoalStatus
from leercoach.domain.talks import Rhythm, TalkPlan
from leercoach.ics import export_calendar
from leercoach.paths import shipped_decks_dir
from leercoach.store import Store

from .conftest import SteppingClock

TODAY = date(2026, 3, 10)
SECRET_ACTION = "Gesprek met de vertrouwenspersoon over de burn-out"
SECRET_GOAL = "Minder piekeren over de reorganisatie"


@pytest.fixture(scope="module")
def library() -> DeckLibrary:
    return load_library([shipped_decks_dir()])


def export(
    store: Store, path: Path, library: DeckLibrary, today: date = TODAY, **options: Any
) -> dict[str, Any]:
    """Write the calendar as the app and the CLI do, and parse it back: UID → VEVENT."""
    export_calendar(store, path, today, library=library, **options)
    parsed = read(path)
    events = {event.uid.value: event for event in parsed.contents.get("vevent", [])}
    assert len(events) == len(parsed.contents.get("vevent", [])), "a UID twice"
    return events


def read(path: Path) -> Any:
    return vobject.readOne(path.read_text(encoding="utf-8"))


def zoe_with_items(store: Store, library: DeckLibrary) -> dict[str, str]:
    """Zoë: a check-in held, an action and a goal due, a check-in planned at 14:30."""
    zoe = store.employees.add(EmployeeDraft(name="Zoë Peeters", team="Onthaal"))
    talk = store.conversations.start(zoe.id, library.get("check-in"))
    store.conversations.complete(talk.id)
    action = store.actions.add(
        zoe.id, SECRET_ACTION, ActionOwner.MEDEWERKER, due_date=date(2026, 3, 20)
    )
    cycle = store.cycles.add(zoe.id, date(2026, 1, 1), date(2026, 12, 31))
    goal = store.cycles.add_goal(cycle.id, SECRET_GOAL, due_date=date(2026, 6, 30))
    store.talk_plans.set_plan(
        zoe.id, TalkPlan(planned=datetime(2026, 3, 31, 14, 30), deck="check-in")
    )
    plan = store.db.execute(
        "SELECT id FROM planned_talk WHERE employee_id = ?", [zoe.id]
    ).fetchone()[0]
    return {"zoe": zoe.id, "talk": talk.id, "action": action.id, "goal": goal.id, "plan": plan}


def test_a_second_export_describes_the_same_events_in_the_same_bytes(
    store: Store, library: DeckLibrary, tmp_path: Path
) -> None:
    ids = zoe_with_items(store, library)
    first = export(store, tmp_path / "first.ics", library)
    second = export(store, tmp_path / "second.ics", library)
    assert (
        set(first)
        == set(second)
        == {
            f"talk-{ids['plan']}@leercoach",
            f"action-{ids['action']}@leercoach",
            f"goal-{ids['goal']}@leercoach",
            # The next check-in the talk held gave, until the date planned took its place.
            f"next-{ids['zoe']}-{ids['talk']}@leercoach",
        }
    )
    replaced = first[f"next-{ids['zoe']}-{ids['talk']}@leercoach"]
    assert (replaced.status.value, replaced.dtstart.value) == ("CANCELLED", date(2026, 3, 30))
    assert (tmp_path / "first.ics").read_bytes() == (tmp_path / "second.ics").read_bytes()
    assert (tmp_path / "first.ics").read_bytes().count(b"\r\n") > 10  # RFC 5545's line ends


def test_an_edit_raises_the_sequence_and_keeps_the_uid(
    store: Store, library: DeckLibrary, tmp_path: Path, clock: SteppingClock
) -> None:
    ids = zoe_with_items(store, library)
    uid = f"action-{ids['action']}@leercoach"
    before = export(store, tmp_path / "before.ics", library)[uid]
    clock.current += timedelta(hours=3)
    store.actions.update(
        ids["action"], SECRET_ACTION, ActionOwner.MEDEWERKER, date(2026, 3, 27), ""
    )
    after = export(store, tmp_path / "after.ics", library)[uid]
    assert int(after.sequence.value) > int(before.sequence.value) > 0
    assert (before.dtstart.value, after.dtstart.value) == (date(2026, 3, 20), date(2026, 3, 27))
    assert after.dtstamp.value > before.dtstamp.value


def test_a_talk_planned_at_a_time_is_timed_in_brussels_for_the_decks_duration(
    store: Store, library: DeckLibrary, tmp_path: Path
) -> None:
    ids = zoe_with_items(store, library)
    path = tmp_path / "agenda.ics"
    talk = export(store, path, library)[f"talk-{ids['plan']}@leercoach"]
    zones = [zone.tzid.value for zone in read(path).contents["vtimezone"]]
    assert zones == ["Europe/Brussels"]
    start, end = talk.dtstart.value, talk.dtend.value
    assert "Europe/Brussels" in repr(start.tzinfo)  # the file's own VTIMEZONE
    assert b"\r\nDTSTART;TZID=Europe/Brussels:20260331T143000\r\n" in path.read_bytes()
    assert (start.replace(tzinfo=None), start.utcoffset()) == (
        datetime(2026, 3, 31, 14, 30),
        timedelta(hours=2),  # summer time has begun on 29 March
    )
    assert end - start == timedelta(minutes=library.get("check-in").duration_minutes)
    assert talk.summary.value == "Check-in with Zoë Peeters"
    assert talk.status.value == "CONFIRMED"


def test_all_day_events_are_dates_and_without_a_timed_one_no_zone(
    store: Store, library: DeckLibrary, tmp_path: Path
) -> None:
    ids = zoe_with_items(store, library)
    store.talk_plans.set_plan(ids["zoe"], TalkPlan(planned=date(2026, 3, 31), deck="check-in"))
    path = tmp_path / "agenda.ics"
    events = export(store, path, library)
    assert len(events) == 4  # the date planned, the action, the goal, the check-in replaced
    for event in events.values():
        start, end = event.dtstart.value, event.dtend.value
        assert type(start) is date and type(end) is date, event.uid.value
        assert end - start == timedelta(days=1)
        assert event.dtstart.params.get("VALUE") == ["DATE"]
    assert "vtimezone" not in read(path).contents


def test_no_attendee_no_organiser_and_no_method(
    store: Store, library: DeckLibrary, tmp_path: Path
) -> None:
    zoe_with_items(store, library)
    path = tmp_path / "agenda.ics"
    events = export(store, path, library)
    text = path.read_text(encoding="utf-8")
    for word in ("ATTENDEE", "ORGANIZER", "METHOD", "MAILTO"):
        assert word not in text.upper()
    for event in events.values():
        assert "attendee" not in event.contents and "organizer" not in event.contents


def test_without_details_no_action_or_goal_text_is_in_the_file(
    store: Store, library: DeckLibrary, tmp_path: Path
) -> None:
    ids = zoe_with_items(store, library)
    detailed = export(store, tmp_path / "detailed.ics", library)
    assert detailed[f"action-{ids['action']}@leercoach"].summary.value == (
        f"Agreed action of Zoë Peeters: {SECRET_ACTION}"
    )
    assert detailed[f"goal-{ids['goal']}@leercoach"].summary.value == (
        f"Goal of Zoë Peeters: {SECRET_GOAL}"
    )
    path = tmp_path / "plain.ics"
    bare = export(store, path, library, details=False)
    assert set(bare) == set(detailed)
    text = path.read_bytes().decode("utf-8").replace("\r\n ", "")  # unfolded
    for word in ("vertrouwenspersoon", "burn-out", "piekeren", "reorganisatie"):
        assert word not in text
    assert bare[f"action-{ids['action']}@leercoach"].summary.value == (
        "Agreed action with Zoë Peeters due"
    )
    assert bare[f"goal-{ids['goal']}@leercoach"].summary.value == "Goal of Zoë Peeters due"


def test_settled_items_are_cancelled_for_30_days_then_gone(
    store: Store, library: DeckLibrary, tmp_path: Path, clock: SteppingClock
) -> None:
    ids = zoe_with_items(store, library)
    planned = export(store, tmp_path / "planned.ics", library)
    clock.current = datetime(2026, 3, 31, 15, 0)
    held = store.conversations.start(ids["zoe"], library.get("check-in"))
    store.conversations.complete(held.id)
    store.actions.set_status(ids["action"], ActionStatus.KLAAR)
    store.cycles.set_goal_status(ids["goal"], GoalStatus.BEHAALD)
    settled = {
        f"talk-{ids['plan']}@leercoach",
        f"action-{ids['action']}@leercoach",
        f"goal-{ids['goal']}@leercoach",
    }
    after_10_days = export(store, tmp_path / "10.ics", library, today=date(2026, 4, 10))
    for uid in settled:
        assert after_10_days[uid].status.value == "CANCELLED"
        assert int(after_10_days[uid].sequence.value) > int(planned[uid].sequence.value)
    after_30_days = export(store, tmp_path / "30.ics", library, today=date(2026, 4, 30))
    assert settled <= set(after_30_days)
    after_31_days = export(store, tmp_path / "31.ics", library, today=date(2026, 5, 1))
    assert not settled & set(after_31_days)
    # What the check-in held gives instead: the next check-in, four weeks on.
    following = after_31_days[f"next-{ids['zoe']}-{held.id}@leercoach"]
    assert (following.dtstart.value, following.status.value) == (date(2026, 4, 28), "CONFIRMED")


def test_the_rhythms_next_talk_is_named_by_the_talk_it_follows(
    store: Store, library: DeckLibrary, tmp_path: Path, clock: SteppingClock
) -> None:
    bram = store.employees.add(EmployeeDraft(name="Bram Claes"))
    store.talk_plans.set_plan(bram.id, TalkPlan(rhythm=Rhythm.EVERY_2_WEEKS))
    first_uid = f"next-{bram.id}-first@leercoach"
    nothing_held = export(store, tmp_path / "0.ics", library)
    assert nothing_held[first_uid].dtstart.value == TODAY  # with a rhythm and no talk: today
    one = store.conversations.start(bram.id, library.get("check-in"))
    store.conversations.complete(one.id)
    held_once = export(store, tmp_path / "1.ics", library)
    assert held_once[first_uid].status.value == "CANCELLED"
    after_one = f"next-{bram.id}-{one.id}@leercoach"
    assert held_once[after_one].dtstart.value == date(2026, 3, 16)  # 2 March + 2 weeks
    clock.current = datetime(2026, 3, 17, 10, 0)
    two = store.conversations.start(bram.id, library.get("check-in"))
    store.conversations.complete(two.id)
    held_twice = export(store, tmp_path / "2.ics", library, today=date(2026, 3, 17))
    assert held_twice[after_one].status.value == "CANCELLED"
    assert int(held_twice[after_one].sequence.value) > int(held_once[after_one].sequence.value)
    after_two = held_twice[f"next-{bram.id}-{two.id}@leercoach"]
    assert (after_two.dtstart.value, after_two.status.value) == (date(2026, 3, 31), "CONFIRMED")
    assert after_two.summary.value == "Check-in with Bram Claes"
    # A date planned takes the rhythm's place: that event is cancelled, not left beside it.
    store.talk_plans.set_plan(
        bram.id, TalkPlan(rhythm=Rhythm.EVERY_2_WEEKS, planned=date(2026, 4, 2))
    )
    planned = export(store, tmp_path / "3.ics", library, today=date(2026, 3, 17))
    assert planned[f"next-{bram.id}-{two.id}@leercoach"].status.value == "CANCELLED"
    confirmed = [e for e in planned.values() if e.status.value == "CONFIRMED"]
    assert [e.dtstart.value for e in confirmed] == [date(2026, 4, 2)]


def test_one_person_or_the_chosen_ones_and_someone_archived_is_cancelled(
    store: Store, library: DeckLibrary, tmp_path: Path
) -> None:
    ids = zoe_with_items(store, library)
    other = store.employees.add(EmployeeDraft(name="Lotte Maes"))
    store.actions.add(other.id, "Offerte nakijken", ActionOwner.SAMEN, due_date=TODAY)
    everyone = export(store, tmp_path / "all.ics", library)
    assert len(everyone) == 5  # Zoë's four and Lotte's action
    only_lotte = export(store, tmp_path / "lotte.ics", library, employee_ids=[other.id])
    assert [e.summary.value for e in only_lotte.values()] == [
        "Agreed action of Lotte Maes: Offerte nakijken"
    ]
    store.employees.set_archived(ids["zoe"], True)
    archived = export(store, tmp_path / "archived.ics", library)
    assert set(archived) == set(everyone)  # her events are cancelled, not left behind
    for uid, event in archived.items():
        cancelled = "Zoë" in event.summary.value
        assert (event.status.value == "CANCELLED") is cancelled, uid
        assert int(event.sequence.value) >= int(everyone[uid].sequence.value)
    later = export(store, tmp_path / "later.ics", library, today=TODAY + timedelta(days=40))
    assert [e.summary.value for e in later.values()] == [
        "Agreed action of Lotte Maes: Offerte nakijken"
    ]


def test_the_zone_written_is_brussels_as_the_zoneinfo_database_has_it() -> None:
    """The VTIMEZONE's two yearly rules, read by vobject, give Brussels' offset at every
    hour around each change from 2024 to 2035 (this fails when the EU drops summer time)."""
    from zoneinfo import ZoneInfo

    from leercoach.domain.agenda import AgendaEvent
    from leercoach.ics import calendar_bytes

    brussels = ZoneInfo("Europe/Brussels")
    moments = [
        datetime(year, month, day, hour)
        for year in range(2024, 2036)
        for month in (3, 10)
        for day in range(24, 32)
        for hour in (1, 4, 12)
    ]
    events = [
        AgendaEvent(f"{n}@test", "t", moment, 30, 0, datetime(2026, 1, 1))
        for n, moment in enumerate(moments)
    ]
    parsed = vobject.readOne(calendar_bytes(events, "test").decode("utf-8"))
    for event in parsed.vevent_list:
        start = event.dtstart.value
        expected = start.replace(tzinfo=None).replace(tzinfo=brussels).utcoffset()
        assert start.utcoffset() == expected, start
