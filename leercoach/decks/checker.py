"""What checking a deck file shares: every problem kept, each with its key path and line."""

from __future__ import annotations

import difflib
import re
from enum import StrEnum
from typing import Any

from leercoach.language import N_, _


class Checker:
    def __init__(self, card_lines: list[int], deck_lines: dict[str, int] | None = None) -> None:
        self.problems: list[str] = []
        self.card_lines = card_lines
        self.deck_lines = deck_lines or {}

    def at_deck(self, key: str) -> str:
        """A deck-level key, with its line where the file has one."""
        if key in self.deck_lines:
            return _("line {line}: {problem}", line=self.deck_lines[key], problem=key)
        return key

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def where(self, card_index: int, key: str = "") -> str:
        path = f"cards[{card_index}]" + (f".{key}" if key else "")
        if card_index < len(self.card_lines):
            return _("line {line}: {problem}", line=self.card_lines[card_index], problem=path)
        return path

    def unknown_keys(self, table: dict[str, Any], allowed: tuple[str, ...], where: str) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                # repr(): an empty key or one with a newline must still read as one line.
                self.fail(
                    f"{where}{key!r}",
                    _(
                        "unknown key (did you mean {close}?); allowed: {allowed}",
                        close=repr(close[0]),
                        allowed=", ".join(allowed),
                    )
                    if close
                    else _("unknown key; allowed: {allowed}", allowed=", ".join(allowed)),
                )

    def text(self, table: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.fail(where, _("missing; expected a text"))
            return ""
        if not isinstance(value, str):
            self.fail(where, _("expected a text, got {kind}", kind=kind_of(value)))
            return ""
        if required and not value.strip():
            self.fail(where, _("is empty"))
        return value.strip()

    def matching(
        self, table: dict[str, Any], key: str, where: str, pattern: re.Pattern[str], what: str
    ) -> str:
        value = self.text(table, key, where)
        if value and not pattern.match(value):
            self.fail(where, _("{value} is not a valid {what}", value=repr(value), what=_(what)))
        return value

    def choice(self, value: str, where: str, allowed: tuple[str, ...]) -> str:
        if value and value not in allowed:
            close = difflib.get_close_matches(value, allowed, n=1)
            listed = ", ".join(allowed)
            self.fail(
                where,
                _(
                    "{value} is not one of {allowed} (did you mean {close}?)",
                    value=repr(value),
                    allowed=listed,
                    close=repr(close[0]),
                )
                if close
                else _("{value} is not one of {allowed}", value=repr(value), allowed=listed),
            )
        return value

    def enum_value(
        self, table: dict[str, Any], key: str, where: str, values: type[StrEnum]
    ) -> str | None:
        """An optional key holding one of ``values``; None where it is left out."""
        if key not in table:
            return None
        text = self.text(table, key, where)
        return self.choice(text, where, tuple(v.value for v in values)) or None

    def positive_int(self, table: dict[str, Any], key: str, upper: int | None = None) -> int:
        value = table.get(key)
        if value is None:
            self.fail(key, _("missing; expected a whole number"))
            return 0
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, _("expected a whole number, got {kind}", kind=kind_of(value)))
            return 0
        if value < 1 or (upper is not None and value > upper):
            self.fail(
                key,
                _("expected at least 1 and at most {upper}, got {value}", upper=upper, value=value)
                if upper
                else _("expected at least 1, got {value}", value=value),
            )
        return value

    def flag(self, table: dict[str, Any], key: str, where: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.fail(where, _("expected true or false, got {kind}", kind=kind_of(value)))
            return False
        return value

    def text_list(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(where, _("expected a list of texts, got {kind}", kind=kind_of(value)))
            return ()
        items: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{where}[{index}]", _("expected a non-empty text"))
            else:
                items.append(item.strip())
        return tuple(items)


def kind_of(value: Any) -> str:
    number, text, listed, table = N_("a number"), N_("a text"), N_("a list"), N_("a table")
    names = {bool: N_("true/false"), int: number, float: number, str: text}
    found = {**names, list: listed, dict: table}.get(type(value))
    return _(found) if found else type(value).__name__
