"""The one base for the app's small, whole-list table models (no paging needed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

_ROOT = QModelIndex()


class ListModel(QAbstractTableModel):
    """A read-only table over a list of frozen views, with translated column headers.

    Subclasses name their translation ``CONTEXT``, their ``HEADERS`` (marked with
    ``QT_TRANSLATE_NOOP`` under that context) and say each cell's ``text``. An editable
    model adds ``flags`` and ``setData`` and changes its rows through ``replace_item``,
    ``append_item`` and ``remove_item``, so its views hear of every change.
    """

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def items(self) -> list[Any]:
        """The rows as they are now (a copy: change them through the methods below)."""
        return list(self._items)

    def replace_item(self, row: int, item: Any, first: int = 0, last: int = -1) -> None:
        """Put ``item`` in ``row``; columns ``first``..``last`` (-1: the last) changed."""
        self._items[row] = item
        last = self.columnCount() - 1 if last < 0 else last
        self.dataChanged.emit(self.index(row, first), self.index(row, last))

    def append_item(self, item: Any) -> int:
        row = len(self._items)
        self.beginInsertRows(_ROOT, row, row)
        self._items.append(item)
        self.endInsertRows()
        return row

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(_ROOT, row, row)
            del self._items[row]
            self.endRemoveRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, index.column())
        return self.role_data(item, index.column(), role)

    def text(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def role_data(self, item: Any, column: int, role: int) -> Any:
        """Any other role (check state, alignment, colour): nothing unless a model says."""
        return None

    def tooltip(self, item: Any, column: int) -> str | None:
        return self.text(item, column)
