"""The privacy-notice editor: sections with completeness marks, the text, a live preview.

The pane edits an immutable NoticeDocument through a snapshot history (undo/redo),
re-runs the completeness check and the preview on every edit, and saves the draft
shortly after typing stops. Publishing, history, import and output go through
`register.notice`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.errors import RekisteriError
from rekisteri.core.notice.check import CheckContext, Finding, Severity, run_checks
from rekisteri.core.notice.document import (
    CHECKLIST_ORDER,
    LANGUAGES,
    NoticeDocument,
    Section,
    SectionKey,
    notice_file_name,
)
from rekisteri.core.notice.render_html import notice_body_html
from rekisteri.core.notice.templates import ControllerFacts, field_labels
from rekisteri.core.register import Register
from rekisteri.ui.file_dialogs import PDFS, announce_saved, save_file_name
from rekisteri.ui.formats import format_date
from rekisteri.ui.notice.dialogs import HistoryDialog, ImportDialog
from rekisteri.ui.notice.history import DocumentHistory
from rekisteri.ui.notice.models import SectionListModel
from rekisteri.ui.notice.panels import FindingsPanel, SectionEditor
from rekisteri.ui.notice.toolbar import NoticeTools
from rekisteri.ui.table_state import KeptSplitter

SAVE_DELAY_MS = 700


class NoticePane(QWidget):
    # A finding about an empty setting asks the window to open it ("controller.email").
    open_setting = Signal(str)

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.history = DocumentHistory(NoticeDocument("fi", ""))
        self.findings: list[Finding] = []
        self._current_id: str | None = None
        self._loading = False
        self._facts = CheckContext()  # what the register knows, for the check
        self._fields: list[str] = []
        self._names = ("", "")
        self.history_dialog: HistoryDialog | None = None

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft)

        self._build()
        self.refresh()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self.language_combo = QComboBox()
        for code, name in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")),
                           ("en", self.tr("English"))):  # fmt: skip
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self.section_list = QListView()
        self.tools = NoticeTools(self, self, self.section_list)

        self.findings_panel = FindingsPanel()
        self.findings_model = self.findings_panel.model
        self.findings_view = self.findings_panel.view
        self.findings_label = self.findings_panel.label
        self.findings_view.clicked.connect(self._finding_clicked)
        left = KeptSplitter(Qt.Orientation.Vertical, "noticeSectionsSplitter")
        left.addWidget(self._build_sections())
        left.addWidget(self.findings_panel)
        left.setChildrenCollapsible(False)
        left.restore([400, 220])
        self.sections_splitter = left

        self.editor = SectionEditor()
        self.title_edit = self.editor.title_edit
        self.body_edit = self.editor.body_edit
        self.key_label = self.editor.key_label
        self.title_edit.textEdited.connect(self._title_edited)
        self.body_edit.textChanged.connect(self._body_edited)

        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(False)
        self.preview.setAccessibleName(self.tr("Preview of the notice"))

        split = KeptSplitter(Qt.Orientation.Horizontal, "noticeSplitter")
        split.addWidget(left)
        split.addWidget(self.editor)
        split.addWidget(self.preview)
        split.setChildrenCollapsible(False)
        split.restore([300, 420, 420])
        self.splitter = split

        self.status_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(split, 1)
        layout.addWidget(self.status_label)

    def _build_toolbar(self) -> QHBoxLayout:
        toolbar = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        toolbar.addWidget(language_label)
        toolbar.addWidget(self.language_combo)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.tools.undo_button)
        toolbar.addWidget(self.tools.redo_button)
        toolbar.addStretch()
        toolbar.addWidget(self.tools.document_button)
        toolbar.addSpacing(6)
        toolbar.addWidget(self.tools.publish_button)
        return toolbar

    def _build_sections(self) -> QWidget:
        """The section list with its add, remove and move buttons above it."""
        list_bar = QHBoxLayout()
        list_bar.setContentsMargins(0, 0, 0, 0)
        list_bar.setSpacing(0)
        sections_label = QLabel(self.tr("&Sections"))
        sections_label.setBuddy(self.section_list)
        list_bar.addWidget(sections_label)
        list_bar.addStretch()
        for button in (
            self.tools.add_button,
            self.tools.remove_button,
            self.tools.up_button,
            self.tools.down_button,
        ):
            list_bar.addWidget(button)

        self.section_model = SectionListModel(self)
        self.section_list.setModel(self.section_model)
        self.section_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Long headings wrap rather than hide behind a sideways scroll bar.
        self.section_list.setWordWrap(True)
        self.section_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.selectionModel().currentChanged.connect(self._section_selected)

        sections_box = QWidget()
        sl = QVBoxLayout(sections_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(2)
        sl.addLayout(list_bar)
        sl.addWidget(self.section_list)
        return sections_box

    # --- loading and showing ------------------------------------------------------------

    @property
    def doc(self) -> NoticeDocument:
        return self.history.current

    def refresh(self) -> None:
        """Reload the draft and the register's facts (settings may have changed)."""
        self.save_draft()
        service = self.register.notice
        rules, backup_days = service.retention_rules()
        controller = self.register.get_controller()
        self._facts = CheckContext(
            rules=rules,
            processors=service.processors(),
            backup_days=backup_days,
            review_months=self.register.retention.review_interval_months(),
            controller=ControllerFacts.from_settings(controller),
            encrypted=self.register.db.encrypted,
            suppression_years=self.register.retention.suppression_years(),
        )
        self._fields = service.fields_in_use()
        language = service.language()
        self._names = (controller.business_name, controller.register_name_in(language))
        self._loading = True
        self.language_combo.setCurrentIndex(LANGUAGES.index(language))
        self._loading = False
        self.history.reset(service.get_draft(language))
        self._current_id = None
        self._show(select_first=True)
        latest = service.latest_version(language)
        if latest:
            self.status_label.setText(
                self.tr("Latest published version: {n}, {date}.").format(
                    n=latest.number, date=format_date(latest.published_on)
                )
            )
        else:
            self.status_label.setText(self.tr("Not published yet."))

    def _show(self, select_first: bool = False) -> None:
        """Re-run the check and redraw list, findings and preview from the current document."""
        doc = self.doc
        labels = field_labels(doc.language, self._fields)
        self.findings = run_checks(doc, replace(self._facts, field_labels=labels))
        self.section_model.set_document(doc, self.findings)
        self.findings_panel.set_findings(self.findings)
        self._update_preview()
        target = self._current_id
        if target is None or self.section_model.row_of(target) < 0:
            target = doc.sections[0].id if (select_first or target) and doc.sections else None
        self._select(target)
        self.tools.undo_action.setEnabled(self.history.can_undo())
        self.tools.redo_action.setEnabled(self.history.can_redo())

    def _update_preview(self) -> None:
        scroll = self.preview.verticalScrollBar().value()
        business, register_name = self._names
        self.preview.setHtml(notice_body_html(self.doc, business, register_name, self._current_id))
        self.preview.verticalScrollBar().setValue(scroll)

    def _select(self, section_id: str | None) -> None:
        row = self.section_model.row_of(section_id) if section_id else -1
        if row < 0:
            self._current_id = None
            self._load_editor(None)
            return
        index = self.section_model.index(row, 0)
        self.section_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if self._current_id != section_id:
            self._current_id = section_id
        self._load_editor(self.section_model.section_at(row))

    def _load_editor(self, section: Section | None) -> None:
        self._loading = True
        try:
            for a in (self.tools.remove_action, self.tools.up_action, self.tools.down_action):
                a.setEnabled(section is not None)
            self.editor.load(section)
        finally:
            self._loading = False

    def _section_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        section = self.section_model.section_at(current.row())
        if section.id != self._current_id:
            self._current_id = section.id
            self._load_editor(section)
            self._update_preview()
            self.preview.scrollToAnchor(f"s-{section.id}")

    # --- editing ------------------------------------------------------------------------

    def _apply(self, doc: NoticeDocument, merge_key: str | None = None) -> None:
        self.history.push(doc, merge_key)
        self._show()
        self._save_timer.start()

    def _body_edited(self) -> None:
        if self._loading or self._current_id is None:
            return
        doc = self.doc.with_body(self._current_id, self.body_edit.toPlainText())
        self._apply(doc, f"body:{self._current_id}")

    def _title_edited(self, text: str) -> None:
        if self._loading or self._current_id is None:
            return
        self._apply(self.doc.with_title(self._current_id, text), f"title:{self._current_id}")

    def add_section(self) -> None:
        section = Section(SectionKey.CUSTOM, self.tr("New section"), "")
        index = (
            self.doc.index_of(self._current_id) + 1 if self._current_id else len(self.doc.sections)
        )
        self._current_id = section.id
        self._apply(self.doc.inserted(index, section))
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def remove_section(self) -> None:
        if self._current_id is None:
            return
        row = self.doc.index_of(self._current_id)
        doc = self.doc.removed(self._current_id)
        self._current_id = (
            doc.sections[min(row, len(doc.sections) - 1)].id if doc.sections else None
        )
        self._apply(doc)

    def move_section(self, delta: int) -> None:
        if self._current_id is not None:
            self._apply(self.doc.moved(self._current_id, delta))

    def undo(self) -> None:
        self.history.undo()
        self._show()
        self._save_timer.start()

    def redo(self) -> None:
        self.history.redo()
        self._show()
        self._save_timer.start()

    def update_from_register(self) -> None:
        self._apply(self.register.notice.refresh_from_register(self.doc))

    def _finding_clicked(self, index: QModelIndex) -> None:
        finding = self.findings_model.finding(index.row())
        if finding.setting:
            self.open_setting.emit(finding.setting)
            return
        if finding.section_id and self.section_model.row_of(finding.section_id) >= 0:
            self._select(finding.section_id)
            self._update_preview()
            self.preview.scrollToAnchor(f"s-{finding.section_id}")
            self.body_edit.setFocus()
        elif finding.section_key is not None:
            self._add_from_template(finding.section_key)

    def _add_from_template(self, key: SectionKey) -> None:
        """A missing item is added from the template at its place in the checklist order."""
        template = self.register.notice.new_from_template(self.doc.language).find(key)
        if template is None:
            return
        rank = CHECKLIST_ORDER.index(key)
        index = 0
        for i, s in enumerate(self.doc.sections):
            if s.key in CHECKLIST_ORDER and CHECKLIST_ORDER.index(s.key) < rank:
                index = i + 1
        self._current_id = template.id
        self._apply(self.doc.inserted(index, template))

    def _language_changed(self, _index: int) -> None:
        if self._loading:
            return
        self.save_draft()
        self.register.notice.set_language(self.language_combo.currentData())
        self.refresh()

    # --- storing, publishing, output -------------------------------------------------------

    def save_draft(self) -> None:
        self._save_timer.stop()
        if self.doc.sections and (self.history.can_undo() or self.register.notice.has_draft(
                self.doc.language)):  # fmt: skip
            self.register.notice.save_draft(self.doc)

    def publish(self) -> None:
        errors = [f for f in self.findings if f.severity == Severity.ERROR]
        if errors:
            QMessageBox.warning(
                self,
                self.tr("Publish"),
                self.tr(
                    "The notice cannot be published yet: %n error(s) would print a blank or "
                    "something untrue. Click an error in the check list to go where it is "
                    "fixed.",
                    "",
                    len(errors),
                )
                + "\n\n"
                + errors[0].message.render(),
            )
            return
        latest = self.register.notice.latest_version(self.doc.language)
        text = self.tr(
            "Publish this notice as version {n}, dated today? The published version is the one "
            "you show people, and it stays in the history."
        ).format(n=(latest.number + 1) if latest else 1)
        missing = [f for f in self.findings if f.severity == Severity.MISSING]
        if missing:
            text += "\n\n" + self.tr("The notice lacks %n required item(s).", "", len(missing))
        answer = QMessageBox.question(self, self.tr("Publish"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            version = self.register.notice.publish(self.doc)
        except RekisteriError as exc:
            QMessageBox.warning(self, self.tr("Publish"), exc.render())
            return
        # Publishing dated the "last updated" section; that is part of the draft now.
        self.history.push(self.register.notice.get_draft(self.doc.language))
        self._show()
        self.status_label.setText(
            self.tr("Published version {n} on {date}.").format(
                n=version.number, date=format_date(version.published_on)
            )
        )

    def show_history(self) -> None:
        self.history_dialog = HistoryDialog(self.register, self)
        self.history_dialog.show()

    def import_notice(self) -> None:
        dialog = ImportDialog(self.register, self.doc.language, self)
        if dialog.exec() and dialog.imported is not None:
            self._current_id = None
            self._apply(dialog.imported.document)
            self._show(select_first=True)

    def export(self, kind: str) -> None:
        name = {"pdf": self.tr("PDF (*.pdf)"), "html": self.tr("Web page (*.html)")}[kind]
        path, _ = save_file_name(
            self, PDFS, self.tr("Export"), notice_file_name(self.doc.language, kind), name
        )
        if path:
            self.save_draft()
            self.register.notice.export(Path(path), kind, doc=self.doc)
            self.status_label.setText(self.tr("Saved {path}.").format(path=path))
            announce_saved(self, path)

    def print_notice(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            document = QTextDocument()
            document.setHtml(self.register.notice.render_html(self.doc))
            document.print_(printer)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_draft()
        super().hideEvent(event)
