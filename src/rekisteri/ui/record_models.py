"""Small read-only table models for a customer's interaction log and a contact's ledger.

Both lists are short (one customer's history) and come whole in ``CustomerDetail``, so they
are held in memory, newest first as the facade returns them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from rekisteri.core.dto import ConsentEventView, InteractionView
from rekisteri.core.enums import Channel, ConsentAction, ConsentSource, InteractionKind
from rekisteri.ui.formats import format_date

_ROOT = QModelIndex()


def _label(enum: Any, value: str) -> str:
    try:
        return str(enum(value).label())
    except ValueError:
        return value


class _ListModel(QAbstractTableModel):
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
        return None

    def text(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, item: Any, column: int) -> str:
        return self.text(item, column)


COL_I_DATE, COL_I_KIND, COL_I_NOTE, COL_I_BY = range(4)


class InteractionTableModel(_ListModel):
    CONTEXT = "InteractionTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("InteractionTableModel", "Date"),
        QT_TRANSLATE_NOOP("InteractionTableModel", "Kind"),
        QT_TRANSLATE_NOOP("InteractionTableModel", "Note"),
        QT_TRANSLATE_NOOP("InteractionTableModel", "Recorded by"),
    )

    def text(self, item: InteractionView, column: int) -> str:
        if column == COL_I_DATE:
            return format_date(item.occurred_on)
        if column == COL_I_KIND:
            return _label(InteractionKind, item.kind)
        if column == COL_I_NOTE:
            return item.note
        return item.created_by


COL_L_DATE, COL_L_EVENT, COL_L_CHANNEL, COL_L_SOURCE, COL_L_NOTE, COL_L_BY = range(6)


class LedgerTableModel(_ListModel):
    """A contact's consents and bans, newest first: the evidence of what they asked."""

    CONTEXT = "LedgerTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("LedgerTableModel", "Date"),
        QT_TRANSLATE_NOOP("LedgerTableModel", "Event"),
        QT_TRANSLATE_NOOP("LedgerTableModel", "Channel"),
        QT_TRANSLATE_NOOP("LedgerTableModel", "Source"),
        QT_TRANSLATE_NOOP("LedgerTableModel", "Note or reason"),
        QT_TRANSLATE_NOOP("LedgerTableModel", "Recorded by"),
    )

    def text(self, item: ConsentEventView, column: int) -> str:
        if column == COL_L_DATE:
            return format_date(item.occurred_on)
        if column == COL_L_EVENT:
            return _label(ConsentAction, item.action)
        if column == COL_L_CHANNEL:
            return _label(Channel, item.channel)
        if column == COL_L_SOURCE:
            return _label(ConsentSource, item.source)
        if column == COL_L_NOTE:
            return item.evidence
        return item.recorded_by

    def tooltip(self, item: ConsentEventView, column: int) -> str:
        """Who recorded the event and when: the ledger's own evidence trail."""
        by = QCoreApplication.translate("LedgerTableModel", "Recorded by {who} on {on}")
        return "\n".join(
            t
            for t in (
                self.text(item, column) if column == COL_L_NOTE else "",
                by.format(who=item.recorded_by, on=format_date(item.recorded_at.date())),
            )
            if t
        )
