"""Filling a preparation form as the employee's PDF reader would: with pypdf, not leercoach."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import pypdf
from pypdf.generic import NameObject

# pypdf warns that its own appearance streams lack emoji glyphs: the reader's business.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def fields(path: Path) -> dict[str, dict[str, object]]:
    """Every field of the form by name, as pypdf reads it."""
    return {name: dict(field) for name, field in (pypdf.PdfReader(path).get_fields() or {}).items()}


def states(path: Path, name: str) -> list[str]:
    """A radio group's states (``/Off`` left out), as a reader offers them."""
    found = pypdf.PdfReader(path).get_fields()[name]
    return [state for state in found.get("/_States_", []) if state != "/Off"]


def fill(source: Path, target: Path, values: Mapping[str, str]) -> Path:
    """The form at ``source`` with ``values`` filled in (a radio by its state, "/s3"),
    saved at ``target`` as a reader saves it: the same file with the fields' values set."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(source))
    for page in writer.pages:
        writer.update_page_form_field_values(page, dict(values), auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def flatten(source: Path, target: Path) -> Path:
    """What "print to PDF" leaves of a form: the pages, without a field."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(source))
    for page in writer.pages:
        if "/Annots" in page:
            del page[NameObject("/Annots")]
    if "/AcroForm" in writer._root_object:
        del writer._root_object[NameObject("/AcroForm")]
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def rewrite_field(source: Path, target: Path, name: str, **entries: object) -> Path:
    """The form with one field's dictionary entries changed (``FT="/Tx"``, ``V="…"``)."""
    from pypdf.generic import TextStringObject

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(source))
    for reference in writer._root_object["/AcroForm"]["/Fields"]:
        field = reference.get_object()
        if field.get("/T") == name:
            for key, value in entries.items():
                text = str(value)
                field[NameObject(f"/{key}")] = (
                    NameObject(text) if text.startswith("/") else TextStringObject(text)
                )
    with target.open("wb") as handle:
        writer.write(handle)
    return target
