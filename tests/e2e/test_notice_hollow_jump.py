"""A notice that would print an empty e-mail: the check names it and a click opens it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from rekisteri.core import demo
from rekisteri.core.register import Register


def test_clicking_the_empty_email_finding_opens_the_field(
    qtbot, register: Register, open_window
) -> None:  # type: ignore[no-untyped-def]
    register.save_controller(replace(demo.DEMO_CONTROLLER, email=""))
    window = open_window(register)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    pane = window.pane("notice")
    qtbot.waitUntil(lambda: any(f.setting == "controller.email" for f in pane.findings))
    errors = [f for f in pane.findings if f.severity == "error"]
    assert [f.setting for f in errors] == ["controller.email"]  # one error, naming the setting
    row = next(i for i, f in enumerate(pane.findings) if f.setting == "controller.email")
    view = pane.findings_view
    view.scrollTo(pane.findings_model.index(row, 0))
    rect = view.visualRect(pane.findings_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_key == "settings")
    email = window.pane("settings").general.form.edits["email"]
    qtbot.waitUntil(email.hasFocus)
