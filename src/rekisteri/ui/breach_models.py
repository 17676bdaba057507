"""The breach list's table model and the words for the 72-hour clock.

A sole trader logs a breach or two in a lifetime, so the model holds its rows. The clock is
shown in words and with an icon beside its tint, never by colour alone.
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
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from rekisteri.core.breaches import deadlines
from rekisteri.core.breaches.deadlines import ClockState
from rekisteri.core.breaches.dto import BreachClock, BreachView
from rekisteri.core.breaches.texts import moment
from rekisteri.core.i18n import current_language

_Index = QModelIndex | QPersistentModelIndex
COL_STAGE, COL_AWARE, COL_DEADLINE, COL_REMAINING, COL_RISK, COL_WHAT = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("BreachTableModel", "Status"),
    QT_TRANSLATE_NOOP("BreachTableModel", "Aware"),
    QT_TRANSLATE_NOOP("BreachTableModel", "72-hour deadline"),
    QT_TRANSLATE_NOOP("BreachTableModel", "Remaining"),
    QT_TRANSLATE_NOOP("BreachTableModel", "Risk"),
    QT_TRANSLATE_NOOP("BreachTableModel", "What happened"),
)
OVERDUE_BG = QColor("#f8d7da")
RUNNING_BG = QColor("#fff3cd")


def when(value: Any) -> str:
    """A moment on the Helsinki clock in the UI's language."""
    return moment(value, current_language())


def clock_text(b: BreachView) -> str:
    """The clock in words: hours and minutes left, how late, or how it ended."""
    hours, minutes = deadlines.hours_minutes(b.remaining)
    if b.clock == ClockState.RUNNING:
        return (
            QCoreApplication.translate("BreachTableModel", "%1 h %2 min left")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    if b.clock == ClockState.OVERDUE:
        return (
            QCoreApplication.translate("BreachTableModel", "Overdue by %1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    if b.clock == ClockState.MET:
        return QCoreApplication.translate("BreachTableModel", "Notified in time")
    if b.clock == ClockState.LATE:
        return QCoreApplication.translate("BreachTableModel", "Notified late")
    return QCoreApplication.translate("BreachTableModel", "No notification needed")


def status_text(c: BreachClock) -> str:
    """The status bar's line while a clock runs; empty when none does."""
    if c.remaining is None:
        return ""
    hours, minutes = deadlines.hours_minutes(c.remaining)
    if c.remaining.total_seconds() < 0:
        return (
            QCoreApplication.translate(
                "BreachTableModel", "Breach: the 72 hours ran out %1 h %2 min ago"
            )
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    return (
        QCoreApplication.translate("BreachTableModel", "Breach: %1 h %2 min left to notify")
        .replace("%1", str(hours))
        .replace("%2", str(minutes))
    )


def clock_icon(b: BreachView) -> QIcon | None:
    style = QApplication.style()
    if b.clock == ClockState.OVERDUE:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
    if b.clock == ClockState.RUNNING:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return None


class BreachTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BreachView] = []

    def set_rows(self, rows: Sequence[BreachView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> BreachView:
        return self._rows[row]

    def row_of(self, breach_id: int) -> int:
        return next((i for i, b in enumerate(self._rows) if b.id == breach_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BreachTableModel", str(HEADERS[section]))
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_DEADLINE:
            return QCoreApplication.translate(
                "BreachTableModel",
                "A breach is notified to the supervisory authority without undue delay and "
                "within 72 hours of becoming aware of it, unless it is unlikely to result in "
                "a risk to people's rights and freedoms (GDPR Art. 33). Helsinki time.",
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(b, col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_REMAINING:
            return clock_icon(b)
        if role == Qt.ItemDataRole.BackgroundRole and b.clock.ticking:
            return QBrush(OVERDUE_BG if b.overdue else RUNNING_BG)
        if role == Qt.ItemDataRole.ForegroundRole and b.clock.ticking:
            return QBrush(QColor("#1a1a1a"))  # readable on the tint in dark themes
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_WHAT:
            return b.description
        return None

    def _display(self, b: BreachView, col: int) -> str:
        if col == COL_STAGE:
            return b.stage.label()
        if col == COL_AWARE:
            return when(b.aware_at)
        if col == COL_DEADLINE:
            return when(b.deadline_at)
        if col == COL_REMAINING:
            return clock_text(b)
        if col == COL_RISK:
            return b.risk_label()
        if col == COL_WHAT:
            return b.description.splitlines()[0] if b.description else ""
        return ""
