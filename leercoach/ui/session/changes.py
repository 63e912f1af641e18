"""What a change touched, and a change to run off the UI thread.

Every write the UI makes ends in one ``Session.changed`` signal carrying a ``Changes``
(like Anki's OpChanges): each screen has one slot that asks whether it shows any of it,
and refreshes itself one way, whether the change was made by a dialog, a menu or a
background operation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from leercoach.store import Store
    from leercoach.ui.jobs import Progress

T = TypeVar("T")

NOBODY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Changes:
    """The sets hold employee ids: whose details, conversations, actions or growth cycles
    changed. ``everyone`` stands for any person (demo data, an erasure)."""

    people: bool = False
    """The list of people: someone added, removed, renamed, archived or brought back."""
    details: frozenset[str] = NOBODY
    conversations: frozenset[str] = NOBODY
    actions: frozenset[str] = NOBODY
    cycles: frozenset[str] = NOBODY
    settings: bool = False
    everyone: bool = False
    reflections: bool = False
    """The manager's own records (View › My reflections): one started, completed,
    reopened or discarded."""

    @classmethod
    def of(
        cls,
        employee_id: str | None,
        *,
        people: bool = False,
        details: bool = False,
        conversations: bool = False,
        actions: bool = False,
        cycles: bool = False,
        reflections: bool = False,
    ) -> Changes:
        """The parts of one person's data that changed; no one's for None (a manager's
        record about no one)."""
        person = NOBODY if employee_id is None else frozenset({employee_id})
        return cls(
            reflections=reflections,
            people=people,
            details=person if details else NOBODY,
            conversations=person if conversations else NOBODY,
            actions=person if actions else NOBODY,
            cycles=person if cycles else NOBODY,
        )

    def touches(
        self,
        employee_id: str | None,
        *,
        details: bool = False,
        conversations: bool = False,
        actions: bool = False,
        cycles: bool = False,
    ) -> bool:
        """Whether any of the asked parts of this person's data changed."""
        if employee_id is None:
            return False
        asked = (
            (details, self.details),
            (conversations, self.conversations),
            (actions, self.actions),
            (cycles, self.cycles),
        )
        return self.everyone or any(wanted and employee_id in ids for wanted, ids in asked)

    @property
    def anyone(self) -> bool:
        """Whether anything about any person changed (not only the settings)."""
        return (
            self.people
            or self.everyone
            or self.reflections
            or bool(self.details or self.conversations or self.actions or self.cycles)
        )

    def __bool__(self) -> bool:
        return self.anyone or self.settings


@dataclass(frozen=True)
class StoreOp(Generic[T]):
    """A change or a long read, for a worker thread (``ui.operations.run_op``).

    ``work`` gets a connection of its own to the same file, opened by the runner, and the
    progress callback; it raises ``JobCancelledError`` when it stops for Cancel.
    ``changes`` is what the screens refresh afterwards, also when the work failed or
    was cancelled halfway (what was done before stays done).
    """

    work: Callable[[Store, Progress], T]
    changes: Changes = Changes()
    cancellable: bool = True
