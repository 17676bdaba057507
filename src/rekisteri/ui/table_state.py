"""Every table keeps its column widths, hidden columns, order and sort between sessions.

One helper for all of them, so that each list behaves alike: a right click on the header
offers the columns to show or hide (never the column that names the row), and what the user
arranged comes back the next time the pane or dialog opens, and after a restart.

The state is stored per table in the user's preferences (``ui.preferences``), as a small
JSON text keyed by logical column, so a later version that adds a column still restores the
rest. Splitters are remembered the same way (``remember_splitter``).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QDataStream, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QSplitter, QTableView

from rekisteri.ui.preferences import preferences

PROPERTY = "rekisteriTableState"  # set on every remembered header, so a test can find them


def _key(name: str) -> str:
    return f"tables/{name}"


class TableState(QObject):
    """Saves a table's header on every change the user makes and restores it on creation."""

    def __init__(self, view: QTableView, name: str, key_column: int = 0) -> None:
        super().__init__(view)
        self.view = view
        self.name = name
        self.key_column = key_column
        self._restoring = False
        header = view.horizontalHeader()
        self.header = header
        self._defaults = self._snapshot()
        header.setProperty(PROPERTY, name)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        self.restore()
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(lambda *_: self.save())
        header.sortIndicatorChanged.connect(lambda *_: self.save())

    # --- state --------------------------------------------------------------------------

    def _columns(self) -> range:
        model = self.view.model()
        return range(model.columnCount() if model is not None else 0)

    def _interactive(self, column: int) -> bool:
        return self.header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive

    def _snapshot(self) -> dict[str, Any]:
        header = self.header
        return {
            "widths": {
                str(c): header.sectionSize(c)
                for c in self._columns()
                if self._interactive(c) and not header.isSectionHidden(c)
            },
            "hidden": [c for c in self._columns() if header.isSectionHidden(c)],
            "order": [header.logicalIndex(v) for v in range(header.count())],
            "sort": [header.sortIndicatorSection(), header.sortIndicatorOrder().value],
        }

    def save(self) -> None:
        if self._restoring:
            return
        preferences().setValue(_key(self.name), json.dumps(self._snapshot()))

    def _resized(self, column: int, _old: int, _new: int) -> None:
        # Only a width the user can drag is theirs; contents-sized columns follow the data.
        if self._interactive(column):
            self.save()

    def restore(self) -> None:
        raw = preferences().value(_key(self.name))
        try:
            state = json.loads(str(raw)) if raw else None
        except ValueError:
            state = None
        if isinstance(state, dict):
            self._apply(state)

    def _apply(self, state: dict[str, Any]) -> None:
        header = self.header
        columns = self._columns()
        self._restoring = True
        try:
            order = [int(c) for c in state.get("order", []) if int(c) in columns]
            if sorted(order) == list(columns):
                for visual, logical in enumerate(order):
                    header.moveSection(header.visualIndex(logical), visual)
            hidden = {int(c) for c in state.get("hidden", [])}
            for column in columns:
                shown = column == self.key_column or column not in hidden
                header.setSectionHidden(column, not shown)
            for column, width in dict(state.get("widths", {})).items():
                c = int(column)
                if c in columns and self._interactive(c) and not header.isSectionHidden(c):
                    # Never narrower than the header's own words in today's language.
                    header.resizeSection(c, max(int(width), header.sectionSizeHint(c)))
            sort = state.get("sort")
            if isinstance(sort, list) and len(sort) == 2 and self.view.isSortingEnabled():
                section, order_value = int(sort[0]), Qt.SortOrder(int(sort[1]))
                if section in columns:
                    self.view.sortByColumn(section, order_value)
        finally:
            self._restoring = False

    def reset(self) -> None:
        self._apply(self._defaults)
        preferences().remove(_key(self.name))

    # --- the header's menu --------------------------------------------------------------

    def column_actions(self) -> list[QAction]:
        """One checkable action per column the user may hide: all but the row's name."""
        model = self.view.model()
        actions = []
        for column in self._columns():
            if column == self.key_column:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = QAction(title, self)
            action.setCheckable(True)
            action.setChecked(not self.header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
            actions.append(action)
        return actions

    def build_menu(self) -> QMenu:
        menu = QMenu(self.view)
        menu.setTitle(self.tr("Columns"))
        for action in self.column_actions():
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.setToolTip(self.tr("Show every column again at its original width and place"))
        reset.triggered.connect(self.reset)
        return menu

    def set_column_shown(self, column: int, shown: bool) -> None:
        if column == self.key_column:
            return
        self.header.setSectionHidden(column, not shown)
        if shown and self._interactive(column) and self.header.sectionSize(column) < 20:
            self.header.resizeSection(column, self.header.sectionSizeHint(column))
        self.save()

    def _menu(self, pos: QPoint) -> None:
        self.build_menu().exec(self.header.mapToGlobal(pos))


def remember_columns(view: QTableView, name: str, key_column: int = 0) -> TableState:
    """Call once the view has its model and default widths: restores, then keeps saving.

    A page that sets its model again each time it is shown (the import wizard) may call
    this every time: the view keeps one helper, which restores the saved state again.
    """
    # Tab leaves the table for the next control instead of walking its cells for ever: the
    # arrow keys move within it, so the keyboard alone never gets stuck in a list.
    view.setTabKeyNavigation(False)
    for existing in view.findChildren(TableState):
        if existing.name == name and existing.view is view:
            existing.restore()
            return existing
    return TableState(view, name, key_column)


def _splitter_sizes(state: QByteArray) -> list[int]:
    """The sizes in a ``QSplitter.saveState`` (marker, version, then the list of sizes):
    before the window is shown, ``sizes()`` does not tell them yet."""
    stream = QDataStream(state)
    stream.setByteOrder(QDataStream.ByteOrder.BigEndian)
    if stream.readInt32() != 0xFF or stream.readInt32() != 1:
        return []
    count = stream.readInt32()
    if not 0 < count < 16:
        return []
    sizes = [stream.readInt32() for _ in range(count)]
    return sizes if stream.status() == QDataStream.Status.Ok else []


class KeptSplitter(QSplitter):
    """A splitter that comes back where the user dragged it, also after a crash: the place
    is saved at each drag, not only when the window closes."""

    def __init__(self, orientation: Qt.Orientation, name: str) -> None:
        super().__init__(orientation)
        self.setObjectName(name)
        self._key = f"splitters/{name}"
        self._wanted: list[int] = []
        self.splitterMoved.connect(self._moved)

    def restore(self, default: list[int]) -> None:
        """Call once every child is added: the saved place, else ``default``."""
        value = preferences().value(self._key)
        saved = _splitter_sizes(value) if isinstance(value, QByteArray) else []
        if saved and len(saved) == self.count() and all(saved):
            self.restoreState(value)
            self._wanted = saved
        else:
            self.setSizes(default)
            self._wanted = list(default)

    @property
    def wanted_sizes(self) -> list[int]:
        return list(self._wanted)

    def _moved(self, *_args: object) -> None:
        self._wanted = self.sizes()
        self.save()

    def save(self) -> None:
        preferences().setValue(self._key, self.saveState())


def remember_splitter(splitter: QSplitter, name: str, default: list[int] | None = None) -> None:
    """Restore ``splitter`` and save it whenever the user drags it, not only on quit."""
    key = f"splitters/{name}"
    value = preferences().value(key)
    if not (isinstance(value, QByteArray) and splitter.restoreState(value)) and default:
        splitter.setSizes(default)
    splitter.splitterMoved.connect(lambda *_: preferences().setValue(key, splitter.saveState()))
