"""Logging a contact with a customer ("met 3.2."): it moves the customer's last-contact date,
which the retention rules count from."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.dto import ContactView, InteractionInput
from rekisteri.core.enums import InteractionKind
from rekisteri.core.errors import ValidationError
from rekisteri.ui.ban_dialog import date_edit, date_of
from rekisteri.ui.combos import enum_combo, value
from rekisteri.ui.field_errors import ErrorLabel, FormErrors


class InteractionDialog(QDialog):
    def __init__(
        self, contacts: tuple[ContactView, ...], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add contact event"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.general_error = ErrorLabel(self)
        self.errors = FormErrors(self.general_error)
        self.date = date_edit(today)
        self.kind = enum_combo(InteractionKind)
        self.contact = QComboBox()
        self.contact.addItem(self.tr("(the customer in general)"), None)
        for c in contacts:
            self.contact.addItem(c.full_name, c.id)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was it about? Keep it short and factual."))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.errors.add_row(form, self.tr("Date"), "occurred_on", self.date)
        self.errors.add_row(form, self.tr("Kind"), "kind", self.kind)
        self.errors.add_row(form, self.tr("With"), "contact_id", self.contact)
        self.errors.add_row(form, self.tr("Note"), "note", self.note)
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def values(self) -> InteractionInput:
        return InteractionInput(
            occurred_on=date_of(self.date),
            kind=value(self.kind),
            note=self.note.toPlainText(),
            contact_id=self.contact.currentData(),
        )

    def show_error(self, exc: ValidationError) -> None:
        self.errors.show(exc.errors)
