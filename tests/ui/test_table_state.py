"""Columns and splitters stay as the user arranged them: per table, across panes and restarts."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from rekisteri.core.dto import CustomerQuery
from rekisteri.core.enums import CustomerStatus
from rekisteri.core.register import Register
from rekisteri.ui.customer_model import (
    COL_DUE,
    COL_EMAIL,
    COL_NAME,
    COL_PHONE,
    COL_STATUS,
)
from rekisteri.ui.mainwindow import MainWindow
from rekisteri.ui.register_pane import RegisterPane


@pytest.fixture
def make_pane(qtbot, demo_register: Register) -> Callable[[], RegisterPane]:  # type: ignore[no-untyped-def]
    def make() -> RegisterPane:
        pane = RegisterPane(demo_register)
        qtbot.addWidget(pane)
        pane.resize(1200, 700)
        pane.show()
        qtbot.waitExposed(pane)
        return pane

    return make


def _header_menu(qtbot, pane: RegisterPane, choose: Callable[[QMenu], None]) -> None:  # type: ignore[no-untyped-def]
    """Right-click the list's header and let ``choose`` click in the menu that opens."""
    done: list[bool] = []

    def poll() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or not menu.isVisible():
            QTimer.singleShot(10, poll)
            return
        try:
            choose(menu)
        finally:
            done.append(True)
            if menu.isVisible():
                menu.close()

    QTimer.singleShot(0, poll)
    header = pane.view.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(COL_EMAIL) + 10, header.height() // 2)
    # What a right click delivers (offscreen, QTest's click brings no context-menu event).
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, header.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(header.viewport(), event)
    qtbot.waitUntil(lambda: bool(done))


def _click_action(qtbot, menu: QMenu, text: str) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_a_resized_column_comes_back_when_the_pane_is_made_again(qtbot, make_pane) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane()
    header = pane.view.horizontalHeader()
    original = header.sectionSize(COL_EMAIL)
    header.resizeSection(COL_EMAIL, original + 83)  # what dragging the section's edge does
    pane.close()
    pane.deleteLater()

    again = make_pane()
    assert again.view.horizontalHeader().sectionSize(COL_EMAIL) == original + 83


def test_a_column_hidden_from_the_header_menu_stays_hidden(qtbot, make_pane) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane()
    titles: list[str] = []

    def hide_phone(menu: QMenu) -> None:
        titles.extend(a.text() for a in menu.actions() if a.isCheckable())
        _click_action(qtbot, menu, pane.model.headerData(COL_PHONE, Qt.Orientation.Horizontal))

    _header_menu(qtbot, pane, hide_phone)
    assert pane.view.isColumnHidden(COL_PHONE)
    # The name identifies the row: it is never offered for hiding.
    assert pane.model.headerData(COL_NAME, Qt.Orientation.Horizontal) not in titles
    assert pane.model.headerData(COL_STATUS, Qt.Orientation.Horizontal) in titles
    pane.close()

    again = make_pane()
    assert again.view.isColumnHidden(COL_PHONE)
    assert not again.view.isColumnHidden(COL_EMAIL)

    def show_phone(menu: QMenu) -> None:
        action = next(a for a in menu.actions() if a.text() == "Phone")
        assert not action.isChecked()
        _click_action(qtbot, menu, "Phone")

    _header_menu(qtbot, again, show_phone)
    assert not again.view.isColumnHidden(COL_PHONE)
    assert again.view.columnWidth(COL_PHONE) > 20


def test_reset_columns_brings_back_the_defaults(qtbot, make_pane) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane()
    header = pane.view.horizontalHeader()
    width = header.sectionSize(COL_EMAIL)
    header.resizeSection(COL_EMAIL, width + 50)
    pane.columns.set_column_shown(COL_PHONE, False)
    _header_menu(qtbot, pane, lambda menu: _click_action(qtbot, menu, "Reset columns"))
    assert header.sectionSize(COL_EMAIL) == width
    assert not pane.view.isColumnHidden(COL_PHONE)
    pane.close()
    assert make_pane().view.horizontalHeader().sectionSize(COL_EMAIL) == width


def test_the_sort_order_is_remembered(qtbot, make_pane) -> None:  # type: ignore[no-untyped-def]
    pane = make_pane()
    header = pane.view.horizontalHeader()
    rect_x = header.sectionViewportPosition(COL_DUE) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect_x, 5))
    assert header.sortIndicatorSection() == COL_DUE
    first = pane.model.row_at(0).id
    pane.close()

    again = make_pane()
    assert again.view.horizontalHeader().sortIndicatorSection() == COL_DUE
    assert again.model.row_at(0).id == first


@pytest.fixture
def window(qtbot, show_window, demo_register: Register) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_register)
    w.resize(1280, 720)
    show_window(w)
    yield w
    w.close()


def test_status_and_due_date_show_at_1280_px_without_scrolling(window: MainWindow) -> None:
    view = window.register_pane.view
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().value() == 0
    for column in (COL_NAME, COL_STATUS, COL_DUE):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert not view.isColumnHidden(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= view.viewport().width()


def test_greyed_rows_say_why(window: MainWindow) -> None:
    model = window.register_pane.model
    ended = next(
        i for i in range(model.rowCount()) if model.row_at(i).status == CustomerStatus.ENDED
    )
    active = next(
        i for i in range(model.rowCount()) if model.row_at(i).status == CustomerStatus.ACTIVE
    )
    for column in (COL_NAME, COL_EMAIL, COL_STATUS):
        assert model.data(model.index(ended, column), Qt.ItemDataRole.ForegroundRole) is not None
        tip = model.data(model.index(ended, column), Qt.ItemDataRole.ToolTipRole)
        assert "relationship has ended" in tip
    assert not model.data(model.index(active, COL_EMAIL), Qt.ItemDataRole.ToolTipRole)
    legend = window.register_pane.legend
    assert legend.isVisible() and "Grey row" in legend.text()


def test_the_detail_splitter_keeps_its_place_when_the_selection_changes(
    qtbot, window: MainWindow, demo_register: Register
) -> None:  # type: ignore[no-untyped-def]
    pane = window.register_pane
    splitter = pane.splitter

    def open_row(row: int) -> None:
        pane.view.selectRow(row)
        qtbot.waitUntil(lambda: pane.detail.current_id == pane.model.row_at(row).id)
        QApplication.processEvents()

    open_row(0)
    splitter.moveSplitter(sum(splitter.sizes()) - 320, 1)  # a narrow detail, as a user may
    chosen = splitter.sizes()
    assert chosen[1] in range(315, 326)
    # Every record, the long names and the many-contact ones too, opens in the same room.
    rows = demo_register.list_customers(CustomerQuery(), limit=200).rows
    for row in sorted(range(len(rows)), key=lambda i: -len(rows[i].name))[:40]:
        open_row(row)
        assert splitter.sizes() == chosen, rows[row].name
    window.close()

    again = MainWindow(demo_register)
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    qtbot.waitUntil(lambda: again.register_pane.splitter.sizes() == chosen)
