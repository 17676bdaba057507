"""The notice editor's parts below the toolbar: the check's findings and the section editor.

Their texts belong to the pane they show in (translation context ``NoticePane``).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.notice.check import Finding, Severity
from rekisteri.core.notice.document import Section
from rekisteri.ui.notice.models import FindingsModel
from rekisteri.ui.table_state import remember_columns


class FindingsPanel(QWidget):
    """The completeness check: a count line over a table of findings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(
            FindingsModel.COL_SEVERITY, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(FindingsModel.COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.view, "noticeFindings", FindingsModel.COL_MESSAGE)
        self.label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view)

    def set_findings(self, findings: list[Finding]) -> None:
        self.model.set_findings(findings)
        n = Counter(f.severity for f in findings)
        self.label.setText(
            QCoreApplication.translate(
                "NoticePane",
                "Check: {errors} errors, {missing} missing, {warnings} warnings, "
                "{recommended} recommended",
            ).format(
                errors=n[Severity.ERROR],
                missing=n[Severity.MISSING],
                warnings=n[Severity.WARNING],
                recommended=n[Severity.RECOMMENDED],
            )
            if findings
            else QCoreApplication.translate("NoticePane", "Check: every required item is covered.")
        )
        self.view.resizeRowsToContents()


class SectionEditor(QWidget):
    """The heading and text of the section chosen in the list, and what it covers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("NoticePane", "Section heading")
        )
        self.title_edit.setAccessibleName(
            QCoreApplication.translate("NoticePane", "Section heading")
        )
        self.key_label = QLabel()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)  # Tab moves on: the keyboard alone fills the form
        self.body_edit.setAccessibleName(QCoreApplication.translate("NoticePane", "Section text"))
        hint = QLabel(
            QCoreApplication.translate(
                "NoticePane",
                "Blank line: new paragraph. “- ” at line start: bullet. **text**: bold.",
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key_label)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.body_edit)
        layout.addWidget(hint)

    def load(self, section: Section | None) -> None:
        """Show ``section`` (None: nothing chosen), touching a field only when it differs,
        so the cursor stays where the user left it."""
        for w in (self.title_edit, self.body_edit):
            w.setEnabled(section is not None)
        if section is None:
            self.title_edit.clear()
            self.body_edit.clear()
            self.key_label.clear()
            return
        self.key_label.setText(
            QCoreApplication.translate("NoticePane", "Covers: {item}").format(
                item=", ".join(k.label() for k in section.all_keys())
            )
        )
        if self.title_edit.text() != section.title:
            self.title_edit.setText(section.title)
        if self.body_edit.toPlainText() != section.body:
            self.body_edit.setPlainText(section.body)
