"""The contact form says which marketing provision governs the person (917/2014 § 200/§ 201).

The customer's kind and legal form decide it, not the Y-tunnus; the label follows the form on
the Customer tab as the user changes it, before anything is saved.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.enums import BusinessForm, ContactKind
from rekisteri.core.marketing import Reason
from rekisteri.core.register import Register
from rekisteri.ui.customer_model import COL_MARKETING
from rekisteri.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, show_window, register: Register) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    register.create_customer(
        CustomerInput(
            name="Kahvila Aamu Oy",
            business_id="1234567-1",
            contacts=(ContactInput(first_name="Mikko", last_name="Salo", emails=("m@aamu.fi",)),),
        )
    )
    w = MainWindow(register)
    show_window(w)
    yield w
    w.register_pane.detail.clear()
    w.close()
    w.deleteLater()


def _pick(combo: QComboBox, data: str) -> None:
    """Choose an item the way a user's pick does: the index changes and the signal fires."""
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_rule_label_follows_kind_and_legal_form(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    register = window.register
    cid = window.register_pane.model.row_at(0).id
    window.show_customer(cid)
    detail = window.register_pane.detail
    editor = detail.editors[0]
    assert "§ 201" in editor.rule_label.text()  # "… Oy" is a legal person

    # A sole trader has a Y-tunnus too, but is a natural person: § 200 applies.
    _pick(detail.form.business_form, BusinessForm.SOLE_TRADER.value)
    qtbot.waitUntil(lambda: "§ 200" in editor.rule_label.text())
    assert "§ 201" not in editor.rule_label.text()

    _pick(detail.form.business_form, BusinessForm.OSK.value)
    qtbot.waitUntil(lambda: "§ 201" in editor.rule_label.text())

    # Not in a work role: a private person, whatever the customer's form.
    _pick(editor.kind, ContactKind.PRIVATE.value)
    qtbot.waitUntil(lambda: editor.rule_label.text().startswith("Private person"))

    _pick(editor.kind, ContactKind.BUSINESS.value)
    _pick(detail.form.business_form, BusinessForm.SOLE_TRADER.value)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not detail.is_dirty())
    assert register.get_customer(cid).business_form == BusinessForm.SOLE_TRADER
    contact_id = register.get_customer(cid).contacts[0].id
    decision = register.marketing.decide(contact_id, "email")
    # An active customer under § 200: no consent, and the address was not given in a sale.
    assert not decision.allowed and decision.reason is Reason.NOT_FROM_SALE
    # No ban is not "allowed": the list and the header say only what they know.
    model = window.register_pane.model
    assert model.index(0, COL_MARKETING).data() == "No ban"
    assert "allowed" not in detail.marketing_label.text().lower()
    window.grab().save("/tmp/rules_contact_rule.png")
