"""Settings page: the service providers that process the register's data (for the notice).

The notice's recipients and transfers sections are written from this list, and
the completeness check warns when a provider here is missing from the notice or
works outside the EU/EEA without a named safeguard.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.formats import format_date
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.notice.templates import Processor
from rekisteri.core.register import Register
from rekisteri.ui.headers import fit_header_titles
from rekisteri.ui.settings.processor_detail import ProcessorDetail
from rekisteri.ui.table_state import remember_columns

Index = QModelIndex | QPersistentModelIndex


class ProcessorsModel(QAbstractTableModel):
    COL_NAME = 0
    COL_PURPOSE = 1
    COL_OUTSIDE = 2
    COL_SAFEGUARD = 3
    COL_AGREEMENT = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("ProcessorsModel", "Service provider"),
        QT_TRANSLATE_NOOP("ProcessorsModel", "What it does with the data"),
        QT_TRANSLATE_NOOP("ProcessorsModel", "Outside EU/EEA"),
        QT_TRANSLATE_NOOP("ProcessorsModel", "Safeguard for the transfer"),
        QT_TRANSLATE_NOOP("ProcessorsModel", "Agreement"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Processor] = []

    def set_rows(self, rows: list[Processor]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProcessorsModel", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # the root is no cell: views must not edit it
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_OUTSIDE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.COL_AGREEMENT:
            return base  # edited in the form below the table
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        col = index.column()
        if col == self.COL_OUTSIDE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if p.outside_eea else Qt.CheckState.Unchecked
            return None
        if col == self.COL_AGREEMENT:
            return self._agreement(p) if role == Qt.ItemDataRole.DisplayRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return {self.COL_NAME: p.name, self.COL_PURPOSE: p.purpose,
                    self.COL_SAFEGUARD: p.safeguard}[col]  # fmt: skip
        return None

    @staticmethod
    def _agreement(p: Processor) -> str:
        if p.agreement_signed:
            return QCoreApplication.translate("ProcessorsModel", "Signed {date}").format(
                date=format_date(p.agreement_signed)
            )
        if p.has_agreement():
            return QCoreApplication.translate("ProcessorsModel", "Recorded")
        return QCoreApplication.translate("ProcessorsModel", "Missing")

    def replace_row(self, row: int, processor: Processor) -> None:
        """Put the form's edits into the row (the name and purpose stay the table's)."""
        if 0 <= row < len(self.rows):
            current = self.rows[row]
            self.rows[row] = replace(processor, name=current.name, purpose=current.purpose,
                                     outside_eea=current.outside_eea,
                                     safeguard=current.safeguard)  # fmt: skip
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COL_AGREEMENT))

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        p = self.rows[index.row()]
        col = index.column()
        if col == self.COL_OUTSIDE and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.rows[index.row()] = replace(p, outside_eea=checked)
        elif role == Qt.ItemDataRole.EditRole and col not in (self.COL_OUTSIDE, self.COL_AGREEMENT):
            field = {self.COL_NAME: "name", self.COL_PURPOSE: "purpose",
                     self.COL_SAFEGUARD: "safeguard"}[col]  # fmt: skip
            text: dict[str, Any] = {field: str(value).strip()}
            self.rows[index.row()] = replace(p, **text)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def add_row(self) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(Processor(name=""))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()


class ProcessorsPage(QWidget):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.model = ProcessorsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The last column fills the rest but keeps its title's width when there is no rest.
        header.setSectionResizeMode(
            ProcessorsModel.COL_SAFEGUARD, QHeaderView.ResizeMode.Interactive
        )
        header.setStretchLastSection(True)
        fit_header_titles(self.table)
        remember_columns(self.table, "processors", ProcessorsModel.COL_NAME)
        intro = QLabel(
            self.tr(
                "Service providers that handle the register's data for you, such as the "
                "accounting firm, the newsletter service or a cloud backup. The privacy notice "
                "lists them. For one outside the EU/EEA, name the safeguard (e.g. the EU "
                "standard contractual clauses). Each needs a written processing agreement "
                "(GDPR Art. 28): record below when it was signed and where it is."
            )
        )
        intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()  # saving is the Settings pane's one Save
        for b in (self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch()
        self.detail = ProcessorDetail(register)
        self.detail.changed.connect(self._detail_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.detail)
        self.refresh()

    def title(self) -> str:
        return self.tr("Processors")

    def refresh(self) -> None:
        self._saved = list(self.register.notice.processors())
        self.model.set_rows(self._saved)
        self.detail.load(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        self.detail.load(self.model.rows[row] if 0 <= row < len(self.model.rows) else None)

    def _detail_changed(self, processor: Processor) -> None:
        self.model.replace_row(self.table.currentIndex().row(), processor)

    def select(self, name: str) -> None:
        """Show the provider ``name`` (a check finding points here)."""
        for row, p in enumerate(self.model.rows):
            if p.name == name:
                self.table.setCurrentIndex(self.model.index(row, ProcessorsModel.COL_NAME))
                return

    def is_dirty(self) -> bool:
        return self.model.rows != self._saved

    def add(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, ProcessorsModel.COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.remove_row(row)

    def save(self) -> bool:
        self.register.notice.save_processors([p for p in self.model.rows if p.name])
        self.refresh()
        return True
