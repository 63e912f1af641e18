"""One word per thing: the label of every fixed value, in the current language or a given one.

The app, the printed reports and the command line all take their labels from here, so
an agreed action's status reads the same on screen, on paper and in a terminal. A label
is lower case as it stands in a sentence ('bezig'); a heading capitalises it
(``capitalised``). A deck kind is a title ('Ontwikkelgesprek'), so it starts upper case.

The tables are keyed by the enum's class name and value, not by the member itself: a
StrEnum member equals its value, so ActionStatus.OPEN and GoalStatus.OPEN would be one
key; and naming the class keeps this module free of imports (the store's HitKind, the
trust layer's CopyKind) at no cost to start-up.
"""

from __future__ import annotations

from enum import Enum

from leercoach.language import catalogue


def NP_(context: str, message: str) -> tuple[str, str]:
    """Marks a label for extraction (Babel keyword ``NP_:1c,2``); translated when asked."""
    return context, message


_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("ActionStatus", "open"): NP_("action status", "open"),
    ("ActionStatus", "bezig"): NP_("action status", "in progress"),
    ("ActionStatus", "klaar"): NP_("action status", "done"),
    ("ActionStatus", "geschrapt"): NP_("action status", "dropped"),
    ("ActionOwner", "medewerker"): NP_("action owner", "employee"),
    ("ActionOwner", "leidinggevende"): NP_("action owner", "manager"),
    ("ActionOwner", "samen"): NP_("action owner", "together"),
    ("PointBy", "medewerker"): NP_("talking point by", "employee"),
    ("PointBy", "leidinggevende"): NP_("talking point by", "manager"),
    ("PointStatus", "open"): NP_("talking point status", "open"),
    ("PointStatus", "besproken"): NP_("talking point status", "discussed"),
    ("PrepStatus", "pending"): NP_("preparation status", "waiting for its talk"),
    ("PrepStatus", "used"): NP_("preparation status", "used in a talk"),
    ("GrowthPhase", "starter"): NP_("growth phase", "starter"),
    ("GrowthPhase", "bekwaam"): NP_("growth phase", "competent"),
    ("GrowthPhase", "expert"): NP_("growth phase", "expert"),
    ("GrowthPhase", "mentor"): NP_("growth phase", "mentor"),
    ("CyclePhase", "plannen"): NP_("cycle phase", "plan"),
    ("CyclePhase", "leren"): NP_("cycle phase", "learn"),
    ("CyclePhase", "opvolgen"): NP_("cycle phase", "follow up"),
    ("CyclePhase", "evalueren"): NP_("cycle phase", "evaluate"),
    ("GoalStatus", "open"): NP_("goal status", "open"),
    ("GoalStatus", "bezig"): NP_("goal status", "in progress"),
    ("GoalStatus", "behaald"): NP_("goal status", "achieved"),
    ("GoalStatus", "losgelaten"): NP_("goal status", "let go"),
    ("LearningForm", "opleiding"): NP_("learning form", "training course"),
    ("LearningForm", "on-the-job"): NP_("learning form", "on the job"),
    ("LearningForm", "meelopen"): NP_("learning form", "job shadowing"),
    ("LearningForm", "peer-learning"): NP_("learning form", "peer learning"),
    ("LearningForm", "coaching"): NP_("learning form", "coaching"),
    ("LearningForm", "zelfstudie"): NP_("learning form", "self-study"),
    ("LearningForm", "andere"): NP_("learning form", "other"),
    ("Rhythm", "2w"): NP_("rhythm", "every 2 weeks"),
    ("Rhythm", "3w"): NP_("rhythm", "every 3 weeks"),
    ("Rhythm", "4w"): NP_("rhythm", "every 4 weeks"),
    ("Rhythm", "6w"): NP_("rhythm", "every 6 weeks"),
    ("Rhythm", "3m"): NP_("rhythm", "every 3 months"),
    ("Rhythm", "1y"): NP_("rhythm", "every year"),
    ("Rhythm", "none"): NP_("rhythm", "no rhythm"),
    ("RhythmSource", "set"): NP_("rhythm source", "set"),
    ("RhythmSource", "default"): NP_("rhythm source", "from the talks held"),
    ("Urgency", "overdue"): NP_("urgency", "overdue"),
    ("Urgency", "this week"): NP_("urgency", "this week"),
    ("ConversationStatus", "draft"): NP_("conversation status", "in progress"),
    ("ConversationStatus", "completed"): NP_("conversation status", "completed"),
    ("DeckKind", "ontwikkelgesprek"): NP_("deck kind", "Development talk"),
    ("DeckKind", "check-in"): NP_("deck kind", "Check-in"),
    ("DeckKind", "exitgesprek"): NP_("deck kind", "Exit talk"),
    ("DeckKind", "onboarding"): NP_("deck kind", "Onboarding"),
    ("DeckKind", "functioneringsgesprek"): NP_("deck kind", "Performance talk"),
    ("DeckKind", "zelfscan"): NP_("deck kind", "Self-scan"),
    ("DeckKind", "groeicyclus"): NP_("deck kind", "Growth cycle"),
    ("DeckKind", "transfer"): NP_("deck kind", "After a training"),
    ("DeckKind", "feedforward"): NP_("deck kind", "Feedforward"),
    ("DeckKind", "reflectie"): NP_("deck kind", "Reflection"),
    ("DeckKind", "overig"): NP_("deck kind", "Other"),
    ("AnswerType", "text"): NP_("answer type", "free text"),
    ("AnswerType", "scale"): NP_("answer type", "scale 1–5"),
    ("AnswerType", "choice"): NP_("answer type", "choice"),
    ("AnswerType", "yesno"): NP_("answer type", "yes / no"),
    ("AnswerType", "multi"): NP_("answer type", "multiple choice"),
    ("MatchReason", "same employee number"): NP_("match reason", "same employee number"),
    ("MatchReason", "same e-mail"): NP_("match reason", "same e-mail address"),
    ("MatchReason", "same name and start date"): NP_("match reason", "same name and start date"),
    ("MatchReason", "same name"): NP_("match reason", "same name"),
    ("HitKind", "answer"): NP_("search hit", "answer"),
    ("HitKind", "summary"): NP_("search hit", "summary"),
    ("HitKind", "private_note"): NP_("search hit", "private note"),
    ("HitKind", "action"): NP_("search hit", "action"),
    ("CopyKind", "backup"): NP_("copy kind", "backup"),
    ("CopyKind", "replaced"): NP_("copy kind", "database set aside by a restore"),
    ("CopyKind", "damaged"): NP_("copy kind", "damaged database set aside"),
    ("KeyState", "plain"): NP_("passphrase state", "not encrypted"),
    ("KeyState", "current"): NP_("passphrase state", "current passphrase"),
    ("KeyState", "earlier"): NP_("passphrase state", "EARLIER passphrase"),
    ("KeyState", "unknown"): NP_("passphrase state", "passphrase unknown"),
}
# The letters of a SMART goal, by the Goal field that holds each.
_SMART: dict[str, tuple[str, str]] = {
    "specific": NP_("smart", "specific"),
    "measurable": NP_("smart", "measurable"),
    "acceptable": NP_("smart", "acceptable"),
    "realistic": NP_("smart", "realistic"),
    "time_bound": NP_("smart", "time-bound"),
}
# The fields a problem names ('email: … is not an e-mail address'), by their name in code;
# English keeps that name, as it always said, another language has its own word.
_FIELDS: dict[str, tuple[str, str]] = {
    "name": NP_("field", "name"),
    "team": NP_("field", "team"),
    "role": NP_("field", "role"),
    "email": NP_("field", "email"),
    "employee_number": NP_("field", "employee_number"),
    "start_date": NP_("field", "start_date"),
    "end_date": NP_("field", "end_date"),
    "what": NP_("field", "what"),
    "title": NP_("field", "title"),
    "text": NP_("field", "text"),
    "id": NP_("field", "id"),
}
_YES, _NO = NP_("answer", "yes"), NP_("answer", "no")
LABELLED = frozenset(name for name, _value in _LABELS)


def label(value: Enum, language: str | None = None) -> str:
    """The word for ``value`` in ``language`` (default: the current language)."""
    context, message = _LABELS[(type(value).__name__, str(value.value))]
    return catalogue(language).pgettext(context, message)


def owner(role: Enum, name: str = "", language: str | None = None) -> str:
    """Who does an action: the role, with the named person if there is one
    ("samen (Pieter, de buddy)")."""
    word = label(role, language)
    return f"{word} ({name})" if name else word


def smart_part(field: str, language: str | None = None) -> str:
    """'specifiek' for the Goal field ``specific``; an unknown field as it is."""
    found = _SMART.get(field)
    return catalogue(language).pgettext(*found) if found else field


def field(name: str, language: str | None = None) -> str:
    """The word for a field a problem is about ('e-mail' for ``email``); else its name."""
    found = _FIELDS.get(name)
    return catalogue(language).pgettext(*found) if found else name


def yes(language: str | None = None) -> str:
    return catalogue(language).pgettext(*_YES)


def no(language: str | None = None) -> str:
    return catalogue(language).pgettext(*_NO)


def capitalised(text: str) -> str:
    """A label as a heading: 'follow up' becomes 'Follow up'."""
    return text[:1].upper() + text[1:]
