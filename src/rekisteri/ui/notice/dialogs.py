"""The notice's history (published versions, side-by-side compare) and the import dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.notice.compare import Change, diff_html
from rekisteri.core.notice.document import notice_file_name
from rekisteri.core.notice.importer import ImportResult
from rekisteri.core.register import Register
from rekisteri.ui.colors import css
from rekisteri.ui.file_dialogs import IMPORTS, PDFS, announce_saved, open_file_name, save_file_name
from rekisteri.ui.formats import format_date
from rekisteri.ui.headers import fit_header_titles
from rekisteri.ui.notice.models import VersionsModel
from rekisteri.ui.table_state import remember_columns


class CompareDialog(QDialog):
    """Two versions side by side; changed sections yellow, added green, removed red."""

    def __init__(self, register: Register, left_id: int, right_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions"))
        self.resize(1000, 700)
        left, _ = register.notice.get_version(left_id)
        right, _ = register.notice.get_version(right_id)
        self.rows = register.notice.compare(left_id, right_id)
        changed = sum(r.change != Change.SAME for r in self.rows)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("%n section(s) differ.", "", changed))
        layout.addWidget(self.summary)
        self.only_changed = QCheckBox(self.tr("Show only the sections that differ"))
        self.only_changed.toggled.connect(self._show)
        layout.addWidget(self.only_changed)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Differences between the versions"))
        label = self.tr("Version {number} ({date})")
        self._labels = (
            label.format(number=left.number, date=format_date(left.published_on)),
            label.format(number=right.number, date=format_date(right.published_on)),
        )
        layout.addWidget(self.browser)
        self._show()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show(self) -> None:
        only = self.only_changed.isChecked()
        self.browser.setHtml(diff_html(self.rows, *self._labels, only_changed=only))
        self.browser.scrollToAnchor("first-change")


class HistoryDialog(QDialog):
    """Published versions, newest first; pick two (or one, against its predecessor) to compare."""

    def __init__(self, register: Register, parent: QWidget) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Published versions"))
        self.resize(720, 420)
        self.model = VersionsModel(self)
        self.model.set_versions(register.notice.versions())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        fit_header_titles(self.table)
        remember_columns(self.table, "noticeVersions", VersionsModel.COL_NUMBER)
        self.table.verticalHeader().hide()
        self.compare_button = QPushButton(self.tr("Compare side by side"))
        self.compare_button.clicked.connect(self.compare)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.export_pdf)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("Select two versions to compare, or one to compare with the one before it.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.export_button)
        row.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.compare_dialog: CompareDialog | None = None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.version(r).id for r in rows]

    def compare(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if len(rows) == 1 and rows[0] + 1 < self.model.rowCount():
            rows.append(rows[0] + 1)
        if len(rows) < 2:
            return
        # Rows are newest first: the older version goes on the left.
        newer, older = self.model.version(rows[0]), self.model.version(rows[-1])
        self.compare_dialog = CompareDialog(self.register, older.id, newer.id, self)
        self.compare_dialog.show()

    def export_pdf(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        version = self.model.version(rows[0])
        path, _ = save_file_name(
            self,
            PDFS,
            self.tr("Export PDF"),
            notice_file_name(version.language, "pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.register.notice.export(Path(path), "pdf", version_id=version.id)
            announce_saved(self.parentWidget(), path)


class ImportDialog(QDialog):
    """Paste or open a hand-made notice, see how it splits, and confirm."""

    def __init__(self, register: Register, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.register = register
        self.language = language
        self.imported: ImportResult | None = None
        self.setWindowTitle(self.tr("Import an existing notice"))
        self.resize(1000, 640)
        self.source = QPlainTextEdit()
        self.source.setTabChangesFocus(True)  # Tab moves on: the keyboard alone fills the form
        self.source.setAccessibleName(self.tr("Notice to import"))
        self.source.setPlaceholderText(
            self.tr("Paste the notice here (plain text, Markdown or HTML), or open a file.")
        )
        self.report = QTextBrowser()
        self.report.setAccessibleName(self.tr("What was found"))
        open_button = QPushButton(self.tr("Open file…"))
        open_button.clicked.connect(self.open_file)
        analyse_button = QPushButton(self.tr("Analyse"))
        analyse_button.clicked.connect(self.analyse)
        split = QSplitter()
        split.addWidget(self.source)
        split.addWidget(self.report)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Replace the draft")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(open_button)
        top.addWidget(analyse_button)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split)
        layout.addWidget(self.buttons)

    def open_file(self) -> None:
        path = open_file_name(
            self, IMPORTS, self.tr("Open notice"), self.tr("Notices (*.txt *.md *.html *.htm)")
        )
        if path:
            self.source.setPlainText(Path(path).read_text(encoding="utf-8", errors="replace"))
            self.analyse()

    def analyse(self) -> None:
        import html

        self.imported = self.register.notice.import_text(self.source.toPlainText(), self.language)
        parts = [f"<h3>{self.tr('Sections found')}</h3><ol>"]
        for s in self.imported.sections:
            where = ", ".join(k.label() for k in s.keys)
            if where:
                parts.append(f"<li>{html.escape(s.heading)} → <i>{html.escape(where)}</i></li>")
            else:
                not_placed = self.tr("not placed; kept as an own section")
                parts.append(
                    f'<li><span style="color:{css("error")}">{html.escape(s.heading)} – '
                    f"{not_placed}</span></li>"
                )
        parts.append("</ol>")
        if self.imported.left_out:  # shown, never dropped unseen: the user copies what matters
            left_out = self.tr(
                "Text before the first heading, not imported (copy into a section what "
                "should stay):"
            )
            preamble = html.escape(self.imported.left_out).replace("\n", "<br>")
            parts.append(f"<h3>{left_out}</h3><p>{preamble}</p>")
        if self.imported.missing:
            parts.append(f"<h3>{self.tr('Missing items')}</h3><ul>")
            parts.extend(f"<li>{html.escape(k.label())}</li>" for k in self.imported.missing)
            parts.append("</ul>")
        warnings = [f for f in self.imported.findings if f.severity == "warning"]
        if warnings:
            parts.append(f"<h3>{self.tr('Warnings')}</h3><ul>")
            parts.extend(f"<li>{html.escape(f.message.render())}</li>" for f in warnings)
            parts.append("</ul>")
        self.report.setHtml("".join(parts))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.imported.sections))
