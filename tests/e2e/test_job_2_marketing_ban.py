"""Job 2: mark that someone wants no marketing, in two clicks from the list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from rekisteri.core.enums import Channel, ConsentAction, ConsentSource
from rekisteri.core.formats import format_date
from rekisteri.core.register import Register
from rekisteri.ui.ban_dialog import MarkBanDialog
from rekisteri.ui.customer_model import COL_MARKETING, COL_NAME
from rekisteri.ui.icons import marketing_icon

TODAY = dt.date(2026, 11, 22)


def _choose(qtbot, combo, data: str) -> None:  # type: ignore[no-untyped-def]
    """Pick a combo entry with the keyboard, as a user tabbing through the form would."""
    combo.setFocus()
    while combo.currentData() != data:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{data} not offered"


def test_ban_from_the_context_menu_in_two_clicks(
    qtbot, mailing_register: Register, open_window, on_dialog, shot, click_menu_action
) -> None:  # type: ignore[no-untyped-def]
    register = mailing_register
    window = open_window(register)
    pane = window.register_pane
    row = next(
        i for i in range(pane.model.rowCount()) if pane.model.row_at(i).name.startswith("Rauta")
    )
    customer_id = pane.model.row_at(row).id
    rect = pane.view.visualRect(pane.model.index(row, COL_NAME))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.selected_ids() == [customer_id]

    seen: dict[str, object] = {}

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, MarkBanDialog)
        seen["title"] = dialog.windowTitle()
        seen["channel"] = dialog.channel.currentData()
        seen["date"] = dialog.date.date().toPython()
        _choose(qtbot, dialog.source, ConsentSource.PHONE)
        shot(dialog, "2-dialog")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # click 2

    def menu_open() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, menu_open)
            return
        shot(menu, "1-menu")
        ban = next(a for a in menu.actions() if a.text().startswith("Mark marketing ban"))
        on_dialog(answer)
        click_menu_action(menu, ban)  # click 1

    QTimer.singleShot(20, menu_open)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse,
        rect.center(),
        pane.view.viewport().mapToGlobal(rect.center()),
    )
    QApplication.sendEvent(pane.view.viewport(), event)  # the right click
    # The defaults a user accepts without looking: every kind of marketing, today.
    assert seen["channel"] == Channel.ALL_MARKETING
    assert seen["date"] == TODAY

    contact = register.get_customer(customer_id).contacts[0]
    event0 = contact.ledger[0]
    assert event0.action == ConsentAction.BAN_SET
    assert event0.channel == Channel.ALL_MARKETING
    assert event0.source == ConsentSource.PHONE
    assert event0.occurred_on == TODAY
    assert event0.recorded_by == "Testaaja"

    new_row = pane.model.row_of(customer_id)
    assert new_row is not None and pane.selected_ids() == [customer_id]
    assert pane.model.row_at(new_row).ban_state == "all"
    icon = pane.model.index(new_row, COL_MARKETING).data(Qt.ItemDataRole.DecorationRole)
    assert icon.cacheKey() == marketing_icon("all").cacheKey()
    assert "Marketing bans: 1" in window.counts_label.text()
    # The detail beside the list shows the new ledger row, with where and when it came from.
    editor = pane.detail.editors[0]
    assert editor.ledger_model.rowCount() == 1
    ledger_text = " ".join(
        str(editor.ledger_model.index(0, c).data() or "")
        for c in range(editor.ledger_model.columnCount())
    )
    assert format_date(dt.date(2026, 11, 22)) in ledger_text and "hone" in ledger_text
    assert any(
        e.action == "consent.ban_set" and e.entity_id == contact.id for e in register.audit_log()
    )
    shot(window, "3-banned")
