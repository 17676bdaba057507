"""Dialogs of the Requests pane: log a request, extend it, close it with the answer.

Each dialog calls the request service itself and stays open on a validation error, showing
the core's messages beside the form, so nothing the user typed is lost.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.enums import Language
from rekisteri.core.errors import RekisteriError, ValidationError
from rekisteri.core.register import Register
from rekisteri.core.requests.dto import RequestInput, RequestView
from rekisteri.core.requests.kinds import RequestChannel, RequestKind, RequestStatus
from rekisteri.ui.colors import tint
from rekisteri.ui.date_edit import DateEdit
from rekisteri.ui.formats import DATE_INPUT_FORMAT, format_date
from rekisteri.ui.person_search import PersonSearch
from rekisteri.ui.request_models import PersonHit


def date_edit(value: dt.date) -> QDateEdit:
    # No maximum date: with today as the maximum, typing "3.2.2026" skips past the day and
    # month sections and gives 3.11.2026. The service rejects a future date itself.
    edit = DateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_INPUT_FORMAT)
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def combo(choices: list[tuple[str, str]], current: str = "") -> QComboBox:
    box = QComboBox()
    for value, label in choices:
        box.addItem(label, value)
    if current:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


class _ErrorLabel(QLabel):
    """The core's messages under a form; each one goes as soon as its field is changed, so a
    fixed mistake is not still shouted about."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        tint(self, "error")
        self._errors: dict[str, str] = {}
        self.hide()

    def show_errors(self, exc: ValidationError) -> None:
        self._errors = {key: m.render() for key, m in exc.errors.items()}
        self._render()

    def watch(self, key: str, signal: SignalInstance) -> None:
        """Forget the error on ``key`` when ``signal`` says its field changed."""
        signal.connect(lambda *_: self.clear_field(key))

    def clear_field(self, key: str) -> None:
        if self._errors.pop(key, None) is not None:
            self._render()

    def _render(self) -> None:
        self.setText("\n".join(f"⚠ {text}" for text in self._errors.values()))
        self.setVisible(bool(self._errors))


