"""Settings page: the service providers that process the register's data (for the notice).

The notice's recipients and transfers sections are written from this list, and
the completeness check warns when a provider here is missing from the notice or
works outside the EU/EEA without a named safeguard.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
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

from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.notice.templates import Processor
from rekisteri.core.register import Register
from rekisteri.ui.list_model import ListModel

Index = QModelIndex | QPersistentModelIndex


class ProcessorsModel(ListModel):
    CONTEXT = "ProcessorsModel"
    COL_NAME = 0
    COL_PURPOSE = 1
    COL_OUTSIDE = 2
    COL_SAFEGUARD = 3
    HEADERS = (
        QT_TRANSLATE_NOOP("ProcessorsModel", "Service provider"),
        QT_TRANSLATE_NOOP("ProcessorsModel", "What it does with the data"),
        QT_TRANSLATE_NOOP("ProcessorsModel", "Outside EU/EEA"),
        QT_TRANSLATE_NOOP("ProcessorsModel", "Safeguard for the transfer"),
    )
    _FIELDS = {COL_NAME: "name", COL_PURPOSE: "purpose", COL_SAFEGUARD: "safeguard"}

    @property
    def rows(self) -> list[Processor]:
        return self.items()

    def set_rows(self, rows: list[Processor]) -> None:
        self.set_items(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # the root is no cell: views must not edit it
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_OUTSIDE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def text(self, item: Processor, column: int) -> str:
        field = self._FIELDS.get(column)
        return "" if field is None else str(getattr(item, field))

    def tooltip(self, item: Processor, column: int) -> str | None:
        return None

    def role_data(self, item: Processor, column: int, role: int) -> Any:
        if column == self.COL_OUTSIDE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if item.outside_eea else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.EditRole:
            return self.text(item, column)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        p = self.item(index.row())
        col = index.column()
        if col == self.COL_OUTSIDE and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked  # type: ignore[call-overload]
            changed = replace(p, outside_eea=checked)
        elif role == Qt.ItemDataRole.EditRole and col != self.COL_OUTSIDE:
            changed = replace(p, **{self._FIELDS[col]: str(value).strip()})
        else:
            return False
        self.replace_item(index.row(), changed, col, col)
        return True

    def add_row(self) -> int:
        return self.append_item(Processor(name=""))

    def remove_row(self, row: int) -> None:
        self.remove_item(row)


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
        header.setSectionResizeMode(ProcessorsModel.COL_SAFEGUARD, QHeaderView.ResizeMode.Stretch)
        intro = QLabel(
            self.tr(
                "Service providers that handle the register's data for you, such as the "
                "accounting firm, the newsletter service or a cloud backup. The privacy notice "
                "lists them. For one outside the EU/EEA, name the safeguard (e.g. the EU "
                "standard contractual clauses)."
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
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def title(self) -> str:
        return self.tr("Processors")

    def refresh(self) -> None:
        self._saved = list(self.register.notice.processors())
        self.model.set_rows(self._saved)

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
