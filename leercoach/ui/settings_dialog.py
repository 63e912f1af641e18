"""Settings kept in the database: the manager's name, when a cycle starts, retention, what
the app shows at start-up; and the language, kept in the data folder's settings.json
(``leercoach.language``), since the command line needs it too, before any database is open."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from leercoach import language as core_language
from leercoach.domain.settings import MONTHS, RETENTION_MONTHS_RANGE
from leercoach.ui.forms import lay_out_form
from leercoach.ui.i18n import use_region
from leercoach.ui.manager_name import name_field
from leercoach.ui.session import Session


class SettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = session.read_settings()
        self.setWindowTitle(self.tr("Settings"))
        self.manager = name_field(
            self.settings.manager_name, self.tr("Printed on growth-cycle summaries")
        )
        self.start_month = QComboBox()
        for month in MONTHS:
            self.start_month.addItem(QLocale().standaloneMonthName(month), month)
        self.start_month.setCurrentIndex(self.settings.cycle_start_month - 1)
        self.retention = QSpinBox()
        self.retention.setRange(RETENTION_MONTHS_RANGE.start, RETENTION_MONTHS_RANGE.stop - 1)
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setValue(self.settings.retention_months)
        self.retention.setToolTip(
            self.tr("People who left longer ago than this are offered for erasure at start")
        )
        self.language = QComboBox()
        # Each language by its own name: someone who cannot read the other finds theirs.
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(core_language.current())))
        self.language.setToolTip(self.tr("The language of the app and of the command line"))
        self.restart_note = QLabel(self.tr("The new language is used from the next start."))
        self.restart_note.hide()
        self.language.currentIndexChanged.connect(
            lambda: self.restart_note.setVisible(
                self.language.currentData() != core_language.current()
            )
        )
        self.region = QComboBox()
        self.region.addItem(self.tr("Belgium (5/03/2026, “tegen 12 maart”)"), "nl_BE")
        self.region.addItem(self.tr("The Netherlands (05-03-2026, “uiterlijk 12 maart”)"), "nl_NL")
        self.region.setCurrentIndex(max(0, self.region.findData(self.settings.region)))
        self.region.setToolTip(self.tr("How Dutch writes dates and a few words"))
        self.week_at_start = QCheckBox(self.tr("Show “This week” at start-up"))
        self.week_at_start.setChecked(self.settings.week_at_start)
        self.week_at_start.setToolTip(
            self.tr("Open on whom to talk to this week instead of the list of people")
        )
        self.notify_at_start = QCheckBox(self.tr("Notification at start-up"))
        self.notify_at_start.setChecked(self.settings.notify_at_start)
        self.notify_at_start.setToolTip(
            self.tr("One desktop notification of the talks and actions due this week")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Manager's name"), self.manager)
        form.addRow(self.tr("Growth cycle &starts in"), self.start_month)
        form.addRow(self.tr("&Keep data of people who left for"), self.retention)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("&Region"), self.region)
        form.addRow(self.tr("At start-up"), self.week_at_start)
        form.addRow("", self.notify_at_start)
        lay_out_form(self, form)

    def accept(self) -> None:
        region = str(self.region.currentData())
        app = QCoreApplication.instance()
        if app is not None:  # dates and words in the new region from now on, views included
            use_region(app, core_language.current(), region)
        self.session.save_settings(
            replace(
                self.settings,
                manager_name=self.manager.text().strip(),
                cycle_start_month=int(self.start_month.currentData()),
                retention_months=self.retention.value(),
                region=region,
                week_at_start=self.week_at_start.isChecked(),
                notify_at_start=self.notify_at_start.isChecked(),
            )
        )
        chosen = str(self.language.currentData())
        if chosen != core_language.current():
            self.session.save_language(chosen)
        super().accept()
