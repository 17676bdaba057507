"""One customer's retention: when the record is due and why, and its legal holds.

A legal hold (a dispute, a duty to keep) stops the purge until its date; the bookkeeping hold
the invoices imply is shown in the due reason and needs no row here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import (
    QDate,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.errors import ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.register import Register
from rekisteri.core.retention import Hold, HoldKind
from rekisteri.core.retention.rules import add_period
from rekisteri.ui.colors import tint
from rekisteri.ui.date_edit import DateEdit
from rekisteri.ui.formats import DATE_INPUT_FORMAT, format_date
from rekisteri.ui.headers import fit_header_titles
from rekisteri.ui.list_model import ListModel
from rekisteri.ui.table_state import remember_columns


class HoldsModel(ListModel):
    COL_KIND, COL_REASON, COL_UNTIL = range(3)
    CONTEXT = "HoldsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HoldsModel", "Kind"),
        QT_TRANSLATE_NOOP("HoldsModel", "Reason"),
        QT_TRANSLATE_NOOP("HoldsModel", "Kept until"),
    )

    def set_holds(self, holds: Sequence[Hold]) -> None:
        self.set_items(sorted(holds, key=lambda h: h.until, reverse=True))

    def text(self, item: Hold, column: int) -> str:
        return (HoldKind(item.kind).label(), item.reason, format_date(item.until))[column]


class HoldsDialog(QDialog):
    def __init__(self, register: Register, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.customer_id = customer_id
        self.changed = False
        self.setWindowTitle(self.tr("Retention and legal holds"))
        self.resize(640, 420)
        col = QVBoxLayout(self)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        col.addWidget(self.due_label)

        self.model = HoldsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            HoldsModel.COL_REASON, QHeaderView.ResizeMode.Stretch
        )
        fit_header_titles(self.table)
        remember_columns(self.table, "holds", HoldsModel.COL_REASON)
        col.addWidget(self.table, 1)
        self.remove_button = QPushButton(self.tr("Remove hold"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        col.addLayout(row)

        box = QGroupBox(self.tr("Add a legal hold"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        for k in (HoldKind.DISPUTE, HoldKind.BOOKKEEPING, HoldKind.OTHER):
            self.kind.addItem(k.label(), k.value)
        form.addRow(self.tr("Kind"), self.kind)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. complaint 4/2026, invoice 2021-014"))
        form.addRow(self.tr("Reason"), self.reason)
        self.until = DateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(DATE_INPUT_FORMAT)
        today = register.clock.today()
        self.until.setMinimumDate(_qdate(today + dt.timedelta(days=1)))
        self.until.setDate(_qdate(add_period(today, years=1)))
        form.addRow(self.tr("Keep until"), self.until)
        self.error = QLabel()
        tint(self.error, "error")
        self.add_button = QPushButton(self.tr("Add hold"))
        self.add_button.clicked.connect(self.add_hold)
        form.addRow(self.add_button, self.error)
        col.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        col.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        detail = self.register.get_customer(self.customer_id)
        if detail.due_on is None:
            text = self.tr("No retention rule applies to this record.")
        else:
            # The reason always names the date ("… = 3.2.2024", "kept until 31.12.2031: …").
            text = self.tr("Retention: {reason}").format(reason=detail.due_reason)
        self.due_label.setText(text)
        self.model.set_holds(self.register.retention.holds(self.customer_id))
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    def add_hold(self) -> None:
        d = self.until.date()
        try:
            self.register.retention.add_hold(
                self.customer_id,
                str(self.kind.currentData()),
                self.reason.text(),
                dt.date(d.year(), d.month(), d.day()),
            )
        except ValidationError as exc:
            self.error.setText("\n".join(m.render() for m in exc.errors.values()))
            return
        self.error.clear()
        self.reason.clear()
        self.changed = True
        self.refresh()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        hold = self.model.item(rows[0].row())
        if hold.id is not None:
            self.register.retention.remove_hold(hold.id)
            self.changed = True
            self.refresh()


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)