class LogRequestDialog(QDialog):
    """Log a request: find the person in the register, or write their name."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.result_view: RequestView | None = None
        self.setWindowTitle(self.tr("Log a request"))
        today = register.clock.today()

        self.finder = PersonSearch(register)
        self.finder.picked_changed.connect(self._picked)
        self.search_edit = self.finder.search_edit
        self.search_button = self.finder.search_button
        self.hits = self.finder.hits
        self.hit_view = self.finder.hit_view

        self.name_edit = QLineEdit()
        self.kind_box = combo(RequestKind.choices())
        self.received_edit = date_edit(today)
        self.channel_box = combo(RequestChannel.choices())
        self.language_box = combo(Language.choices())
        self.identity_edit = QLineEdit()
        self.identity_edit.setPlaceholderText(
            self.tr("e.g. came from the e-mail address we hold; ID card shown")
        )
        self.details_edit = QPlainTextEdit()
        self.details_edit.setTabChangesFocus(
            True
        )  # Tab moves on: the keyboard alone fills the form
        self.details_edit.setMaximumHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("Person's name"), self.name_edit)
        form.addRow(self.tr("Type"), self.kind_box)
        form.addRow(self.tr("Received"), self.received_edit)
        form.addRow(self.tr("Arrived by"), self.channel_box)
        form.addRow(self.tr("Letter language"), self.language_box)
        form.addRow(self.tr("Identity verified how"), self.identity_edit)
        form.addRow(self.tr("What was asked"), self.details_edit)
        self.errors = _ErrorLabel()
        self.finder.chosen.connect(self.kind_box.setFocus)
        self.errors.watch("person_name", self.name_edit.textChanged)
        self.errors.watch("kind", self.kind_box.currentIndexChanged)
        self.errors.watch("received_on", self.received_edit.dateChanged)
        self.errors.watch("channel", self.channel_box.currentIndexChanged)
        self.errors.watch("language", self.language_box.currentIndexChanged)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.resize(560, 560)

    def search(self) -> None:
        self.finder.search()

    def picked(self) -> PersonHit | None:
        return self.finder.picked()

    def _picked(self) -> None:
        hit = self.picked()
        if hit is not None:
            self.name_edit.setText(hit.name)
            self.language_box.setCurrentIndex(max(0, self.language_box.findData(hit.language)))

    def submit(self) -> None:
        hit = self.picked()
        data = RequestInput(
            kind=self.kind_box.currentData(),
            received_on=date_of(self.received_edit),
            channel=self.channel_box.currentData(),
            contact_id=hit.contact_id if hit else None,
            person_name=self.name_edit.text(),
            language=self.language_box.currentData(),
            identity_check=self.identity_edit.text(),
            details=self.details_edit.toPlainText(),
        )
        try:
            self.result_view = self.register.requests.log(data)
        except ValidationError as exc:
            self.errors.show_errors(exc)
            return
        self.accept()


class LinkDialog(QDialog):
    """Link a request logged by name to the person once they are found in the register."""

    def __init__(self, register: Register, request: RequestView, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = register
        self.request = request
        self.setWindowTitle(self.tr("Find the person in the register"))
        self.finder = PersonSearch(register)
        self.finder.search_edit.setText(request.person_name)
        self.errors = _ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.finder.picked_changed.connect(
            lambda: self.ok_button.setEnabled(self.finder.picked() is not None)
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(520, 360)
        if request.person_name:
            self.finder.search()

    def submit(self) -> None:
        hit = self.finder.picked()
        if hit is None:
            return
        try:
            self.register.requests.link_contact(self.request.id, hit.contact_id)
        except RekisteriError as exc:
            self.errors.setText(exc.render())
            self.errors.show()
            return
        self.accept()


class ExtendDialog(QDialog):
    """Art. 12(3) extension: the reason, and the day the person was told."""

    def __init__(self, register: Register, request: RequestView, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = register
        self.request = request
        self.setWindowTitle(self.tr("Extend the deadline"))
        today = register.clock.today()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)  # Tab moves on: the keyboard alone fills the form
        self.told_edit = date_edit(min(today, request.first_due_on))
        note = QLabel(
            self.tr(
                "The law allows two more months when the request is complex or there are many. "
                "The person must be told, with the reasons, by %1."
            ).replace("%1", _fmt(request.first_due_on))
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("Person told on"), self.told_edit)
        self.errors = _ErrorLabel()
        self.errors.watch("extension_reason", self.reason_edit.textChanged)
        self.errors.watch("told_on", self.told_edit.dateChanged)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            self.register.requests.extend(
                self.request.id, self.reason_edit.toPlainText(), date_of(self.told_edit)
            )
        except ValidationError as exc:
            self.errors.show_errors(exc)
            return
        self.accept()


class CloseDialog(QDialog):
    """Mark a request done or refused, with the answer given (or the reasons to refuse)."""

    def __init__(
        self,
        register: Register,
        request: RequestView,
        status: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.request = request
        self.status = status
        refused = status == RequestStatus.REFUSED
        self.setWindowTitle(self.tr("Refuse the request") if refused else self.tr("Mark done"))
        today = register.clock.today()
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setTabChangesFocus(True)  # Tab moves on: the keyboard alone fills the form
        self.answer_edit.setPlaceholderText(
            self.tr("The reasons for refusing (they go into the letter)")
            if refused
            else self.tr("What was done (it goes into the letter)")
        )
        self.date_edit = date_edit(today)
        form = QFormLayout()
        form.addRow(self.tr("Reasons") if refused else self.tr("Answer"), self.answer_edit)
        form.addRow(self.tr("Answered on"), self.date_edit)
        self.errors = _ErrorLabel()
        self.errors.watch("answer", self.answer_edit.textChanged)
        self.errors.watch("answered_on", self.date_edit.dateChanged)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            self.register.requests.close(
                self.request.id,
                self.status,
                self.answer_edit.toPlainText(),
                date_of(self.date_edit),
            )
        except ValidationError as exc:
            self.errors.show_errors(exc)
            return
        self.accept()


class ReasonDialog(QDialog):
    """One line of reason, for a restriction of processing."""

    def __init__(self, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QLineEdit()
        form = QFormLayout()
        form.addRow(label, self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def text(self) -> str:
        return self.edit.text()


def _fmt(day: dt.date) -> str:
    return format_date(day)
