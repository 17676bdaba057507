"""Search box and filters above the customer list.

Typing restarts a short timer, so a burst of keystrokes costs one query, run when the typing
pauses; filter changes apply at once.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from rekisteri.core.dto import CustomerQuery
from rekisteri.core.enums import CustomerStatus
from rekisteri.ui.combos import enum_combo
from rekisteri.ui.icons import icon

DEBOUNCE_MS = 250


class CustomerFilterBar(QWidget):
    query_changed = Signal(object)  # CustomerQuery

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        for button in self.search.findChildren(QToolButton):  # icons only: say what they do
            action = button.defaultAction()
            clears = action is not None and action.objectName() == "_q_qlineeditclearaction"
            button.setToolTip(
                self.tr("Clear the search") if clears else self.tr("Search customers")
            )
        self.search.setPlaceholderText(
            self.tr("Search name, contact, e-mail, phone or Y-tunnus (Ctrl+F)")
        )
        row.addWidget(self.search, 3)
        self.status = enum_combo(CustomerStatus, any_text=self.tr("All statuses"))
        self.status.setAccessibleName(self.tr("Show customers by status"))
        row.addWidget(self.status)
        self.marketing = QComboBox()
        self.marketing.addItem(self.tr("Any marketing"), None)
        self.marketing.addItem(self.tr("Marketing allowed"), "allowed")
        self.marketing.addItem(self.tr("Marketing banned"), "banned")
        self.marketing.setAccessibleName(self.tr("Show customers by marketing ban"))
        row.addWidget(self.marketing)
        self.restricted = QCheckBox(self.tr("Restricted"))
        self.restricted.setToolTip(self.tr("Only customers whose processing is restricted"))
        row.addWidget(self.restricted)
        self.due = QCheckBox(self.tr("Due for deletion"))
        self.due.setToolTip(self.tr("Only customers whose retention period has ended"))
        row.addWidget(self.due)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self.timer.start)
        self.search.returnPressed.connect(self.apply_now)
        self.status.currentIndexChanged.connect(self.apply_now)
        self.marketing.currentIndexChanged.connect(self.apply_now)
        self.restricted.toggled.connect(self.apply_now)
        self.due.toggled.connect(self.apply_now)

    def query(self) -> CustomerQuery:
        return CustomerQuery(
            text=self.search.text().strip(),
            status=self.status.currentData(),
            marketing=self.marketing.currentData(),
            restricted=True if self.restricted.isChecked() else None,
            due=True if self.due.isChecked() else None,
        )

    def apply_now(self) -> None:
        self.timer.stop()
        self._emit()

    def _emit(self) -> None:
        self.query_changed.emit(self.query())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
