"""The register window driven like a user: typing, clicking, shortcuts, dialogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from rekisteri.core.dto import CustomerQuery
from rekisteri.core.enums import Channel, ConsentAction
from rekisteri.core.register import Register
from rekisteri.ui.ban_dialog import MarkBanDialog
from rekisteri.ui.customer_model import COL_MARKETING
from rekisteri.ui.icons import marketing_icon
from rekisteri.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, show_window, demo_register: Register) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_register)
    show_window(w)
    yield w
    w.register_pane.detail.clear()  # so closing at teardown asks nothing
    w.close()
    w.deleteLater()


def _row_of_state(window: MainWindow, state: str) -> int:
    model = window.register_pane.model
    return next(i for i in range(model.rowCount()) if model.row_at(i).ban_state == state)


def _click_row(qtbot, window: MainWindow, row: int, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    view = window.register_pane.view
    rect = view.visualRect(window.register_pane.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_search_narrows_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = window.register_pane
    before = pane.model.total
    target = pane.model.row_at(5)
    _click_row(qtbot, window, 0)
    opened = pane.detail.current_id
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.filters.search.hasFocus()
    queries = pane.model.queries
    qtbot.keyClicks(pane.filters.search, target.primary_email)
    qtbot.waitUntil(lambda: pane.model.total < before)
    assert pane.model.total == 1
    assert pane.model.row_at(0).id == target.id
    qtbot.waitUntil(lambda: not pane.filters.timer.isActive())
    QApplication.processEvents()
    assert pane.model.queries == queries + 1  # a burst of keystrokes costs one query
    assert pane.detail.current_id == opened  # the list changing opens nothing by itself


def test_invalid_business_id_shows_message_and_saves_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    register = window.register
    before = register.count_customers()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    detail = window.register_pane.detail
    qtbot.keyClicks(detail.form.name, "Testi Oy")
    qtbot.keyClicks(detail.form.business_id, "1572860-1")
    qtbot.keyClicks(detail.editors[0].last_name, "Virtanen")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    message = detail.errors.message_for("business_id")
    assert "Y-tunnus" in message
    assert register.count_customers() == before
    assert register.count_customers(CustomerQuery(text="Testi Oy")) == 0


def test_valid_customer_appears_in_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    detail = window.register_pane.detail
    qtbot.keyClicks(detail.form.name, "Aaaa Testi Oy")
    qtbot.keyClicks(detail.form.business_id, "1572860-0")
    editor = detail.editors[0]
    qtbot.keyClicks(editor.first_name, "Hanne")
    qtbot.keyClicks(editor.last_name, "Luomajoki")
    qtbot.keyClicks(editor.emails.edits()[0], "hanne@example.fi")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    model = window.register_pane.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).name == "Aaaa Testi Oy")
    assert model.row_at(row).business_id == "1572860-0"
    assert model.row_at(row).primary_email == "hanne@example.fi"
    assert not detail.is_dirty()
    assert "Customers: 201" in window.counts_label.text()


def test_phone_error_lands_beside_the_second_phone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    detail = window.register_pane.detail
    qtbot.keyClicks(detail.form.name, "Puhelin Oy")
    editor = detail.editors[0]
    qtbot.keyClicks(editor.last_name, "Salo")
    qtbot.keyClicks(editor.phones.edits()[0], "040 500 5634")
    qtbot.mouseClick(editor.phones.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.phones.edits()[1], "12")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert detail.errors.message_for("contacts.0.phones.1")
    assert not detail.errors.message_for("contacts.0.phones.0")


def _fill_ban_dialog(qtbot, channel: str):  # type: ignore[no-untyped-def]
    def handler(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, MarkBanDialog)
        dialog.set_channel(channel)
        qtbot.keyClicks(dialog.note, "vastasi uutiskirjeeseen")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    return handler


def test_marking_a_ban_writes_the_ledger_and_shows_the_icon(
    qtbot, window: MainWindow, on_dialog
) -> None:  # type: ignore[no-untyped-def]
    pane = window.register_pane
    row = _row_of_state(window, "none")
    customer_id = pane.model.row_at(row).id
    _click_row(qtbot, window, row)
    assert pane.detail.current_id == customer_id
    on_dialog(_fill_ban_dialog(qtbot, Channel.ALL_MARKETING))
    window.ban_action.trigger()
    detail = window.register.get_customer(customer_id)
    for contact in detail.contacts:
        assert contact.ledger[0].action == ConsentAction.BAN_SET
        assert contact.ledger[0].channel == Channel.ALL_MARKETING
        assert contact.ledger[0].evidence == "vastasi uutiskirjeeseen"
        assert contact.ledger[0].recorded_by == "Testaaja"
    new_row = pane.model.row_of(customer_id)
    assert new_row is not None
    assert pane.model.row_at(new_row).ban_state == "all"
    icon = pane.model.index(new_row, COL_MARKETING).data(Qt.ItemDataRole.DecorationRole)
    assert icon.cacheKey() == marketing_icon("all").cacheKey()
    assert "Marketing banned" in pane.detail.marketing_label.text()


def test_bulk_ban_of_selected_rows(qtbot, window: MainWindow, on_dialog) -> None:  # type: ignore[no-untyped-def]
    pane = window.register_pane
    model = pane.model
    visible = pane.view.rowAt(pane.view.viewport().height() - 1)
    rows = [i for i in range(visible) if model.row_at(i).ban_state == "none"][:3]
    assert len(rows) == 3
    ids = [model.row_at(r).id for r in rows]
    _click_row(qtbot, window, rows[0])
    for r in rows[1:]:
        _click_row(qtbot, window, r, Qt.KeyboardModifier.ControlModifier)
    assert sorted(pane.selected_ids()) == sorted(ids)
    on_dialog(_fill_ban_dialog(qtbot, Channel.EMAIL_MARKETING))
    qtbot.mouseClick(window.toolbar.widgetForAction(window.ban_action), Qt.MouseButton.LeftButton)
    for cid in ids:
        c = window.register.get_customer(cid)
        assert c.contacts and all(Channel.EMAIL_MARKETING in x.banned_channels for x in c.contacts)
        assert model.row_at(model.row_of(cid)).ban_state != "none"  # type: ignore[arg-type]


def test_cancelled_ban_dialog_records_nothing(qtbot, window: MainWindow, on_dialog) -> None:  # type: ignore[no-untyped-def]
    pane = window.register_pane
    row = _row_of_state(window, "none")
    customer_id = pane.model.row_at(row).id
    _click_row(qtbot, window, row)

    def cancel(dialog) -> None:  # type: ignore[no-untyped-def]
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(
            box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    on_dialog(cancel)
    window.ban_action.trigger()
    contacts = window.register.get_customer(customer_id).contacts
    assert contacts
    assert all(not c.banned_channels for c in contacts)


def test_unsaved_changes_protect_switching_records(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pane = window.register_pane
    first, second = pane.model.row_at(0), pane.model.row_at(1)
    _click_row(qtbot, window, 0)
    detail = pane.detail
    qtbot.keyClicks(detail.form.name, " muutettu")
    assert detail.is_dirty() and window.save_action.isEnabled()

    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: answers.pop(0))
    _click_row(qtbot, window, 1)
    QApplication.processEvents()  # the re-selection is queued (QTimer 0)
    assert detail.current_id == first.id  # stayed, edits kept
    assert detail.form.name.text() == first.name + " muutettu"
    assert pane.selected_ids() == [first.id]

    answers.append(QMessageBox.StandardButton.Discard)
    _click_row(qtbot, window, 1)
    qtbot.waitUntil(lambda: detail.current_id == second.id)
    assert window.register.get_customer(first.id).name == first.name

    qtbot.keyClicks(detail.form.name, " X")
    answers.append(QMessageBox.StandardButton.Save)
    _click_row(qtbot, window, 0)
    qtbot.waitUntil(lambda: detail.current_id == first.id)
    qtbot.waitUntil(lambda: pane.selected_ids() == [first.id])  # reselected after the reload
    assert window.register.get_customer(second.id).name == second.name + " X"
    assert detail.current_id == first.id
    assert pane.selected_ids() == [first.id]
    assert not answers


def test_closing_the_window_asks_about_unsaved_changes(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _click_row(qtbot, window, 0)
    qtbot.keyClicks(window.register_pane.detail.form.name, "!")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()


def test_interaction_moves_last_contact(qtbot, window: MainWindow, on_dialog) -> None:  # type: ignore[no-untyped-def]
    _click_row(qtbot, window, 0)
    detail = window.register_pane.detail
    cid = detail.current_id
    before = detail.interactions.rowCount()

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.note, "Tapasimme messuilla")
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    on_dialog(fill)
    qtbot.mouseClick(detail.add_event_button, Qt.MouseButton.LeftButton)
    assert detail.interactions.rowCount() == before + 1
    today = window.register.clock.today()
    assert window.register.get_customer(cid).last_contact_on == today  # type: ignore[arg-type]


def test_hetu_is_masked_until_revealed_and_reveal_is_audited(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    register = window.register
    from rekisteri.core.dto import ContactInput, CustomerInput

    c = register.create_customer(
        CustomerInput(
            kind="person",
            name="Aino Testinen",
            contacts=(ContactInput(kind="private", last_name="Testinen", hetu="010190-123M"),),
        )
    )
    window.show_customer(c.id)
    editor = window.register_pane.detail.editors[0]
    assert editor.hetu.placeholderText() == "010190-****"
    assert "123M" not in editor.revealed.text()
    qtbot.mouseClick(editor.reveal_button, Qt.MouseButton.LeftButton)
    assert "010190-123M" in editor.revealed.text()
    assert register.audit_log(5, "contact.hetu_revealed")
    window.show_customer(window.register_pane.model.row_at(0).id)
    assert window.register_pane.detail.editors
    assert all("123M" not in e.revealed.text() for e in window.register_pane.detail.editors)

    window.show_customer(c.id)
    editor = window.register_pane.detail.editors[0]
    qtbot.mouseClick(editor.reveal_button, Qt.MouseButton.LeftButton)
    window.show_pane("settings")  # leaving the register view hides it too
    assert "123M" not in editor.revealed.text()


def test_record_erased_elsewhere_leaves_the_detail(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = window.register_pane
    _click_row(qtbot, window, _row_where(window, kept=False))
    cid = pane.detail.current_id
    window.show_pane("review")
    window.register.delete_customer(cid)  # type: ignore[arg-type]
    window.show_pane("register")
    assert pane.detail.current_id is None
    assert pane.model.row_of(cid) is None  # type: ignore[arg-type]


def test_navigation_last_view_and_splitter_are_remembered(
    qtbot, window: MainWindow, demo_register
) -> None:  # type: ignore[no-untyped-def]
    for key in ("notice", "review", "requests", "settings", "register"):
        window.show_pane(key)
        assert window.nav_actions[key].isChecked()
    window.register_pane.splitter.setSizes([900, 300])
    sizes = window.register_pane.splitter.sizes()
    window.show_pane("settings")
    window.close()
    again = MainWindow(demo_register)
    qtbot.addWidget(again)
    assert again.current_key == "settings"
    again.resize(window.size())
    again.show()
    again.show_pane("register")
    assert again.register_pane.splitter.sizes() == sizes


def _row_where(window: MainWindow, kept: bool) -> int:
    pane, retention = window.register_pane, window.register.retention
    visible = pane.view.rowAt(pane.view.viewport().height() - 1)
    return next(
        i
        for i in range(visible)
        if retention.erasure_preview([pane.model.row_at(i).id]).anything_kept is kept
    )


def _confirm_delete(qtbot, texts: list[str]):  # type: ignore[no-untyped-def]
    def confirm(box) -> None:  # type: ignore[no-untyped-def]
        texts.append(box.text())
        delete = next(b for b in box.findChildren(QPushButton) if b.text() == "Delete")
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)

    return confirm


def test_delete_customer_after_confirmation(qtbot, window: MainWindow, on_dialog) -> None:  # type: ignore[no-untyped-def]
    pane = window.register_pane
    _click_row(qtbot, window, _row_where(window, kept=False))
    cid = pane.detail.current_id
    texts: list[str] = []
    on_dialog(_confirm_delete(qtbot, texts))
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert "cannot be undone" in texts[0] and "Kept" not in texts[0]
    assert window.register.count_customers() == 199
    assert pane.model.row_of(cid) is None  # type: ignore[arg-type]
    assert pane.detail.current_id is None
    assert window.register.audit_log(5, "customer.")


def test_delete_says_what_the_law_keeps(qtbot, window: MainWindow, on_dialog) -> None:  # type: ignore[no-untyped-def]
    pane = window.register_pane
    _click_row(qtbot, window, _row_where(window, kept=True))
    texts: list[str] = []
    on_dialog(_confirm_delete(qtbot, texts))
    window.delete_action.trigger()
    assert "Kept, because the law requires it:" in texts[0]
    assert pane.detail.current_id is None
