"""The Breaches pane: the breach log with its 72-hour clocks, and acting on each breach.

The list puts the newest first and shows each clock in words, with an icon and a tint. The
notification to the authority is copied as text (the authority takes it in its own
e-service); the letters to the people affected are saved as PDFs into a folder the user
picks. The start-up banner and the status bar show the clock while one runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.breaches.dto import BreachView
from rekisteri.core.breaches.kinds import BreachStage, RiskLevel
from rekisteri.core.enums import Language
from rekisteri.core.errors import RekisteriError, ValidationError
from rekisteri.core.register import Register
from rekisteri.ui.banners import Banner
from rekisteri.ui.breach_decision import NotifiedDialog, RiskDialog
from rekisteri.ui.breach_dialogs import LogBreachDialog
from rekisteri.ui.breach_models import COL_WHAT, BreachTableModel, clock_text, status_text, when
from rekisteri.ui.file_dialogs import PDFS, announce_saved, existing_folder
from rekisteri.ui.table_state import remember_columns

CLOCK_TICK_MS = 60_000


def breach_status(register: Register) -> str:
    """The status bar's words for the most urgent running clock ("" when none runs)."""
    return status_text(register.breaches.clock())


def breaches_banner(register: Register) -> Banner | None:
    """Start-up reminder while a breach is undecided or its notification is due."""
    c = register.breaches.clock()
    if c.ticking == 0 and c.people_due == 0:
        return None
    parts = []
    ticking = c.ticking
    if ticking:
        parts.append(
            QCoreApplication.translate(
                "BreachesBanner", "Breaches awaiting a decision or notification: %n", "", ticking
            )
        )
        parts.append(status_text(c))
    people_due = c.people_due
    if people_due:
        parts.append(
            QCoreApplication.translate(
                "BreachesBanner", "High-risk breaches with people still to tell: %n", "", people_due
            )
        )
    return Banner(
        key="breaches",
        text=" · ".join(parts) + ".",
        action_text=QCoreApplication.translate("BreachesBanner", "Show breaches"),
        pane="breaches",
    )


