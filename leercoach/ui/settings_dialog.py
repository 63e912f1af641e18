"""Settings kept in the database: the manager's name, when a cycle starts, retention."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QSpinBox, QWidget

from leercoach.domain.settings import MONTHS, RETENTION_MONTHS_RANGE
from leercoach.ui.forms import lay_out_form
from leercoach.ui.session import Session


class SettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = session.read_settings()
        self.setWindowTitle(self.tr("Settings"))
        self.manager = QLineEdit(self.settings.manager_name)
        self.manager.setPlaceholderText(self.tr("Printed on growth-cycle summaries"))
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
        form = QFormLayout()
        form.addRow(self.tr("&Manager's name"), self.manager)
        form.addRow(self.tr("Growth cycle &starts in"), self.start_month)
        form.addRow(self.tr("&Keep data of people who left for"), self.retention)
        lay_out_form(self, form)

    def accept(self) -> None:
        self.session.save_settings(
            replace(
                self.settings,
                manager_name=self.manager.text().strip(),
                cycle_start_month=int(self.start_month.currentData()),
                retention_months=self.retention.value(),
            )
        )
        super().accept()
