"""A preparation form's identity: which form, about whom, of which deck and version.

It travels in the form's hidden field and its XMP metadata (``domain.preparation``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMAT = "leercoach-prep/1"
_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")
_HEX = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f-]{8,64}")


@dataclass(frozen=True)
class FormIdentity:
    """What a form is: which form, about whom, of which deck and version.

    ``deck_slug`` and ``deck_hash`` name the deck the form was written from (a twin in the
    person's language, perhaps); ``talk_slug`` the deck the manager holds the talk with.
    """

    form_id: str
    employee_id: str
    deck_slug: str
    deck_version: int
    deck_hash: str
    talk_slug: str
    language: str

    def text(self) -> str:
        """One ASCII line: the hidden field's value and the XMP copy."""
        parts = {
            "form": self.form_id,
            "employee": self.employee_id,
            "deck": self.deck_slug,
            "version": str(self.deck_version),
            "hash": self.deck_hash,
            "talk": self.talk_slug,
            "lang": self.language,
        }
        return FORMAT + ";" + ";".join(f"{key}={value}" for key, value in parts.items())

    @classmethod
    def parse(cls, text: str) -> FormIdentity | None:
        """The identity in ``text``; None when it is not one this version wrote."""
        head, _sep, rest = text.strip().partition(";")
        if head != FORMAT:
            return None
        pairs = dict(part.partition("=")[::2] for part in rest.split(";") if part)
        try:
            found = cls(
                form_id=pairs["form"],
                employee_id=pairs["employee"],
                deck_slug=pairs["deck"],
                deck_version=int(pairs["version"]),
                deck_hash=pairs["hash"],
                talk_slug=pairs["talk"],
                language=pairs["lang"],
            )
        except (KeyError, ValueError):
            return None
        sound = (
            _UUID.fullmatch(found.form_id)
            and _UUID.fullmatch(found.employee_id)
            and _SLUG.fullmatch(found.deck_slug)
            and _SLUG.fullmatch(found.talk_slug)
            and _HEX.fullmatch(found.deck_hash)
            and found.language in ("nl", "en")
        )
        return found if sound else None
