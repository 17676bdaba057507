"""A short list of line edits (a contact's e-mails or phones) with add and remove buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from rekisteri.ui.field_errors import ErrorLabel, FormErrors, with_error
from rekisteri.ui.icons import icon


class MultiValueEdit(QWidget):
    changed = Signal()

    def __init__(self, add_text: str, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = placeholder
        self._col = QVBoxLayout(self)
        self._col.setContentsMargins(0, 0, 0, 0)
        self._col.setSpacing(4)
        self._rows: list[tuple[QWidget, QLineEdit, ErrorLabel]] = []
        self.add_button = QPushButton(icon("add"), add_text)
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(lambda: self.add_row("", focus=True))
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        self._col.addLayout(bar)

    def add_row(self, text: str = "", *, focus: bool = False) -> QLineEdit:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(text)
        edit.setPlaceholderText(self.placeholder)
        edit.setAccessibleName(self.accessibleName())  # each row: "E-mail", "Phone"
        edit.textChanged.connect(self.changed)
        box, label = with_error(edit)
        h.addWidget(box, 1)
        remove = QToolButton()
        remove.setIcon(icon("remove"))
        remove.setToolTip(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(row))
        h.addWidget(remove)
        self._col.insertWidget(len(self._rows), row)
        self._rows.append((row, edit, label))
        self._tab_before_add(edit, remove)
        if focus:
            edit.setFocus()
            self.changed.emit()
        return edit

    def _tab_before_add(self, edit: QLineEdit, remove: QToolButton) -> None:
        """A row made after the Add button still shows above it: Tab reaches the row, its
        Remove, then Add, not Add first and the rows after the rest of the form."""
        before = self.add_button.previousInFocusChain()
        while before is not None and before is not self.add_button:
            if before.focusPolicy() & Qt.FocusPolicy.TabFocus:
                if before is not edit:
                    QWidget.setTabOrder(before, edit)
                break
            before = before.previousInFocusChain()
        QWidget.setTabOrder(edit, remove)
        QWidget.setTabOrder(remove, self.add_button)

    def _remove(self, row: QWidget) -> None:
        self._rows = [r for r in self._rows if r[0] is not row]
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def set_values(self, values: tuple[str, ...]) -> None:
        for row, _, _ in self._rows:
            row.deleteLater()
        self._rows = []
        for v in values:
            self.add_row(v)
        if not values:
            self.add_row("")

    def values(self) -> tuple[str, ...]:
        """Every row, blanks included, so error keys (``emails.1``) match the row shown."""
        return tuple(edit.text() for _, edit, _ in self._rows)

    def edits(self) -> list[QLineEdit]:
        return [edit for _, edit, _ in self._rows]

    def register_errors(self, errors: FormErrors, prefix: str) -> None:
        for i, (_, edit, label) in enumerate(self._rows):
            errors.register(f"{prefix}{i}", edit, label)
