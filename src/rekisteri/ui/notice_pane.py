"""The privacy-notice editor: sections with completeness marks, the text, a live preview.

The pane edits an immutable NoticeDocument through a snapshot history (undo/redo),
re-runs the completeness check and the preview on every edit, and saves the draft
shortly after typing stops. Publishing, history, import and output go through
`register.notice`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.errors import RekisteriError
from rekisteri.core.notice.check import Finding, Severity, check_notice
from rekisteri.core.notice.document import (
    CHECKLIST_ORDER,
    LANGUAGES,
    NoticeDocument,
    Section,
    SectionKey,
    notice_file_name,
)
from rekisteri.core.notice.render_html import notice_body_html
from rekisteri.core.notice.templates import ControllerFacts, RetentionRuleLike, field_labels
from rekisteri.core.register import Register
from rekisteri.ui.file_dialogs import PDFS, announce_saved, save_file_name
from rekisteri.ui.formats import format_date
from rekisteri.ui.icons import icon
from rekisteri.ui.notice.dialogs import HistoryDialog, ImportDialog
from rekisteri.ui.notice.history import DocumentHistory
from rekisteri.ui.notice.models import FindingsModel, SectionListModel
from rekisteri.ui.table_state import remember_columns

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
        self._rules: Sequence[RetentionRuleLike] = ()
        self._processors: list = []
        self._backup_days: int | None = None
        self._fields: list[str] = []
        self._names = ("", "")
        self._controller: ControllerFacts | None = None
        self._encrypted: bool | None = None
        self._review_months = 12
        self._suppression_years = 5
        self.history_dialog: HistoryDialog | None = None

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_draft)

        self._build()
        self.refresh()

    # --- layout -----------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], icon_name: str = "",
                keys: tuple[QKeySequence.StandardKey | str, ...] = (),
                tip: str = "", scope: QWidget | None = None) -> QAction:  # fmt: skip
        """An action with its shortcut shown in the tooltip, live only while focus is in ``scope``.

        Scoping to the pane (or the section list) keeps Delete and Alt+arrows from reaching
        the register pane's table, and leaves Ctrl+Z inside a text field to that field's own
        undo, as users expect while typing.
        """
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if keys:
            sequences = list(dict.fromkeys(QKeySequence(k) for k in keys))  # K.Redo may repeat
            action.setShortcuts(sequences)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip or text.replace('&', '')} ({shortcut})"
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        (scope or self).addAction(action)
        return action

    @staticmethod
    def _tool(action: QAction, text_beside: bool = False) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        if text_beside:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _build_actions(self) -> None:
        """Frequent edits are buttons; actions on the whole document sit in one menu.

        Thirteen push buttons in a row needed ~1420 px and pushed the window past a
        1366-px laptop screen; a native editor keeps Undo/Redo in the toolbar, list edits
        beside the list, the rarer document actions under one menu, and Publish prominent.
        """
        K = QKeySequence.StandardKey
        self.undo_action = self._action(self.tr("Undo"), self.undo, "undo",
                                        (K.Undo, "Ctrl+Z"))  # fmt: skip
        self.redo_action = self._action(self.tr("Redo"), self.redo, "redo",
                                        ("Ctrl+Shift+Z", K.Redo))  # fmt: skip
        self.section_list = QListView()
        lst = self.section_list
        self.add_action = self._action(self.tr("Add section"), self.add_section, "add",
                                       ("Ctrl+Ins", "Ins"), scope=lst)  # fmt: skip
        self.remove_action = self._action(self.tr("Remove section"), self.remove_section,
                                          "remove", (K.Delete,), scope=lst)  # fmt: skip
        self.up_action = self._action(self.tr("Move up"), lambda: self.move_section(-1), "up",
                                      ("Alt+Up",), scope=lst)  # fmt: skip
        self.down_action = self._action(self.tr("Move down"), lambda: self.move_section(1),
                                        "down", ("Alt+Down",), scope=lst)  # fmt: skip
        self.import_action = self._action(self.tr("&Import…"), self.import_notice)
        self.update_action = self._action(
            self.tr("&Update from register"), self.update_from_register,
            tip=self.tr("Rewrite controller, retention, data and processor sections from Settings"),
        )  # fmt: skip
        self.history_action = self._action(self.tr("&History…"), self.show_history)
        self.pdf_action = self._action(self.tr("Export &PDF…"), lambda: self.export("pdf"))
        self.html_action = self._action(self.tr("Export H&TML…"), lambda: self.export("html"))
        self.print_action = self._action(self.tr("P&rint…"), self.print_notice, keys=(K.Print,))

        self.undo_button = self._tool(self.undo_action)
        self.redo_button = self._tool(self.redo_action)
        self.add_button = self._tool(self.add_action)
        self.remove_button = self._tool(self.remove_action)
        self.up_button = self._tool(self.up_action)
        self.down_button = self._tool(self.down_action)

        self.document_menu = QMenu(self)
        self.document_menu.setToolTipsVisible(True)
        for action in (self.import_action, self.update_action, self.history_action, None,
                       self.pdf_action, self.html_action, self.print_action):  # fmt: skip
            if action is None:
                self.document_menu.addSeparator()
            else:
                self.document_menu.addAction(action)
        self.document_button = QToolButton()
        self.document_button.setText(self.tr("&Document"))
        self.document_button.setIcon(icon("document"))
        self.document_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.document_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.document_button.setMenu(self.document_menu)
        self.document_button.setToolTip(
            self.tr("Import, update from the register, history, export and print")
        )

        self.publish_button = QPushButton(icon("publish"), self.tr("&Publish"))
        self.publish_button.setDefault(True)
        self.publish_button.setToolTip(self.tr("Publish the draft as a new dated version"))
        self.publish_button.clicked.connect(self.publish)

    def _build(self) -> None:
        self.language_combo = QComboBox()
        for code, name in (("fi", self.tr("Finnish")), ("sv", self.tr("Swedish")),
                           ("en", self.tr("English"))):  # fmt: skip
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self._build_actions()

        toolbar = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        toolbar.addWidget(language_label)
        toolbar.addWidget(self.language_combo)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.undo_button)
        toolbar.addWidget(self.redo_button)
        toolbar.addStretch()
        toolbar.addWidget(self.document_button)
        toolbar.addSpacing(6)
        toolbar.addWidget(self.publish_button)

        list_bar = QHBoxLayout()
        list_bar.setContentsMargins(0, 0, 0, 0)
        list_bar.setSpacing(0)
        sections_label = QLabel(self.tr("&Sections"))
        sections_label.setBuddy(self.section_list)
        list_bar.addWidget(sections_label)
        list_bar.addStretch()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            list_bar.addWidget(button)

        self.section_model = SectionListModel(self)
        self.section_list.setModel(self.section_model)
        self.section_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Long headings wrap rather than hide behind a sideways scroll bar.
        self.section_list.setWordWrap(True)
        self.section_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.selectionModel().currentChanged.connect(self._section_selected)

        self.findings_model = FindingsModel(self)
        self.findings_view = QTableView()
        self.findings_view.setModel(self.findings_model)
        self.findings_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings_view.verticalHeader().hide()
        self.findings_view.setWordWrap(True)
        header = self.findings_view.horizontalHeader()
        header.setSectionResizeMode(
            FindingsModel.COL_SEVERITY, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(FindingsModel.COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.findings_view, "noticeFindings", FindingsModel.COL_MESSAGE)
        self.findings_view.clicked.connect(self._finding_clicked)
        self.findings_label = QLabel()

        left = QSplitter(Qt.Orientation.Vertical)
        sections_box = QWidget()
        sl = QVBoxLayout(sections_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(2)
        sl.addLayout(list_bar)
        sl.addWidget(self.section_list)
        left.addWidget(sections_box)
        findings_box = QWidget()
        fl = QVBoxLayout(findings_box)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.findings_label)
        fl.addWidget(self.findings_view)
        left.addWidget(findings_box)
        left.setSizes([400, 220])

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Section heading"))
        self.title_edit.setPlaceholderText(self.tr("Section heading"))
        self.title_edit.textEdited.connect(self._title_edited)
        self.key_label = QLabel()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)  # Tab moves on: the keyboard alone fills the form
        self.body_edit.setAccessibleName(self.tr("Section text"))
        self.body_edit.textChanged.connect(self._body_edited)
        hint = QLabel(
            self.tr("Blank line: new paragraph. “- ” at line start: bullet. **text**: bold.")
        )
        hint.setWordWrap(True)
        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.key_label)
        ml.addWidget(self.title_edit)
        ml.addWidget(self.body_edit)
        ml.addWidget(hint)

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the notice"))
        self.preview.setOpenExternalLinks(False)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(self.preview)
        split.setSizes([300, 420, 420])

        self.status_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status_label)

    # --- loading and showing ------------------------------------------------------------

    @property
    def doc(self) -> NoticeDocument:
        return self.history.current

    def refresh(self) -> None:
        """Reload the draft and the register's facts (settings may have changed)."""
        self.save_draft()
        service = self.register.notice
        self._rules, self._backup_days = service.retention_rules()
        self._processors = service.processors()
        self._fields = service.fields_in_use()
        controller = self.register.get_controller()
        language = service.language()
        self._names = (controller.business_name, controller.register_name_in(language))
        self._controller = ControllerFacts.from_settings(controller)
        self._encrypted = self.register.db.encrypted
        self._review_months = self.register.retention.review_interval_months()
        self._suppression_years = self.register.retention.suppression_years()
        language = service.language()
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
        self.findings = check_notice(
            doc,
            self._rules,
            self._processors,
            self._backup_days,
            labels,
            self._review_months,
            self._controller,
            self._encrypted,
            self._suppression_years,
        )
        self.section_model.set_document(doc, self.findings)
        self.findings_model.set_findings(self.findings)
        errors = sum(f.severity == Severity.ERROR for f in self.findings)
        missing = sum(f.severity == Severity.MISSING for f in self.findings)
        warnings = sum(f.severity == Severity.WARNING for f in self.findings)
        recommended = sum(f.severity == Severity.RECOMMENDED for f in self.findings)
        self.findings_label.setText(
            self.tr(
                "Check: {errors} errors, {missing} missing, {warnings} warnings, "
                "{recommended} recommended"
            ).format(errors=errors, missing=missing, warnings=warnings, recommended=recommended)
            if self.findings
            else self.tr("Check: every required item is covered.")
        )
        self.findings_view.resizeRowsToContents()
        self._update_preview()
        target = self._current_id
        if target is None or self.section_model.row_of(target) < 0:
            target = doc.sections[0].id if (select_first or target) and doc.sections else None
        self._select(target)
        self.undo_action.setEnabled(self.history.can_undo())
        self.redo_action.setEnabled(self.history.can_redo())

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
            enabled = section is not None
            for w in (self.title_edit, self.body_edit):
                w.setEnabled(enabled)
            for a in (self.remove_action, self.up_action, self.down_action):
                a.setEnabled(enabled)
            if section is None:
                self.title_edit.clear()
                self.body_edit.clear()
                self.key_label.clear()
                return
            self.key_label.setText(self.tr("Covers: {item}").format(
                item=", ".join(k.label() for k in section.all_keys())))  # fmt: skip
            if self.title_edit.text() != section.title:
                self.title_edit.setText(section.title)
            if self.body_edit.toPlainText() != section.body:
                self.body_edit.setPlainText(section.body)
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
