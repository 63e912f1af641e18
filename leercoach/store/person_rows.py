"""Every row stored about one person, for the GDPR right of access (``trust.privacy``)."""

from __future__ import annotations

from typing import Any

from leercoach.store.base import Repository


class PersonRows(Repository):
    def of(self, employee_id: str) -> dict[str, Any]:
        """The person's own row, their growth-phase history, conversations (with answers
        and events), actions (with their history), growth cycles (with goals), talking
        points, and the preparation forms written for them and handed back."""
        employee = self.one(
            "SELECT * FROM employee WHERE id = ?", [employee_id], "employee", employee_id
        )
        person_id = employee["id"]
        conversations = self.rows(
            "SELECT * FROM conversation WHERE employee_id = ? ORDER BY started_at", [person_id]
        )
        ids = [c["id"] for c in conversations]
        marks = ", ".join("?" for _ in ids)
        answers = (
            self.rows(
                f"SELECT * FROM answer WHERE conversation_id IN ({marks}) ORDER BY position", ids
            )
            if ids
            else []
        )
        events = (
            self.rows(
                f"SELECT * FROM conversation_event WHERE conversation_id IN ({marks}) ORDER BY at",
                ids,
            )
            if ids
            else []
        )
        for conversation in conversations:
            conversation["answers"] = [
                {k: v for k, v in a.items() if k != "conversation_id"} | _answer_flags(a)
                for a in answers
                if a["conversation_id"] == conversation["id"]
            ]
            conversation["events"] = [
                {k: v for k, v in e.items() if k not in ("conversation_id", "id")}
                for e in events
                if e["conversation_id"] == conversation["id"]
            ]
        actions = self.rows(
            "SELECT * FROM action WHERE employee_id = ? ORDER BY created_at", [person_id]
        )
        history = self.rows(
            "SELECT e.* FROM action_event e JOIN action a ON a.id = e.action_id"
            " WHERE a.employee_id = ? ORDER BY e.at",
            [person_id],
        )
        for action in actions:
            action["history"] = [
                {k: v for k, v in e.items() if k not in ("action_id", "id")}
                for e in history
                if e["action_id"] == action["id"]
            ]
        cycles = self.rows(
            "SELECT * FROM growth_cycle WHERE employee_id = ? ORDER BY period_start", [person_id]
        )
        for cycle in cycles:
            cycle["goals"] = self.rows(
                "SELECT * FROM goal WHERE cycle_id = ? ORDER BY created_at", [cycle["id"]]
            )
        employee["archived"] = bool(employee["archived"])
        employee["is_demo"] = bool(employee["is_demo"])
        return {
            "employee": employee,
            "growth_phase_history": self.rows(
                "SELECT phase, changed_on, note FROM growth_phase_change"
                " WHERE employee_id = ? ORDER BY changed_on",
                [person_id],
            ),
            "conversations": conversations,
            "actions": actions,
            "growth_cycles": cycles,
            "talking_points": self.rows(
                "SELECT id, text, by, source, added_at, status, conversation_id, updated_at"
                " FROM talking_point WHERE employee_id = ? ORDER BY added_at, rowid",
                [person_id],
            ),
            "preparations": self._preparations(person_id),
            "preparation_forms": self.rows(
                "SELECT id, talk_slug, deck_slug, deck_version, language, written_at"
                " FROM prep_form WHERE employee_id = ? ORDER BY written_at, rowid",
                [person_id],
            ),
        }

    def _preparations(self, person_id: str) -> list[dict[str, Any]]:
        """The forms they filled in and handed back, each with its answers."""
        found = self.rows(
            "SELECT form_id, talk_slug, deck_slug, deck_version, imported_at, conversation_id"
            " FROM preparation WHERE employee_id = ? ORDER BY imported_at, rowid",
            [person_id],
        )
        for preparation in found:
            preparation["answers"] = self.rows(
                "SELECT card_id, question, answer, note, option_id FROM preparation_answer"
                " WHERE form_id = ? ORDER BY position",
                [preparation["form_id"]],
            )
        return found


def _answer_flags(answer: dict[str, Any]) -> dict[str, Any]:
    """Stored as 0 or 1, exported as what they are: true or false."""
    return {"skipped": bool(answer["skipped"])}
