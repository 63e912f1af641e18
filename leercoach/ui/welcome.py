"""First run on an empty database: three ways to begin; and the bar over demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from leercoach.ui.colours import keep_styled


class WelcomePage(QWidget):
    addRequested = Signal()
    importRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to leercoach"))
        title.setStyleSheet("font-size: 24pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "Prepare and hold coaching conversations with your team: question cards, "
                "agreed actions and growth cycles. Everything stays on this computer."
            )
        )
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 12pt;")
        add = QPushButton(self.tr("Add your first &employee"))
        add.setDefault(True)
        importing = QPushButton(self.tr("&Import a list of employees (CSV)…"))
        demo = QPushButton(self.tr("&Try leercoach with demo data"))
        demo.setToolTip(self.tr("Fictional people, clearly marked; removable in one step"))
        for button in (add, importing, demo):
            button.setMinimumHeight(44)
            button.setStyleSheet("font-size: 12pt; text-align: left; padding-left: 16px;")
        add.clicked.connect(self.addRequested)
        importing.clicked.connect(self.importRequested)
        demo.clicked.connect(self.demoRequested)
        box = QWidget()
        # A fixed width lets the word-wrapped text ask for the height it needs (no clipping).
        box.setFixedWidth(620)
        layout = QVBoxLayout(box)
        layout.setSpacing(14)
        for widget in (title, text, add, importing, demo):
            layout.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)


class DemoBar(QFrame):
    """Over the overview while demo people are in the file: they are not real."""

    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBar")
        keep_styled(
            self, lambda c: f"#demoBar {{ background: {c.open_fill.name()}; border-radius: 4px; }}"
        )
        text = QLabel(
            self.tr("You are looking at demo data: fictional people, for trying leercoach out.")
        )
        remove = QPushButton(self.tr("Remove demo data"))
        remove.clicked.connect(self.removeRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(remove)
