"""Settings kept in the database: the manager's name, when a cycle starts, retention."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leercoach.domain.settings import DEFAULT_RETENTION_MONTHS
from leercoach.store import Store
from leercoach.ui.startup import RETENTION_SETTING

MANAGER_NAME = "manager_name"
CYCLE_START_MONTH = "cycle_start_month"


class SettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        self.manager = QLineEdit(store.setting(MANAGER_NAME))
        self.manager.setPlaceholderText(self.tr("Printed on growth-cycle summaries"))
        self.start_month = QComboBox()
        for month in range(1, 13):
            self.start_month.addItem(QLocale().standaloneMonthName(month), month)
        month = store.reporting.cycle_start_month()
        self.start_month.setCurrentIndex(month - 1)
        self.retention = QSpinBox()
        self.retention.setRange(1, 240)
        self.retention.setSuffix(self.tr(" months"))
        stored = store.setting(RETENTION_SETTING, str(DEFAULT_RETENTION_MONTHS))
        self.retention.setValue(int(stored) if stored.isdigit() else DEFAULT_RETENTION_MONTHS)
        self.retention.setToolTip(
            self.tr("People who left longer ago than this are offered for erasure at start")
        )
        form = QFormLayout()
        form.addRow(self.tr("&Manager's name"), self.manager)
        form.addRow(self.tr("Growth cycle &starts in"), self.start_month)
        form.addRow(self.tr("&Keep data of people who left for"), self.retention)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.store.set_setting(MANAGER_NAME, self.manager.text().strip())
        self.store.set_setting(CYCLE_START_MONTH, str(self.start_month.currentData()))
        self.store.set_setting(RETENTION_SETTING, str(self.retention.value()))
        super().accept()
