"""The employee's preparation forms: written, read back in, used by a talk (migration 0017).

The rules are the domain's (``leercoach.domain.preparation``). A form written is a
``prep_form`` row beside the deck snapshot it was made from; a form read in is a
``preparation`` with its answers, pending until a conversation of its deck with that
person starts (or is open already): then that conversation uses it. Its topics join the
person's talking points (``source = 'form'``), and reading the same form again with other
values replaces them while they are open. A form whose talk is completed is a record's.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from leercoach.domain.conversation import ConversationStatus
from leercoach.domain.deck import Deck
from leercoach.domain.form_identity import FormIdentity
from leercoach.domain.preparation import (
    FilledForm,
    ImportOutcome,
    Preparation,
    PreparedAnswer,
)
from leercoach.domain.talking_point import PointBy, PointSource, PointStatus
from leercoach.language import _
from leercoach.store.base import Repository
from leercoach.store.deck_snapshots import remember_deck
from leercoach.store.errors import ValidationError
from leercoach.store.rows import Row, marks, new_id, restorer, to_stamp

_restore = restorer(Preparation)


class Preparations(Repository):
    # writing a form ------------------------------------------------------
    def new_form(self, employee_id: str, talk_slug: str, deck: Deck, language: str) -> FormIdentity:
        """A form id for ``deck`` (the form's, perhaps the twin of ``talk_slug``), kept with
        its snapshot."""
        self.one("SELECT id FROM employee WHERE id = ?", [employee_id], "employee", employee_id)
        now = self.now_text()
        with self.transaction() as db:
            digest = remember_deck(db, deck, now)
            identity = FormIdentity(
                form_id=new_id(),
                employee_id=employee_id,
                deck_slug=deck.slug,
                deck_version=deck.version,
                deck_hash=digest,
                talk_slug=talk_slug,
                language=language,
            )
            db.table("prep_form").insert(
                {
                    "id": identity.form_id,
                    "employee_id": employee_id,
                    "talk_slug": talk_slug,
                    "deck_slug": deck.slug,
                    "deck_version": deck.version,
                    "deck_hash": digest,
                    "language": language,
                    "written_at": now,
                }
            )
        return identity

    def forget_form(self, form_id: str) -> None:
        """A form whose file could not be written: no trace of it."""
        with self.transaction() as db:
            db.execute("DELETE FROM prep_form WHERE id = ?", [form_id])

    def last_language(self, employee_id: str) -> str | None:
        """The language of the last form written for this person, if any."""
        row = self.db.execute(
            "SELECT language FROM prep_form WHERE employee_id = ?"
            " ORDER BY written_at DESC, rowid DESC LIMIT 1",
            [employee_id],
        ).fetchone()
        return str(row[0]) if row else None

    # reading one back ----------------------------------------------------
    def store_filled(self, filled: FilledForm) -> tuple[ImportOutcome, Preparation]:
        """Keep what came back; the same values again change nothing.

        A form whose talk is completed is refused (ValidationError): the talk is a record.
        """
        identity = filled.identity
        digest = filled.digest()
        with self.transaction() as db:
            before = self._row(identity.form_id)
            if before is not None and self._completed(before["conversation_id"]):
                raise ValidationError(
                    [
                        _(
                            "this form was already read in and used in a talk that is "
                            "completed; its record does not change (reopen that talk first)"
                        )
                    ]
                )
            if before is not None and before["digest"] == digest:
                return ImportOutcome.SAME, self.get(identity.form_id)
            now = self.now_text()
            conversation_id = before["conversation_id"] if before else self._open_talk(db, identity)
            if before is not None:
                db.execute("DELETE FROM preparation_answer WHERE form_id = ?", [identity.form_id])
                db.execute(
                    "DELETE FROM talking_point WHERE form_id = ? AND status = 'open'",
                    [identity.form_id],
                )
            db.table("preparation").upsert(
                {
                    "form_id": identity.form_id,
                    "employee_id": identity.employee_id,
                    "talk_slug": identity.talk_slug,
                    "deck_slug": identity.deck_slug,
                    "deck_version": identity.deck_version,
                    "deck_hash": identity.deck_hash,
                    "digest": digest,
                    "imported_at": now,
                    "conversation_id": conversation_id,
                    "updated_at": now,
                },
                pk="form_id",
            )
            db.table("preparation_answer").insert_all(
                {
                    "form_id": identity.form_id,
                    "card_id": answer.card_id,
                    "position": position,
                    "question": answer.question,
                    "answer": answer.answer,
                    "note": answer.note,
                    "option_id": answer.option_id,
                }
                for position, answer in enumerate(filled.answers)
            )
            self._add_points(db, identity, filled.talking_points, now)
        outcome = ImportOutcome.NEW if before is None else ImportOutcome.REPLACED
        return outcome, self.get(identity.form_id)

    def _add_points(
        self, db: sqlite_utils.Database, identity: FormIdentity, texts: Sequence[str], now: str
    ) -> None:
        kept = {
            row[0]
            for row in db.execute(
                "SELECT text FROM talking_point WHERE form_id = ?", [identity.form_id]
            ).fetchall()
        }
        db.table("talking_point").insert_all(
            {
                "id": new_id(),
                "employee_id": identity.employee_id,
                "text": text,
                "by": PointBy.MEDEWERKER.value,
                "source": PointSource.FORM.value,
                "added_at": now,
                "status": PointStatus.OPEN.value,
                "conversation_id": None,
                "updated_at": now,
                "form_id": identity.form_id,
            }
            for text in dict.fromkeys(texts)
            if text not in kept
        )

    def _open_talk(self, db: sqlite_utils.Database, identity: FormIdentity) -> str | None:
        """A draft of this deck with this person, open now: it uses the form at once."""
        row = db.execute(
            "SELECT id FROM conversation WHERE employee_id = ? AND status = 'draft'"
            " AND deck_slug IN (?, ?) ORDER BY started_at DESC, rowid DESC LIMIT 1",
            [identity.employee_id, identity.talk_slug, identity.deck_slug],
        ).fetchone()
        return str(row[0]) if row else None

    def _completed(self, conversation_id: str | None) -> bool:
        if conversation_id is None:
            return False
        row = self.db.execute(
            "SELECT status FROM conversation WHERE id = ?", [conversation_id]
        ).fetchone()
        return bool(row) and row[0] == ConversationStatus.COMPLETED.value

    # a talk starting -----------------------------------------------------
    @staticmethod
    def link_pending(
        db: sqlite_utils.Database, employee_id: str, deck_slug: str, talk: str, now: str
    ) -> None:
        """The person's pending preparations for this deck are used by conversation ``talk``."""
        db.execute(
            "UPDATE preparation SET conversation_id = ?, updated_at = ?"
            " WHERE employee_id = ? AND conversation_id IS NULL"
            " AND (talk_slug = ? OR deck_slug = ?)",
            [talk, now, employee_id, deck_slug, deck_slug],
        )

    # reads ---------------------------------------------------------------
    def get(self, form_id: str) -> Preparation:
        return self._many(
            [self.one("SELECT * FROM preparation WHERE form_id = ?", [form_id], "form", form_id)]
        )[0]

    def for_employee(self, employee_id: str) -> list[Preparation]:
        """The person's preparations, newest first."""
        return self._many(
            self.rows(
                "SELECT * FROM preparation WHERE employee_id = ?"
                " ORDER BY imported_at DESC, rowid DESC",
                [employee_id],
            )
        )

    def for_conversation(self, conversation_id: str) -> Preparation | None:
        """The newest preparation a conversation uses, if any."""
        found = self._many(
            self.rows(
                "SELECT * FROM preparation WHERE conversation_id = ?"
                " ORDER BY imported_at DESC, rowid DESC LIMIT 1",
                [conversation_id],
            )
        )
        return found[0] if found else None

    def _row(self, form_id: str) -> Row | None:
        found = self.rows("SELECT * FROM preparation WHERE form_id = ?", [form_id])
        return found[0] if found else None

    def _many(self, found: list[Row]) -> list[Preparation]:
        ids = [row["form_id"] for row in found]
        answers: dict[str, list[PreparedAnswer]] = {form_id: [] for form_id in ids}
        points: dict[str, list[str]] = {form_id: [] for form_id in ids}
        if ids:
            for row in self.rows(
                f"SELECT * FROM preparation_answer WHERE form_id IN ({marks(ids)})"
                " ORDER BY position",
                ids,
            ):
                answers[row["form_id"]].append(
                    PreparedAnswer(
                        row["card_id"],
                        row["question"],
                        row["answer"],
                        row["note"],
                        row["option_id"],
                    )
                )
            for form_id, text in self.db.execute(
                f"SELECT form_id, text FROM talking_point WHERE form_id IN ({marks(ids)})"
                " ORDER BY added_at, rowid",
                ids,
            ).fetchall():
                points[form_id].append(text)
        return [
            _restore(
                form_id=row["form_id"],
                employee_id=row["employee_id"],
                talk_slug=row["talk_slug"],
                deck_slug=row["deck_slug"],
                deck_version=row["deck_version"],
                deck_hash=row["deck_hash"],
                imported_at=to_stamp(row["imported_at"]),
                conversation_id=row["conversation_id"],
                answers=tuple(answers[row["form_id"]]),
                talking_points=tuple(points[row["form_id"]]),
            )
            for row in found
        ]
