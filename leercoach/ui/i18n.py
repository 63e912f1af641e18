"""Loading translations: leercoach's own, Qt's stock dialogs ("Annuleren"), and the
core's (``leercoach.language``: a store error, a CSV import problem, a broken deck), so
the window speaks one language."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from leercoach import language as core
from leercoach.paths import shipped

DEFAULT_LANGUAGE = core.DEFAULT_LANGUAGE
SUPPORTED = core.LANGUAGES

# Qt 6.11's own (widget) file dialog asks for these; qtbase_nl.qm has only the older
# "Look in:" and "Files of type:". Our catalogue is asked first, so it fills the gap.
QT_STRINGS_QTBASE_LACKS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


COUNTRIES = {"nl_BE": QLocale.Country.Belgium, "nl_NL": QLocale.Country.Netherlands}
_regional: list[QTranslator] = []  # the region's few words of its own, while installed


def use_region(app: QCoreApplication, language: str, region: str) -> None:
    """Dutch as the settings' region writes it: dates (QLocale, 5/03/2026 or 05-03-2026)
    and the few words of leercoach_nl_NL over leercoach_nl. English is unaffected."""
    for translator in _regional:
        app.removeTranslator(translator)
    _regional.clear()
    if language != "nl":
        return
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, COUNTRIES.get(region, COUNTRIES["nl_BE"])))
    # Only a region that has words of its own: QTranslator.load would fall back from
    # "leercoach_nl_BE" to "leercoach_nl" and install the whole catalogue a second time.
    words = shipped("resources") / "translations" / f"leercoach_{region}.qm"
    if not words.is_file():
        return
    regional = QTranslator(app)
    if regional.load(str(words)):
        app.installTranslator(regional)  # installed last, so asked first
        _regional.append(regional)


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install translators for ``language`` (default Dutch); return the language used."""
    language = core.use(language if language in SUPPORTED else DEFAULT_LANGUAGE)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Belgium if language == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    translators = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        translators.append(qt_translator)
    own = QTranslator(app)
    if own.load(f"leercoach_{language}", str(shipped("resources") / "translations")):
        translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    return language
