"""The selected service provider's Art. 28 details: what it handles, where, and the agreement.

The table above keeps the short facts the notice prints; this form holds the rest, which the
record of processing lists and the completeness check reads (a provider without a recorded
agreement is a finding).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from rekisteri.core.notice.templates import Processor
from rekisteri.core.register import Register
from rekisteri.ui.accessible import label_form
from rekisteri.ui.ban_dialog import date_edit, date_of
from rekisteri.ui.file_dialogs import IMPORTS, open_file_name, open_folder


class ProcessorDetail(QWidget):
    #: The edited provider, each time a field changes.
    changed = Signal(object)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.processor: Processor | None = None
        self._loading = False
        today = register.clock.today()
        self.data_edit = QLineEdit()
        self.data_edit.setPlaceholderText(self.tr("e.g. names and e-mail addresses"))
        self.country_edit = QLineEdit()
        self.country_edit.setPlaceholderText(self.tr("e.g. Finland"))
        self.signed_check = QCheckBox(self.tr("Signed on"))
        self.signed_date = date_edit(today)
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(
            self.tr("e.g. the contracts binder, or the e-mail of 3.2.2024")
        )
        self.link_edit = QLineEdit()
        self.link_edit.setPlaceholderText(self.tr("https://…"))
        self.review_check = QCheckBox(self.tr("Review on"))
        self.review_date = date_edit(today)
        self.file_label = QLabel()
        self.attach_button = QPushButton(self.tr("Attach a copy…"))
        self.attach_button.setToolTip(
            self.tr("Keep a copy of the signed agreement in the register's folder")
        )
        self.attach_button.clicked.connect(self.attach)
        self.open_button = QPushButton(self.tr("Show copy"))
        self.open_button.clicked.connect(self.show_copy)

        signed = QHBoxLayout()
        signed.addWidget(self.signed_check)
        signed.addWidget(self.signed_date)
        signed.addStretch()
        review = QHBoxLayout()
        review.addWidget(self.review_check)
        review.addWidget(self.review_date)
        review.addStretch()
        copy = QHBoxLayout()
        copy.addWidget(self.file_label, 1)
        copy.addWidget(self.attach_button)
        copy.addWidget(self.open_button)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Data it handles:"), self.data_edit)
        form.addRow(self.tr("Where the data is processed:"), self.country_edit)
        form.addRow(self.tr("Processing agreement:"), signed)
        form.addRow(self.tr("Where the agreement is kept:"), self.location_edit)
        form.addRow(self.tr("Copy:"), copy)
        form.addRow(self.tr("Link:"), self.link_edit)
        form.addRow(self.tr("Next review:"), review)
        label_form(form)  # each label names the field it stands for, for screen readers
        self.signed_date.setAccessibleName(self.tr("Signed on"))
        self.review_date.setAccessibleName(self.tr("Review on"))

        for edit in (self.data_edit, self.country_edit, self.location_edit, self.link_edit):
            edit.textEdited.connect(self._edited)
        for check in (self.signed_check, self.review_check):
            check.toggled.connect(self._edited)
        for dated in (self.signed_date, self.review_date):
            dated.dateChanged.connect(self._edited)
        self.load(None)

    def load(self, processor: Processor | None) -> None:
        self._loading = True
        try:
            self.processor = processor
            self.setEnabled(processor is not None)
            p = processor or Processor("")
            self.data_edit.setText(p.data_categories)
            self.country_edit.setText(p.country)
            self.location_edit.setText(p.agreement_location)
            self.link_edit.setText(p.agreement_link)
            for check, edit, value in (
                (self.signed_check, self.signed_date, p.agreement_signed),
                (self.review_check, self.review_date, p.review_on),
            ):
                check.setChecked(value is not None)
                if value is not None:
                    edit.setDate(QDate(value.year, value.month, value.day))
            self._show_state()
        finally:
            self._loading = False

    def _show_state(self) -> None:
        self.signed_date.setEnabled(self.signed_check.isChecked())
        self.review_date.setEnabled(self.review_check.isChecked())
        name = self.processor.agreement_file if self.processor else ""
        self.file_label.setText(name or self.tr("No copy attached."))
        self.open_button.setEnabled(bool(name))

    def _date(self, check: QCheckBox, edit: QWidget) -> dt.date | None:
        return date_of(edit) if check.isChecked() else None  # type: ignore[arg-type]

    def _edited(self, *_args: object) -> None:
        self._show_state()
        if self._loading or self.processor is None:
            return
        self.processor = replace(
            self.processor,
            data_categories=self.data_edit.text().strip(),
            country=self.country_edit.text().strip(),
            agreement_signed=self._date(self.signed_check, self.signed_date),
            agreement_location=self.location_edit.text().strip(),
            agreement_link=self.link_edit.text().strip(),
            review_on=self._date(self.review_check, self.review_date),
        )
        self.changed.emit(self.processor)

    def attach(self) -> None:
        path = open_file_name(
            self,
            IMPORTS,
            self.tr("Attach a copy of the agreement"),
            self.tr("Documents (*.pdf *.odt *.docx *.doc *.jpg *.png);;All files (*)"),
        )
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        """Copy ``path`` beside the register and name the copy in the provider."""
        if self.processor is None:
            return
        try:
            name = self.register.notice.attach_agreement(path)
        except (OSError, ValueError):
            QMessageBox.warning(
                self,
                self.tr("Attach a copy"),
                self.tr("The file could not be copied. Is it readable, and smaller than 50 MB?"),
            )
            return
        self.processor = replace(self.processor, agreement_file=name)
        self._show_state()
        self.changed.emit(self.processor)

    def show_copy(self) -> None:
        name = self.processor.agreement_file if self.processor else ""
        path = self.register.notice.agreement_path(name)
        if path is None:
            QMessageBox.information(
                self,
                self.tr("Show copy"),
                self.tr("The copy is no longer in the register's folder."),
            )
            return
        open_folder(path)
