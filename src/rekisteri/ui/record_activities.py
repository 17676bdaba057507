"""The owner's own processing activities (employees' data, own bookkeeping): list and form.

Each activity is one entry of the record of processing; every text is one Art. 30(1) item,
one entry a line. Edits are kept here until the pane saves them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.record.document import OwnActivity

TEXT_FIELDS = (
    "purposes",
    "data_subjects",
    "data_categories",
    "recipients",
    "transfers",
    "retention",
    "security",
)


class ActivitiesEditor(QWidget):
    #: Something was typed, added or removed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activities: list[OwnActivity] = []
        self._loading = False
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_button = QPushButton(self.tr("Add activity"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Employees' pay and records"))
        self.name_edit.textEdited.connect(self._edited)
        labels = {
            "purposes": self.tr("Purposes and legal basis:"),
            "data_subjects": self.tr("Whose data:"),
            "data_categories": self.tr("What data:"),
            "recipients": self.tr("Recipients:"),
            "transfers": self.tr("Transfers outside the EU/EEA:"),
            "retention": self.tr("How long kept:"),
            "security": self.tr("Further security measures:"),
        }
        self.edits: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        for key in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            edit.textChanged.connect(self._edited)
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        self.security_edit = QPlainTextEdit()
        self.security_edit.setTabChangesFocus(True)
        self.security_edit.setFixedHeight(self.security_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.security_edit.textChanged.connect(self._security_edited)
        self.security_edit.setPlaceholderText(
            self.tr("e.g. Paper files are kept in a locked cabinet.")
        )
        self.form_box = QWidget()
        self.form_box.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_box)

        intro = QLabel(
            self.tr(
                "The register is the first activity of the record and is written from Settings. "
                "Add here what else you process, such as employees' pay or your own bookkeeping. "
                "One entry a line."
            )
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        security_label = QLabel(self.tr("Your own security measures (for the whole record):"))
        security_label.setWordWrap(True)
        security_label.setBuddy(self.security_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 3)
        layout.addWidget(security_label)
        layout.addWidget(self.security_edit)
        self._load_form(None)

    # --- state --------------------------------------------------------------------------

    def set_data(self, activities: list[OwnActivity], security: str) -> None:
        self._loading = True
        try:
            self.activities = list(activities)
            self.list.clear()
            self.list.addItems([a.name for a in self.activities])
            self.security_edit.setPlainText(security)
        finally:
            self._loading = False
        self.list.setCurrentRow(0 if self.activities else -1)
        self._load_form(self.activities[0] if self.activities else None)

    def security(self) -> str:
        return self.security_edit.toPlainText()

    # --- editing ------------------------------------------------------------------------

    def add(self) -> None:
        self.activities.append(OwnActivity(self.tr("New activity")))
        self.list.addItem(self.activities[-1].name)
        self.list.setCurrentRow(len(self.activities) - 1)
        self.name_edit.setFocus()
        self.name_edit.selectAll()
        self.changed.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.activities):
            del self.activities[row]
            self.list.takeItem(row)
            self.changed.emit()

    def _row_changed(self, row: int) -> None:
        if not self._loading:
            self._load_form(self.activities[row] if 0 <= row < len(self.activities) else None)

    def _load_form(self, activity: OwnActivity | None) -> None:
        self._loading = True
        try:
            self.form_box.setEnabled(activity is not None)
            self.remove_button.setEnabled(activity is not None)
            a = activity or OwnActivity("")
            self.name_edit.setText(a.name)
            for key, edit in self.edits.items():
                edit.setPlainText(getattr(a, key))
        finally:
            self._loading = False

    def _edited(self, *_args: object) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.activities):
            return
        texts = {key: edit.toPlainText() for key, edit in self.edits.items()}
        self.activities[row] = replace(self.activities[row], name=self.name_edit.text(), **texts)
        self.list.item(row).setText(self.name_edit.text())
        self.changed.emit()

    def _security_edited(self) -> None:
        if not self._loading:
            self.changed.emit()
