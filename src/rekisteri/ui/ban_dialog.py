"""Marking and lifting marketing bans: the owner's most frequent legal duty, in two clicks.

An objection to direct marketing is absolute (GDPR Art. 21(3)), so marking is quick with
sensible defaults; lifting asks for the reason because the ledger must show why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.enums import Channel, ConsentSource
from rekisteri.core.errors import ValidationError
from rekisteri.ui.combos import enum_combo, set_value, value
from rekisteri.ui.date_edit import DateEdit
from rekisteri.ui.field_errors import ErrorLabel, FormErrors
from rekisteri.ui.formats import DATE_INPUT_FORMAT

BAN_CHANNELS = (
    Channel.ALL_MARKETING,
    Channel.EMAIL_MARKETING,
    Channel.SMS_MARKETING,
    Channel.PHONE_MARKETING,
    Channel.POST_MARKETING,
)
BAN_SOURCES = (
    ConsentSource.EMAIL,
    ConsentSource.PHONE,
    ConsentSource.IN_PERSON,
    ConsentSource.UNSUBSCRIBE_LINK,
    ConsentSource.LETTER,
)


@dataclass(frozen=True)
class BanValues:
    channel: str
    source: str
    note: str
    occurred_on: dt.date


def date_edit(today: dt.date) -> QDateEdit:
    edit = DateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    # No maximum date: with today as the maximum, typing "3.2.2026" jumps past the day and
    # month sections and silently gives 3.11.2026. The register rejects a future date itself.
    edit.setDisplayFormat(DATE_INPUT_FORMAT)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class MarkBanDialog(QDialog):
    """Asks channel, source, date and an optional note; the caller records the ban."""

    def __init__(self, subject: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark marketing ban"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("No more marketing to: <b>{subject}</b>").format(subject=subject))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.general_error = ErrorLabel(self)
        self.errors = FormErrors(self.general_error)
        self.channel = enum_combo(BAN_CHANNELS)
        self.source = enum_combo(BAN_SOURCES)
        self.date = date_edit(today)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional, e.g. “replied to the newsletter”"))
        self.errors.add_row(form, self.tr("Channel"), "channel", self.channel)
        self.errors.add_row(form, self.tr("Request came by"), "source", self.source)
        self.errors.add_row(form, self.tr("Date"), "occurred_on", self.date)
        self.errors.add_row(form, self.tr("Note"), "evidence", self.note)
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark ban"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def values(self) -> BanValues:
        return BanValues(
            value(self.channel), value(self.source), self.note.text(), date_of(self.date)
        )

    def set_channel(self, channel: str) -> None:
        set_value(self.channel, channel)

    def show_error(self, exc: ValidationError) -> None:
        self.errors.show(exc.errors)


class LiftBanDialog(QDialog):
    """Lifting a ban needs a reason: it stays on the ledger next to the ban."""

    def __init__(
        self, subject: str, channels: tuple[str, ...], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lift marketing ban"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Lift a marketing ban of <b>{subject}</b> only when the person asks for it. "
                "Say why: the reason is kept with the ban."
            ).format(subject=subject)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.general_error = ErrorLabel(self)
        self.errors = FormErrors(self.general_error)
        self.channel = enum_combo(Channel(c) for c in channels)
        self.source = enum_combo(BAN_SOURCES)
        self.date = date_edit(today)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required, e.g. “asked by e-mail to get offers”"))
        self.errors.add_row(form, self.tr("Channel"), "channel", self.channel)
        self.errors.add_row(form, self.tr("Request came by"), "source", self.source)
        self.errors.add_row(form, self.tr("Date"), "occurred_on", self.date)
        self.errors.add_row(form, self.tr("Reason"), "evidence", self.reason)
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lift ban"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def values(self) -> BanValues:
        return BanValues(
            value(self.channel), value(self.source), self.reason.text(), date_of(self.date)
        )

    def show_error(self, exc: ValidationError) -> None:
        self.errors.show(exc.errors)
