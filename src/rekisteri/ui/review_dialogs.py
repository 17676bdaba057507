"""Dialogs of the review: a reason and a new date for keeping, and the dry-run outcome."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.retention import ReviewOutcome
from rekisteri.core.retention.rules import add_period
from rekisteri.ui.date_edit import DateEdit
from rekisteri.ui.formats import DATE_INPUT_FORMAT
from rekisteri.ui.review_models import OutcomeModel, effect_label
from rekisteri.ui.table_state import remember_columns


class KeepDialog(QDialog):
    """Keeping a record past its date needs a reason and a date for the next look."""

    def __init__(self, today: dt.date, count: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep records"))
        self.setMinimumWidth(440)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Records to keep: {n}.").format(n=count)))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. open warranty, ongoing assignment"))
        form.addRow(self.tr("Reason"), self.reason)
        self.until = DateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(DATE_INPUT_FORMAT)
        self.until.setMinimumDate(_qdate(today + dt.timedelta(days=1)))
        self.until.setDate(_qdate(add_period(today, years=1)))
        form.addRow(self.tr("Keep until"), self.until)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form.addRow(self.buttons)

    def values(self) -> tuple[str, dt.date]:
        d = self.until.date()
        return self.reason.text().strip(), dt.date(d.year(), d.month(), d.day())


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class OutcomeDialog(QDialog):
    """Exactly what the decisions would do (a dry run changes nothing)."""

    def __init__(
        self,
        outcome: ReviewOutcome | None = None,
        title: str = "",
        parent: QWidget | None = None,
        *,
        dry_run: bool = False,
    ) -> None:
        super().__init__(parent)
        outcome = outcome or ReviewOutcome(())
        self.setWindowTitle(title or self.tr("Outcome of the review"))
        self.resize(820, 460)
        col = QVBoxLayout(self)
        parts = [
            f"{effect_label(k, dry_run=dry_run)}: {v}" for k, v in sorted(outcome.counts.items())
        ]
        self.summary = QLabel(" · ".join(parts) or self.tr("No decisions."))
        self.summary.setWordWrap(True)
        col.addWidget(self.summary)
        self.model = OutcomeModel(outcome.lines, self, dry_run=dry_run)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(OutcomeModel.COL_NAME, 200)
        self.table.setColumnWidth(OutcomeModel.COL_EFFECT, 150)
        self.table.setColumnWidth(OutcomeModel.COL_REMOVED, 260)
        remember_columns(self.table, "reviewOutcome", OutcomeModel.COL_NAME)
        self.table.resizeRowsToContents()  # the removed/kept sentences wrap, never cut
        col.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
