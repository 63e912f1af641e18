"""The wording of printed reports in Dutch (the product's language) and English; the labels
of fixed values (statuses, phases, owners) are the app's, from ``leercoach.vocabulary``."""

from __future__ import annotations

from datetime import date, timedelta

from leercoach.domain import (
    ActionOwner,
    ActionStatus,
    ConversationStatus,
    CyclePhase,
    GoalStatus,
    GrowthPhase,
)
from leercoach.domain.growth import Gap, GapKind, Period
from leercoach.domain.settings import REGIONS
from leercoach.reports.record_words import RECORD_EN, RECORD_NL
from leercoach.vocabulary import capitalised, label, smart_part
from leercoach.vocabulary import owner as owner_label

LANGUAGES = ("nl", "en")

# Dates come from Babel's CLDR data (imported only when a report writes one: it costs
# ~20 ms), in the same words the app's QLocale uses: "15 mrt 2026", "5 maart 2026".
DEFAULT_REGION = REGIONS[0]
ENGLISH_LOCALE = "en_GB"  # as the app's QLocale (ui/i18n.py)

NL: dict[str, str] = {
    "kicker": "GROEIPLAN {label}",
    "doc_title": "Groeiplan {label} – {name}",
    "doc_title_many": "Groeiplannen {label} – {who}",
    "everyone": "alle medewerkers",
    "team": "team {team}",
    "subject": "Groeiplan {period}: gesprekken, doelen en afspraken",
    "subtitle": "Samenvatting van gesprekken, doelen en afspraken · {period}",
    "intro": (
        "Dit groeiplan volgt het groeijaar van {name} door de vier fasen van de groeicyclus: "
        "plannen, leren, opvolgen en evalueren. Per fase staan de gevoerde gesprekken met wat "
        "er samen werd afgesproken, daarna de doelen en leeracties. Achteraan staat wat nog "
        "ontbreekt. Bespreek het samen en onderteken het als het klopt."
    ),
    "f_team": "Team",
    "f_role": "Functie",
    "f_growth": "Groeifase",
    "f_period": "Periode",
    "f_manager": "Leidinggevende",
    "f_printed": "Afgedrukt op",
    "f_cycle_phase": "Cyclusfase",
    "f_phase_history": "Groeifasen",
    "trends": "Verloop",
    "trends_note": "De antwoorden op schaalkaarten (1 tot 5) in de gesprekken van deze periode.",
    "trend_source": "{deck} · {n} antwoord|{deck} · {n} antwoorden",
    "no_cycle_phase": "geen groeicyclus vastgelegd",
    "unknown": "—",
    "talks": "Gesprekken",
    "goals": "Doelen",
    "actions": "Afspraken",
    "points": "Besproken onderwerpen",
    "goal_actions": "Leeracties voor dit doel",
    "goal_state": "Stand van de doelen",
    "other_talks": "Andere gesprekken in deze periode",
    "other_talks_note": "Deze gesprekken horen bij geen vaste fase van de groeicyclus.",
    "no_talks": "Nog geen gesprek in deze fase.",
    "no_goals": "Nog geen doelen vastgelegd.",
    "no_goal_actions": "Nog geen leeracties voor dit doel.",
    "also_here": "Ook over deze fase: {talks}.",
    "talk_ref_plannen": "het gesprek van {date} ({title}, zie fase 1, Plannen)",
    "talk_ref_leren": "het gesprek van {date} ({title}, zie fase 2, Leren)",
    "talk_ref_opvolgen": "het gesprek van {date} ({title}, zie fase 3, Opvolgen)",
    "talk_ref_evalueren": "het gesprek van {date} ({title}, zie fase 4, Evalueren)",
    "shared": "GEDEELDE SAMENVATTING",
    "not_filled": "nog niet ingevuld",
    "due": "tegen {date}",
    "goal_due": "Streefdatum: {date}",
    "late": "te laat",
    "col_what": "Wat",
    "col_who": "Wie",
    "col_when": "Tegen wanneer",
    "col_status": "Status",
    "col_measure": "Hoe weten we het",
    "col_goal": "Doel",
    "missing": "Wat nog ontbreekt",
    "missing_none": "Niets: elke fase van de cyclus is ingevuld.",
    "private": "Privénotities van de leidinggevende",
    "private_note": (
        "Vertrouwelijk. Deze notities worden normaal niet afgedrukt; ze staan hier omdat dat "
        "bij het afdrukken uitdrukkelijk werd gevraagd."
    ),
    "signing": "Ondertekening",
    "signing_note": (
        "Medewerker en leidinggevende hebben dit groeiplan samen besproken. Een handtekening "
        "betekent dat ze het gesprek weergeeft zoals het gevoerd werd, niet dat men het over "
        "alles eens is."
    ),
    "employee": "Medewerker",
    "manager": "Leidinggevende",
    "signature": "Handtekening",
    "date": "Datum",
    "printed_on": "Afgedrukt op {date}",
    "page_of": "pagina {page} van {pages}",
    "strip_talks": "{n} gesprek|{n} gesprekken",
    "strip_goals": "{n} doel|{n} doelen",
    "strip_actions": "{n} leeractie|{n} leeracties",
    "strip_late": "{n} te laat",
    "strip_ok": "✓ in orde",
    "strip_open": "● nog {n} punt open|● nog {n} punten open",
    "current": "huidige fase",
    "scale_of": "{value} van {max}",
    "skipped": "overgeslagen",
    "answer_note": "Toelichting: {note}",
    "ask_plannen": "Wat wil je dit jaar leren, en welke doelen spreken we daarvoor af?",
    "ask_leren": "Wat doe je om die doelen te halen, op het werk en daarbuiten?",
    "ask_opvolgen": "Hoe loopt het? Wat helpt, wat houdt je tegen, en wie ondersteunt je?",
    "ask_evalueren": (
        "Wat heb je geleerd, wat merk je ervan in je werk, en wat neem je mee naar volgend jaar?"
    ),
    "and": "en",
    "gap_no-cycle": "Voor deze periode is nog geen groeicyclus met doelen vastgelegd.",
    "gap_no-goals": "Er zijn nog geen doelen afgesproken.",
    "gap_goal-not-smart": "Bij het doel ‘{subject}’ ontbreekt nog: {parts}.",
    "gap_no-talk_plannen": "Er is nog geen plangesprek gevoerd.",
    "gap_no-talk_opvolgen": "Er is nog geen opvolggesprek gevoerd, zoals een check-in.",
    "gap_no-talk_evalueren": "Er is nog geen evaluatiegesprek gevoerd.",
    "gap_talk-not-completed_plannen": (
        "Het plangesprek is nog bezig.|De {n} plangesprekken zijn nog bezig."
    ),
    "gap_talk-not-completed_leren": (
        "Het leergesprek is nog bezig.|De {n} leergesprekken zijn nog bezig."
    ),
    "gap_talk-not-completed_opvolgen": (
        "Het opvolggesprek is nog bezig.|De {n} opvolggesprekken zijn nog bezig."
    ),
    "gap_talk-not-completed_evalueren": (
        "Het evaluatiegesprek is nog bezig.|De {n} evaluatiegesprekken zijn nog bezig."
    ),
    "gap_no-actions": "Er zijn nog geen leeracties afgesproken.",
    "gap_goal-without-actions": "Voor het doel ‘{subject}’ is nog geen leeractie afgesproken.",
    "gap_overdue-actions": "{n} afspraak is te laat.|{n} afspraken zijn te laat.",
    "gap_goals-still-open": (
        "De periode is voorbij, maar {n} doel staat nog open.|"
        "De periode is voorbij, maar {n} doelen staan nog open."
    ),
    **RECORD_NL,
}

