"""Small read-only table models for a customer's interaction log and a contact's ledger.

Both lists are short (one customer's history) and come whole in ``CustomerDetail``, so they
are held in memory, newest first as the facade returns them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
)

from rekisteri.core.dto import ConsentEventView, InteractionView
from rekisteri.core.enums import Channel, ConsentAction, ConsentSource, InteractionKind
from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.ui.formats import format_date
from rekisteri.ui.list_model import ListModel

_ROOT = QModelIndex()


def _label(enum: Any, value: str) -> str:
    try:
        return str(enum(value).label())
    except ValueError:
        return value


COL_I_DATE, COL_I_KIND, COL_I_NOTE, COL_I_BY = range(4)


class InteractionTableModel(ListModel):
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


class LedgerTableModel(ListModel):
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
