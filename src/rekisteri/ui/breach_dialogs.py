"""Dialogs of the Breaches pane: log a breach, assess its risk, record a notification.

Each dialog calls the breach service itself and stays open on a validation error, showing
the core's messages under the form, so nothing typed is lost. Times are typed and shown on
the Helsinki clock; the core stores them as UTC instants.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.breaches import deadlines
from rekisteri.core.breaches.dto import BreachInput, BreachView
from rekisteri.core.breaches.kinds import BreachNature
from rekisteri.core.dto import CustomerQuery
from rekisteri.core.errors import ValidationError
from rekisteri.core.register import Register
from rekisteri.ui.requests_dialogs import _ErrorLabel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def moment_edit(value: dt.datetime) -> QDateTimeEdit:
    """An editor of a Helsinki wall-clock time.

    The digits are held as UTC in Qt so that the laptop's own zone (and its DST gap) never
    shifts them; ``moment_of`` reads them back as Helsinki time.
    """
    wall = deadlines.local(value)
    held = QDateTime(
        QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute), QTimeZone.utc()
    )
    edit = QDateTimeEdit(held)
    edit.setTimeZone(QTimeZone.utc())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy H.mm")
    return edit


def moment_of(edit: QDateTimeEdit) -> dt.datetime:
    d, t = edit.date(), edit.time()
    return deadlines.from_local(dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))


def _text(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


def _count_box(unknown: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, 10_000_000)
    box.setSpecialValueText(unknown)  # shown at -1: the number is not known
    box.setValue(-1)
    return box


class LogBreachDialog(QDialog):
    """Log a breach, or correct one already logged."""

    def __init__(
        self, register: Register, breach: BreachView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.breach = breach
        self.result_view: BreachView | None = None
        self.setWindowTitle(self.tr("Log a breach") if breach is None else self.tr("Edit breach"))
        now = register.clock.now()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._what_tab(now), self.tr("What happened"))
        self.tabs.addTab(self._people_tab(), self.tr("People and data"))
        self.tabs.addTab(self._measures_tab(), self.tr("Measures"))
        self.tabs.addTab(self._customers_tab(), self.tr("Customers affected"))
        self.errors = _ErrorLabel()
        for key, signal in (
            ("aware_at", self.aware_edit.dateTimeChanged),
            ("occurred_at", self.occurred_edit.dateTimeChanged),
            ("occurred_until", self.until_edit.dateTimeChanged),
            ("description", self.description_edit.textChanged),
        ):
            self.errors.watch(key, signal)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        if breach is not None:
            self._fill(breach)
        self.resize(640, 560)

    def _what_tab(self, now: dt.datetime) -> QWidget:
        self.aware_edit = moment_edit(now)
        self.aware_edit.setToolTip(
            self.tr("When you learnt of the breach: the 72 hours run from this moment.")
        )
        self.occurred_known = QCheckBox(self.tr("Known"))
        self.occurred_edit = moment_edit(now)
        self.until_known = QCheckBox(self.tr("Lasted until"))
        self.until_edit = moment_edit(now)
        self.occurred_edit.setAccessibleName(self.tr("Happened"))
        self.until_edit.setAccessibleName(self.tr("Lasted until"))
        for box, edit in (
            (self.occurred_known, self.occurred_edit),
            (self.until_known, self.until_edit),
        ):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
        occurred = QHBoxLayout()
        occurred.addWidget(self.occurred_known)
        occurred.addWidget(self.occurred_edit, 1)
        occurred.addWidget(self.until_known)
        occurred.addWidget(self.until_edit, 1)
        self.discovered_edit = QLineEdit()
        self.discovered_edit.setPlaceholderText(
            self.tr("e.g. a customer called about a strange e-mail")
        )
        self.nature_boxes = {n: QCheckBox(n.label()) for n in BreachNature}
        natures = QVBoxLayout()
        for box in self.nature_boxes.values():
            natures.addWidget(box)
        self.description_edit = _text(90)
        self.description_edit.setPlaceholderText(
            self.tr("What happened, in plain words. Do not name the people affected.")
        )
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Became aware"), self.aware_edit)
        form.addRow(self.tr("Happened"), occurred)
        form.addRow(self.tr("How it came to light"), self.discovered_edit)
        form.addRow(self.tr("Kind of breach"), natures)
        form.addRow(self.tr("What happened"), self.description_edit)
        return page

    def _people_tab(self) -> QWidget:
        unknown = self.tr("not known")
        self.data_edit = _text()
        self.data_edit.setPlaceholderText(self.tr("e.g. names, e-mail addresses, notes"))
        self.people_edit = QLineEdit()
        self.people_edit.setPlaceholderText(self.tr("e.g. customers, contact persons"))
        self.people_count = _count_box(unknown)
        self.records_count = _count_box(unknown)
        self.approximate = QCheckBox(self.tr("The numbers are estimates"))
        self.approximate.setChecked(True)
        self.consequences_edit = _text()
        self.consequences_edit.setPlaceholderText(
            self.tr("e.g. phishing in our name, embarrassment, financial loss")
        )
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Data concerned"), self.data_edit)
        form.addRow(self.tr("Groups of people"), self.people_edit)
        form.addRow(self.tr("Number of people"), self.people_count)
        form.addRow(self.tr("Number of records"), self.records_count)
        form.addRow("", self.approximate)
        form.addRow(self.tr("Likely consequences"), self.consequences_edit)
        return page

    def _measures_tab(self) -> QWidget:
        self.taken_edit = _text(90)
        self.taken_edit.setPlaceholderText(
            self.tr("e.g. passwords changed, the device locked remotely")
        )
        self.proposed_edit = _text(90)
        self.proposed_edit.setPlaceholderText(self.tr("e.g. encrypt every laptop's disk"))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Measures taken"), self.taken_edit)
        form.addRow(self.tr("Measures proposed"), self.proposed_edit)
        return page

    def _customers_tab(self) -> QWidget:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name, e-mail or business ID"))
        self.search_edit.setAccessibleName(self.tr("Find a customer"))
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Find"))
        self.search_button.clicked.connect(self.search)
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Customers found"))
        self.found.itemActivated.connect(lambda _i: self.add_found())
        self.add_button = QPushButton(self.tr("Add ↓"))
        self.add_button.clicked.connect(self.add_found)
        self.linked = QListWidget()
        self.linked.setAccessibleName(self.tr("Customers affected"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_linked)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        page = QWidget()
        col = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "Add the customers known to be affected. Their contact persons get the "
                "letter when the risk is high, and their access packs list the breach."
            )
        )
        hint.setWordWrap(True)
        col.addWidget(hint)
        col.addLayout(row)
        col.addWidget(self.found, 1)
        col.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(QLabel(self.tr("Customers affected")))
        col.addWidget(self.linked, 1)
        col.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # --- customers ----------------------------------------------------------------------

    def search(self) -> None:
        self.found.clear()
        text = self.search_edit.text().strip()
        if not text:
            return
        for row in self.register.list_customers(CustomerQuery(text=text), limit=50).rows:
            item = QListWidgetItem(row.name)
            item.setData(ID_ROLE, row.id)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)

    def linked_ids(self) -> tuple[int, ...]:
        return tuple(int(self.linked.item(i).data(ID_ROLE)) for i in range(self.linked.count()))

    def _link(self, customer_id: int, name: str) -> None:
        if customer_id not in self.linked_ids():
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, customer_id)
            self.linked.addItem(item)

    def add_found(self) -> None:
        item = self.found.currentItem()
        if item is not None:
            self._link(int(item.data(ID_ROLE)), item.text())

    def remove_linked(self) -> None:
        row = self.linked.currentRow()
        if row >= 0:
            self.linked.takeItem(row)

    # --- filling and saving -------------------------------------------------------------

    def _fill(self, b: BreachView) -> None:
        self.aware_edit.setDateTime(moment_edit(b.aware_at).dateTime())
        if b.occurred_at is not None:
            self.occurred_known.setChecked(True)
            self.occurred_edit.setDateTime(moment_edit(b.occurred_at).dateTime())
        if b.occurred_until is not None:
            self.until_known.setChecked(True)
            self.until_edit.setDateTime(moment_edit(b.occurred_until).dateTime())
        self.discovered_edit.setText(b.discovered_how)
        for n, box in self.nature_boxes.items():
            box.setChecked(n.value in b.nature)
        self.description_edit.setPlainText(b.description)
        self.data_edit.setPlainText(b.data_categories)
        self.people_edit.setText(b.people_categories)
        self.people_count.setValue(-1 if b.people_count is None else b.people_count)
        self.records_count.setValue(-1 if b.records_count is None else b.records_count)
        self.approximate.setChecked(b.counts_approximate)
        self.consequences_edit.setPlainText(b.consequences)
        self.taken_edit.setPlainText(b.measures_taken)
        self.proposed_edit.setPlainText(b.measures_proposed)
        for cid in b.customer_ids:
            self._link(cid, self.register.get_customer(cid).name)

    def data(self) -> BreachInput:
        def count(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        return BreachInput(
            aware_at=moment_of(self.aware_edit),
            occurred_at=moment_of(self.occurred_edit) if self.occurred_known.isChecked() else None,
            occurred_until=moment_of(self.until_edit) if self.until_known.isChecked() else None,
            discovered_how=self.discovered_edit.text(),
            nature=tuple(n.value for n, box in self.nature_boxes.items() if box.isChecked()),
            description=self.description_edit.toPlainText(),
            data_categories=self.data_edit.toPlainText(),
            people_categories=self.people_edit.text(),
            people_count=count(self.people_count),
            records_count=count(self.records_count),
            counts_approximate=self.approximate.isChecked(),
            consequences=self.consequences_edit.toPlainText(),
            measures_taken=self.taken_edit.toPlainText(),
            measures_proposed=self.proposed_edit.toPlainText(),
            customer_ids=self.linked_ids(),
        )

    def submit(self) -> None:
        svc = self.register.breaches
        try:
            if self.breach is None:
                self.result_view = svc.log(self.data())
            else:
                self.result_view = svc.update(self.breach.id, self.data())
        except ValidationError as exc:
            self.errors.show_errors(exc)
            return
        self.accept()
