"""The detail pane beside the list: one customer, its contact persons and its contact log.

Unsaved-changes protection compares the form's current input to the input it was loaded
with, so undoing an edit by hand is not "unsaved", and nothing is tracked twice.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.dto import CustomerDetail, CustomerInput
from rekisteri.core.enums import BanState
from rekisteri.core.errors import ConflictError, NotFoundError, ValidationError
from rekisteri.core.register import Register
from rekisteri.ui import ban_actions, conflict_dialog
from rekisteri.ui.colors import tint
from rekisteri.ui.contact_editor import ContactEditor
from rekisteri.ui.customer_form import CustomerForm
from rekisteri.ui.detail_widgets import contact_log_view, scrolled
from rekisteri.ui.field_errors import ErrorLabel, FormErrors
from rekisteri.ui.icons import icon
from rekisteri.ui.interaction_dialog import InteractionDialog
from rekisteri.ui.record_models import InteractionTableModel

TAB_CUSTOMER, TAB_CONTACTS, TAB_LOG = range(3)


class CustomerDetailPane(QWidget):
    saved = Signal(int)  # customer id after a successful save
    record_changed = Signal(int)  # a ledger event or a contact event was recorded
    dirty_changed = Signal(bool)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.customer: CustomerDetail | None = None
        self._is_new = False
        self._snapshot: CustomerInput | None = None
        self._dirty = False
        self.editors: list[ContactEditor] = []

        self.stack = QStackedWidget(self)
        QVBoxLayout(self).addWidget(self.stack)
        # A QStackedWidget always has its layout; Qt's stubs allow for a widget without one.
        self.stack.layout().setContentsMargins(0, 0, 0, 0)  # type: ignore[union-attr]
        hint = QLabel(self.tr("Select a customer in the list, or add a new one with Ctrl+N."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        tint(hint, "muted")
        self.stack.addWidget(hint)
        self.stack.addWidget(self._build_editor())

    # --- building -----------------------------------------------------------------------

    def _build_editor(self) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(4, 0, 0, 0)
        col.addLayout(self._build_head())
        self.marketing_label = QLabel()
        self.marketing_label.setWordWrap(True)
        col.addWidget(self.marketing_label)

        self.general_error = ErrorLabel()
        self.errors = FormErrors(self.general_error)
        self.tabs = QTabWidget()
        self.form = CustomerForm(self.errors, self.register.clock.today())
        self.form.changed.connect(self._changed)
        self.form.changed.connect(self._tell_editors_the_form)
        self.tabs.addTab(scrolled(self.form), self.tr("Customer"))
        self.tabs.addTab(self._build_contacts_page(), self.tr("Contact persons"))
        self.tabs.addTab(self._build_log_page(), self.tr("Contact log"))
        col.addWidget(self.tabs, 1)

        col.addWidget(self.general_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(icon("cancel"), self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        col.addLayout(buttons)
        return page

    def _build_head(self) -> QHBoxLayout:
        """The customer's name, with the actions on the whole customer beside it."""
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long name wraps instead of widening the pane: the splitter beside the list must
        # stay where the user put it whichever customer is open.
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        head.addWidget(self.title, 1)
        self.ban_button = QPushButton(icon("ban"), self.tr("Mark marketing ban…"))
        self.ban_button.setToolTip(self.tr("Ban marketing to every contact of this customer"))
        self.ban_button.clicked.connect(self.mark_ban)
        head.addWidget(self.ban_button)
        self.holds_button = QPushButton(self.tr("Retention…"))
        self.holds_button.setToolTip(self.tr("When this record is due, and its legal holds"))
        self.holds_button.clicked.connect(self.show_holds)
        head.addWidget(self.holds_button)
        return head

    def _build_contacts_page(self) -> QWidget:
        """One tab per contact person, with Add and Remove in the tab bar's corner."""
        contacts_page = QWidget()
        cc = QVBoxLayout(contacts_page)
        cc.setContentsMargins(0, 6, 0, 0)
        self.contact_tabs = QTabWidget()
        self.contact_tabs.setDocumentMode(True)
        add = QToolButton()
        add.setIcon(icon("add"))
        add.setText(self.tr("Add contact person"))
        add.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        add.clicked.connect(self.add_contact)
        self.add_contact_button = add
        remove = QToolButton()
        remove.setIcon(icon("remove"))
        remove.setText(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove this contact person"))
        remove.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        remove.clicked.connect(self.remove_current_contact)
        self.remove_contact_button = remove
        corner = QWidget()
        ch = QHBoxLayout(corner)
        ch.setContentsMargins(0, 0, 0, 0)
        ch.addWidget(add)
        ch.addWidget(remove)
        self.contact_tabs.setCornerWidget(corner)
        self.no_contacts = QLabel(self.tr("No contact persons yet."))
        tint(self.no_contacts, "muted")
        cc.addWidget(self.no_contacts)
        cc.addWidget(self.contact_tabs, 1)
        return contacts_page

    def _build_log_page(self) -> QWidget:
        log_page = QWidget()
        lc = QVBoxLayout(log_page)
        bar = QHBoxLayout()
        self.add_event_button = QPushButton(icon("add"), self.tr("Add contact event…"))
        self.add_event_button.clicked.connect(self.add_interaction)
        bar.addWidget(self.add_event_button)
        bar.addStretch(1)
        lc.addLayout(bar)
        self.interactions = InteractionTableModel(self)
        self.interaction_view = contact_log_view(self.interactions)
        lc.addWidget(self.interaction_view)
        return log_page

    # --- loading ------------------------------------------------------------------------

    @property
    def current_id(self) -> int | None:
        return self.customer.id if self.customer else None

    def load_customer(self, customer_id: int, contact_id: int | None = None) -> bool:
        try:
            detail = self.register.get_customer(customer_id)
        except NotFoundError:
            self.clear()
            return False
        self._show(detail, is_new=False)
        if contact_id is not None:
            for i, ed in enumerate(self.editors):
                if ed.contact is not None and ed.contact.id == contact_id:
                    self.tabs.setCurrentIndex(TAB_CONTACTS)
                    self.contact_tabs.setCurrentIndex(i)
        return True

    def new_customer(self) -> None:
        self._show(None, is_new=True)
        self.add_contact()
        self._snapshot = self._collect()
        self._set_dirty(False)
        self.tabs.setCurrentIndex(TAB_CUSTOMER)
        self.form.name.setFocus()

    def clear(self) -> None:
        self.customer = None
        self._is_new = False
        self._clear_editors()
        self._snapshot = None
        self._set_dirty(False)
        self.stack.setCurrentIndex(0)

    def reload_if_clean(self) -> None:
        """After changes elsewhere (a review, an import): show fresh data unless editing."""
        if self.customer is not None and not self.is_dirty():
            self.load_customer(self.customer.id)

    def mask_all(self) -> None:
        """Hide every revealed identity code (leaving the record or the register view)."""
        for editor in self.editors:
            editor.mask_hetu()

    def _clear_editors(self) -> None:
        self.contact_tabs.clear()
        for ed in self.editors:
            ed.mask_hetu()
            ed.deleteLater()
        self.editors = []

    def _show(self, detail: CustomerDetail | None, *, is_new: bool) -> None:
        self.customer = detail
        self._is_new = is_new
        self.errors.clear()
        self._clear_editors()
        self.form.set_customer(detail)
        for contact in detail.contacts if detail else ():
            self._add_editor(ContactEditor(self.register, contact))
        self.interactions.set_items(detail.interactions if detail else ())
        self._update_header()
        self.ban_button.setEnabled(detail is not None)
        self.holds_button.setEnabled(detail is not None)
        self.add_event_button.setEnabled(detail is not None)
        self.stack.setCurrentIndex(1)
        self._snapshot = self._collect()
        self._set_dirty(False)

    def _update_header(self) -> None:
        d = self.customer
        if d is None:
            self.title.setText(self.tr("New customer"))
            self.marketing_label.setText("")
            self._update_counts()
            return
        self.title.setText(d.name)
        state = BanState(d.ban_state) if d.ban_state in BanState._value2member_map_ else None
        texts: dict[BanState | None, str] = {
            BanState.ALL: self.tr("Marketing banned for every contact."),
            BanState.PARTIAL: self.tr("Some contacts or channels have a marketing ban."),
        }
        text = texts.get(state, self.tr("No marketing ban recorded."))
        self.marketing_label.setText(text)
        tint(self.marketing_label, "error" if state in (BanState.ALL, BanState.PARTIAL) else "ok")
        self._update_counts()

    def _update_counts(self) -> None:
        n = len(self.editors)
        self.tabs.setTabText(TAB_CONTACTS, self.tr("Contact persons ({n})").format(n=n))
        self.tabs.setTabText(
            TAB_LOG, self.tr("Contact log ({n})").format(n=self.interactions.rowCount())
        )
        self.no_contacts.setVisible(n == 0)
        self.remove_contact_button.setEnabled(n > 0)

    # --- contacts -----------------------------------------------------------------------

    def _tell_editors_the_form(self) -> None:
        """The contact forms show the marketing rule, which the customer's legal form decides."""
        d = self.form.values()
        for editor in self.editors:
            editor.set_customer_form(d.kind, d.business_form, d.name)

    def _add_editor(self, editor: ContactEditor) -> None:
        self.editors.append(editor)
        editor.changed.connect(self._changed)
        editor.changed.connect(lambda ed=editor: self._retitle(ed))
        editor.ledger_changed.connect(self._ledger_changed)
        self.contact_tabs.addTab(scrolled(editor), editor.display_name())
        d = self.form.values()
        editor.set_customer_form(d.kind, d.business_form, d.name)
        self._update_counts()

    def _retitle(self, editor: ContactEditor) -> None:
        if editor in self.editors:
            self.contact_tabs.setTabText(self.editors.index(editor), editor.display_name())

    def add_contact(self) -> ContactEditor:
        editor = ContactEditor(self.register, None)
        self._add_editor(editor)
        self.tabs.setCurrentIndex(TAB_CONTACTS)
        self.contact_tabs.setCurrentIndex(len(self.editors) - 1)
        editor.first_name.setFocus()
        self._changed()
        return editor

    def remove_current_contact(self) -> None:
        i = self.contact_tabs.currentIndex()
        if i < 0:
            return
        editor = self.editors[i]
        if not editor.confirm_remove():
            return
        self.contact_tabs.removeTab(i)
        self.editors.pop(i)
        editor.deleteLater()
        self._update_counts()
        self._changed()

    def _ledger_changed(self, _contact_id: int) -> None:
        """A ban or restriction was recorded at once: refresh the header, keep the edits."""
        if self.customer is None:
            return
        fresh = self.register.get_customer(self.customer.id)
        self.customer = replace(self.customer, ban_state=fresh.ban_state)
        self._update_header()
        self.record_changed.emit(self.customer.id)

    # --- dirty tracking -----------------------------------------------------------------

    def _collect(self) -> CustomerInput:
        return replace(self.form.values(), contacts=tuple(e.values() for e in self.editors))

    def _changed(self) -> None:
        if self._snapshot is not None:
            self._set_dirty(self._collect() != self._snapshot)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty)
        self.cancel_button.setEnabled(dirty or self._is_new)

    def is_dirty(self) -> bool:
        return self.stack.currentIndex() == 1 and (self._dirty or self._is_new)

    def maybe_leave(self) -> bool:
        """Before showing another record or closing: Save / Discard / Cancel. True = go on."""
        if not self.is_dirty():
            return True
        if self._is_new and not self._dirty:
            return True  # an untouched new form holds nothing to lose
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("The customer has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    # --- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        if self.stack.currentIndex() != 1:
            return False
        data = self._collect()
        self.errors.clear()
        self.errors.unregister_prefix("contacts.")
        for i, editor in enumerate(self.editors):
            editor.register_errors(self.errors, f"contacts.{i}.")
        try:
            if self._is_new:
                detail = self.register.create_customer(data)
            else:
                assert self.customer is not None
                detail = self.register.update_customer(self.customer.id, data)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            self._mark_tabs(exc)
            self._focus_first_error(exc)
            return False
        except NotFoundError as exc:  # erased meanwhile, e.g. by the retention review
            self.general_error.set_message(exc.render())
            return False
        except ConflictError as exc:  # someone else saved first: never over their change
            if conflict_dialog.ask(self, exc, data) == "cancel":
                self.general_error.set_message(exc.render())
                return False
            assert self.customer is not None
            self._show(self.register.get_customer(self.customer.id), is_new=False)
            return False
        self._mark_tabs(None)
        self._show(detail, is_new=False)
        self.saved.emit(detail.id)
        return True

    def _mark_tabs(self, exc: ValidationError | None) -> None:
        """A warning icon on every tab holding a message, so none is missed behind a tab."""
        keys = list(exc.errors) if exc else []
        contact_rows = {
            int(k.split(".")[1])
            for k in keys
            if k.split(".")[:1] == ["contacts"]
            and len(k.split(".")) > 2
            and k.split(".")[1].isdigit()
        }
        on_customer = any(not k.startswith("contacts") for k in keys)
        on_contacts = bool(contact_rows) or "contacts" in keys
        warn = icon("warning")
        self.tabs.setTabIcon(TAB_CUSTOMER, warn if on_customer else QIcon())
        self.tabs.setTabIcon(TAB_CONTACTS, warn if on_contacts else QIcon())
        for i in range(self.contact_tabs.count()):
            self.contact_tabs.setTabIcon(i, warn if i in contact_rows else QIcon())
        if exc is not None and not self.general_error.text():
            self.general_error.set_message(
                self.tr("Not saved: fix the fields marked in red. A warning sign marks their tabs.")
            )

    def _focus_first_error(self, exc: ValidationError) -> None:
        key = next(iter(exc.errors), "")
        if key.startswith("contacts."):
            parts = key.split(".")
            self.tabs.setCurrentIndex(TAB_CONTACTS)
            if len(parts) > 1 and parts[1].isdigit():
                self.contact_tabs.setCurrentIndex(int(parts[1]))
        else:
            self.tabs.setCurrentIndex(TAB_CUSTOMER)
        widget = self.errors.first_invalid()
        if widget is not None:
            widget.setFocus()

    def discard(self) -> None:
        if self._is_new or self.customer is None:
            self.clear()
        else:
            self.load_customer(self.customer.id)

    def cancel(self) -> None:
        self.discard()

    # --- actions ------------------------------------------------------------------------

    def mark_ban(self) -> None:
        if self.customer is None:
            return
        recorded = ban_actions.mark_ban_for_customers(
            self, self.register, [self.customer.id], self.customer.name
        )
        if recorded:
            self.refresh_ledgers()

    def refresh_ledgers(self) -> None:
        assert self.customer is not None
        fresh = self.register.get_customer(self.customer.id)
        by_id = {c.id: c for c in fresh.contacts}
        for editor in self.editors:
            if editor.contact is not None and editor.contact.id in by_id:
                editor.contact = by_id[editor.contact.id]
                editor._show_ledger()
        self.customer = replace(self.customer, ban_state=fresh.ban_state)
        self._update_header()
        self.record_changed.emit(self.customer.id)

    def show_holds(self) -> None:
        from rekisteri.ui.holds_dialog import HoldsDialog

        if self.customer is None or self.customer.id is None:
            return
        dialog = HoldsDialog(self.register, self.customer.id, self)
        dialog.exec()
        if dialog.changed:
            self.record_changed.emit(self.customer.id)

    def add_interaction(self) -> None:
        if self.customer is None:
            return
        dialog = InteractionDialog(self.customer.contacts, self.register.clock.today(), self)
        while dialog.exec():
            try:
                fresh = self.register.add_interaction(self.customer.id, dialog.values())
            except ValidationError as exc:
                dialog.show_error(exc)
                continue
            self.interactions.set_items(fresh.interactions)
            self.customer = replace(
                self.customer,
                last_contact_on=fresh.last_contact_on,
                due_on=fresh.due_on,
                interactions=fresh.interactions,
            )
            self._update_counts()
            self.record_changed.emit(self.customer.id)
            return
