"""The rules of the coach's feedforward prep sheet (issue 17), on hand-made inputs: what
recurs in the talents answers, what became of each action, and 004's questions from them."""

from __future__ import annotations

from datetime import date, datetime

from leercoach.decks import load_library
from leercoach.domain import (
    Action,
    ActionOwner,
    ActionStatus,
    Employee,
    Goal,
    GoalStatus,
    GrowthPhase,
)
from leercoach.domain.feedforward import (
    ActionRecord,
    CoachAnswer,
    CoachPreparation,
    Direction,
    FeedforwardInputs,
    HeldTalk,
    Outcome,
    QuestionKind,
    build_sheet,
    outcome_of,
    trend_lines,
)
from leercoach.domain.feedforward_notes import deck_notes, preparation_deck
from leercoach.domain.recurring_words import (
    TalentAnswer,
    content_words,
    folded,
    recurring_words,
)
from leercoach.domain.trends import Series, TrendPoint
from leercoach.paths import shipped_decks_dir

TODAY = date(2026, 6, 1)
ANNA = Employee(
    id="anna",
    name="Anna Peeters",
    team="Zorg",
    role="",
    email=None,
    start_date=None,
    end_date=None,
    growth_phase=GrowthPhase.BEKWAAM,
    archived=False,
    is_demo=False,
    created_at=datetime(2025, 1, 1),
    updated_at=datetime(2025, 1, 1),
)
SHIPPED = list(load_library([shipped_decks_dir()]).decks.values())


def talent(
    talk: str, day: date, value: str, question: str = "Waar ben je sterk in?"
) -> TalentAnswer:
    return TalentAnswer(talk, day, "Ontwikkelgesprek", "sterktes", question, value)


def action(
    what: str,
    status: ActionStatus,
    due: date | None,
    *,
    agreed: date = date(2026, 1, 10),
) -> Action:
    stamp = datetime.combine(agreed, datetime.min.time())
    return Action(
        id=what,
        employee_id="anna",
        conversation_id=None,
        card_id=None,
        goal_id=None,
        what=what,
        owner=ActionOwner.MEDEWERKER,
        due_date=due,
        success_measure="",
        status=status,
        created_at=stamp,
        updated_at=stamp,
    )


def done(what: str, due: date | None, on: date | None) -> ActionRecord:
    return ActionRecord(action(what, ActionStatus.KLAAR, due), closed_on=on)


def test_a_word_recurs_in_two_talks_folded_for_case_and_accents() -> None:
    found = recurring_words(
        [
            talent("t1", date(2026, 1, 5), "Ik hou Overzicht, ook als het druk is."),
            talent("t2", date(2026, 3, 2), "Het overzícht bewaren; collega's helpen."),
            talent("t3", date(2026, 4, 1), "Collega's helpen met de planning."),
        ]
    )
    assert [(w.word, w.talks) for w in found] == [
        ("overzicht", 2),
        ("collega", 2),
        ("helpen", 2),
    ]
    assert found[0].days == (date(2026, 1, 5), date(2026, 3, 2))


def test_one_talk_saying_a_word_twice_is_no_recurrence() -> None:
    one_talk = [
        talent("t1", date(2026, 1, 5), "Plannen, plannen en nog eens plannen."),
        talent("t1", date(2026, 1, 5), "Plannen lukt me.", question="Waar ben je goed in?"),
    ]
    assert recurring_words(one_talk) == []


def test_short_words_stop_words_and_the_question_s_own_words_are_left_out() -> None:
    assert content_words("Ik ben heel goed in rust brengen") == [
        ("rust", "rust"),
        ("brengen", "brengen"),
    ]
    assert content_words("I really keep calm under pressure") == [
        ("calm", "calm"),
        ("under", "under"),
        ("pressure", "pressure"),
    ]
    asked = "Waar ben je sterk in?"
    answers = [
        talent("t1", date(2026, 1, 5), "Sterk in klanten", asked),
        talent("t2", date(2026, 2, 5), "Nog steeds sterk in klanten", asked),
    ]
    assert [w.word for w in recurring_words(answers)] == ["klanten"]
    assert folded("Zoë Çelik") == "zoe celik"


def test_done_on_the_due_date_is_on_time_a_day_later_is_late() -> None:
    due = date(2026, 3, 1)
    assert outcome_of(done("a", due, due), TODAY).outcome is Outcome.ON_TIME
    assert outcome_of(done("a", due, date(2026, 2, 1)), TODAY).outcome is Outcome.ON_TIME
    late = outcome_of(done("a", due, date(2026, 3, 4)), TODAY)
    assert (late.outcome, late.days_late, late.on) == (Outcome.LATE, 3, date(2026, 3, 4))


def test_done_without_a_due_date_is_neither_on_time_nor_late() -> None:
    assert outcome_of(done("a", None, date(2026, 3, 4)), TODAY).outcome is Outcome.DONE
    assert outcome_of(done("a", date(2026, 3, 1), None), TODAY).outcome is Outcome.DONE


