"""Each form can be filled with the keyboard alone: Tab from the first field visits the
fields in the order they are shown, top to bottom and left to right, and reaches OK."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from rekisteri.core.register import Register
from rekisteri.ui.accessible import INPUTS, is_part_of_input
from rekisteri.ui.ban_dialog import LiftBanDialog, MarkBanDialog
from rekisteri.ui.requests_dialogs import LogRequestDialog
from rekisteri.ui.review_dialogs import KeepDialog
from rekisteri.ui.settings.retention_rules import RuleDialog

TODAY = dt.date(2026, 11, 22)


def _fields(dialog: QDialog) -> list[QWidget]:
    """The inputs on screen, in reading order."""
    found = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and not is_part_of_input(w)
        and w.isVisibleTo(dialog)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]

    def place(w: QWidget) -> tuple[int, int]:
        p = w.mapTo(dialog, QPoint(0, 0))
        return (p.y() + w.height() // 2) // 12, p.x()  # one line: within half a row

    return sorted(found, key=place)


def _tab_through(qtbot, dialog: QDialog, fields: list[QWidget]) -> list[QWidget]:  # type: ignore[no-untyped-def]
    fields[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: fields[0].hasFocus())
    box = dialog.findChild(QDialogButtonBox)
    ok = next(
        b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    )
    visited: list[QWidget] = [fields[0]]
    for _ in range(len(fields) + 10):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        while focused is not None and is_part_of_input(focused):
            focused = focused.parentWidget()
        if focused is ok:
            return visited
        if focused is not None and focused not in visited:
            visited.append(focused)
    raise AssertionError(f"Tab never reached OK: {[type(w).__name__ for w in visited]}")


DIALOGS: dict[str, Callable[[Register], QDialog]] = {
    "mark ban": lambda _r: MarkBanDialog("Anna Asiakas", TODAY),
    "lift ban": lambda _r: LiftBanDialog("Anna Asiakas", ("email_marketing",), TODAY),
    "keep records": lambda _r: KeepDialog(TODAY, 3),
    "retention rule": lambda r: RuleDialog(r),
    "log a request": lambda r: LogRequestDialog(r),
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_tab_visits_the_fields_in_visual_order_and_reaches_ok(
    qtbot, show_window, register: Register, name: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = DIALOGS[name](register)
    qtbot.addWidget(dialog)
    show_window(dialog)
    fields = _fields(dialog)
    assert len(fields) >= 2
    if name == "keep records":
        qtbot.keyClicks(fields[0], "open warranty")  # OK waits for a reason
    visited = _tab_through(qtbot, dialog, fields)
    inputs = [w for w in visited if isinstance(w, INPUTS)]
    assert inputs == fields, [type(w).__name__ for w in visited]
    dialog.reject()
