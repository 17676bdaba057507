"""A contact's ledger in the detail pane: ban, lift with a reason, restriction with a reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.enums import ConsentAction
from rekisteri.core.register import Register
from rekisteri.ui.ban_dialog import LiftBanDialog
from rekisteri.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, show_window, register: Register) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    register.create_customer(
        CustomerInput(
            name="Kahvila Aamu Oy",
            contacts=(
                ContactInput(first_name="Mikko", last_name="Salo", emails=("m@aamu.fi",)),
                ContactInput(first_name="Sari", last_name="Salo"),
            ),
        )
    )
    w = MainWindow(register)
    show_window(w)
    yield w
    w.register_pane.detail.clear()
    w.close()
    w.deleteLater()


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_ban_then_lift_needs_a_reason(qtbot, window: MainWindow, on_dialog) -> None:  # type: ignore[no-untyped-def]
    register = window.register
    cid = window.register_pane.model.row_at(0).id
    window.show_customer(cid)
    editor = window.register_pane.detail.editors[0]
    other = window.register_pane.detail.editors[1]

    on_dialog(lambda d: _ok(qtbot, d))
    qtbot.mouseClick(editor.ban_button, Qt.MouseButton.LeftButton)
    assert editor.contact is not None and editor.contact.banned_channels == ("all_marketing",)
    assert editor.ledger_model.rowCount() == 1
    assert other.contact is not None and not register.get_contact(other.contact.id).ledger
    assert window.register_pane.model.row_at(0).ban_state == "partial"
    assert "Marketing bans: 1" in window.counts_label.text()

    seen: list[str] = []

    def with_reason(dialog) -> None:  # type: ignore[no-untyped-def]
        seen.append(dialog.errors.message_for("evidence"))
        qtbot.keyClicks(dialog.reason, "asked for offers again by e-mail")
        _ok(qtbot, dialog)

    def without_reason(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, LiftBanDialog)
        on_dialog(with_reason)  # the dialog comes back with the message
        _ok(qtbot, dialog)

    on_dialog(without_reason)
    qtbot.mouseClick(editor.lift_button, Qt.MouseButton.LeftButton)
    assert seen and "Say why" in seen[0]
    ledger = register.get_contact(editor.contact.id).ledger
    assert [e.action for e in ledger] == [ConsentAction.BAN_LIFTED, ConsentAction.BAN_SET]
    assert ledger[0].evidence == "asked for offers again by e-mail"
    assert editor.ledger_model.rowCount() == 2
    assert not editor.lift_button.isEnabled()


def test_restriction_needs_a_reason(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_customer(window.register_pane.model.row_at(0).id)
    editor = window.register_pane.detail.editors[0]
    editor.restricted.setChecked(True)
    qtbot.mouseClick(editor.restriction_apply, Qt.MouseButton.LeftButton)
    assert "reason" in editor.restriction_error.text()
    assert not window.register.get_contact(editor.contact.id).restricted  # type: ignore[union-attr]
    qtbot.keyClicks(editor.restriction_reason, "accuracy contested")
    qtbot.mouseClick(editor.restriction_apply, Qt.MouseButton.LeftButton)
    assert window.register.get_contact(editor.contact.id).restricted  # type: ignore[union-attr]
    assert window.register_pane.model.row_at(0).restricted


def test_add_and_remove_contact_persons(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    cid = window.register_pane.model.row_at(0).id
    window.show_customer(cid)
    detail = window.register_pane.detail
    qtbot.mouseClick(detail.add_contact_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(detail.editors[2].last_name, "Uusi")
    assert detail.contact_tabs.tabText(2) == "Uusi"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    detail.contact_tabs.setCurrentIndex(1)
    qtbot.mouseClick(detail.remove_contact_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    names = [c.last_name for c in window.register.get_customer(cid).contacts]
    assert [c.first_name for c in window.register.get_customer(cid).contacts] == ["Mikko", ""]
    assert names == ["Salo", "Uusi"]
