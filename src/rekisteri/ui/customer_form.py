"""The customer's own fields (not its contact persons) as a form."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.business_form import infer
from rekisteri.core.dto import CustomerDetail, CustomerInput
from rekisteri.core.enums import BusinessForm, CustomerKind, CustomerStatus, DataSource
from rekisteri.ui.ban_dialog import date_edit, date_of
from rekisteri.ui.colors import tint
from rekisteri.ui.combos import enum_combo, set_value, value
from rekisteri.ui.field_errors import FormErrors
from rekisteri.ui.field_limits import limit_lengths
from rekisteri.ui.formats import format_date


class CustomerForm(QWidget):
    changed = Signal()

    def __init__(self, errors: FormErrors, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._build_fields(today)
        self._add_rows(form, errors)
        self._connect()
        self._base = CustomerInput()

    def _build_fields(self, today: dt.date) -> None:
        self.kind = enum_combo(CustomerKind)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.business_id = QLineEdit()
        self.business_id.setObjectName("business_id")
        self.business_id.setPlaceholderText("1234567-8")
        self.business_form = enum_combo(BusinessForm)
        self.business_form.setToolTip(
            self.tr(
                "Decides the marketing rule for the contact persons: those of a company or "
                "organisation may be sent marketing about their work unless they refuse "
                "(917/2014 § 201); a sole trader is a private person, who needs to consent "
                "(§ 200)."
            )
        )
        self.industry = QLineEdit()
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit()
        self.status = enum_combo(CustomerStatus)
        self.ended_on = date_edit(today)
        self.data_source = enum_combo(DataSource)
        self.data_source_detail = QLineEdit()
        self.notes = QPlainTextEdit()
        limit_lengths(
            name=self.name,
            industry=self.industry,
            billing_street=self.street,
            billing_postcode=self.postcode,
            billing_city=self.city,
            data_source_detail=self.data_source_detail,
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.notes.setPlaceholderText(
            self.tr("Only what the business needs. The person may ask to see everything here.")
        )
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        tint(self.facts, "muted")

    def _add_rows(self, form: QFormLayout, errors: FormErrors) -> None:
        """The rows in reading order; the legal form's and end date's rows are remembered,
        as they show only for an organisation and an ended customer."""
        errors.add_row(form, self.tr("Kind"), "kind", self.kind)
        errors.add_row(form, self.tr("Name"), "name", self.name)
        errors.add_row(form, self.tr("Y-tunnus"), "business_id", self.business_id)
        errors.add_row(form, self.tr("Legal form"), "business_form", self.business_form)
        self._form_row = form.rowCount() - 1
        errors.add_row(form, self.tr("Industry"), "industry", self.industry)
        errors.add_row(form, self.tr("Billing address"), "billing_street", self.street)
        place = QWidget()
        h = QHBoxLayout(place)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.postcode)
        h.addWidget(self.city, 1)
        errors.add_row(form, self.tr("Postcode and city"), "billing_city", place)
        errors.add_row(form, self.tr("Status"), "status", self.status)
        errors.add_row(form, self.tr("Ended on"), "ended_on", self.ended_on)
        self._form = form
        self._ended_row = form.rowCount() - 1
        errors.add_row(form, self.tr("Data source"), "data_source", self.data_source)
        errors.add_row(
            form, self.tr("Source details"), "data_source_detail", self.data_source_detail
        )
        errors.add_row(form, self.tr("Notes"), "notes", self.notes)
        form.addRow(self.facts)

    def _connect(self) -> None:
        for w in (self.name, self.business_id, self.industry, self.street, self.postcode):
            w.textChanged.connect(self.changed)
        for w in (self.city, self.data_source_detail):
            w.textChanged.connect(self.changed)
        for c in (self.kind, self.status, self.data_source, self.business_form):
            c.currentIndexChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name.textChanged.connect(self._guess_form)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.ended_on.dateChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)

    def _kind_changed(self) -> None:
        """A private customer has no legal form; only an organisation shows the row."""
        self._form.setRowVisible(self._form_row, value(self.kind) == CustomerKind.ORGANISATION)

    def _guess_form(self, name: str) -> None:
        """Show what the name suggests beside "Not known"; nothing is chosen for the user.

        The rules read the same guess while no form is chosen, and make it afresh after a
        rename; a form the user picks is kept as theirs.
        """
        guess = infer(name)
        text = BusinessForm.UNKNOWN.label()
        if guess is not BusinessForm.UNKNOWN:
            text = self.tr("Not known (the name suggests: {form})").format(form=guess.label())
        self.business_form.setItemText(self.business_form.findData(""), text)

    def _status_changed(self) -> None:
        """The end date matters only for an ended customer: retention counts from it."""
        self._form.setRowVisible(self._ended_row, value(self.status) == CustomerStatus.ENDED)

    def set_customer(self, c: CustomerDetail | None) -> None:
        self._base = c.to_input(False) if c else CustomerInput()
        d = self._base
        set_value(self.kind, d.kind)
        set_value(self.business_form, d.business_form)
        self.name.setText(d.name)
        self.business_id.setText(d.business_id)
        self.industry.setText(d.industry)
        self.street.setText(d.billing_street)
        self.postcode.setText(d.billing_postcode)
        self.city.setText(d.billing_city)
        set_value(self.status, d.status)
        ended = d.ended_on or self.today
        self.ended_on.setDate(QDate(ended.year, ended.month, ended.day))
        self._status_changed()
        set_value(self.data_source, d.data_source)
        self.data_source_detail.setText(d.data_source_detail)
        self.notes.setPlainText(d.notes)
        self._kind_changed()
        self.facts.setText(self._facts(c) if c else "")

    def _facts(self, c: CustomerDetail) -> str:
        parts = []
        if c.customer_since:
            parts.append(self.tr("Customer since {d}").format(d=format_date(c.customer_since)))
        if c.last_contact_on:
            parts.append(self.tr("last contact {d}").format(d=format_date(c.last_contact_on)))
        if c.due_on:
            parts.append(self.tr("due for deletion {d}").format(d=format_date(c.due_on)))
        parts.append(self.tr("added by {who}").format(who=c.created_by))
        return " · ".join(parts)

    def values(self) -> CustomerInput:
        status = value(self.status)
        return replace(
            self._base,
            kind=value(self.kind),
            name=self.name.text(),
            business_id=self.business_id.text(),
            business_form=value(self.business_form) or ""
            if value(self.kind) == CustomerKind.ORGANISATION
            else "",
            industry=self.industry.text(),
            billing_street=self.street.text(),
            billing_postcode=self.postcode.text(),
            billing_city=self.city.text(),
            status=status,
            ended_on=date_of(self.ended_on) if status == CustomerStatus.ENDED else None,
            data_source=value(self.data_source),
            data_source_detail=self.data_source_detail.text(),
            notes=self.notes.toPlainText(),
        )

    def combo_widgets(self) -> list[QComboBox]:
        return [self.kind, self.status, self.data_source, self.business_form]
