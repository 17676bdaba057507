"""Settings page: retention rules, the review interval, backups and the bookkeeping period.

One source of truth: the periods set here are the ones the review enforces and the privacy
notice prints.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.errors import ValidationError
from rekisteri.core.register import Register
from rekisteri.core.retention import RuleView
from rekisteri.ui.accessible import label_form
from rekisteri.ui.settings.retention_rules import RuleDialog, RulesModel
from rekisteri.ui.table_state import remember_columns


class RetentionSettingsPage(QWidget):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        col = QVBoxLayout(self)
        col.addWidget(self._build_rules(), 1)
        col.addWidget(self._build_review())
        self.refresh()

    def _build_rules(self) -> QGroupBox:
        rules_box = QGroupBox(self.tr("Retention rules"))
        rcol = QVBoxLayout(rules_box)
        hint = QLabel(
            self.tr(
                "How long each kind of record is kept, and what happens when the time is up. "
                "The earliest rule that applies sets a record's date; a legal hold (such as "
                "bookkeeping) can only make it later."
            )
        )
        hint.setWordWrap(True)
        rcol.addWidget(hint)
        self.model = RulesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The rule's name and what it applies to are long in Swedish and Finnish: they share
        # the width with the period (each cell's tooltip holds the whole text), instead of
        # squeezing the period to nothing.
        for column in (RulesModel.COL_NAME, RulesModel.COL_APPLIES, RulesModel.COL_PERIOD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.table, "retentionRules", RulesModel.COL_NAME)
        self.table.doubleClicked.connect(lambda _i: self.edit_rule())
        rcol.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add rule…"))
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_rule)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_rule)
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        rcol.addLayout(row)
        return rules_box

    def _build_review(self) -> QGroupBox:
        """The review interval, backups, and the periods the law or the user sets."""
        review_box = QGroupBox(self.tr("Review and backups"))
        form = QFormLayout(review_box)
        self.interval = QSpinBox()
        self.interval.setRange(1, 60)
        self.interval.setSuffix(self.tr(" months"))
        self.interval.setToolTip(self.tr("Review at least every five years (60 months)."))
        form.addRow(self.tr("Review every"), self.interval)
        self.bookkeeping = QComboBox()
        self.bookkeeping.addItem(self.tr("6 years: invoices and other vouchers (the law)"), 6)
        self.bookkeeping.addItem(
            self.tr("10 years: also the books and financial statements are kept here"), 10
        )
        self.bookkeeping.setToolTip(
            self.tr(
                "Kirjanpitolaki 2:10 §: vouchers are kept 6 years and the books and financial "
                "statements 10 years, both from the end of the calendar year in which the "
                "financial year ended. A customer register holds invoices at most."
            )
        )
        form.addRow(self.tr("Bookkeeping period"), self.bookkeeping)
        self._build_marketing_periods(form)
        fy = QHBoxLayout()
        self.fy_day, self.fy_month = QSpinBox(), QSpinBox()
        self.fy_day.setRange(1, 31)
        self.fy_month.setRange(1, 12)
        fy.addWidget(self.fy_day)
        fy.addWidget(QLabel("."))
        fy.addWidget(self.fy_month)
        fy.addStretch(1)
        form.addRow(self.tr("Financial year ends (day.month)"), fy)
        label_form(form)
        self.status = QLabel()  # saving is the Settings pane's one Save
        form.addRow(self.status)
        return review_box

    def _build_marketing_periods(self, form: QFormLayout) -> None:
        """How long soft opt-in lasts and the do-not-contact list is kept (the notice says)."""
        self.soft_opt_in = QSpinBox()
        self.soft_opt_in.setRange(0, 60)
        self.soft_opt_in.setSuffix(self.tr(" months"))
        self.soft_opt_in.setToolTip(
            self.tr(
                "917/2014 § 200(2): a customer who gave their address in a purchase may get "
                "e-mail about your own similar products unless they refuse. This is how long "
                "that lasts after the customer relationship ended; the privacy notice states it."
            )
        )
        form.addRow(self.tr("Soft opt-in lasts after a customer leaves"), self.soft_opt_in)
        self.suppression = QSpinBox()
        self.suppression.setRange(1, 10)
        self.suppression.setSuffix(self.tr(" years"))
        self.suppression.setToolTip(
            self.tr(
                "When someone who refused marketing is erased, a check value of their address "
                "stops an import from adding them again. It is kept this long; the privacy "
                "notice states it."
            )
        )
        form.addRow(self.tr("Keep the do-not-contact list for"), self.suppression)

    def title(self) -> str:
        return self.tr("Retention")

    def refresh(self) -> None:
        service = self.register.retention
        self.model.set_items(service.list_rules())
        self.table.resizeRowsToContents()  # a long period reads whole, on two or three lines
        self.interval.setValue(service.review_interval_months())
        self.soft_opt_in.setValue(self.register.marketing.soft_opt_in_months())
        self.suppression.setValue(service.suppression_years())
        index = self.bookkeeping.findData(service.bookkeeping_years())
        self.bookkeeping.setCurrentIndex(max(0, index))
        self.bookkeeping.setEnabled(index >= 0)
        month, day = service.financial_year_end()
        self.fy_day.setValue(day)
        self.fy_month.setValue(month)
        self.status.clear()
        self._saved = self._values()

    def _values(self) -> tuple[object, ...]:
        """Every field of the review box, so a control added there counts without a change
        here."""
        box = self.interval.parentWidget()
        assert box is not None
        return tuple(
            w.value() if isinstance(w, QSpinBox) else w.currentIndex()
            for w in box.findChildren(QWidget)
            if isinstance(w, (QSpinBox, QComboBox))
        )

    def is_dirty(self) -> bool:
        return self._values() != self._saved

    def _selected(self) -> RuleView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def add_rule(self) -> None:
        if RuleDialog(self.register, None, self).exec():
            self.refresh()

    def edit_rule(self) -> None:
        rule = self._selected()
        if rule is not None and RuleDialog(self.register, rule, self).exec():
            self.refresh()

    def delete_rule(self) -> None:
        rule = self._selected()
        if rule is None or rule.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete rule"),
            self.tr("Delete the rule “{name}”? Due dates are recomputed.").format(
                name=rule.display_name()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.register.retention.delete_rule(rule.id)
            self.refresh()

    def save(self) -> bool:
        service = self.register.retention
        try:
            service.set_review_interval_months(self.interval.value())
            if self.suppression.value() != service.suppression_years():
                service.set_suppression_years(self.suppression.value())
            if self.soft_opt_in.value() != self.register.marketing.soft_opt_in_months():
                self.register.marketing.set_soft_opt_in_months(self.soft_opt_in.value())
            years = int(self.bookkeeping.currentData() or 0)
            if self.bookkeeping.isEnabled() and years != service.bookkeeping_years():
                service.set_bookkeeping_years(years)
            if (self.fy_month.value(), self.fy_day.value()) != service.financial_year_end():
                service.set_financial_year_end(self.fy_month.value(), self.fy_day.value())
        except (ValidationError, ValueError) as exc:
            text = (
                "\n".join(m.render() for m in exc.errors.values())
                if isinstance(exc, ValidationError)
                else self.tr("That day does not exist in that month.")
            )
            self.status.setText(text)
            return False
        self.refresh()
        return True
