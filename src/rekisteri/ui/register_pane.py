"""The register: the customer list with its search and filters, and the detail beside it."""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.dto import CustomerQuery
from rekisteri.core.register import Register
from rekisteri.ui import ban_actions
from rekisteri.ui.colors import css, tint
from rekisteri.ui.customer_detail import CustomerDetailPane
from rekisteri.ui.customer_filters import CustomerFilterBar
from rekisteri.ui.customer_model import (
    COL_BUSINESS_ID,
    COL_CONTACT,
    COL_DUE,
    COL_EMAIL,
    COL_KIND,
    COL_LAST_CONTACT,
    COL_MARKETING,
    COL_NAME,
    COL_PHONE,
    COL_STATUS,
    CustomerTableModel,
)
from rekisteri.ui.delete_customer import confirm_and_delete
from rekisteri.ui.first_start import WelcomePanel
from rekisteri.ui.headers import fit_header_titles
from rekisteri.ui.icons import icon
from rekisteri.ui.table_state import KeptSplitter, remember_columns

COLUMN_WIDTHS = {
    COL_NAME: 170,
    COL_STATUS: 110,
    COL_DUE: 100,
    COL_MARKETING: 140,
    COL_CONTACT: 140,
    COL_EMAIL: 190,
    COL_PHONE: 110,
    COL_LAST_CONTACT: 90,
    COL_BUSINESS_ID: 90,
    COL_KIND: 100,
}
# Shown order: what decides what to do with a customer (status, due date, marketing) sits
# right after the name, visible at 1280 px beside the detail; the rest scrolls.
VISUAL_ORDER = tuple(COLUMN_WIDTHS)
PAGE_WELCOME, PAGE_LIST = range(2)