# The words Dutch in the Netherlands says otherwise than Dutch in Belgium (the default);
# dates differ by locale already (5/03/2026 and 05-03-2026). The same few in the app:
# resources/translations/leercoach_nl_NL.ts.
NL_NL_WORDS: dict[str, str] = {
    "due": "uiterlijk {date}",
    "col_when": "Uiterlijk op",
}
NL_NL: dict[str, str] = {**NL, **NL_NL_WORDS}

EN: dict[str, str] = {
    **NL,
    "kicker": "GROWTH PLAN {label}",
    "doc_title": "Growth plan {label} – {name}",
    "doc_title_many": "Growth plans {label} – {who}",
    "everyone": "all employees",
    "team": "team {team}",
    "subject": "Growth plan {period}: conversations, goals and agreements",
    "subtitle": "Summary of conversations, goals and agreements · {period}",
    "intro": (
        "This growth plan follows the year of {name} through the four phases of the growth cycle: "
        "plan, learn, follow up and evaluate. Each phase lists the conversations held and what "
        "was agreed, followed by the goals and learning actions. What is still missing comes last. "
        "Go through it together and sign it when it is right."
    ),
    "f_role": "Role",
    "f_growth": "Growth phase",
    "f_period": "Period",
    "f_manager": "Manager",
    "f_printed": "Printed on",
    "f_cycle_phase": "Cycle phase",
    "f_phase_history": "Growth phases",
    "trends": "Trends",
    "trends_note": "The answers on scale cards (1 to 5) in this period's talks.",
    "trend_source": "{deck} · {n} answer|{deck} · {n} answers",
    "no_cycle_phase": "no growth cycle recorded",
    "talks": "Conversations",
    "goals": "Goals",
    "actions": "Agreed actions",
    "points": "Talking points discussed",
    "goal_actions": "Learning actions for this goal",
    "goal_state": "Where the goals stand",
    "other_talks": "Other conversations in this period",
    "other_talks_note": "These conversations belong to no particular phase of the cycle.",
    "no_talks": "No conversation in this phase yet.",
    "no_goals": "No goals recorded yet.",
    "no_goal_actions": "No learning actions for this goal yet.",
    "also_here": "Also about this phase: {talks}.",
    "talk_ref_plannen": "the conversation of {date} ({title}, see phase 1, Plan)",
    "talk_ref_leren": "the conversation of {date} ({title}, see phase 2, Learn)",
    "talk_ref_opvolgen": "the conversation of {date} ({title}, see phase 3, Follow up)",
    "talk_ref_evalueren": "the conversation of {date} ({title}, see phase 4, Evaluate)",
    "shared": "SHARED SUMMARY",
    "not_filled": "not filled in yet",
    "due": "by {date}",
    "goal_due": "Target date: {date}",
    "late": "overdue",
    "col_what": "What",
    "col_who": "Who",
    "col_when": "By when",
    "col_status": "Status",
    "col_measure": "How we will know",
    "col_goal": "Goal",
    "missing": "What is still missing",
    "missing_none": "Nothing: every phase of the cycle is covered.",
    "private": "The manager's private notes",
    "private_note": (
        "Confidential. These notes are normally never printed; they appear here because "
        "printing them was explicitly asked for."
    ),
    "signing": "Signatures",
    "signing_note": (
        "Employee and manager went through this growth plan together. Signing means it reflects "
        "the conversations as they took place, not that both agree on everything."
    ),
    "employee": "Employee",
    "manager": "Manager",
    "signature": "Signature",
    "date": "Date",
    "printed_on": "Printed on {date}",
    "page_of": "page {page} of {pages}",
    "strip_talks": "{n} conversation|{n} conversations",
    "strip_goals": "{n} goal|{n} goals",
    "strip_actions": "{n} learning action|{n} learning actions",
    "strip_late": "{n} overdue",
    "strip_ok": "✓ complete",
    "strip_open": "● {n} point open|● {n} points open",
    "current": "current phase",
    "scale_of": "{value} of {max}",
    "skipped": "skipped",
    "answer_note": "Note: {note}",
    "ask_plannen": "What do you want to learn this year, and which goals do we agree on?",
    "ask_leren": "What do you do to reach those goals, at work and beyond?",
    "ask_opvolgen": "How is it going? What helps, what holds you back, and who supports you?",
    "ask_evalueren": (
        "What have you learned, what difference does it make at work, and what do you take "
        "into next year?"
    ),
    "and": "and",
    "gap_no-cycle": "No growth cycle with goals has been recorded for this period.",
    "gap_no-goals": "No goals have been agreed yet.",
    "gap_goal-not-smart": "The goal ‘{subject}’ still lacks: {parts}.",
    "gap_no-talk_plannen": "No planning conversation yet.",
    "gap_no-talk_opvolgen": "No follow-up conversation yet, such as a check-in.",
    "gap_no-talk_evalueren": "No evaluation conversation yet.",
    "gap_talk-not-completed_plannen": (
        "The planning conversation is not completed yet.|"
        "The {n} planning conversations are not completed yet."
    ),
    "gap_talk-not-completed_leren": (
        "The learning conversation is not completed yet.|"
        "The {n} learning conversations are not completed yet."
    ),
    "gap_talk-not-completed_opvolgen": (
        "The follow-up conversation is not completed yet.|"
        "The {n} follow-up conversations are not completed yet."
    ),
    "gap_talk-not-completed_evalueren": (
        "The evaluation conversation is not completed yet.|"
        "The {n} evaluation conversations are not completed yet."
    ),
    "gap_no-actions": "No learning actions have been agreed yet.",
    "gap_goal-without-actions": "No learning action has been agreed for the goal ‘{subject}’ yet.",
    "gap_overdue-actions": "{n} action is overdue.|{n} actions are overdue.",
    "gap_goals-still-open": (
        "The period is over, but {n} goal is still open.|"
        "The period is over, but {n} goals are still open."
    ),
    **RECORD_EN,
}