def test_dropped_overdue_and_open_and_their_counts() -> None:
    records = [
        done("op tijd", date(2026, 3, 1), date(2026, 3, 1)),
        done("te laat", date(2026, 3, 1), date(2026, 3, 9)),
        done("zonder datum", None, date(2026, 3, 9)),
        ActionRecord(
            action("geschrapt", ActionStatus.GESCHRAPT, None), dropped_on=date(2026, 4, 2)
        ),
        ActionRecord(action("vergeten", ActionStatus.OPEN, date(2026, 5, 31))),
        ActionRecord(action("vandaag", ActionStatus.BEZIG, TODAY)),
        ActionRecord(action("ooit", ActionStatus.OPEN, None)),
    ]
    sheet = build_sheet(FeedforwardInputs(ANNA, actions=tuple(records)), TODAY)
    assert sheet.counts == {
        Outcome.LATE: 1,
        Outcome.ON_TIME: 1,
        Outcome.DONE: 1,
        Outcome.DROPPED: 1,
        Outcome.OVERDUE: 1,
        Outcome.OPEN: 2,
    }
    overdue = sheet.with_outcome(Outcome.OVERDUE)[0]
    assert (overdue.action.what, overdue.days_late) == ("vergeten", 1)
    assert sheet.with_outcome(Outcome.DROPPED)[0].on == date(2026, 4, 2)
    # Next time: the overdue one first, then by due date, undated last.
    assert [item.action.what for item in sheet.forward] == ["vergeten", "vandaag", "ooit"]  # type: ignore[union-attr]


def test_the_what_makes_questions_come_from_the_facts_only() -> None:
    series = Series(
        "check-in",
        "energie",
        (),
        (TrendPoint("c1", date(2026, 1, 5), 2), TrendPoint("c2", date(2026, 4, 5), 4)),
        "Hoeveel energie geeft je werk?",
    )
    inputs = FeedforwardInputs(
        ANNA,
        talents=(
            talent("t1", date(2026, 1, 5), "Rust brengen"),
            talent("t2", date(2026, 4, 5), "Rust brengen in het team"),
        ),
        actions=(
            done("te laat", date(2026, 3, 1), date(2026, 3, 9)),
            ActionRecord(
                action("geschrapt", ActionStatus.GESCHRAPT, None), dropped_on=date(2026, 4, 2)
            ),
            done("op tijd", date(2026, 3, 1), date(2026, 2, 27)),
        ),
        series=(series,),
    )
    sheet = build_sheet(inputs, TODAY)
    asked = [(q.kind, getattr(q.about, "word", None)) for q in sheet.questions]
    assert [kind for kind, _ in asked] == [
        QuestionKind.LATE,
        QuestionKind.DROPPED,
        QuestionKind.HIGHER,
        QuestionKind.RECURRING,
        QuestionKind.ON_TIME,
    ]
    assert asked[3][1] == "brengen"  # the longer of two words of the same talks
    assert trend_lines([series])[0].direction is Direction.UP
    # Feedback: every fact, the newest first; what happened is the data.
    assert [getattr(f, "outcome", None) for f in sheet.feedback] == [
        None,  # the trend, last answered on 5 April
        Outcome.DROPPED,
        Outcome.LATE,
        Outcome.ON_TIME,
    ]


def test_an_empty_history_gives_an_empty_sheet_not_filler() -> None:
    sheet = build_sheet(FeedforwardInputs(ANNA), TODAY)
    assert sheet.recurring == () and sheet.actions == () and sheet.trends == ()
    assert sheet.feedback == () and sheet.forward == () and sheet.questions == ()
    assert sheet.preparation is None


def test_what_came_of_the_last_preparation() -> None:
    prepared = CoachPreparation(
        "p1",
        date(2026, 3, 1),
        "Feedforwardgesprek voorbereiden",
        True,
        (CoachAnswer("doel", "Welk doel?", "Zelfstandig plannen"),),
    )
    inputs = FeedforwardInputs(
        ANNA,
        actions=(
            ActionRecord(action("ervoor", ActionStatus.OPEN, None, agreed=date(2026, 2, 28))),
            ActionRecord(action("erna", ActionStatus.OPEN, None, agreed=date(2026, 3, 1))),
        ),
        preparation=prepared,
        talks=(
            HeldTalk("a", date(2026, 2, 1), "Check-in"),
            HeldTalk("b", date(2026, 3, 20), "Check-in"),
        ),
        goals=(
            Goal(
                "g1",
                "c",
                "Open doel",
                "",
                "",
                "",
                "",
                "",
                None,
                GoalStatus.BEZIG,
                ANNA.created_at,
                ANNA.created_at,
            ),
            Goal(
                "g2",
                "c",
                "Behaald",
                "",
                "",
                "",
                "",
                "",
                None,
                GoalStatus.BEHAALD,
                ANNA.created_at,
                ANNA.created_at,
            ),
        ),
    )
    sheet = build_sheet(inputs, TODAY)
    assert [one.action.what for one in sheet.since.actions] == ["erna"]
    assert [talk.conversation_id for talk in sheet.since.talks] == ["b"]
    assert [goal.title for goal in sheet.goals] == ["Open doel"]


def test_the_tips_are_the_decks_own_and_silence_is_quoted_from_a_deck_that_has_it() -> None:
    notes = deck_notes(SHIPPED, "nl")
    deck = preparation_deck(SHIPPED, "nl")
    assert deck is not None and deck.slug == "feedforward-voorbereiding"
    tips = {card.tip for d in SHIPPED for card in d.cards if card.tip}
    quoted = [notes.feedback, notes.forward, *notes.questions]
    assert all(quote is not None and quote.text in tips for quote in quoted)
    assert notes.feedback is not None and "ik-boodschap" in notes.feedback.text
    assert any("wat maakt dat" in quote.text for quote in notes.questions)
    silence = [quote for quote in notes.questions if "stilte" in quote.text]
    assert len(silence) == 1 and silence[0].deck_title != deck.title
    assert deck_notes([], "nl").questions == ()


def test_a_prepared_scale_answer_is_shown_with_its_word() -> None:
    labels = ("helemaal niet", "vaag", "deels", "grotendeels", "helemaal")
    assert CoachAnswer("duidelijk", "Hoe duidelijk?", "2", labels).shown == "2 – vaag"
    assert CoachAnswer("doel", "Welk doel?", "2 weken").shown == "2 weken"
    assert CoachAnswer("duidelijk", "Hoe duidelijk?", "9", labels).shown == "9"
