"""The customer form when someone else saved the customer first: reload or copy, not lose."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from rekisteri.core.db import open_database
from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.register import Register
from rekisteri.ui.customer_detail import CustomerDetailPane


@pytest.fixture
def other(register: Register, clock):  # type: ignore[no-untyped-def]
    reg = Register(open_database(register.db.path, clock=clock), actor="Ville")
    yield reg
    reg.close()


def _button(box: QMessageBox, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in box.buttons() if text in b.text().replace("&", ""))


@pytest.mark.parametrize("choice", ["Copy my edits", "Reload"])
def test_a_stale_save_asks_and_loses_nothing(
    qtbot, on_dialog, register: Register, other: Register, choice: str
) -> None:  # type: ignore[no-untyped-def]
    cid = register.create_customer(
        CustomerInput(
            name="Yhteinen Oy", contacts=(ContactInput(first_name="Piia", last_name="T"),)
        )
    ).id
    panel = CustomerDetailPane(register)
    qtbot.addWidget(panel)
    panel.show()
    panel.load_customer(cid)
    panel.form.notes.setPlainText("Minun muistiinpanoni")
    theirs = other.get_customer(cid)
    other.update_customer(cid, replace(theirs.to_input(), notes="Villen muistiinpano"))
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        _button(box, choice).click()

    on_dialog(answer, QMessageBox)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert "Ville" in seen[0]
    assert register.get_customer(cid).notes == "Villen muistiinpano"  # theirs kept
    assert panel.form.notes.toPlainText() == "Villen muistiinpano"  # the form shows theirs
    copied = QGuiApplication.clipboard().text()
    assert ("Minun muistiinpanoni" in copied) == (choice == "Copy my edits")
    panel.form.notes.setPlainText("Minun muistiinpanoni")  # after the reload it saves
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert register.get_customer(cid).notes == "Minun muistiinpanoni"
