"""Plain data and rules of leercoach: no Qt, no SQL."""

from leercoach.domain.action import (
    Action,
    ActionEvent,
    ActionOwner,
    ActionStatus,
    LearningForm,
)
from leercoach.domain.conversation import Answer, Conversation, ConversationStatus
from leercoach.domain.cycle import CyclePhase, Goal, GoalStatus, GrowthCycle
from leercoach.domain.deck import AnswerSpec, AnswerType, Card, Deck, DeckKind
from leercoach.domain.employee import (
    Employee,
    EmployeeDraft,
    EmployeeEntry,
    GrowthPhase,
    PhaseChange,
)

__all__ = [
    "Action",
    "ActionEvent",
    "ActionOwner",
    "ActionStatus",
    "Answer",
    "AnswerSpec",
    "AnswerType",
    "Card",
    "Conversation",
    "ConversationStatus",
    "CyclePhase",
    "Deck",
    "DeckKind",
    "Employee",
    "EmployeeDraft",
    "EmployeeEntry",
    "Goal",
    "GoalStatus",
    "GrowthCycle",
    "GrowthPhase",
    "LearningForm",
    "PhaseChange",
]
