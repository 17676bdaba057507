"""One contact person: editable fields, the masked identity code, and the marketing ledger.

Field edits are saved with the customer (Save); ledger actions (ban, lift, restriction) are
legal events recorded at once, so they never wait on an unsaved form.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.dto import ContactInput, ContactView
from rekisteri.core.enums import Channel, ContactKind, DataSource, Language
from rekisteri.core.errors import ValidationError
from rekisteri.core.marketing import rule_for_contact
from rekisteri.core.register import Register
from rekisteri.core.validation import format_phone
from rekisteri.ui import ban_actions
from rekisteri.ui.accessible import label_form
from rekisteri.ui.colors import tint
from rekisteri.ui.combos import enum_combo, set_value, value
from rekisteri.ui.field_errors import ErrorLabel, FormErrors, with_error
from rekisteri.ui.field_limits import limit_lengths
from rekisteri.ui.formats import format_date
from rekisteri.ui.headers import fit_header_titles
from rekisteri.ui.icons import icon
from rekisteri.ui.marketing_status import MarketingStatus
from rekisteri.ui.multi_value_edit import MultiValueEdit
from rekisteri.ui.record_models import COL_L_BY, COL_L_EVENT, COL_L_NOTE, LedgerTableModel
from rekisteri.ui.role_gate import register_role
from rekisteri.ui.table_state import remember_columns


class ContactEditor(QWidget):
    changed = Signal()
    ledger_changed = Signal(int)  # contact id: a ban, lift or restriction was recorded

    def __init__(
        self, register: Register, contact: ContactView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.contact = contact
        self._base = contact.to_input() if contact else ContactInput()
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        self._form_rows: list[tuple[str, QWidget, ErrorLabel]] = []
        self._customer_form: tuple[str, str, str] | None = None
        self._build_fields()
        self._add_rows(form)
        if contact is not None:
            outer.addWidget(self._marketing_box())
            outer.addWidget(self._restriction_box())
        outer.addStretch(1)
        self._fill(self._base)
        self._connect()

    # --- building -----------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.kind = enum_combo(ContactKind)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.title = QLineEdit()
        self.emails = MultiValueEdit(self.tr("Add e-mail"), "name@example.fi")
        self.phones = MultiValueEdit(self.tr("Add phone"), "040 123 4567")
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit()
        limit_lengths(
            first_name=self.first_name,
            last_name=self.last_name,
            title=self.title,
            street=self.street,
            postcode=self.postcode,
            city=self.city,
        )
        self.language = enum_combo(Language)
        self.data_source = enum_combo(DataSource)
        self.opt_out_informed = QCheckBox(self.tr("Told how to opt out of marketing"))

    def _add_rows(self, form: QFormLayout) -> None:
        self._row(form, self.tr("Kind"), "kind", self.kind)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setObjectName("marketing_rule")
        # A row of its own across the form: a wrapped label in the field column is given the
        # height of one line by QFormLayout and clipped.
        form.addRow(self.rule_label)
        self._row(form, self.tr("First name"), "first_name", self.first_name)
        self._row(form, self.tr("Last name"), "last_name", self.last_name)
        self._row(form, self.tr("Title or role"), "title", self.title)
        self.emails.setAccessibleName(self.tr("E-mail"))
        self.phones.setAccessibleName(self.tr("Phone"))
        form.addRow(self.tr("E-mail"), self.emails)
        form.addRow(self.tr("Phone"), self.phones)
        self._row(form, self.tr("Street address"), "street", self.street)
        place = QWidget()
        h = QHBoxLayout(place)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.postcode)
        h.addWidget(self.city, 1)
        self._row(form, self.tr("Postcode and city"), "city", place)
        self._row(form, self.tr("Language"), "language", self.language)
        form.addRow(self.tr("Identity code"), self._hetu_row())
        self._row(form, self.tr("Data source"), "data_source", self.data_source)
        form.addRow("", self.opt_out_informed)
        label_form(form)

    def _row(self, form: QFormLayout, text: str, key: str, widget: QWidget) -> None:
        box, label = with_error(widget)
        form.addRow(text, box)
        self._form_rows.append((key, widget, label))

    def _hetu_row(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.hetu = QLineEdit()
        self.hetu.setObjectName("hetu")
        masked = self.contact.hetu_masked if self.contact else ""
        self.hetu.setPlaceholderText(masked or self.tr("Only if truly needed, e.g. for a contract"))
        self.hetu.setToolTip(self.tr("Leave empty to keep the stored code."))
        row.addWidget(self.hetu, 1)
        self.reveal_button = QPushButton(icon("reveal"), self.tr("Reveal"))
        self.reveal_button.setToolTip(self.tr("Show the full code. The viewing is logged."))
        # Reading the code back is the owner's (the server refuses it to an assistant).
        self.reveal_button.setVisible(bool(masked) and register_role(self.register) == "owner")
        self.reveal_button.clicked.connect(self.reveal_hetu)
        row.addWidget(self.reveal_button)
        self.clear_hetu = QCheckBox(self.tr("Remove"))
        self.clear_hetu.setVisible(bool(masked))
        row.addWidget(self.clear_hetu)
        col.addLayout(row)
        self.revealed = QLabel()
        self.revealed.setVisible(False)
        col.addWidget(self.revealed)
        self.hetu_error = ErrorLabel()
        col.addWidget(self.hetu_error)
        self._form_rows.append(("hetu", self.hetu, self.hetu_error))
        return box

    def _marketing_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Marketing: consents and bans"))
        col = QVBoxLayout(box)
        self.ban_state = QLabel()
        self.ban_state.setWordWrap(True)
        col.addWidget(self.ban_state)
        bar = QHBoxLayout()
        self.marketing_status = MarketingStatus(self.register)
        self.ban_button = QPushButton(icon("ban"), self.tr("Mark marketing ban…"))
        self.ban_button.clicked.connect(self.mark_ban)
        bar.addWidget(self.ban_button)
        self.lift_button = QPushButton(self.tr("Lift ban…"))
        self.lift_button.clicked.connect(self.lift_ban)
        bar.addWidget(self.lift_button)
        bar.addStretch(1)
        col.addLayout(bar)
        self.ledger_model = LedgerTableModel(self)
        self.ledger_view = QTableView()
        self.ledger_view.setModel(self.ledger_model)
        self.ledger_view.verticalHeader().hide()
        self.ledger_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledger_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger_view.setAlternatingRowColors(True)
        header = self.ledger_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_L_NOTE, QHeaderView.ResizeMode.Stretch)
        self.ledger_view.setColumnHidden(COL_L_BY, True)  # in each row's tooltip instead
        self.ledger_view.setMinimumHeight(120)
        self.ledger_view.setMinimumWidth(200)
        header.setMinimumSectionSize(40)
        fit_header_titles(self.ledger_view)
        remember_columns(self.ledger_view, "contactLedger", COL_L_EVENT)
        col.addWidget(self.ledger_view)
        col.addWidget(self.marketing_status)
        self._show_ledger()
        return box

    def _restriction_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Restriction of processing (GDPR Art. 18)"))
        col = QVBoxLayout(box)
        self.restricted = QCheckBox(self.tr("Restricted: keep the data but do not use it"))
        col.addWidget(self.restricted)
        row = QHBoxLayout()
        self.restriction_reason = QLineEdit()
        self.restriction_reason.setPlaceholderText(self.tr("Reason (required)"))
        self.restriction_reason.setAccessibleName(self.tr("Reason for the restriction"))
        self.restriction_apply = QPushButton(self.tr("Apply"))
        self.restriction_apply.clicked.connect(self.apply_restriction)
        row.addWidget(self.restriction_reason, 1)
        row.addWidget(self.restriction_apply)
        col.addLayout(row)
        self.restriction_error = ErrorLabel()
        col.addWidget(self.restriction_error)
        self._show_restriction()
        return box

    def _connect(self) -> None:
        for e in (self.first_name, self.last_name, self.title, self.street, self.postcode):
            e.textChanged.connect(self.changed)
        self.city.textChanged.connect(self.changed)
        self.hetu.textChanged.connect(self.changed)
        for c in (self.kind, self.language, self.data_source):
            c.currentIndexChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._show_rule)
        self.opt_out_informed.toggled.connect(self.changed)
        self.clear_hetu.toggled.connect(self.changed)
        self.emails.changed.connect(self.changed)
        self.phones.changed.connect(self.changed)

    # --- data ---------------------------------------------------------------------------

    def _fill(self, d: ContactInput) -> None:
        set_value(self.kind, d.kind)
        self.first_name.setText(d.first_name)
        self.last_name.setText(d.last_name)
        self.title.setText(d.title)
        self.emails.set_values(d.emails)
        self.phones.set_values(tuple(format_phone(p) for p in d.phones))
        self.street.setText(d.street)
        self.postcode.setText(d.postcode)
        self.city.setText(d.city)
        set_value(self.language, d.language)
        set_value(self.data_source, d.data_source)
        self.opt_out_informed.setChecked(d.opt_out_informed)

    def set_customer_form(self, customer_kind: str, form: str, name: str) -> None:
        """The customer's kind and legal form decide which marketing rule this contact is under."""
        self._customer_form = (customer_kind, form, name)
        self._show_rule()

    def _show_rule(self) -> None:
        if self._customer_form is None:
            self.rule_label.clear()
            return
        text = rule_for_contact(value(self.kind), *self._customer_form).render()
        self.rule_label.setText(text)

    def values(self) -> ContactInput:
        hetu = self.hetu.text().strip()
        return replace(
            self._base,
            kind=value(self.kind),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            title=self.title.text(),
            emails=self.emails.values(),
            phones=self.phones.values(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            language=value(self.language),
            data_source=value(self.data_source),
            opt_out_informed=self.opt_out_informed.isChecked(),
            hetu=hetu or None,
            clear_hetu=self.clear_hetu.isChecked() and not hetu,
        )

    def display_name(self) -> str:
        name = f"{self.first_name.text()} {self.last_name.text()}".strip()
        return name or self.tr("New contact")

    def register_errors(self, errors: FormErrors, prefix: str) -> None:
        for key, widget, label in self._form_rows:
            errors.register(prefix + key, widget, label)
        self.emails.register_errors(errors, f"{prefix}emails.")
        self.phones.register_errors(errors, f"{prefix}phones.")

    # --- identity code ------------------------------------------------------------------

    def reveal_hetu(self) -> None:
        """Show the full code; the facade logs who looked. Hidden again with the record."""
        if self.contact is None:
            return
        code = self.register.reveal_hetu(self.contact.id)
        self.revealed.setText(self.tr("Identity code: {code}").format(code=code))
        self.revealed.setVisible(True)
        self.reveal_button.setEnabled(False)

    def mask_hetu(self) -> None:
        self.revealed.clear()
        self.revealed.setVisible(False)
        self.reveal_button.setEnabled(True)

    # --- ledger actions -----------------------------------------------------------------

    def _reload_contact(self) -> None:
        assert self.contact is not None
        self.contact = self.register.get_contact(self.contact.id)
        self._show_ledger()
        self._show_restriction()
        self.ledger_changed.emit(self.contact.id)

    def _show_ledger(self) -> None:
        assert self.contact is not None
        self.ledger_model.set_items(self.contact.ledger)
        banned = self.contact.banned_channels
        if not banned:
            self.ban_state.setText(self.tr("No marketing ban in force."))
            tint(self.ban_state, None)
        else:
            labels = ", ".join(Channel(c).label() for c in banned)
            self.ban_state.setText(
                self.tr("Marketing ban in force: {channels}").format(channels=labels)
            )
            tint(self.ban_state, "error", "font-weight: bold;")
        self.lift_button.setEnabled(bool(banned))
        self.marketing_status.show_contact(self.contact.id)

    def _show_restriction(self) -> None:
        assert self.contact is not None
        c = self.contact
        self.restricted.setChecked(c.restricted)
        self.restriction_reason.setText(c.restriction_reason)
        if c.restricted and c.restricted_on:
            self.restricted.setToolTip(
                self.tr("Restricted since {d}").format(d=format_date(c.restricted_on))
            )
        self.restriction_error.set_message("")

    def mark_ban(self) -> None:
        assert self.contact is not None
        name = self.contact.full_name
        if ban_actions.mark_ban_for_contacts(self, self.register, [self.contact.id], name):
            self._reload_contact()

    def lift_ban(self) -> None:
        assert self.contact is not None
        if ban_actions.lift_ban(self, self.register, self.contact):
            self._reload_contact()

    def apply_restriction(self) -> None:
        assert self.contact is not None
        try:
            self.register.set_restriction(
                self.contact.id, self.restricted.isChecked(), self.restriction_reason.text()
            )
        except ValidationError as exc:
            self.restriction_error.set_message("\n".join(m.render() for m in exc.errors.values()))
            return
        self._reload_contact()

    def confirm_remove(self) -> bool:
        if self.contact is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact person"),
            self.tr(
                "Remove {name} from this customer when you save? Their consent and ban history "
                "is removed with them."
            ).format(name=self.contact.full_name),
        )
        return answer == QMessageBox.StandardButton.Yes
