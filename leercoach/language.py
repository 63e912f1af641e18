"""The language leercoach speaks outside Qt: the command line, the core's messages, labels.

Which language (``resolve``): ``--lang``, else the one saved in ``settings.json`` in the
data folder (the app's language choice writes it; the language is needed before any
database is opened, so it cannot live in one), else the system locale (``LC_ALL``,
``LC_MESSAGES``, ``LANG``: ``nl_BE`` and ``nl_NL`` are Dutch), else Dutch.

Messages are English in the code and translated with the standard library's gettext
from the catalogues in ``resources/locale/<language>/LC_MESSAGES/leercoach.mo``
(``packaging/translations.py`` extracts, updates and compiles them with Babel; the
runtime needs only gettext). Placeholders go by name (``{path}``), so a translation may
put them in another order. Until the CLI or the app sets a language (``use``), the core
speaks English, the language of its source: a library caller gets what the code says.
"""

from __future__ import annotations

import gettext as stdlib_gettext
import json
import os
from pathlib import Path

from leercoach import paths

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
SOURCE_LANGUAGE = "en"
DOMAIN = "leercoach"
SETTINGS_FILE = "settings.json"
# The order in which POSIX lets these decide the language of messages.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_current = SOURCE_LANGUAGE
_catalogues: dict[str, stdlib_gettext.NullTranslations] = {}


def locale_folder() -> Path:
    return paths.shipped("resources") / "locale"


def catalogue(language: str | None = None) -> stdlib_gettext.NullTranslations:
    """The compiled messages of ``language`` (default: the current one), read once."""
    code = language or _current
    found = _catalogues.get(code)
    if found is None:
        # The file itself, not gettext.translation(): that one looks for every spelling of
        # the language (nl_BE.UTF-8, nl_BE, nl, …) first, a millisecond of start-up.
        path = locale_folder() / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
        try:
            with path.open("rb") as handle:
                found = stdlib_gettext.GNUTranslations(handle)
        except OSError:
            found = stdlib_gettext.NullTranslations()  # the source language's own words
        _catalogues[code] = found
    return found


def use(language: str) -> str:
    """Speak ``language`` from now on (an unknown one: Dutch); return the one used."""
    global _current  # noqa: PLW0603 - the one language of this process, set at start
    _current = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return _current


def current() -> str:
    return _current


def _(message: str, /, **values: object) -> str:
    """``message`` in the current language, its ``{name}`` placeholders filled in."""
    text = catalogue().gettext(message)
    return text.format(**values) if values else text


def ngettext(singular: str, plural: str, n: int, /, **values: object) -> str:
    """The form for ``n`` in the current language; ``{n}`` and the others filled in."""
    return catalogue().ngettext(singular, plural, n).format(n=n, **values)


def pgettext(context: str, message: str, /, **values: object) -> str:
    """``message`` as meant in ``context`` ('action status': 'open'), filled in."""
    text = catalogue().pgettext(context, message)
    return text.format(**values) if values else text


def N_(message: str) -> str:
    """Marks a message to translate later, where it is used (a table of sentences)."""
    return message


def resolve(asked: str | None = None) -> str:
    """``asked`` (``--lang``), else the saved choice, else the system locale, else Dutch."""
    if asked in LANGUAGES:
        return asked
    return saved_language() or system_language() or DEFAULT_LANGUAGE


def system_language() -> str | None:
    """The language of the first locale variable that is set, when leercoach speaks it."""
    for name in LOCALE_VARIABLES:
        value = os.environ.get(name, "").strip()
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return code if code in LANGUAGES else None
    return None


def settings_path() -> Path:
    return paths.data_dir() / SETTINGS_FILE


def saved_language() -> str | None:
    """The language saved in the settings file; None when there is none (or no file)."""
    try:
        saved = json.loads(settings_path().read_text("utf-8"))
    except (OSError, ValueError):
        return None
    chosen = saved.get("language") if isinstance(saved, dict) else None
    return chosen if chosen in LANGUAGES else None


def save_language(language: str) -> None:
    """Keep ``language`` for the next start, of the app and of the command line."""
    from leercoach.files import write_private_text

    if language not in LANGUAGES:
        raise ValueError(f"leercoach speaks {', '.join(LANGUAGES)}, not {language!r}")
    path = paths.user_data_dir() / SETTINGS_FILE
    try:
        saved = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        saved = {}
    settings = saved if isinstance(saved, dict) else {}
    settings["language"] = language
    write_private_text(path, json.dumps(settings, ensure_ascii=False, indent=2) + "\n")
