"""The retention rules table and its edit dialog (used by the retention settings page)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from rekisteri.core.enums import CustomerStatus, InteractionKind
from rekisteri.core.errors import ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.register import Register
from rekisteri.core.retention import AppliesTo, CountsFrom, RuleAction, RuleView
from rekisteri.ui.accessible import label_form
from rekisteri.ui.colors import tint
from rekisteri.ui.list_model import ListModel


class RulesModel(ListModel):
    COL_NAME, COL_APPLIES, COL_PERIOD, COL_ACTION, COL_ENABLED = range(5)
    CONTEXT = "RulesModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RulesModel", "Rule"),
        QT_TRANSLATE_NOOP("RulesModel", "Applies to"),
        QT_TRANSLATE_NOOP("RulesModel", "Kept for"),
        QT_TRANSLATE_NOOP("RulesModel", "Then"),
        QT_TRANSLATE_NOOP("RulesModel", "In use"),
    )

    def text(self, item: RuleView, column: int) -> str:
        if column == self.COL_NAME:
            return item.display_name()
        if column == self.COL_APPLIES:
            text = AppliesTo(item.applies_to).label()
            return f"{text} ({_value_label(item.applies_value)})" if item.applies_value else text
        if column == self.COL_PERIOD:
            return item.describe().render()
        if column == self.COL_ACTION:
            return RuleAction(item.action).label()
        return ""  # "In use" is the check box alone

    def role_data(self, item: RuleView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_ENABLED:
            return Qt.CheckState.Checked if item.enabled else Qt.CheckState.Unchecked
        return None


def _value_label(value: str) -> str:
    for enum in (CustomerStatus, InteractionKind):
        try:
            return str(enum(value).label())
        except ValueError:
            continue
    return value


class RuleDialog(QDialog):
    """Add or edit one rule; the service validates and recomputes every due date on save."""

    def __init__(
        self, register: Register, rule: RuleView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.rule = rule
        self.saved: RuleView | None = None
        self.setWindowTitle(self.tr("Retention rule"))
        form = QFormLayout(self)
        self.name = QLineEdit(rule.display_name() if rule else "")
        form.addRow(self.tr("Name"), self.name)
        self.applies_to = QComboBox()
        for a in AppliesTo:
            self.applies_to.addItem(a.label(), a.value)
        form.addRow(self.tr("Applies to"), self.applies_to)
        self.applies_value = QComboBox()
        form.addRow(self.tr("Only"), self.applies_value)
        self.counts_from = QComboBox()
        for c in CountsFrom:
            self.counts_from.addItem(c.label(), c.value)
        form.addRow(self.tr("Counted from"), self.counts_from)
        period = QHBoxLayout()
        self.years, self.months, self.days = QSpinBox(), QSpinBox(), QSpinBox()
        for box, maximum, suffix in (
            (self.years, 100, self.tr(" years")),
            (self.months, 120, self.tr(" months")),
            (self.days, 3650, self.tr(" days")),
        ):
            box.setRange(0, maximum)
            box.setSuffix(suffix)
            period.addWidget(box)
        form.addRow(self.tr("Period"), period)
        self.action = QComboBox()
        for act in RuleAction:
            self.action.addItem(act.label(), act.value)
        form.addRow(self.tr("When due"), self.action)
        self.enabled = QCheckBox(self.tr("In use"))
        self.enabled.setChecked(True)
        form.addRow("", self.enabled)
        label_form(form)
        self.error = QLabel()
        tint(self.error, "error")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.applies_to.currentIndexChanged.connect(self._fill_values)
        if rule is not None:
            self._show_rule(rule)
        else:
            self._fill_values()

    def _show_rule(self, rule: RuleView) -> None:
        self.applies_to.setCurrentIndex(self.applies_to.findData(rule.applies_to))
        self._fill_values()
        self.applies_value.setCurrentIndex(max(0, self.applies_value.findData(rule.applies_value)))
        self.counts_from.setCurrentIndex(self.counts_from.findData(rule.counts_from))
        self.years.setValue(rule.period_years)
        self.months.setValue(rule.period_months)
        self.days.setValue(rule.period_days)
        self.action.setCurrentIndex(self.action.findData(rule.action))
        self.enabled.setChecked(rule.enabled)

    def _fill_values(self) -> None:
        self.applies_value.clear()
        self.applies_value.addItem(self.tr("(all)"), "")
        target = self.applies_to.currentData()
        if target in (AppliesTo.CUSTOMERS, AppliesTo.CONTACTS):
            for value, label in CustomerStatus.choices():
                self.applies_value.addItem(label, value)
        elif target == AppliesTo.INTERACTIONS:
            for value, label in InteractionKind.choices():
                self.applies_value.addItem(label, value)
        self.applies_value.setEnabled(self.applies_value.count() > 1)

    def value(self) -> RuleView:
        base = self.rule or RuleView(None, "", AppliesTo.CUSTOMERS, CountsFrom.LAST_CONTACT)
        name = self.name.text().strip()
        keep_key = self.rule is not None and name == self.rule.display_name()
        return replace(
            base,
            name=base.name if keep_key else name,
            key=base.key if keep_key else "",
            applies_to=str(self.applies_to.currentData()),
            applies_value=str(self.applies_value.currentData() or ""),
            counts_from=str(self.counts_from.currentData()),
            period_years=self.years.value(),
            period_months=self.months.value(),
            period_days=self.days.value(),
            action=str(self.action.currentData()),
            enabled=self.enabled.isChecked(),
        )

    def save(self) -> None:
        try:
            self.saved = self.register.retention.save_rule(self.value())
        except ValidationError as exc:
            self.error.setText("\n".join(m.render() for m in exc.errors.values()))
            return
        self.accept()
