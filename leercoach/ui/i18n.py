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
