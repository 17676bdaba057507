"""Each form can be filled with the keyboard alone: Tab from the first field visits the
fields in the order they are shown, top to bottom and left to right, and reaches OK (or the
Save of the pane the form is in): the dialogs, the customer's form, a contact person's form
and every Settings page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from rekisteri.core.dto import CustomerQuery
from rekisteri.core.enums import CustomerKind, CustomerStatus
from rekisteri.core.register import Register
from rekisteri.ui.accessible import INPUTS, is_part_of_input
from rekisteri.ui.ban_dialog import LiftBanDialog, MarkBanDialog
from rekisteri.ui.customer_detail import TAB_CONTACTS, TAB_CUSTOMER, CustomerDetailPane
from rekisteri.ui.requests_dialogs import LogRequestDialog
from rekisteri.ui.review_dialogs import KeepDialog
from rekisteri.ui.settings.processors import ProcessorsPage
from rekisteri.ui.settings.retention_rules import RuleDialog
from rekisteri.ui.settings_pane import SettingsPane

TODAY = dt.date(2026, 11, 22)


def _fields(root: QWidget) -> list[QWidget]:
    """The inputs on screen under ``root``, in reading order."""
    found = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and not is_part_of_input(w)
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]

    return sorted(found, key=_place)


def _place(w: QWidget) -> tuple[int, int]:
    """Where a reader meets ``w``: by line (within half a row), then from the left."""
    p = w.mapTo(w.window(), QPoint(0, 0))
    return (p.y() + w.height() // 2) // 12, p.x()


def _assert_read_in_order(root: QWidget, visited: list[QWidget]) -> None:
    """Buttons and check boxes too come where they are shown, not where they were made."""
    mine = [w for w in visited if root.isAncestorOf(w)]
    assert mine == sorted(mine, key=_place), [
        f"{type(w).__name__}:{w.objectName() or getattr(w, 'text', str)()}" for w in mine
    ]


def _accept_button(dialog: QDialog) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    return next(
        b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    )


def _tab_through(qtbot, fields: list[QWidget], ok: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Tab from the first field until ``ok`` has the focus: the widgets met on the way."""
    assert ok.isEnabled()
    fields[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: fields[0].hasFocus())
    visited: list[QWidget] = [fields[0]]
    for _ in range(len(fields) + 40):
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
    visited = _tab_through(qtbot, fields, _accept_button(dialog))
    _assert_read_in_order(dialog, visited)
    inputs = [w for w in visited if isinstance(w, INPUTS)]
    assert inputs == fields, [type(w).__name__ for w in visited]
    dialog.reject()


def _assert_tab_order(qtbot, root: QWidget, save: QWidget) -> None:  # type: ignore[no-untyped-def]
    fields = _fields(root)
    assert len(fields) >= 2
    visited = _tab_through(qtbot, fields, save)
    _assert_read_in_order(root, visited)
    inputs = [w for w in visited if isinstance(w, INPUTS)]
    assert inputs == fields, [f"{type(w).__name__}:{w.objectName()}" for w in visited]


@pytest.fixture
def detail(qtbot, show_window, demo_register: Register) -> CustomerDetailPane:  # type: ignore[no-untyped-def]
    pane = CustomerDetailPane(demo_register)
    qtbot.addWidget(pane)
    pane.resize(700, 900)
    show_window(pane)
    organisation = next(
        r.id
        for r in demo_register.list_customers(CustomerQuery(), limit=200).rows
        if r.kind == CustomerKind.ORGANISATION
    )
    assert pane.load_customer(organisation)
    return pane


def test_tab_goes_through_the_customer_form_to_save(qtbot, detail: CustomerDetailPane) -> None:  # type: ignore[no-untyped-def]
    detail.tabs.setCurrentIndex(TAB_CUSTOMER)
    qtbot.keyClicks(detail.form.industry, " x")  # Save waits for a change
    detail.form.status.setCurrentIndex(detail.form.status.findData(CustomerStatus.ENDED))
    assert detail.form.ended_on.isVisible() and detail.form.business_form.isVisible()
    _assert_tab_order(qtbot, detail.form, detail.save_button)


def test_tab_goes_through_a_contact_persons_form_to_save(qtbot, detail: CustomerDetailPane) -> None:  # type: ignore[no-untyped-def]
    detail.tabs.setCurrentIndex(TAB_CONTACTS)
    editor = detail.editors[detail.contact_tabs.currentIndex()]
    qtbot.keyClicks(editor.title, " x")
    _assert_tab_order(qtbot, editor, detail.save_button)


def test_tab_goes_through_a_new_contact_persons_form_to_save(
    qtbot, detail: CustomerDetailPane
) -> None:  # type: ignore[no-untyped-def]
    editor = detail.add_contact()
    _assert_tab_order(qtbot, editor, detail.save_button)


def _add_processor(qtbot, pane: SettingsPane) -> None:  # type: ignore[no-untyped-def]
    """Add a provider with the page's own Add, so that its details can be filled in."""
    page = next(p for p in pane.pages if isinstance(p, ProcessorsPage))
    pane.tabs.setCurrentIndex(pane.pages.index(page))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    name_editor = QApplication.focusWidget()
    qtbot.keyClicks(name_editor, "Tilitoimisto Oy")
    qtbot.keyClick(name_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.isEnabled())
    for check in (page.detail.signed_check, page.detail.review_check):
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))
        assert check.isChecked()


def test_tab_goes_through_each_settings_page_to_save(
    qtbot, show_window, register: Register
) -> None:  # type: ignore[no-untyped-def]
    pane = SettingsPane(register)
    qtbot.addWidget(pane)
    pane.resize(900, 900)
    show_window(pane)
    qtbot.keyClicks(pane.general.form.edits["business_name"], "Valokuvaamo")  # Save waits
    _add_processor(qtbot, pane)
    for i, page in enumerate(pane.pages):
        pane.tabs.setCurrentIndex(i)
        fields = _fields(page)
        assert fields, type(page).__name__
        visited = _tab_through(qtbot, fields, pane.save_button)
        _assert_read_in_order(page, visited)
        inputs = [w for w in visited if isinstance(w, INPUTS)]
        assert inputs == fields, (type(page).__name__, [type(w).__name__ for w in visited])
