"""The core's message catalogues (gettext .po/.mo), kept by Babel: extract, update, compile.

Messages come from every module under ``leercoach/`` but the Qt UI (which has its .ts
files), and from the standard library's argparse, whose words ("usage:", "error:") the
command line speaks too. Source strings are English: the English catalogue is filled
with the messages themselves (so a plural has its forms, and a missing one shows), the
Dutch one by hand. Babel's message tools are used here only, at build and check time; the
app reads the compiled .mo files with the standard library's gettext (and Babel's dates).
"""

from __future__ import annotations

import argparse
import gettext
import io
import re
import string
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "leercoach"
LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"
KEYWORDS = {**DEFAULT_KEYWORDS, "NP_": ((1, "c"), 2)}
METHODS = [("leercoach/ui/**.py", "ignore"), ("leercoach/**.py", "python")]
ARGPARSE_NOTE = "Python's argparse"


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def template() -> Catalog:
    """Every message in the code, and argparse's."""
    catalog = Catalog(domain=DOMAIN, fuzzy=False)
    found = list(extract_from_dir(ROOT, METHODS, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)))
    for _file, _line, message, comments, context in found:
        catalog.add(message, context=context, auto_comments=comments)
    parser_file = Path(argparse.__file__)
    for _line, message, comments, context in extract_from_file(
        "python", parser_file, keywords=KEYWORDS
    ):
        catalog.add(message, context=context, auto_comments=[*comments, ARGPARSE_NOTE])
    return catalog


def _read(language: str) -> Catalog:
    path = po_path(language)
    if not path.exists():
        return Catalog(locale=language, domain=DOMAIN, fuzzy=False)
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(
        out,
        catalog,
        width=100,
        no_location=True,
        omit_header=False,
        sort_output=True,
        ignore_obsolete=True,
    )
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def updated(language: str, fresh: Catalog) -> Catalog:
    """The catalogue of ``language`` with exactly the messages of ``fresh``; translations
    kept, English filled in from the source."""
    catalog = _read(language)
    fresh.creation_date = catalog.creation_date
    catalog.update(fresh, no_fuzzy_matching=True, update_creation_date=False)
    catalog.obsolete.clear()
    catalog.fuzzy = False
    if language == SOURCE_LANGUAGE:
        for message in catalog:
            if message.id and not _translated(message):
                message.string = message.id
    return catalog


def _translated(message: Message) -> bool:
    texts = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return bool(texts) and all(text for text in texts) and not message.fuzzy


def refresh() -> list[str]:
    """Write the .po and .mo files; one line per language for the console."""
    fresh = template()
    lines = []
    for language in LANGUAGES:
        catalog = updated(language, fresh)
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_po_bytes(catalog))
        path.with_suffix(".mo").write_bytes(_mo_bytes(catalog))
        missing = [m for m in catalog if m.id and not _translated(m)]
        lines.append(
            f"{path.relative_to(ROOT)}: {len(catalog)} messages, {len(missing)} untranslated"
        )
    return lines


def problems() -> list[str]:
    """What the committed catalogues lack: a message of the code, a translation, a fresh .mo."""
    fresh = template()
    found = []
    for language in LANGUAGES:
        path = po_path(language)
        if not path.exists():
            found.append(f"{path.relative_to(ROOT)} is missing")
            continue
        committed = _read(language)
        name = path.relative_to(ROOT)
        for message in fresh:
            if not message.id:
                continue
            kept = committed.get(message.id, message.context)
            if kept is None:
                found.append(f"{name}: not yet in the file: {_shown(message)}")
            elif not _translated(kept):
                found.append(f"{name}: untranslated: {_shown(message)}")
            elif _placeholders(kept.id) != _placeholders(kept.string):
                found.append(f"{name}: other placeholders than the source: {_shown(message)}")
        mo = path.with_suffix(".mo")
        if not mo.exists() or _compiled(mo.read_bytes()) != _compiled(_mo_bytes(committed)):
            found.append(f"{mo.relative_to(ROOT)} is stale: run `make translations`")
    return found


def _compiled(data: bytes) -> dict[object, object]:
    """The messages a .mo file holds, less its header (which names Babel's version)."""
    messages = dict(gettext.GNUTranslations(io.BytesIO(data))._catalog)  # type: ignore[attr-defined]
    messages.pop("", None)
    return messages


PRINTF = re.compile(r"%(?:\((\w+)\))?[-#0 +]*\d*(?:\.\d+)?[sdrfx%]")


def _placeholders(text: str | tuple[str, ...] | list[str]) -> list[set[str]]:
    """The {name} and %(name)s places of each form: a translation keeps them all."""
    forms = [text] if isinstance(text, str) else list(text)
    found = []
    for form in forms:
        names = {name for _, name, _, _ in string.Formatter().parse(form) if name is not None}
        printf = {f"%({m[1]})" if m[1] else m[0] for m in PRINTF.finditer(form)}
        found.append(names | printf)
    return found


def _shown(message: Message) -> str:
    text = message.id[0] if isinstance(message.id, tuple | list) else message.id
    return f"[{message.context}] {text}" if message.context else text
