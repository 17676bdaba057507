"""Table models of the Requests pane: the request list and the person search results.

The request log is small (a sole trader gets a handful a year), so the list holds its rows;
urgency is shown three ways at once — an icon, a colour and words — never by colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from rekisteri.core.clock import SYSTEM_CLOCK
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.requests.dto import RequestView
from rekisteri.core.requests.kinds import RequestKind, RequestStatus
from rekisteri.ui.colors import color
from rekisteri.ui.formats import format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex

COL_DUE, COL_URGENCY, COL_KIND, COL_PERSON, COL_RECEIVED, COL_STATUS = range(6)
_CTX = "RequestTableModel"
HEADERS = (
    QT_TRANSLATE_NOOP("RequestTableModel", "Due"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Deadline"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Request"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Person"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Received"),
    QT_TRANSLATE_NOOP("RequestTableModel", "Status"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def urgency_text(r: RequestView, today: dt.date) -> str:
    """Words for the deadline, so that the mark reads without colour."""
    if not r.is_open:
        return ""
    days = (r.due_on - today).days
    if r.overdue:
        late = -days  # a plain name: lupdate drops a tr() whose count is an expression
        return RequestTableModel.tr("Overdue by %n day(s)", "", late)  # type: ignore[arg-type]  # a class's tr(): lupdate files the plural
    if days == 0:
        return QCoreApplication.translate("RequestTableModel", "Due today")
    if r.due_soon:
        return RequestTableModel.tr("Due this week: %n day(s) left", "", days)  # type: ignore[arg-type]  # a class's tr(): lupdate files the plural
    # Never blank while a request is open: an empty cell read as "no deadline".
    return QCoreApplication.translate("RequestTableModel", "Days left: %n", "", days)


def due_tooltip(r: RequestView) -> str | None:
    """The target date beside the legal one when a weekend or holiday moved the deadline."""
    lines = []
    if r.target_on is not None and r.target_on != r.due_on:
        lines.append(
            QCoreApplication.translate(
                "RequestTableModel",
                "Aim for %1 (one calendar month). The legal due date moves to the next "
                "working day, %2, because %1 is a weekend day or a public holiday.",
            )
            .replace("%1", format_date(r.target_on))
            .replace("%2", format_date(r.due_on))
        )
    if r.told_on:
        lines.append(
            QCoreApplication.translate("RequestTableModel", "Extended: %1").replace(
                "%1", r.extension_reason
            )
        )
    return "\n".join(lines) or None


def urgency_icon(r: RequestView) -> QIcon | None:
    style = QApplication.style()
    if r.overdue:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
    if r.due_soon:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return None


class RequestTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RequestView] = []
        self._today = SYSTEM_CLOCK.today()

    def set_rows(self, rows: Sequence[RequestView], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def row_at(self, row: int) -> RequestView:
        return self._rows[row]

    def row_of(self, request_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == request_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == COL_URGENCY
        ):
            return QCoreApplication.translate(
                "RequestTableModel",
                "Time left to answer within the legal month. Empty once the request is "
                "answered or refused.",
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.DecorationRole and col == COL_URGENCY:
            return urgency_icon(r)
        if role == Qt.ItemDataRole.BackgroundRole and r.is_open:
            if r.overdue:
                return QBrush(color("overdue_tint"))
            if r.due_soon:
                return QBrush(color("soon_tint"))
        if role == Qt.ItemDataRole.ForegroundRole and (r.overdue or r.due_soon):
            return QBrush(color("on_tint"))  # the tints have their own text colour
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_DUE:
            return due_tooltip(r)
        return None

    def _display(self, r: RequestView, col: int) -> str:
        if col == COL_DUE:
            return format_date(r.due_on)
        if col == COL_URGENCY:
            return urgency_text(r, self._today)
        if col == COL_KIND:
            return RequestKind(r.kind).label()
        if col == COL_PERSON:
            return r.person_name or QCoreApplication.translate("RequestTableModel", "(anonymised)")
        if col == COL_RECEIVED:
            return format_date(r.received_on)
        if col == COL_STATUS:
            return RequestStatus(r.status).label()
        return ""


@dataclass(frozen=True)
class PersonHit:
    """One contact found by the person search of the log dialog."""

    contact_id: int
    name: str
    customer: str
    email: str
    language: str


COL_HIT_NAME, COL_HIT_CUSTOMER, COL_HIT_EMAIL = range(3)
HIT_HEADERS = (
    QT_TRANSLATE_NOOP("PersonHitModel", "Person"),
    QT_TRANSLATE_NOOP("PersonHitModel", "Customer"),
    QT_TRANSLATE_NOOP("PersonHitModel", "E-mail"),
)


class PersonHitModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonHit] = []

    def set_rows(self, rows: Sequence[PersonHit]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def hit(self, row: int) -> PersonHit:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HIT_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PersonHitModel", HIT_HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        h = self._rows[index.row()]
        return (h.name, h.customer, h.email)[index.column()]