class Words:
    """Labels in one language; ``text`` picks the singular or plural half of 'one|many'."""

    def __init__(self, language: str = "nl", region: str = DEFAULT_REGION) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"report language must be one of {', '.join(LANGUAGES)}")
        self.language = language
        region = region if region in REGIONS else DEFAULT_REGION
        self.locale = region if language == "nl" else ENGLISH_LOCALE
        self._table = EN if language == "en" else NL_NL if region == "nl_NL" else NL

    def text(self, key: str, **values: object) -> str:
        template = self._table[key]
        if "|" in template:
            one, many = template.split("|", 1)
            template = one if values.get("n") == 1 else many
        return template.format(**values)

    # The labels of fixed values: the app's own words (leercoach.vocabulary), in this
    # report's language; a heading capitalises them.
    def phase(self, phase: CyclePhase) -> str:
        return capitalised(label(phase, self.language))

    def action_status(self, status: ActionStatus) -> str:
        return label(status, self.language)

    def goal_status(self, status: GoalStatus) -> str:
        return label(status, self.language)

    def owner(self, owner: ActionOwner, name: str = "") -> str:
        """The role, with the named person if there is one."""
        return owner_label(owner, name, self.language)

    def growth(self, phase: GrowthPhase) -> str:
        return label(phase, self.language)

    def conversation_status(self, status: ConversationStatus) -> str:
        return label(status, self.language)

    def smart(self, part: str) -> str:
        return capitalised(smart_part(part, self.language))

    def day(self, value: date) -> str:
        """'5 maart 2026'."""
        return self._date(value, "d MMMM y")

    def short_day(self, value: date) -> str:
        """'5 mrt 2026', the month as the locale shortens it (never a slice of its name)."""
        return self._date(value, "d MMM y")

    def period(self, period: Period) -> str:
        """'januari – december 2026' for whole months, else the exact days."""
        start, end = period.start, period.end
        whole = start.day == 1 and (end.month != (end + timedelta(days=1)).month)
        if not whole:
            return f"{self.day(start)} – {self.day(end)}"
        first, last = self._date(start, "MMMM"), self._date(end, "MMMM")
        if start.year == end.year:
            return f"{first} – {last} {end.year}"
        return f"{first} {start.year} – {last} {end.year}"

    def _date(self, value: date, pattern: str) -> str:
        from babel.dates import format_date  # here, not at import: it costs ~20 ms

        return format_date(value, pattern, locale=self.locale)

    def listing(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.text('and')} {items[-1]}"

    def gap(self, gap: Gap) -> str:
        """One gap as a sentence."""
        key = f"gap_{gap.kind.value}"
        if gap.kind in (GapKind.NO_TALK, GapKind.TALK_NOT_COMPLETED):
            key = f"{key}_{gap.phase.value}"  # a whole sentence per phase, no label pasted in
        parts = self.listing([smart_part(p, self.language) for p in gap.parts])
        return self.text(key, subject=gap.subject, parts=parts, n=gap.count)


def period_label(period: Period) -> str:
    """'2026' for a cycle inside one calendar year, '2026-2027' across two."""
    if period.start.year == period.end.year:
        return str(period.start.year)
    return f"{period.start.year}-{period.end.year}"
