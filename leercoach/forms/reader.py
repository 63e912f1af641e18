"""Reading a returned preparation form with pypdf: its identity and its fields' values.

Only the file is read here; what the values mean is the domain's
(``domain.preparation.read_filled``). Every refusal is one sentence naming the file
(``FormRefusedError``): too big, not a PDF, damaged, encrypted, not a leercoach form, or a
form whose fields were flattened away ("printed to PDF").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leercoach.domain.form_identity import FormIdentity
from leercoach.domain.preparation import (
    IDENTITY_FIELD,
    MAX_FILE_BYTES,
    FieldValue,
    FormRefusedError,
)
from leercoach.language import _

_XMP_FORM = re.compile(rb"<lc:form>([^<]{1,2000})</lc:form>")


@dataclass(frozen=True)
class ReturnedForm:
    identity: FormIdentity
    fields: dict[str, FieldValue]


def read_returned(path: Path) -> ReturnedForm:
    """The identity and the fields of the form at ``path``; FormRefusedError when it is none."""
    import pypdf
    from pypdf.errors import PdfReadError

    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FormRefusedError(_("{file} does not exist", file=name)) from None
    if size > MAX_FILE_BYTES:
        raise FormRefusedError(
            _(
                "{file} is {size} MB; a preparation form is far smaller (at most {limit} MB): "
                "is it the right file?",
                file=name,
                size=round(size / 1024 / 1024, 1),
                limit=MAX_FILE_BYTES // 1024 // 1024,
            )
        )
    with path.open("rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF-"):
            raise FormRefusedError(_("{file} is not a PDF", file=name))
    # pypdf logs what it repairs; a sentence to the user is enough.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted:
            raise FormRefusedError(
                _(
                    "{file} is protected with a password: save it again without one and read "
                    "it in then",
                    file=name,
                )
            )
        raw = reader.get_fields() or {}
        xmp = _xmp_identity(reader)
    except FormRefusedError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise FormRefusedError(
            _("{file} is damaged and cannot be read ({detail})", file=name, detail=error)
        ) from None
    fields = {key: _value(field) for key, field in raw.items()}
    identity = _identity(fields.pop(IDENTITY_FIELD, None)) or xmp
    if identity is None:
        raise FormRefusedError(_("{file} is not a preparation form of leercoach", file=name))
    if not fields:
        raise FormRefusedError(
            _(
                "{file} has no form fields left: it was flattened or “printed to PDF”. Ask for "
                "the file itself, saved from the reader it was filled in with",
                file=name,
            )
        )
    return ReturnedForm(identity, fields)


def _value(field: Any) -> FieldValue:
    kind = "button" if field.get("/FT") == "/Btn" else "text" if field.get("/FT") == "/Tx" else ""
    value = field.get("/V")
    if value is None:
        return FieldValue(kind, None)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return FieldValue(kind, str(value))


def _identity(found: FieldValue | None) -> FormIdentity | None:
    if found is None or found.value is None:
        return None
    return FormIdentity.parse(found.value)


def _xmp_identity(reader: Any) -> FormIdentity | None:
    """The copy in the XMP metadata, for a reader that dropped the hidden field."""
    metadata = reader.trailer["/Root"].get("/Metadata")
    if metadata is None:
        return None
    match = _XMP_FORM.search(metadata.get_object().get_data())
    if match is None:
        return None
    text = match.group(1).decode("ascii", "replace").replace("&amp;", "&")
    return FormIdentity.parse(text)
