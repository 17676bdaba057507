"""Table models of the import wizard: the column mapping and the row-by-row preview.

Both are small (one row per file column, one per file row) and hold plain data from the
facade; the editable column of each is shown with a combo box through ``ChoiceDelegate``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
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
from rekisteri.ui.list_model import ListModel

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


@dataclass(frozen=True)
class MappingRow:
    """One column of the file: its header, a few of its values, what it is imported as."""

    header: str
    sample: str
    field: ImportField


class MappingModel(ListModel):
    CONTEXT = "MappingModel"
    HEADERS = MAPPING_HEADERS

    def __init__(self, source: ImportSource, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.set_items(
            [
                MappingRow(source.headers[row], " · ".join(source.sample(row)), field)
                for row, field in enumerate(source.mapping)
            ]
        )

    @property
    def fields(self) -> list[ImportField]:
        return [row.field for row in self.items()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # the root is no cell: views must not edit it
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == COL_MAP_FIELD else base

    def text(self, item: MappingRow, column: int) -> str:
        if column == COL_MAP_HEADER:
            return item.header
        if column == COL_MAP_SAMPLE:
            return item.sample
        return item.field.label()

    def tooltip(self, item: MappingRow, column: int) -> str | None:
        return None

    def role_data(self, item: MappingRow, column: int, role: int) -> Any:
        if column != COL_MAP_FIELD:
            return None
        if role == Qt.ItemDataRole.EditRole:
            return item.field.value
        if role == CHOICES_ROLE:
            return [(f.value, f.label()) for f in ImportField]
        if role == Qt.ItemDataRole.ForegroundRole and item.field is ImportField.IGNORE:
            return color("muted")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != COL_MAP_FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        row = index.row()
        self.replace_item(row, replace(self.item(row), field=ImportField(value)), COL_MAP_FIELD)
        return True

    def mapping(self) -> tuple[ImportField, ...]:
        return tuple(self.fields)


class PreviewModel(ListModel):
    CONTEXT = "PreviewModel"
    HEADERS = PREVIEW_HEADERS

    def __init__(self, preview: ImportPreview, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.set_items(preview.rows)
        self.choices: dict[int, MergeChoice] = {
            r.index: MergeChoice.SKIP for r in self.rows if r.status is RowStatus.MATCH
        }

    @property
    def rows(self) -> list[PreviewRow]:
        return self.items()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_CHOICE and self.item(index.row()).status is RowStatus.MATCH:
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

    def text(self, item: PreviewRow, column: int) -> str:
        rec = item.record
        if column == COL_LINE:
            return str(rec.line)
        if column == COL_STATUS:
            return item.status.label()
        if column == COL_NAME:
            return rec.display_name
        if column == COL_COMPANY:
            return rec.company
        if column == COL_EMAIL:
            return ", ".join((*rec.emails, *rec.phones))
        if column == COL_DETAILS:
            return self._details(item)
        return self._choice_text(item)

    def tooltip(self, item: PreviewRow, column: int) -> str | None:
        if column == COL_DETAILS:
            return self._details(item) or None
        if column == COL_EMAIL:
            return "\n".join((*item.record.emails, *item.record.phones)) or None
        return None

    def role_data(self, item: PreviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column == COL_CHOICE:
            return self.choices.get(item.index, MergeChoice.SKIP).value
        if role == CHOICES_ROLE and column == COL_CHOICE:
            return [(c.value, c.label()) for c in MergeChoice]
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return color(_STATUS_COLOURS[item.status])
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.item(index.row())
        if index.column() != COL_CHOICE or row.status is not RowStatus.MATCH:
            return False
        self.choices[row.index] = MergeChoice(value)
        self.dataChanged.emit(index, index)
        return True

    def set_all_choices(self, choice: MergeChoice) -> None:
        for key in self.choices:
            self.choices[key] = choice
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, COL_CHOICE), self.index(self.rowCount() - 1, COL_CHOICE)
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
