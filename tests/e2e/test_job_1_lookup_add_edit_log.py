"""Job 1: look up a customer, add one, edit it, log a contact ("met 3.2.")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QTabWidget

from rekisteri.core.dto import ContactInput, CustomerInput, CustomerQuery
from rekisteri.core.formats import format_date
from rekisteri.core.register import Register
from rekisteri.ui.customer_model import COL_LAST_CONTACT, COL_NAME
from rekisteri.ui.interaction_dialog import InteractionDialog


def _seed(register: Register) -> None:
    for name, first, last, email in (
        ("Kahvila Mäkinen Oy", "Aino", "Mäkinen", "aino@makinen.fi"),
        ("Rautakauppa Salo", "Pekka", "Salo", "pekka@salo.fi"),
        ("Valokuvaamo Kivi", "Liisa", "Kivi", "liisa@kivi.fi"),
    ):
        register.create_customer(
            CustomerInput(
                name=name,
                contacts=(ContactInput(first_name=first, last_name=last, emails=(email,)),),
            )
        )


def _click_tab(qtbot, tabs: QTabWidget, index: int) -> None:  # type: ignore[no-untyped-def]
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def test_lookup_add_edit_and_log_a_contact(
    qtbot, register: Register, open_window, on_dialog, shot, type_text
) -> None:  # type: ignore[no-untyped-def]
    _seed(register)
    window = open_window(register)
    pane = window.register_pane
    assert pane.model.total == 3

    # Look up: Ctrl+F, type part of a name; the list narrows to that customer.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.filters.search.hasFocus()
    type_text(pane.filters.search, "mäkin")
    qtbot.waitUntil(lambda: pane.model.total == 1, timeout=3000)
    assert pane.model.row_at(0).name == "Kahvila Mäkinen Oy"
    shot(window, "1-search")
    pane.filters.search.clear()
    qtbot.waitUntil(lambda: pane.model.total == 3, timeout=3000)

    # Add: Ctrl+N, the form, one contact person, Ctrl+S.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    detail = pane.detail
    type_text(detail.form.name, "Käännöstoimisto Lehto")
    editor = detail.editors[0]
    qtbot.keyClicks(editor.first_name, "Hanna")
    qtbot.keyClicks(editor.last_name, "Lehto")
    qtbot.keyClicks(editor.emails.edits()[0], "hanna@lehto.fi")
    qtbot.keyClicks(editor.phones.edits()[0], "040 123 4567")
    shot(window, "2-new-filled")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not detail.is_dirty()
    hits = register.list_customers(CustomerQuery(text="Lehto")).rows
    assert [h.name for h in hits] == ["Käännöstoimisto Lehto"]
    customer_id = hits[0].id
    saved = register.get_customer(customer_id)
    assert saved.contacts[0].emails == ("hanna@lehto.fi",)
    assert saved.contacts[0].phones == ("+358401234567",)
    row = pane.model.row_of(customer_id)
    assert row is not None and pane.selected_ids() == [customer_id]
    assert "Customers: 4" in window.counts_label.text()

    # Edit: change the name and the city, save with Ctrl+S; the list shows the new name.
    detail.form.name.selectAll()
    type_text(detail.form.name, "Käännöstoimisto Lehto & Co")
    qtbot.keyClicks(detail.form.city, "Tampere")
    assert detail.is_dirty() and window.save_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert register.get_customer(customer_id).name == "Käännöstoimisto Lehto & Co"
    assert register.get_customer(customer_id).billing_city == "Tampere"
    row = pane.model.row_of(customer_id)
    assert row is not None
    assert pane.model.index(row, COL_NAME).data() == "Käännöstoimisto Lehto & Co"
    assert pane.model.row_at(row).last_contact_on is None
    last_before = pane.model.index(row, COL_LAST_CONTACT).data()
    assert not last_before

    # Log a contact: Contact log tab → Add contact event… → date 3.2., note → OK.
    _click_tab(qtbot, detail.tabs, 2)

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, InteractionDialog)
        dialog.date.setFocus()
        dialog.date.setSelectedSection(QDateTimeEdit.Section.DaySection)  # as a double-click
        qtbot.keyClicks(dialog.date, "3.2.2026")
        qtbot.keyClicks(dialog.note, "met 3.2.: wants a quote for the spring catalogue")
        shot(dialog, "3-contact-event")
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    on_dialog(fill)
    qtbot.mouseClick(detail.add_event_button, Qt.MouseButton.LeftButton)

    fresh = register.get_customer(customer_id)
    assert fresh.last_contact_on == dt.date(2026, 2, 3)
    assert [i.note for i in fresh.interactions] == [
        "met 3.2.: wants a quote for the spring catalogue"
    ]
    assert detail.interactions.rowCount() == 1
    row = pane.model.row_of(customer_id)
    assert row is not None
    assert pane.model.row_at(row).last_contact_on == dt.date(2026, 2, 3)
    # The list writes dates in the app's language (English here: "3 Feb 2026").
    assert pane.model.index(row, COL_LAST_CONTACT).data() == format_date(dt.date(2026, 2, 3))
    shot(window, "4-logged")

    actions = [e.action for e in register.audit_log()]
    assert "customer.created" in actions and "customer.updated" in actions
