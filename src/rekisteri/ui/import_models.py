"""Table models of the import wizard: the column mapping and the row-by-row preview.

Both are small (one row per file column, one per file row) and hold plain data from the
facade; the editable column of each is shown with a combo box through ``ChoiceDelegate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.io.preview import ImportPreview, MergeChoice, PreviewRow, RowStatus
from rekisteri.core.io.records import ImportField
from rekisteri.core.io.service import ImportSource
from rekisteri.ui.colors import color

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1  # [(value, label)] for the combo delegate

COL_MAP_HEADER, COL_MAP_SAMPLE, COL_MAP_FIELD = range(3)
MAPPING_HEADERS = (
    QT_TRANSLATE_NOOP("MappingModel", "Column in the file"),
    QT_TRANSLATE_NOOP("MappingModel", "Example values"),
    QT_TRANSLATE_NOOP("MappingModel", "Import as"),
)

COL_LINE, COL_STATUS, COL_NAME, COL_COMPANY, COL_EMAIL, COL_DETAILS, COL_CHOICE = range(7)
PREVIEW_HEADERS = (
    QT_TRANSLATE_NOOP("PreviewModel", "Line"),
    QT_TRANSLATE_NOOP("PreviewModel", "Status"),
    QT_TRANSLATE_NOOP("PreviewModel", "Name"),
    QT_TRANSLATE_NOOP("PreviewModel", "Company"),
    QT_TRANSLATE_NOOP("PreviewModel", "E-mail / phone"),
    QT_TRANSLATE_NOOP("PreviewModel", "Details"),
    QT_TRANSLATE_NOOP("PreviewModel", "What to do"),
)
_STATUS_COLOURS = {
    RowStatus.NEW: "ok",
    RowStatus.MATCH: "warning",
    RowStatus.ERROR: "error",
    RowStatus.SUPPRESSED: "special",
}


class MappingModel(QAbstractTableModel):
    def __init__(self, source: ImportSource, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.fields: list[ImportField] = list(source.mapping)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(MAPPING_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MappingModel", MAPPING_HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == COL_MAP_FIELD else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_MAP_HEADER:
                return self.source.headers[row]
            if col == COL_MAP_SAMPLE:
                return " · ".join(self.source.sample(row))
            return self.fields[row].label()
        if role == Qt.ItemDataRole.EditRole and col == COL_MAP_FIELD:
            return self.fields[row].value
        if role == CHOICES_ROLE and col == COL_MAP_FIELD:
            return [(f.value, f.label()) for f in ImportField]
        ignored = col == COL_MAP_FIELD and self.fields[row] is ImportField.IGNORE
        if role == Qt.ItemDataRole.ForegroundRole and ignored:
            return color("muted")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != COL_MAP_FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        self.fields[index.row()] = ImportField(value)
        self.dataChanged.emit(index, index)
        return True

    def mapping(self) -> tuple[ImportField, ...]:
        return tuple(self.fields)


class PreviewModel(QAbstractTableModel):
    def __init__(self, preview: ImportPreview, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.rows: Sequence[PreviewRow] = preview.rows
        self.choices: dict[int, MergeChoice] = {
            r.index: MergeChoice.SKIP for r in self.rows if r.status is RowStatus.MATCH
        }

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(PREVIEW_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PreviewModel", PREVIEW_HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_CHOICE and self.rows[index.row()].status is RowStatus.MATCH:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _details(self, row: PreviewRow) -> str:
        if row.status is RowStatus.ERROR:
            return " ".join(m.render() for m in row.errors)
        if row.status is RowStatus.MATCH and row.match:
            return row.match.describe().render()
        if row.status is RowStatus.SUPPRESSED:
            return QCoreApplication.translate(
                "PreviewModel", "Erased earlier after banning marketing: never imported again."
            )
        return ""

    def _choice_text(self, row: PreviewRow) -> str:
        if row.status is RowStatus.MATCH:
            return self.choices[row.index].label()
        if row.status is RowStatus.NEW:
            return QCoreApplication.translate("PreviewModel", "Add")
        return QCoreApplication.translate("PreviewModel", "Not imported")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        rec, col = row.record, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_LINE: str(rec.line),
                COL_STATUS: row.status.label(),
                COL_NAME: rec.display_name,
                COL_COMPANY: rec.company,
                COL_EMAIL: ", ".join((*rec.emails, *rec.phones)),
                COL_DETAILS: self._details(row),
                COL_CHOICE: self._choice_text(row),
            }[col]
        if role == Qt.ItemDataRole.EditRole and col == COL_CHOICE:
            return self.choices.get(row.index, MergeChoice.SKIP).value
        if role == CHOICES_ROLE and col == COL_CHOICE:
            return [(c.value, c.label()) for c in MergeChoice]
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return color(_STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_DETAILS:
            return self._details(row) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_EMAIL:
            return "\n".join((*rec.emails, *rec.phones)) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.rows[index.row()]
        if index.column() != COL_CHOICE or row.status is not RowStatus.MATCH:
            return False
        self.choices[row.index] = MergeChoice(value)
        self.dataChanged.emit(index, index)
        return True

    def set_all_choices(self, choice: MergeChoice) -> None:
        for key in self.choices:
            self.choices[key] = choice
        if self.rows:
            self.dataChanged.emit(
                self.index(0, COL_CHOICE), self.index(len(self.rows) - 1, COL_CHOICE)
            )


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box listing the model's ``CHOICES_ROLE`` (value, label) pairs."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in index.data(CHOICES_ROLE) or []:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if found >= 0 and found != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(found)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
