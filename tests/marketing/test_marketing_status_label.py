"""The contact card says, per channel, whether marketing is allowed now and why."""

from __future__ import annotations

import os
from pathlib import Path

from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.register import Register
from rekisteri.ui.contact_editor import ContactEditor


def test_contact_card_shows_each_channels_decision(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    customer = register.create_customer(
        CustomerInput(
            kind="person",
            name="Aino Virtanen",
            status="prospect",
            contacts=(
                ContactInput(
                    kind="private",
                    first_name="Aino",
                    last_name="Virtanen",
                    emails=("aino@example.fi",),
                    street="Kauppakatu 9",
                    postcode="60100",
                    city="Seinäjoki",
                ),
            ),
        )
    )
    contact = customer.contacts[0]
    editor = ContactEditor(register, contact)
    qtbot.addWidget(editor)
    editor.resize(700, 800)
    text = editor.marketing_status.text()
    assert "<b>Newsletter</b>: not allowed" in text and "without consent" in text
    assert "<b>Other e-mail marketing</b>: not allowed" in text
    assert "<b>Marketing by post</b>: allowed" in text
    assert "<b>Phone marketing</b>: not allowed" in text and "No address or number" in text
    if os.environ.get("REKISTERI_SHOTS"):
        editor.grab().save(str(Path(os.environ["REKISTERI_SHOTS"]) / "contact_status.png"))
    register.set_ban([contact.id], "all_marketing", "phone")
    editor._reload_contact()
    assert editor.marketing_status.text().count("not allowed") == 5
