"""The customer list as a Qt model over the facade's paged query.

Rows arrive a page at a time (``canFetchMore``/``fetchMore``), sorting and filtering are done
by SQL, so the list costs the same at 100 or 100,000 customers: never every row in memory.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from rekisteri.core.dto import CustomerQuery, CustomerRow
from rekisteri.core.enums import BanState, CustomerKind, CustomerStatus
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.register import Register
from rekisteri.core.validation import format_phone
from rekisteri.ui.colors import color
from rekisteri.ui.formats import format_date
from rekisteri.ui.icons import marketing_icon

PAGE_SIZE = 200
_ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1

(
    COL_NAME,
    COL_KIND,
    COL_BUSINESS_ID,
    COL_CONTACT,
    COL_EMAIL,
    COL_PHONE,
    COL_STATUS,
    COL_LAST_CONTACT,
    COL_MARKETING,
    COL_DUE,
) = range(10)

_CTX = "CustomerTableModel"
HEADERS = (
    QT_TRANSLATE_NOOP("CustomerTableModel", "Name"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Kind"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Y-tunnus"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Main contact"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "E-mail"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Status"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Last contact"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Marketing"),
    QT_TRANSLATE_NOOP("CustomerTableModel", "Due for deletion"),
)
SORT_KEYS = {
    COL_NAME: "name",
    COL_KIND: "kind",
    COL_BUSINESS_ID: "business_id",
    COL_CONTACT: "primary_contact",
    COL_EMAIL: "primary_email",
    COL_PHONE: "primary_phone",
    COL_STATUS: "status",
    COL_LAST_CONTACT: "last_contact_on",
    COL_MARKETING: "ban_state",
    COL_DUE: "due_on",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _label(enum: Any, value: str) -> str:
    try:
        return str(enum(value).label())
    except ValueError:
        return value


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, register: Register, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.register = register
        self.page_size = page_size
        self._query = CustomerQuery()
        self._sort = "name"
        self._descending = False
        self._rows: list[CustomerRow] = []
        self._total = 0
        self.queries = 0  # facade calls made, so tests can prove the list pages
        self._load(self.page_size)

    # --- loading ------------------------------------------------------------------------

    def _load(self, count: int) -> None:
        self.beginResetModel()
        page = self.register.list_customers(
            self._query,
            sort=self._sort,
            descending=self._descending,
            offset=0,
            limit=max(count, self.page_size),
        )
        self.queries += 1
        self._rows = list(page.rows)
        self._total = page.total
        self.endResetModel()

    @property
    def query(self) -> CustomerQuery:
        return self._query

    @property
    def total(self) -> int:
        """Rows matching the search and filters, loaded or not."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def set_query(self, query: CustomerQuery) -> None:
        if query == self._query:
            return
        self._query = query
        self._load(self.page_size)

    def set_text(self, text: str) -> None:
        self.set_query(replace(self._query, text=text))

    def refresh(self) -> None:
        """Reload as many rows as were shown, so the view keeps its place after an edit."""
        self._load(len(self._rows))

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if parent.isValid() or len(self._rows) >= self._total:
            return
        page = self.register.list_customers(
            self._query,
            sort=self._sort,
            descending=self._descending,
            offset=len(self._rows),
            limit=self.page_size,
            with_total=False,
        )
        self.queries += 1
        if not page.rows:
            self._total = len(self._rows)  # rows were deleted meanwhile
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column, "name")
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self._load(self.page_size)

    # --- lookups ------------------------------------------------------------------------

    def row_at(self, row: int) -> CustomerRow:
        return self._rows[row]

    def row_of(self, customer_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == customer_id:
                return i
        return None

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DecorationRole and col == COL_MARKETING:
            return marketing_icon(r.ban_state)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_DUE and self._overdue(r):
                return color("error")
            if r.status == CustomerStatus.ENDED:
                return color("muted")
        if role == Qt.ItemDataRole.FontRole and r.restricted and col == COL_NAME:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _today(self) -> dt.date:
        return self.register.clock.today()

    def _overdue(self, r: CustomerRow) -> bool:
        return r.due_on is not None and r.due_on <= self._today()

    def _display(self, r: CustomerRow, col: int) -> str:
        if col == COL_NAME:
            return r.name
        if col == COL_KIND:
            return _label(CustomerKind, r.kind)
        if col == COL_BUSINESS_ID:
            return r.business_id
        if col == COL_CONTACT:
            return r.primary_contact
        if col == COL_EMAIL:
            return r.primary_email
        if col == COL_PHONE:
            return format_phone(r.primary_phone) if r.primary_phone else ""
        if col == COL_STATUS:
            status = _label(CustomerStatus, r.status)
            return (
                QCoreApplication.translate("CustomerTableModel", "{status}, restricted").format(
                    status=status
                )
                if r.restricted
                else status
            )
        if col == COL_LAST_CONTACT:
            return format_date(r.last_contact_on)
        if col == COL_MARKETING:
            return _label(BanState, r.ban_state)
        if col == COL_DUE:
            return format_date(r.due_on)
        return ""

    def _tooltip(self, r: CustomerRow, col: int) -> str | None:
        """What a colour or a style in the row means, on the cell that shows it."""
        own = self._cell_tooltip(r, col)
        if col == COL_DUE and self._overdue(r):
            own = QCoreApplication.translate(
                "CustomerTableModel",
                "Red date: the retention period has ended. Decide in Review whether to delete, "
                "anonymise or keep the record.",
            )
        if r.status == CustomerStatus.ENDED:
            grey = QCoreApplication.translate(
                "CustomerTableModel",
                "Grey row: the customer relationship has ended. The record is kept until its "
                "retention period ends.",
            )
            return f"{own}\n{grey}" if own else grey
        return own

    def _cell_tooltip(self, r: CustomerRow, col: int) -> str | None:
        if col == COL_MARKETING:
            return (
                {
                    BanState.NONE: QCoreApplication.translate(
                        "CustomerTableModel",
                        "No marketing ban recorded. E-mail and SMS may still need consent: see the "
                        "contact persons.",
                    ),
                    BanState.PARTIAL: QCoreApplication.translate(
                        "CustomerTableModel", "Some contacts or channels have a marketing ban"
                    ),
                    BanState.ALL: QCoreApplication.translate(
                        "CustomerTableModel", "Marketing banned: do not send marketing"
                    ),
                }.get(BanState(r.ban_state))
                if r.ban_state in BanState._value2member_map_
                else None
            )
        if col == COL_NAME and r.restricted:
            return QCoreApplication.translate(
                "CustomerTableModel", "Processing restricted (GDPR Art. 18): keep, do not use"
            )
        return None
