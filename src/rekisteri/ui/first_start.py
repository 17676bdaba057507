"""What an empty register shows: the next steps, never a blank screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.register import Register
from rekisteri.ui.controller_form import SHORT_FIELDS, ControllerForm
from rekisteri.ui.demo_task import create_demo_register
from rekisteri.ui.icons import icon

DEMO_CUSTOMERS = 500


class WelcomePanel(QFrame):
    demo_created = Signal()
    new_customer_requested = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(620)
        col = QVBoxLayout(column)
        outer.addWidget(column, 4)
        outer.addStretch(1)

        title = QLabel(self.tr("Welcome to Rekisteri"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        col.addStretch(1)
        col.addWidget(title)
        intro = QLabel(
            self.tr(
                "The register is empty. Start by telling whose register this is, then add your "
                "first customer. To look around first, create a demo register with made-up "
                "customers."
            )
        )
        intro.setWordWrap(True)
        col.addWidget(intro)

        self._build_form_box(register)
        col.addWidget(self.form_box)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(icon("new"), self.tr("Add the first customer"))
        self.new_button.clicked.connect(self.new_customer_requested)
        self.demo_button = QPushButton(icon("demo"), self.tr("Create demo register"))
        self.demo_button.setToolTip(
            self.tr("Adds {n} made-up customers to try the app with.").format(n=DEMO_CUSTOMERS)
        )
        self.demo_button.clicked.connect(self.create_demo)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        col.addStretch(2)
        for label in (title, intro):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _build_form_box(self, register: Register) -> None:
        """The controller's details, asked first: the notice and every letter need them."""
        self.form_box = QGroupBox(self.tr("Your business"))
        fb = QVBoxLayout(self.form_box)
        why = QLabel(
            self.tr(
                "The privacy notice and every letter print these details: people send their "
                "requests to this e-mail address and post."
            )
        )
        why.setWordWrap(True)
        fb.addWidget(why)
        self.form = ControllerForm(register, SHORT_FIELDS, self.form_box)
        fb.addWidget(self.form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.saved_label = QLabel()
        save_row.addWidget(self.saved_label)
        self.save_button = QPushButton(icon("save"), self.tr("Save details"))
        self.save_button.clicked.connect(self.save_details)
        save_row.addWidget(self.save_button)
        fb.addLayout(save_row)

    def refresh(self) -> None:
        self.form.load()
        self.saved_label.clear()

    def save_details(self) -> bool:
        ok = self.form.save()
        self.saved_label.setText(self.tr("Saved.") if ok else "")
        return ok

    def create_demo(self) -> None:
        if create_demo_register(self.window(), self.register, DEMO_CUSTOMERS):
            self.form.load()
            self.demo_created.emit()
        else:
            QMessageBox.warning(
                self, self.tr("Demo register"), self.tr("The demo register could not be created.")
            )
