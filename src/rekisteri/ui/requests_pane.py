"""The Requests pane: open data-subject requests by due date, and acting on each one.

The list puts the most urgent first and marks late and close deadlines with an icon, a tint
and words. Actions call the request service; documents are built in memory and written only
into the folder or file the user picks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.errors import RekisteriError, ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, translate_for
from rekisteri.core.register import Register
from rekisteri.core.requests.dto import RequestView
from rekisteri.core.requests.kinds import RequestChannel, RequestKind, RequestStatus
from rekisteri.core.requests.letters import LetterKind, available
from rekisteri.ui.banners import Banner
from rekisteri.ui.file_dialogs import PDFS, announce_saved, existing_folder, save_file_name
from rekisteri.ui.formats import format_date
from rekisteri.ui.request_models import COL_PERSON, RequestTableModel
from rekisteri.ui.requests_dialogs import (
    CloseDialog,
    ExtendDialog,
    LinkDialog,
    LogRequestDialog,
    ReasonDialog,
)
from rekisteri.ui.table_state import remember_columns


def requests_banner(register: Register) -> Banner | None:
    """Start-up reminder: how many requests wait, and how many are late or due this week.

    The main window calls this at start-up and once a day, which is also the cadence at which
    the request log's own retention is enforced: answered requests past their keeping time
    lose their personal data here.
    """
    register.requests.anonymise_expired()
    counts = register.requests.counts()
    if counts.open == 0:
        return None
    # Plain names for the counts: pyside6-lupdate drops translate() calls whose count
    # argument is an attribute or a call.
    open_count, overdue, due_soon = counts.open, counts.overdue, counts.due_soon
    text = RequestsPane.tr("%n open data-subject request(s)", "", open_count)  # type: ignore[arg-type]  # a class's tr(): lupdate files the plural
    parts = []
    if overdue:
        parts.append(QCoreApplication.translate("RequestsBanner", "%n overdue", "", overdue))
    if due_soon:
        parts.append(QCoreApplication.translate("RequestsBanner", "%n due this week", "", due_soon))
    if parts:
        text += ": " + ", ".join(parts)
    return Banner(
        key="requests",
        text=text + ".",
        action_text=QCoreApplication.translate("RequestsBanner", "Show requests"),
        pane="requests",
    )


# The stem of a saved letter's file name, in the letter's own language.
LETTER_STEMS = {
    "confirmation": QT_TRANSLATE_NOOP("LetterFile", "confirmation-letter"),
    "extension": QT_TRANSLATE_NOOP("LetterFile", "extension-letter"),
    "outcome": QT_TRANSLATE_NOOP("LetterFile", "answer-letter"),
}


def letter_file_name(kind: str, request_id: int, language: str) -> str:
    """The name a letter is offered under: in the language the letter is written in."""
    stem = translate_for(language or "fi", "LetterFile", LETTER_STEMS.get(kind, kind))
    return f"{stem}-{request_id}.pdf"


class RequestsPane(QWidget):
    open_customer = Signal(int)
    #: The register itself changed (a ban, a restriction, an erasure): the window's counts.
    data_changed = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.model = RequestTableModel(self)
        top = self._build_top()
        self._build_view()
        self._build_detail()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.detail_box, 1)
        self.refresh()

    def _build_top(self) -> QHBoxLayout:
        self.log_button = QPushButton(self.tr("Log a request…"))
        self.log_button.clicked.connect(self.log_request)
        self.show_closed = QCheckBox(self.tr("Show answered requests too"))
        self.show_closed.toggled.connect(self.refresh)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.log_button)
        top.addWidget(self.show_closed)
        top.addStretch(1)
        top.addWidget(self.summary)
        return top

    def _build_view(self) -> None:
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PERSON, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.view, "requests", COL_PERSON)
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.view.doubleClicked.connect(lambda _i: self.open_record())

    def _build_detail(self) -> None:
        """The chosen request in words, with what can be done about it below."""
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(self.details.textFormat().PlainText)
        self.open_button = QPushButton(self.tr("Open the record"))
        self.link_button = QPushButton(self.tr("Find in the register…"))
        self.link_button.clicked.connect(self.link_person)
        self.pack_button = QPushButton(self.tr("Make access pack…"))
        self.restrict_button = QPushButton(self.tr("Restrict processing…"))
        self.object_button = QPushButton(self.tr("Stop all marketing"))
        self.withdraw_button = QPushButton(self.tr("Withdraw consent"))
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.clicked.connect(self.erase)
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.done_button = QPushButton(self.tr("Mark done…"))
        self.refuse_button = QPushButton(self.tr("Refuse…"))
        self.letter_button = QPushButton(self.tr("Letter"))
        self.letter_menu = QMenu(self)
        self.letter_button.setMenu(self.letter_menu)
        self.open_button.clicked.connect(self.open_record)
        self.pack_button.clicked.connect(self.make_pack)
        self.restrict_button.clicked.connect(self.restrict)
        self.object_button.clicked.connect(self.object_to_marketing)
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.extend_button.clicked.connect(self.extend)
        self.done_button.clicked.connect(lambda: self.close_request(RequestStatus.DONE))
        self.refuse_button.clicked.connect(lambda: self.close_request(RequestStatus.REFUSED))
        actions = QHBoxLayout()
        for b in (
            self.open_button,
            self.link_button,
            self.pack_button,
            self.restrict_button,
            self.object_button,
            self.withdraw_button,
            self.erase_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.extend_button, self.done_button, self.refuse_button, self.letter_button):
            actions.addWidget(b)
        self.detail_box = QGroupBox(self.tr("Request"))
        box = QVBoxLayout(self.detail_box)
        box.addWidget(self.details)
        box.addLayout(actions)

    # --- list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        svc = self.register.requests
        rows = svc.list_all() if self.show_closed.isChecked() else svc.list_open()
        self.model.set_rows(rows, self.register.clock.today())
        c = svc.counts()
        self.summary.setText(
            self.tr("Open: %1 · overdue: %2 · due this week: %3")
            .replace("%1", str(c.open))
            .replace("%2", str(c.overdue))
            .replace("%3", str(c.due_soon))
        )
        if selected is not None:
            self.select(selected.id)
        self._show_selected()

    def select(self, request_id: int) -> None:
        row = self.model.row_of(request_id)
        if row >= 0:
            self.view.selectRow(row)

    def selected(self) -> RequestView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        r = self.selected()
        self.detail_box.setEnabled(r is not None)
        if r is None:
            self.details.setText(self.tr("Choose a request from the list."))
            for b in (
                self.pack_button,
                self.restrict_button,
                self.object_button,
                self.withdraw_button,
                self.erase_button,
            ):
                b.setVisible(False)
            return
        self.details.setText("\n".join(self._detail_lines(r)))
        self._show_actions(r)
        self._fill_letter_menu(r)

    def _detail_lines(self, r: RequestView) -> list[str]:
        """The request in words: what, when due (and why that day), what was done."""
        lines = [
            f"{RequestKind(r.kind).label()} — {r.person_name or self.tr('(anonymised)')}",
            self.tr("Received %1 by %2; due %3.")
            .replace("%1", format_date(r.received_on))
            .replace("%2", RequestChannel(r.channel).label().lower())
            .replace("%3", format_date(r.due_on)),
        ]
        if r.target_on is not None and r.target_on != r.due_on:
            lines.append(
                self.tr(
                    "Aim for %1: the month ends then, but on a weekend day or a public "
                    "holiday, so the legal due date moves to the next working day, %2."
                )
                .replace("%1", format_date(r.target_on))
                .replace("%2", format_date(r.due_on))
            )
        if r.identity_check:
            lines.append(self.tr("Identity: %1").replace("%1", r.identity_check))
        if r.details:
            lines.append(self.tr("Asked: %1").replace("%1", r.details))
        if r.told_on:
            lines.append(
                self.tr("Extended (told %1): %2")
                .replace("%1", format_date(r.told_on))
                .replace("%2", r.extension_reason)
            )
        if r.answered_on:
            lines.append(
                self.tr("%1 on %2: %3")
                .replace("%1", RequestStatus(r.status).label())
                .replace("%2", format_date(r.answered_on))
                .replace("%3", r.answer)
            )
        if r.contact_id is None and r.is_open:
            lines.append(self.tr("Not linked to anyone in the register."))
        return lines

    def _show_actions(self, r: RequestView) -> None:
        """The buttons this kind of request needs, live while it is open and linked."""
        linked = r.contact_id is not None
        open_ = r.is_open
        self.open_button.setEnabled(r.customer_id is not None)
        self.link_button.setVisible(not linked and open_)
        self.open_button.setText(
            self.tr("Correct in the register")
            if r.kind == RequestKind.RECTIFICATION
            else self.tr("Open the record")
        )
        self.pack_button.setVisible(r.kind in (RequestKind.ACCESS, RequestKind.PORTABILITY))
        self.pack_button.setEnabled(linked)
        self.restrict_button.setVisible(r.kind == RequestKind.RESTRICTION)
        self.object_button.setVisible(r.kind == RequestKind.OBJECTION)
        self.withdraw_button.setVisible(r.kind == RequestKind.CONSENT_WITHDRAWAL)
        self.erase_button.setVisible(r.kind == RequestKind.ERASURE)
        for b in (
            self.restrict_button,
            self.object_button,
            self.withdraw_button,
            self.erase_button,
        ):
            b.setEnabled(linked and open_)
        self.extend_button.setEnabled(r.can_extend)
        self.done_button.setEnabled(open_)
        self.refuse_button.setEnabled(open_)

    def _fill_letter_menu(self, r: RequestView) -> None:
        self.letter_menu.clear()
        names = {
            LetterKind.CONFIRMATION: self.tr("Confirmation of receipt"),
            LetterKind.EXTENSION: self.tr("Notice of extension"),
            LetterKind.OUTCOME: self.tr("Answer"),
        }
        for kind in available(r):
            action = self.letter_menu.addAction(names[kind])
            action.triggered.connect(lambda _c=False, k=kind: self.save_letter(k))

    # --- actions ------------------------------------------------------------------------

    def log_request(self) -> None:
        dialog = LogRequestDialog(self.register, self)
        if dialog.exec() and dialog.result_view is not None:
            self.refresh()
            self.select(dialog.result_view.id)

    def link_person(self) -> None:
        r = self.selected()
        if r is not None and LinkDialog(self.register, r, self).exec():
            self.refresh()

    def open_record(self) -> None:
        r = self.selected()
        if r is not None and r.customer_id is not None:
            self.open_customer.emit(r.customer_id)

    def make_pack(self) -> None:
        r = self.selected()
        if r is None or r.contact_id is None:
            return
        folder = existing_folder(self, PDFS, self.tr("Choose the folder for the access pack"))
        if not folder:
            return
        try:
            pack = self.register.requests.access_pack(r.contact_id)
            paths = self.register.requests.save_documents(Path(folder), pack.files())
        except (OSError, RekisteriError) as exc:
            self._fail(exc)
            return
        if paths:
            announce_saved(self, paths[0])
        text = (
            self.tr("Saved %1 files (PDF, JSON, CSV) in %2. Send them to the person securely.")
            .replace("%1", str(len(paths)))
            .replace("%2", folder)
        )
        if r.is_open:
            text += "\n\n" + self.tr("Mark the request answered now?")
            if self._confirm(text, self.tr("Access pack saved")):
                self._run(lambda: self.register.requests.pack_sent(r.id))
        else:
            QMessageBox.information(self, self.tr("Access pack saved"), text)

    def save_letter(self, kind: LetterKind) -> None:
        r = self.selected()
        if r is None:
            return
        name, _ = save_file_name(
            self,
            PDFS,
            self.tr("Save the letter"),
            letter_file_name(kind.value, r.id, r.language),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return
        path = Path(name)
        try:
            data = self.register.requests.letter(r.id, kind)
            self.register.requests.save_documents(path.parent, {path.name: data})
        except (OSError, RekisteriError) as exc:
            self._fail(exc)
            return
        announce_saved(self, path)

    def restrict(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = ReasonDialog(self.tr("Restrict processing"), self.tr("Reason"), self)
        if dialog.exec():
            self._run(lambda: self.register.requests.restrict(r.id, dialog.text()))

    def object_to_marketing(self) -> None:
        r = self.selected()
        if r is not None and self._confirm(
            self.tr("Record a ban on all marketing for this person? An objection is absolute.")
        ):
            self._run(lambda: self.register.requests.object_to_marketing(r.id))

    def withdraw_consent(self) -> None:
        r = self.selected()
        if r is not None and self._confirm(
            self.tr("Record the withdrawal of every consent in force for this person?")
        ):
            self._run(lambda: self.register.requests.withdraw_consent(r.id))

    def erase(self) -> None:
        """Show what the erasure removes and what a legal hold keeps, then do it."""
        r = self.selected()
        if r is None:
            return
        try:
            preview = self.register.requests.erasure_preview(r.id)
        except RekisteriError as exc:
            self._fail(exc)
            return
        lines = [self.tr("Erasing: %1.").replace("%1", preview.removed.render())]
        if preview.kept is not None:
            lines.append(self.tr("Kept by law: %1.").replace("%1", preview.kept.render()))
        lines.append(self.tr("This cannot be undone. Erase now?"))
        if self._confirm("\n\n".join(lines)):
            self._run(lambda: self.register.requests.erase(r.id))
            # The request is answered now and would drop out of the open list; keep it in
            # view so the user sees the answer: what was erased and what the law keeps.
            if not self.show_closed.isChecked():
                self.show_closed.setChecked(True)
            self.select(r.id)

    def extend(self) -> None:
        r = self.selected()
        if r is not None and ExtendDialog(self.register, r, self).exec():
            self.refresh()

    def close_request(self, status: str) -> None:
        r = self.selected()
        if r is not None and CloseDialog(self.register, r, status, self).exec():
            self.refresh()

    # --- helpers ------------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except RekisteriError as exc:
            self._fail(exc)
        else:
            self.data_changed.emit()
        self.refresh()

    def _confirm(self, text: str, title: str = "") -> bool:
        answer = QMessageBox.question(self, title or self.tr("Confirm"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _fail(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(m.render() for m in exc.errors.values())
        elif isinstance(exc, RekisteriError):
            text = exc.render()
        else:
            text = self.tr("The file could not be written. Check the folder and try again.")
        QMessageBox.warning(self, self.tr("Could not complete"), text)
