"""A choice card's options in a deck file: texts, or tables with a stable id.

Both forms load, and may be mixed::

    options = ["Ja", "Nee"]
    options = [{ id = "ja", label = "Ja" }, { id = "nee", label = "Nee" }]

An option given as a text gets its id from the text (``domain.deck.option_slug``): until
a deck names its ids, that is what an answer keeps besides the text it showed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from leercoach.domain.deck import OTHER_ID, option_slug
from leercoach.language import _

OPTION_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
OPTION_KEYS = ("id", "label")

Fail = Callable[[str, str], None]


def parse_options(value: Any, where: str, fail: Fail) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The options' texts and their ids; every problem is told to ``fail(where, message)``."""
    if value is None:
        return (), ()
    if not isinstance(value, list):
        fail(where, _("expected a list of options, got something else"))
        return (), ()
    labels: list[str] = []
    ids: list[str] = []
    for index, item in enumerate(value):
        at = f"{where}[{index}]"
        if isinstance(item, str) and item.strip():
            labels.append(item.strip())
            ids.append(option_slug(item))
        elif isinstance(item, dict):
            found = _option_table(item, at, fail)
            if found is not None:
                labels.append(found[0])
                ids.append(found[1])
        else:
            fail(at, _("expected a non-empty text or a table with an id and a label"))
    if len(set(ids)) != len(ids):
        fail(where, _("two options have the same id; give them ids of their own"))
    if OTHER_ID in ids:
        fail(where, _("the option id {id} is kept for “anders, namelijk” (other = true)",
                      id=repr(OTHER_ID)))  # fmt: skip
    return tuple(labels), tuple(ids)


def _option_table(item: dict[str, Any], at: str, fail: Fail) -> tuple[str, str] | None:
    unknown = [key for key in item if key not in OPTION_KEYS]
    if unknown:
        fail(at, _("unknown key {key}; an option has an id and a label", key=repr(unknown[0])))
        return None
    label, option_id = item.get("label"), item.get("id")
    if not isinstance(label, str) or not label.strip():
        fail(at + ".label", _("expected a non-empty text"))
        return None
    if option_id is None:
        return label.strip(), option_slug(label)
    if not isinstance(option_id, str) or not OPTION_ID_PATTERN.match(option_id):
        fail(at + ".id", _("expected an id of a-z, 0-9, - and _"))
        return None
    return label.strip(), option_id
