"""The retention review: records past their date, a decision on each, dry run, execute.

The pane holds the decisions until the owner executes them; executing backs up, applies
everything in one transaction (the retention service does that) and then offers to save the
minutes where the owner chooses. The start-up banner and the status bar's next-review date
come from here too, so the main window needs to know nothing about retention.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.errors import RekisteriError, ValidationError
from rekisteri.core.i18n import current_language
from rekisteri.core.register import Register
from rekisteri.core.retention import ReviewOutcome
from rekisteri.ui.background import run_in_background
from rekisteri.ui.file_dialogs import PDFS, announce_saved, save_file_name
from rekisteri.ui.formats import format_date
from rekisteri.ui.headers import fit_header_titles
from rekisteri.ui.review_dialogs import KeepDialog, OutcomeDialog
from rekisteri.ui.review_models import (
    DECISIONS,
    UNDECIDED,
    Choice,
    HistoryModel,
    ReviewModel,
    decision_label,
    effect_label,
)
from rekisteri.ui.table_state import KeptSplitter, remember_columns


def review_banner(register: Register) -> Any:
    """Start-up reminder: a review due, or records past their date (None when all is well)."""
    from rekisteri.ui.banners import Banner

    status = register.retention.review_status()
    if not status.needs_attention:
        return None
    if status.past_due:
        past_due = status.past_due  # a plain name: lupdate skips translate() with status.x
        text = ReviewPane.tr(
            "%n record(s) are past their retention date. Review them and delete, anonymise "  # type: ignore[arg-type]  # a class's tr(): lupdate files the plural
            "or keep each one.",
            "",
            past_due,  # type: ignore[arg-type]  # a class's tr(): lupdate files the plural
        )
    else:
        text = QCoreApplication.translate(
            "ReviewPane", "The retention review is due (it was due on {date})."
        ).format(date=format_date(status.next_review_on))
    action = QCoreApplication.translate("ReviewPane", "Open the review")
    return Banner("retention.review", text, action, "review")


def next_review_text(register: Register) -> str:
    """For the main window's status bar."""
    next_on = register.retention.next_review_on()  # no past-due count: it costs at start
    text = QCoreApplication.translate("ReviewPane", "Next review: {date}")
    return text.format(date=format_date(next_on))


def minutes_language() -> str:
    """The minutes are the controller's own record: written in the language the app runs in."""
    return current_language()


class DecisionDelegate(QStyledItemDelegate):
    """A combo box in the decision column; choosing "keep" asks for the reason and date."""

    def __init__(self, pane: ReviewPane) -> None:
        super().__init__(pane)
        self.pane = pane

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for key, _text in DECISIONS:
            combo.addItem(decision_label(key), key)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(ReviewModel.DecisionRole))))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        self.pane.decide([index.row()], str(editor.currentData()))


