"""Table models of the review pane: the records due with a decision each, and past reviews.

The due list is what one review looks at (hundreds, at most a few thousand rows), fetched
whole from ``register.retention.review_list()``; the decisions live in the model until the
owner runs or executes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.retention import ReviewDecision, ReviewItem, ReviewRecordView
from rekisteri.ui.colors import color
from rekisteri.ui.formats import format_date
from rekisteri.ui.list_model import ListModel

UNDECIDED = ""
DECISIONS: tuple[tuple[str, str], ...] = (
    (UNDECIDED, QT_TRANSLATE_NOOP("ReviewModel", "Undecided")),
    ("delete", QT_TRANSLATE_NOOP("ReviewModel", "Delete")),
    ("anonymise", QT_TRANSLATE_NOOP("ReviewModel", "Anonymise")),
    ("keep", QT_TRANSLATE_NOOP("ReviewModel", "Keep")),
)


def decision_label(value: str) -> str:
    for key, text in DECISIONS:
        if key == value:
            return QCoreApplication.translate("ReviewModel", text)
    return value


@dataclass
class Choice:
    action: str
    reason: str = ""
    until: dt.date | None = None


class ReviewModel(ListModel):
    """The due records, each with the decision the user is making on it (kept across a
    reload for the records still listed). Its cells vary by role more than the base's
    text and tool tip, so it answers ``data`` itself."""

    COL_NAME, COL_DUE, COL_REASON, COL_HOLD, COL_DECISION = range(5)
    CONTEXT = "ReviewModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewModel", "Record"),
        QT_TRANSLATE_NOOP("ReviewModel", "Due on"),
        QT_TRANSLATE_NOOP("ReviewModel", "Why"),
        QT_TRANSLATE_NOOP("ReviewModel", "Legal hold"),
        QT_TRANSLATE_NOOP("ReviewModel", "Decision"),
    )
    DecisionRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, Choice] = {}

    def set_items(self, items: Sequence[ReviewItem]) -> None:
        """New list; decisions already made on records still listed are kept."""
        items, old = list(items), self._choices
        # A record starts undecided, also after a restart: deleting is the owner's choice,
        # never a default to overlook. The rule's suggestion shows in the tool tip.
        self._choices = {i.key: old.get(i.key, Choice(UNDECIDED)) for i in items}
        super().set_items(items)

    def choice(self, row: int) -> Choice:
        return self._choices[self._items[row].key]

    def set_choice(self, rows: Sequence[int], choice: Choice) -> None:
        for row in rows:
            self._choices[self._items[row].key] = Choice(choice.action, choice.reason, choice.until)
            idx = self.index(row, self.COL_DECISION)
            self.dataChanged.emit(idx, idx)

    def undecided_count(self) -> int:
        return sum(1 for c in self._choices.values() if c.action == UNDECIDED)

    def decisions(self) -> list[ReviewDecision]:
        """Decided rows, in list order; undecided rows are left for a later review."""
        out = []
        for item in self._items:
            c = self._choices[item.key]
            if c.action != UNDECIDED:
                out.append(ReviewDecision(item.kind, item.id, c.action, c.reason, c.until))
        return out

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == self.COL_DECISION:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        col = index.column()
        choice = self._choices[item.key]
        if role == self.DecisionRole:
            return choice.action
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_NAME:
                return item.name
            if col == self.COL_DUE:
                return format_date(item.due_on)
            if col == self.COL_REASON:
                return item.reason
            if col == self.COL_HOLD:
                return item.hold
            if col == self.COL_DECISION:
                if role == Qt.ItemDataRole.EditRole:
                    return choice.action
                text = decision_label(choice.action)
                if choice.action == "keep" and choice.until is not None:
                    text += f" → {format_date(choice.until)}"
                return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_DECISION and choice.reason:
                return choice.reason
            if col == self.COL_DECISION and item.suggested:
                return QCoreApplication.translate(
                    "ReviewModel", "The rule suggests: {what}"
                ).format(what=decision_label(item.suggested))
            if col in (self.COL_REASON, self.COL_HOLD):
                return item.reason if col == self.COL_REASON else item.hold
            if col == self.COL_NAME and item.rule:
                return QCoreApplication.translate("ReviewModel", "Rule: {rule}").format(
                    rule=item.rule
                )
        if role == Qt.ItemDataRole.ForegroundRole and col == self.COL_DECISION:
            roles = {"delete": "error", "anonymise": "warning", "keep": "ok"}
            return QBrush(color(roles.get(choice.action, "muted")))
        return None


class HistoryModel(ListModel):
    COL_DATE, COL_REVIEWER, COL_DELETED, COL_ANONYMISED, COL_KEPT, COL_NEXT = range(6)
    CONTEXT = "HistoryModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Date"),
        QT_TRANSLATE_NOOP("HistoryModel", "Reviewer"),
        QT_TRANSLATE_NOOP("HistoryModel", "Deleted"),
        QT_TRANSLATE_NOOP("HistoryModel", "Anonymised"),
        QT_TRANSLATE_NOOP("HistoryModel", "Kept"),
        QT_TRANSLATE_NOOP("HistoryModel", "Next review"),
    )

    def text(self, item: ReviewRecordView, column: int) -> str:
        return (
            format_date(item.held_on),
            item.reviewer,
            str(item.deleted),
            str(item.anonymised),
            str(item.kept),
            format_date(item.next_review_on),
        )[column]


EFFECTS = {
    "deleted": QT_TRANSLATE_NOOP("OutcomeModel", "Deleted"),
    "anonymised": QT_TRANSLATE_NOOP("OutcomeModel", "Anonymised"),
    "reduced": QT_TRANSLATE_NOOP("OutcomeModel", "Deleted, bookkeeping kept"),
    "held": QT_TRANSLATE_NOOP("OutcomeModel", "Kept by a legal hold"),
    "kept": QT_TRANSLATE_NOOP("OutcomeModel", "Kept"),
    "missing": QT_TRANSLATE_NOOP("OutcomeModel", "Already gone"),
}


# A dry run changes nothing: its wording says what would happen, never what did.
WOULD_EFFECTS = {
    "deleted": QT_TRANSLATE_NOOP("OutcomeModel", "Would delete"),
    "anonymised": QT_TRANSLATE_NOOP("OutcomeModel", "Would anonymise"),
    "reduced": QT_TRANSLATE_NOOP("OutcomeModel", "Would delete, bookkeeping kept"),
    "held": QT_TRANSLATE_NOOP("OutcomeModel", "Would be kept by a legal hold"),
    "kept": QT_TRANSLATE_NOOP("OutcomeModel", "Would keep"),
    "missing": QT_TRANSLATE_NOOP("OutcomeModel", "Already gone"),
}


def effect_label(effect: str, *, dry_run: bool = False) -> str:
    labels = WOULD_EFFECTS if dry_run else EFFECTS
    return QCoreApplication.translate("OutcomeModel", labels.get(effect, effect))


class OutcomeModel(ListModel):
    """What a dry run says will happen (or an apply says happened), one row per decision."""

    COL_NAME, COL_EFFECT, COL_REMOVED, COL_KEPT = range(4)
    CONTEXT = "OutcomeModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("OutcomeModel", "Record"),
        QT_TRANSLATE_NOOP("OutcomeModel", "Outcome"),
        QT_TRANSLATE_NOOP("OutcomeModel", "Removed"),
        QT_TRANSLATE_NOOP("OutcomeModel", "Kept"),
    )
    # A dry run changes nothing: its columns say what would happen.
    DRY_RUN_HEADERS = (
        QT_TRANSLATE_NOOP("OutcomeModel", "Record"),
        QT_TRANSLATE_NOOP("OutcomeModel", "Outcome"),
        QT_TRANSLATE_NOOP("OutcomeModel", "Would be removed"),
        QT_TRANSLATE_NOOP("OutcomeModel", "Would be kept"),
    )

    def __init__(
        self, lines: Sequence[Any] = (), parent: Any = None, *, dry_run: bool = False
    ) -> None:
        super().__init__(parent)
        self.dry_run = dry_run
        if dry_run:
            self.HEADERS = self.DRY_RUN_HEADERS
        self.set_items(lines)

    def text(self, item: Any, column: int) -> str:
        effect = effect_label(item.effect, dry_run=self.dry_run)
        return (item.name, effect, item.removed, item.kept)[column]