class BreachesPane(QWidget):
    #: The log changed: the window updates the status bar's clock and the banners.
    data_changed = Signal()

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.model = BreachTableModel(self)
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(CLOCK_TICK_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def _button(self, text: str, slot: Any, shortcut: str = "", tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            tip = f"{tip} ({shortcut})" if tip else shortcut
        if tip:
            button.setToolTip(tip)
        return button

    def _build(self) -> None:
        self.log_button = self._button(
            self.tr("Log a breach…"),
            self.log_breach,
            "Ctrl+Shift+N",
            self.tr("Record a breach as soon as you know of it: the 72 hours run from then"),
        )
        self.show_closed = QCheckBox(self.tr("Show closed breaches too"))
        self.show_closed.toggled.connect(self.refresh)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.log_button)
        top.addWidget(self.show_closed)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Breaches"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.view, "breaches", COL_WHAT)
        self.view.selectionModel().selectionChanged.connect(self._show_selected)
        self.view.doubleClicked.connect(lambda _i: self.edit_breach())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_breach)

        self._build_detail()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.detail_box, 2)

    def _build_detail(self) -> None:
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = self._button(self.tr("Edit…"), self.edit_breach)
        self.assess_button = self._button(
            self.tr("Assess the risk…"),
            self.assess,
            "Ctrl+Shift+A",
            self.tr("Answer a few questions and record the decision with its reasons"),
        )
        self.language_box = QComboBox()
        for value, label in Language.choices():
            self.language_box.addItem(label, value)
        self.language_box.setAccessibleName(self.tr("Language of the notification"))
        self.language_box.setToolTip(self.tr("Language of the notification"))
        self.copy_button = self._button(
            self.tr("Copy the notification"),
            self.copy_notification,
            "Ctrl+Shift+C",
            self.tr("Copy the answers to the Data Protection Ombudsman's notification form"),
        )
        self.authority_button = self._button(
            self.tr("Authority notified…"), lambda: self.notified(authority=True)
        )
        self.letters_button = self._button(
            self.tr("Letters to the people…"),
            self.save_letters,
            "Ctrl+Shift+P",
            self.tr("Save a letter (PDF) to each contact of the customers affected"),
        )
        self.people_button = self._button(
            self.tr("People told…"), lambda: self.notified(authority=False)
        )
        self.close_button = self._button(self.tr("Close"), self.close_breach)
        self.close_button.setToolTip(self.tr("Close a decided breach; its record stays"))
        self.delete_button = self._button(
            self.tr("Delete…"), self.delete_breach, "", self.tr("Remove an entry made by mistake")
        )
        # Two rows: deciding, then telling. In one row the longest language's buttons made
        # the whole window wider than 1280 px.
        decide = QHBoxLayout()
        for b in (self.edit_button, self.assess_button, self.language_box, self.copy_button):
            decide.addWidget(b)
        decide.addStretch(1)
        decide.addWidget(self.close_button)
        decide.addWidget(self.delete_button)
        tell = QHBoxLayout()
        for b in (self.authority_button, self.letters_button, self.people_button):
            tell.addWidget(b)
        tell.addStretch(1)
        self.detail_box = QGroupBox(self.tr("Breach"))
        box = QVBoxLayout(self.detail_box)
        box.addWidget(self.details, 1)
        box.addLayout(decide)
        box.addLayout(tell)

    # --- list ---------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        svc = self.register.breaches
        self.model.set_rows(svc.list_all(open_only=not self.show_closed.isChecked()))
        self.summary.setText(breach_status(self.register))
        if selected is not None:
            self.select(selected.id)
        self._show_selected()

    def select(self, breach_id: int) -> None:
        row = self.model.row_of(breach_id)
        if row >= 0:
            self.view.selectRow(row)

    def selected(self) -> BreachView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _lines(self, b: BreachView) -> list[str]:
        lines = [
            self.tr("Aware %1 · deadline %2 · %3")
            .replace("%1", when(b.aware_at))
            .replace("%2", when(b.deadline_at))
            .replace("%3", clock_text(b)),
            b.description,
        ]
        if b.risk != RiskLevel.UNDECIDED:
            lines.append(
                self.tr("Decision: %1 (%2, %3)")
                .replace("%1", b.risk_label())
                .replace("%2", b.decided_by)
                .replace("%3", when(b.decided_at))
            )
            if b.risk_reasons:
                lines.append(self.tr("Reasons: %1").replace("%1", b.risk_reasons))
        if b.authority_notified_at is not None:
            lines.append(
                self.tr("Authority notified %1 %2")
                .replace("%1", when(b.authority_notified_at))
                .replace("%2", b.authority_reference)
            )
        if b.people_notified_at is not None:
            lines.append(self.tr("People told %1").replace("%1", when(b.people_notified_at)))
        n = len(b.customer_ids)
        lines.append(self.tr("Customers linked: %n", "", n))
        return lines

    def _show_selected(self) -> None:
        b = self.selected()
        self.detail_box.setEnabled(b is not None)
        if b is None:
            self.details.setText(self.tr("Choose a breach from the list, or log a new one."))
            return
        self.details.setText("\n".join(self._lines(b)))
        stage = b.stage
        risk = RiskLevel(b.risk)
        open_ = b.is_open
        draft = risk == RiskLevel.UNDECIDED and not (
            b.authority_notified_at or b.people_notified_at or b.closed_at
        )
        self.edit_button.setEnabled(open_)
        # Evidence under Art. 33(5): removable only as a mistaken draft, and an assessment
        # stands once someone was notified on it.
        self.delete_button.setEnabled(draft)
        self.assess_button.setEnabled(
            open_ and not (b.authority_notified_at or b.people_notified_at)
        )
        self.copy_button.setEnabled(risk.notify_authority)
        self.language_box.setEnabled(risk.notify_authority)
        self.authority_button.setEnabled(open_ and stage == BreachStage.NOTIFY_AUTHORITY)
        self.letters_button.setEnabled(risk.notify_people and bool(b.customer_ids))
        self.people_button.setEnabled(open_ and stage == BreachStage.NOTIFY_PEOPLE)
        self.close_button.setEnabled(stage == BreachStage.DECIDED)

    # --- actions ------------------------------------------------------------------------

    def _after(self, breach_id: int | None = None) -> None:
        self.refresh()
        if breach_id is not None:
            self.select(breach_id)
        self.data_changed.emit()

    def log_breach(self) -> None:
        dialog = LogBreachDialog(self.register, None, self)
        if dialog.exec() and dialog.result_view is not None:
            self._after(dialog.result_view.id)

    def edit_breach(self) -> None:
        b = self.selected()
        if b is not None and b.is_open and LogBreachDialog(self.register, b, self).exec():
            self._after(b.id)

    def assess(self) -> None:
        b = self.selected()
        if b is not None and b.is_open and RiskDialog(self.register, b, self).exec():
            self._after(b.id)

    def notified(self, authority: bool) -> None:
        b = self.selected()
        if b is not None and NotifiedDialog(self.register, b, authority, self).exec():
            self._after(b.id)

    def copy_notification(self) -> None:
        b = self.selected()
        if b is None:
            return
        text = self.register.breaches.authority_text(b.id, self.language_box.currentData())
        QApplication.clipboard().setText(text)
        QMessageBox.information(
            self,
            self.tr("Notification copied"),
            self.tr(
                "The notification is on the clipboard. Paste it into the Data Protection "
                "Ombudsman's breach notification form (tietosuoja.fi) and note the reference "
                "you get with “Authority notified…”."
            ),
        )

    def save_letters(self) -> None:
        b = self.selected()
        if b is None:
            return
        folder = existing_folder(self, PDFS, self.tr("Choose the folder for the letters"))
        if not folder:
            return
        try:
            paths = self.register.breaches.save_letters(b.id, Path(folder))
        except (OSError, RekisteriError) as exc:
            self._fail(exc)
            return
        if paths:
            announce_saved(self, paths[0])
        count = len(paths)
        QMessageBox.information(
            self,
            self.tr("Letters saved"),
            self.tr(
                "Saved %n letter(s). Print or send them, then record when people were told.",
                "",
                count,
            ),
        )

    def close_breach(self) -> None:
        b = self.selected()
        if b is not None:
            self._run(lambda: self.register.breaches.close(b.id), b.id)

    def delete_breach(self) -> None:
        b = self.selected()
        if b is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete breach"),
            self.tr(
                "Delete this entry? Do this only for an entry made by mistake: a real breach "
                "must stay documented, even when nobody was notified."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.register.breaches.delete(b.id))

    # --- helpers ------------------------------------------------------------------------

    def _run(self, action: Any, breach_id: int | None = None) -> None:
        try:
            action()
        except RekisteriError as exc:
            self._fail(exc)
        self._after(breach_id)

    def _fail(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(m.render() for m in exc.errors.values())
        elif isinstance(exc, RekisteriError):
            text = exc.render()
        else:
            text = self.tr("The file could not be written. Check the folder and try again.")
        QMessageBox.warning(self, self.tr("Could not complete"), text)