class ReviewPane(QWidget):
    open_customer = Signal(int)
    data_changed = Signal()  # the main window refreshes its counts and banners

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.last_outcome: ReviewOutcome | None = None
        col = QVBoxLayout(self)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        col.addWidget(self.status_label)
        col.addLayout(self._build_bulk_bar())

        split = KeptSplitter(Qt.Orientation.Vertical, "reviewSplitter")
        split.addWidget(self._build_table())
        split.addWidget(self._build_history())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.restore([450, 150])
        self.splitter = split
        col.addWidget(split, 1)
        self.refresh()

    def _build_bulk_bar(self) -> QHBoxLayout:
        """Decisions for the selected rows, then the dry run and the execution."""
        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(self.tr("Selected rows:")))
        self.bulk_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("delete", self.tr("Delete all selected")),
            ("anonymise", self.tr("Anonymise all selected")),
            ("keep", self.tr("Keep all selected…")),
            (UNDECIDED, self.tr("Leave undecided")),
        ):
            button = QPushButton(text)
            button.setEnabled(False)  # until rows are selected: a decision is always explicit
            button.clicked.connect(lambda _=False, k=key: self.decide(self.selected_rows(), k))
            bulk.addWidget(button)
            self.bulk_buttons[key] = button
        bulk.addStretch(1)
        self.dry_run_button = QPushButton(self.tr("Dry run"))
        self.dry_run_button.setToolTip(self.tr("Show exactly what would happen; nothing changes"))
        self.dry_run_button.clicked.connect(self.dry_run)
        bulk.addWidget(self.dry_run_button)
        self.execute_button = QPushButton(self.tr("Execute review…"))
        self.execute_button.clicked.connect(self.execute)
        bulk.addWidget(self.execute_button)
        return bulk

    def _build_table(self) -> QTableView:
        self.model = ReviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.delegate = DecisionDelegate(self)
        self.table.setItemDelegateForColumn(ReviewModel.COL_DECISION, self.delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 220), (1, 90), (2, 300), (3, 260), (4, 150)):
            # Never narrower than the header's own words: "Säilytysaika päättyi" is longer
            # than its dates, and a cut header reads as nonsense.
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(ReviewModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        fit_header_titles(self.table)
        remember_columns(self.table, "review", ReviewModel.COL_NAME)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        return self.table

    def _build_history(self) -> QGroupBox:
        history = QGroupBox(self.tr("Past reviews"))
        hcol = QVBoxLayout(history)
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        fit_header_titles(self.history)
        remember_columns(self.history, "reviewHistory", HistoryModel.COL_DATE)
        hcol.addWidget(self.history)
        self.save_minutes_button = QPushButton(self.tr("Save minutes as PDF…"))
        self.save_minutes_button.clicked.connect(self.save_selected_minutes)
        self.save_minutes_button.setEnabled(False)
        self.history.selectionModel().selectionChanged.connect(
            lambda *_: self.save_minutes_button.setEnabled(bool(self._history_row() is not None))
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_minutes_button)
        hcol.addLayout(row)
        return history

    # --- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        service = self.register.retention
        status = service.review_status()
        self.model.set_items(service.review_list())
        self.history_model.set_items(service.reviews())
        parts = []
        if status.last_review_on is not None:
            parts.append(
                self.tr("Last review {date}.").format(date=format_date(status.last_review_on))
            )
        parts.append(
            self.tr("Next review by {date}.").format(date=format_date(status.next_review_on))
        )
        parts.append(self.tr("Records past their retention date: {n}.").format(n=status.past_due))
        if status.backup_expires_on is not None:
            parts.append(
                self.tr("The backup holding erased data is deleted on {date}.").format(
                    date=format_date(status.backup_expires_on)
                )
            )
        self.status_label.setText(" ".join(parts))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _history_row(self) -> int | None:
        rows = self.history.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        for button in self.bulk_buttons.values():
            button.setEnabled(selected)
        has = bool(self.model.decisions())
        self.dry_run_button.setEnabled(has)
        self.execute_button.setEnabled(has)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != ReviewModel.COL_DECISION:
            self.open_customer.emit(self.model.item(index.row()).customer_id)

    # --- decisions ----------------------------------------------------------------------

    def ask_keep(self, count: int) -> tuple[str, Any] | None:
        dialog = KeepDialog(self.register.clock.today(), count, self)
        if dialog.exec() != KeepDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def decide(self, rows: list[int], action: str) -> None:
        if not rows:
            return
        if action == "keep":
            answer = self.ask_keep(len(rows))
            if answer is None:
                return
            self.model.set_choice(rows, Choice("keep", answer[0], answer[1]))
        else:
            self.model.set_choice(rows, Choice(action))

    # --- running ------------------------------------------------------------------------

    def dry_run(self) -> ReviewOutcome | None:
        try:
            outcome = self.register.retention.dry_run(self.model.decisions())
        except ValidationError as exc:
            self._error(exc)
            return None
        self.last_outcome = outcome
        self.show_outcome(outcome, self.tr("Dry run: what would happen"))
        return outcome

    def show_outcome(self, outcome: ReviewOutcome, title: str) -> None:
        """The dry run's outcome: worded as what would happen, since nothing did."""
        OutcomeDialog(outcome, title, self, dry_run=True).exec()

    def confirm_text(self, outcome: ReviewOutcome) -> str:
        counts = ", ".join(
            f"{effect_label(k, dry_run=True)}: {v}" for k, v in sorted(outcome.counts.items())
        )
        text = self.tr(
            "Execute the review now? {counts}.\n\nA backup is taken first. Deleted data "
            "cannot be brought back from the register afterwards."
        ).format(counts=counts)
        undecided = self.model.undecided_count()
        if undecided:
            text += "\n\n" + self.tr(
                "Undecided records: {n}. They stay in the register for the next review."
            ).format(n=undecided)
        return text

    def confirm(self, outcome: ReviewOutcome) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Execute review"))
        box.setText(self.confirm_text(outcome))
        go = box.addButton(self.tr("Execute"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def ask_minutes_path(self, default_name: str) -> str:
        path, _ = save_file_name(
            self, PDFS, self.tr("Save review minutes"), default_name, self.tr("PDF files (*.pdf)")
        )
        return path

    def execute(self) -> ReviewOutcome | None:
        decisions = self.model.decisions()
        if not decisions:
            return None
        try:
            preview = self.register.retention.dry_run(decisions)
        except ValidationError as exc:
            self._error(exc)
            return None
        if not self.confirm(preview):
            return None
        lang = minutes_language()
        try:
            # Off the UI thread: the window keeps painting through the backup, the one
            # transaction and the compaction. No Cancel: it completes or nothing changes.
            outcome = run_in_background(
                self,
                self.tr("Executing the review…"),
                lambda report: self.register.retention.apply(decisions, lang=lang, progress=report),
            )
        except RekisteriError as exc:
            self._error(exc)
            return None
        self.last_outcome = outcome
        self.refresh()
        self.data_changed.emit()
        if outcome.review_id is not None:
            self.save_minutes(outcome.review_id)
        return outcome

    def save_minutes(self, review_id: int) -> Path | None:
        day = self.register.clock.today().isoformat()
        path = self.ask_minutes_path(self.tr("review-minutes-{date}.pdf").format(date=day))
        if not path:
            return None
        saved = self.register.retention.export_minutes(review_id, Path(path))
        announce_saved(self, saved)
        return saved

    def save_selected_minutes(self) -> None:
        row = self._history_row()
        if row is not None:
            self.save_minutes(self.history_model.item(row).id)

    def _error(self, exc: RekisteriError) -> None:
        text = (
            "\n".join(m.render() for m in exc.errors.values())
            if isinstance(exc, ValidationError)
            else exc.render()
        )
        QMessageBox.warning(self, self.tr("Review"), text)
