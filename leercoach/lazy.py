"""Names a package hands on but imports only when first asked for (PEP 562).

A package's face lists where each of its names lives; importing the face costs nothing,
and a caller who never asks for reportlab's summary or the trust package's erasure never
pays for loading them. Once asked, a name is kept in the package, so later uses are plain
attribute reads.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, MutableMapping
from typing import Any


def load(
    package: str, homes: Mapping[str, str], namespace: MutableMapping[str, Any], name: str
) -> Any:
    """The value of ``name`` from the module of ``package`` that ``homes`` names."""
    home = homes.get(name)
    if home is None:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{package}.{home}"), name)
    namespace[name] = value
    return value
