"""Talking points: either side's topics for the next talk with one employee.

A point is added at any time ("Zoë wil het over thuiswerk hebben") and is ``open`` until
a conversation discusses it: then it is ``besproken`` in that conversation, which keeps
it in its record. A point left open in a talk is carried on to the next one, like an
open action, however many talks go by. Who raised it is ``by``; where it came from is
``source`` (typed in the app or on the command line; later the employee's preparation
form).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from leercoach.domain.text import problem, required_text_problem, unsafe_text_problem
from leercoach.language import _

MAX_LENGTH = 500
"""A topic is a line, not an essay: what to talk about, not the talk itself."""


class PointBy(StrEnum):
    """Who wants to talk about it."""

    MEDEWERKER = "medewerker"
    LEIDINGGEVENDE = "leidinggevende"


class PointStatus(StrEnum):
    OPEN = "open"
    BESPROKEN = "besproken"


class PointSource(StrEnum):
    """Where a point came from: typed by the manager, or (later) the preparation form."""

    TYPED = "typed"
    FORM = "form"


@dataclass(frozen=True)
class TalkingPoint:
    id: str
    employee_id: str
    text: str
    by: PointBy
    added_at: datetime
    status: PointStatus
    conversation_id: str | None
    """The conversation it was discussed in; None while open."""
    updated_at: datetime
    source: PointSource = PointSource.TYPED

    @property
    def is_open(self) -> bool:
        return self.status is PointStatus.OPEN

    def discussed_in(self, conversation_id: str) -> bool:
        return self.status is PointStatus.BESPROKEN and self.conversation_id == conversation_id

    @property
    def removable(self) -> bool:
        """Only an open point may be removed: a discussed one belongs to a talk's record."""
        return self.is_open


def text_problems(text: str) -> list[str]:
    """Why ``text`` cannot be a talking point: empty, a control character, too long."""
    found = required_text_problem("text", text, _("say what to talk about"))
    if found is None:
        found = unsafe_text_problem("text", text)
    if found is None and len(text.strip()) > MAX_LENGTH:
        found = problem(
            "text",
            _(
                "is {count} characters long; a talking point holds at most {most}",
                count=len(text.strip()),
                most=MAX_LENGTH,
            ),
        )
    return [found] if found else []


def for_conversation(
    points: Iterable[TalkingPoint], conversation_id: str, *, completed: bool
) -> list[TalkingPoint]:
    """The points a conversation shows: those discussed in it, and while it is not
    completed the open ones too (carried on from earlier talks or added since). A
    completed conversation keeps only what was discussed in it."""
    return [
        point
        for point in points
        if point.discussed_in(conversation_id) or (not completed and point.is_open)
    ]


def parse_by(text: str) -> PointBy:
    """``medewerker`` or ``leidinggevende``; ValueError for anything else."""
    return PointBy(text.strip().lower())
