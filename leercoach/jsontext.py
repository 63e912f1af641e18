"""JSON as leercoach writes it for people and other programs: readable, UTF-8, stable.

Dataclasses become objects, enums their values, dates and times ISO 8601, paths text.
The command line prints it (``--json``) and a person's data export is written in it.
"""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from pathlib import Path
from typing import Any


def to_json(value: Any) -> str:
    def default(item: Any) -> Any:
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            return dataclasses.asdict(item)
        if isinstance(item, Enum):
            return item.value
        if isinstance(item, Path):
            return str(item)
        if hasattr(item, "isoformat"):
            return item.isoformat()
        raise TypeError(type(item).__name__)

    return json.dumps(value, default=default, ensure_ascii=False, indent=2)
