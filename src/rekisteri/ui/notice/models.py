"""Qt item models of the notice editor: sections, findings, published versions."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.notice.check import Finding, Severity
from rekisteri.core.notice.document import NoticeDocument, Section, SectionKey
from rekisteri.core.notice.service import NoticeVersionView
from rekisteri.ui.colors import color
from rekisteri.ui.formats import format_date
from rekisteri.ui.list_model import ListModel

Index = QModelIndex | QPersistentModelIndex
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

MARK_OK = "ok"
MARK_WARNING = "warning"
MARK_MISSING = "missing"
MARK_CUSTOM = "custom"


def _icon(mark: str) -> QIcon:
    sp = QStyle.StandardPixmap
    pixmap = {
        MARK_OK: sp.SP_DialogApplyButton,
        MARK_WARNING: sp.SP_MessageBoxWarning,
        MARK_MISSING: sp.SP_MessageBoxCritical,
        MARK_CUSTOM: sp.SP_FileIcon,
    }[mark]
    return QApplication.style().standardIcon(pixmap)


def section_marks(doc: NoticeDocument, findings: list[Finding]) -> dict[str, str]:
    """The completeness mark of each section id: missing beats warning beats fine."""
    marks = {
        s.id: MARK_CUSTOM if s.key == SectionKey.CUSTOM and not s.covers else MARK_OK
        for s in doc.sections
    }
    for f in findings:
        if f.section_id in marks:
            if f.severity == Severity.RECOMMENDED:
                continue
            serious = f.severity in (Severity.MISSING, Severity.ERROR)
            worse = MARK_MISSING if serious else MARK_WARNING
            if marks[f.section_id] != MARK_MISSING:
                marks[f.section_id] = worse
    return marks


class SectionListModel(QAbstractListModel):
    """The notice's sections in order, numbered as printed, with a completeness mark."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: tuple[Section, ...] = ()
        self._marks: dict[str, str] = {}

    def set_document(self, doc: NoticeDocument, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._sections = doc.sections
        self._marks = section_marks(doc, findings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sections)

    def section_at(self, row: int) -> Section:
        return self._sections[row]

    def row_of(self, section_id: str) -> int:
        for i, s in enumerate(self._sections):
            if s.id == section_id:
                return i
        return -1

    def mark(self, row: int) -> str:
        return self._marks.get(self._sections[row].id, MARK_OK)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        section = self._sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {section.title}"
        if role == Qt.ItemDataRole.DecorationRole:
            return _icon(self.mark(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return section.key.label()
        if role == SECTION_ID_ROLE:
            return section.id
        return None


class FindingsModel(QAbstractTableModel):
    COL_SEVERITY = 0
    COL_MESSAGE = 1
    HEADERS = (
        QT_TRANSLATE_NOOP("FindingsModel", "Kind"),
        QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FindingsModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        f = self._findings[index.row()]
        missing = f.severity in (Severity.MISSING, Severity.ERROR)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.COL_SEVERITY:
                return {
                    Severity.ERROR: QCoreApplication.translate("FindingsModel", "Error"),
                    Severity.MISSING: QCoreApplication.translate("FindingsModel", "Missing"),
                    Severity.WARNING: QCoreApplication.translate("FindingsModel", "Warning"),
                    Severity.RECOMMENDED: QCoreApplication.translate(
                        "FindingsModel", "Recommended"
                    ),
                }[f.severity]
            return f.message.render()
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.COL_SEVERITY:
            return _icon(MARK_MISSING if missing else MARK_WARNING)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_MESSAGE:
            return f.message.render()
        if role == Qt.ItemDataRole.ForegroundRole and missing:
            return QBrush(color("error"))
        return None


class VersionsModel(ListModel):
    CONTEXT = "VersionsModel"
    COL_NUMBER = 0
    COL_LANGUAGE = 1
    COL_DATE = 2
    COL_BY = 3
    COL_HASH = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("VersionsModel", "Version"),
        QT_TRANSLATE_NOOP("VersionsModel", "Language"),
        QT_TRANSLATE_NOOP("VersionsModel", "Published"),
        QT_TRANSLATE_NOOP("VersionsModel", "By"),
        QT_TRANSLATE_NOOP("VersionsModel", "Content hash"),
    )

    def set_versions(self, rows: list[NoticeVersionView]) -> None:
        self.set_items(rows)

    def version(self, row: int) -> NoticeVersionView:
        return self.item(row)

    def text(self, item: NoticeVersionView, column: int) -> str:
        return (
            str(item.number),
            item.language,
            format_date(item.published_on),
            item.published_by,
            item.content_hash[:12],
        )[column]