class RegisterPane(QWidget):
    data_changed = Signal()  # something the status bar counts may have changed
    dirty_changed = Signal(bool)
    target_changed = Signal()  # what a ban or delete would act on may have changed

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self._syncing = False
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.welcome = WelcomePanel(register)
        self.welcome.demo_created.connect(self._demo_created)
        self.welcome.new_customer_requested.connect(self.new_customer)
        self.welcome.form.saved.connect(self.data_changed)
        self.stack.addWidget(self.welcome)

        page = QWidget()
        col = QVBoxLayout(page)
        col.setContentsMargins(8, 8, 8, 4)
        self.filters = CustomerFilterBar()
        self.filters.query_changed.connect(self.set_query)
        col.addWidget(self.filters)

        self.model = CustomerTableModel(register, self)
        self._build_view()

        list_box = QWidget()
        lb = QVBoxLayout(list_box)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addWidget(self.view, 1)
        self.result_label = QLabel()
        tint(self.result_label, "muted")
        lb.addWidget(self.result_label)
        self.legend = QLabel()
        self.legend.setObjectName("customerLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        lb.addWidget(self.legend)
        self._update_legend()

        self.detail = CustomerDetailPane(register)
        self.detail.saved.connect(self._saved)
        self.detail.record_changed.connect(self._record_changed)
        self.detail.dirty_changed.connect(self.dirty_changed)

        self.splitter = KeptSplitter(Qt.Orientation.Horizontal, "registerSplitter")
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        col.addWidget(self.splitter, 1)
        self.stack.addWidget(page)
        self._update_result_label()
        self._choose_page()
        self.restore_state()

    def _build_view(self) -> None:
        """The customer list, sorted by name, the marketing state next to the name."""
        self.view = QTableView()
        self.view.setObjectName("customerList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            # Never narrower than the header's words: "Viimeisin yhteys", "FO-nummer".
            self.view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        for visual, logical in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(logical), visual)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        fit_header_titles(self.view)  # after sorting: the arrow takes room in each title
        self.columns = remember_columns(self.view, "customers", COL_NAME)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().selectionChanged.connect(self.target_changed)
        self.model.modelReset.connect(self.target_changed)
        self.model.modelReset.connect(self._update_result_label)
        self.model.rowsInserted.connect(self._update_result_label)

    # --- pages --------------------------------------------------------------------------

    def _choose_page(self) -> None:
        empty = self.model.total == 0 and self.model.query == CustomerQuery()
        showing_new = self.detail.is_dirty()
        self.stack.setCurrentIndex(PAGE_WELCOME if empty and not showing_new else PAGE_LIST)

    def _demo_created(self) -> None:
        self._reload()
        self._choose_page()
        self.data_changed.emit()

    def _update_legend(self) -> None:
        """What the list's greys, reds and italics mean, in the colours the list uses."""

        def swatch(role: str, text: str, style: str = "") -> str:
            return f'<span style="color:{css(role)};{style}">{html.escape(text)}</span>'

        self.legend.setText(
            " · ".join(
                (
                    swatch("muted", self.tr("Grey row: customer relationship ended")),
                    swatch("error", self.tr("Red date: due for deletion")),
                    swatch(
                        "muted",
                        self.tr("Italic name: processing restricted"),
                        "font-style:italic",
                    ),
                )
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "legend"):
            self._update_legend()

    def _update_result_label(self) -> None:
        total, loaded = self.model.total, self.model.loaded
        text = self._count_text(total)
        if loaded < total:
            text += " · " + self.tr("{loaded} loaded, scroll for more").format(loaded=loaded)
        self.result_label.setText(text)

    # --- list ---------------------------------------------------------------------------

    @contextmanager
    def _quiet(self) -> Iterator[None]:
        """While the list reloads, moving rows must not open another record by themselves."""
        was, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = was

    def _reload(self, query: CustomerQuery | None = None) -> None:
        with self._quiet():
            if query is None:
                self.model.refresh()
            else:
                self.model.set_query(query)
            self._reselect()

    def set_query(self, query: CustomerQuery) -> None:
        self._reload(query)

    def refresh(self) -> None:
        with self._quiet():
            self.model.refresh()
            self.detail.reload_if_clean()
            self._reselect()
        self._choose_page()
        if self.stack.currentIndex() == PAGE_WELCOME:
            self.welcome.refresh()

    def _reselect(self) -> None:
        """Keep the open record highlighted after the list reloads."""
        cid = self.detail.current_id
        row = self.model.row_of(cid) if cid is not None else None
        self._syncing = True
        try:
            if row is None:
                selection = self.view.selectionModel()
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
            else:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
        finally:
            self._syncing = False

    def has_target(self) -> bool:
        """Whether a ban or delete has something to act on: selected rows or the open record."""
        return bool(self.view.selectionModel().selectedRows()) or self.detail.current_id is not None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def _selection_changed(self, *_args: object) -> None:
        """Open the record the user moved to (click or arrow keys).

        Selection, not the current index, is the signal: Qt moves the current index by itself
        (focus coming back to the list, a reload), and that must never open a record.
        """
        selection = self.view.selectionModel()
        current = selection.currentIndex()
        if self._syncing or not current.isValid():
            return
        if not selection.isRowSelected(current.row(), QModelIndex()):
            return
        target = self.model.row_at(current.row()).id
        if target == self.detail.current_id:
            return
        queries = self.model.queries
        if not self.detail.maybe_leave():
            QTimer.singleShot(0, self._reselect)  # back to the record with unsaved edits
            return
        self.detail.load_customer(target)
        if self.model.queries != queries:  # saving reloaded the list: find the row again
            QTimer.singleShot(0, self._reselect)

    def _context_menu(self, pos: QPoint) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        ids = self.selected_ids()
        menu = QMenu(self)
        ban = menu.addAction(icon("ban"), self.tr("Mark marketing ban…"))
        ban.triggered.connect(self.mark_ban_selected)
        menu.addSeparator()
        delete = menu.addAction(icon("delete"), self.tr("Delete…"))
        delete.triggered.connect(self.delete_selected)
        ban.setEnabled(bool(ids))
        delete.setEnabled(bool(ids))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # --- commands from the menu, toolbar and shortcuts ------------------------------------

    def focus_search(self) -> None:
        self.stack.setCurrentIndex(PAGE_LIST)
        self.filters.focus_search()

    def new_customer(self) -> None:
        if not self.detail.maybe_leave():
            return
        self.stack.setCurrentIndex(PAGE_LIST)
        self._syncing = True
        self.view.selectionModel().clearSelection()
        self._syncing = False
        self.detail.new_customer()

    def save(self) -> bool:
        return self.detail.save()

    def has_unsaved_changes(self) -> bool:
        return self.detail.is_dirty()

    def maybe_leave(self) -> bool:
        return self.detail.maybe_leave()

    def show_customer(self, customer_id: int, contact_id: int | None = None) -> bool:
        if customer_id != self.detail.current_id and not self.detail.maybe_leave():
            return False
        self.stack.setCurrentIndex(PAGE_LIST)
        ok = self.detail.load_customer(customer_id, contact_id)
        self._reselect()
        return ok

    def _count_text(self, n: int) -> str:
        return self.tr("%n customer(s)", "", n)

    def _subject(self, ids: list[int]) -> str:
        if len(ids) == 1:
            row = self.model.row_of(ids[0])
            if row is not None:
                return self.model.row_at(row).name
        return self._count_text(len(ids))

    def mark_ban_selected(self) -> None:
        ids = self.selected_ids()
        if not ids and self.detail.current_id is not None:
            ids = [self.detail.current_id]
        if not ids:
            return
        recorded = ban_actions.mark_ban_for_customers(self, self.register, ids, self._subject(ids))
        if recorded:
            if self.detail.current_id in ids:
                self.detail.refresh_ledgers()
            with self._quiet():
                self.model.refresh()
            self._reselect_ids(ids)
            self.data_changed.emit()

    def _reselect_ids(self, ids: list[int]) -> None:
        self._syncing = True
        try:
            sel = self.view.selectionModel()
            sel.clearSelection()
            for cid in ids:
                row = self.model.row_of(cid)
                if row is not None:
                    sel.select(
                        self.model.index(row, 0),
                        sel.SelectionFlag.Select | sel.SelectionFlag.Rows,
                    )
        finally:
            self._syncing = False

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids and self.detail.current_id is not None:
            ids = [self.detail.current_id]
        if not ids:
            return
        if confirm_and_delete(self, self.register, ids, self._subject(ids)):
            if self.detail.current_id in ids:
                self.detail.clear()
            self.refresh()
            self.data_changed.emit()

    # --- detail events ------------------------------------------------------------------

    def _saved(self, _customer_id: int) -> None:
        self._reload()  # a saved customer outside the filter stays open in the detail
        self._choose_page()
        self.data_changed.emit()

    def _record_changed(self, _customer_id: int) -> None:
        self._reload()
        self.data_changed.emit()

    # --- state --------------------------------------------------------------------------

    def save_state(self) -> None:
        self.splitter.save()
        self.columns.save()

    def restore_state(self) -> None:
        self.splitter.restore([700, 500])
