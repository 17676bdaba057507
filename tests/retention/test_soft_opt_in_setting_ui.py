"""Settings → Retention sets the soft opt-in period (917/2014 § 200(2)), typed like a user would.

The period is how long after a customer relationship ended the customer may still get
e-mail about the trader's own similar products; the marketing decision reads the saved value.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.marketing import MarketingPurpose, Reason
from rekisteri.core.register import Register
from rekisteri.ui.settings.retention import RetentionSettingsPage


def _former_customer(register: Register, ended_on: dt.date) -> int:
    """A person who gave the address in a purchase, was told how to refuse, and then left."""
    detail = register.create_customer(
        CustomerInput(
            kind="person",
            name="Aino Virtanen",
            status="ended",
            ended_on=ended_on,
            contacts=(
                ContactInput(
                    kind="private",
                    first_name="Aino",
                    last_name="Virtanen",
                    emails=("aino@example.fi",),
                    data_source="purchase",
                    opt_out_informed=True,
                ),
            ),
        )
    )
    return detail.contacts[0].id


def _type_months(qtbot, page: RetentionSettingsPage, months: int) -> None:  # type: ignore[no-untyped-def]
    spin = page.soft_opt_in
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(months))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def test_soft_opt_in_period_is_set_on_the_retention_page(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    contact = _former_customer(register, dt.date(2025, 6, 30))  # 17 months before 22.11.2026
    page = RetentionSettingsPage(register)
    qtbot.addWidget(page)
    page.show()
    assert page.soft_opt_in.value() == 24
    assert register.marketing.decide(contact, MarketingPurpose.EMAIL).allowed

    _type_months(qtbot, page, 12)
    assert page.is_dirty()  # the Settings pane's one Save (or leaving it) asks to keep it
    assert page.save()
    assert register.marketing.soft_opt_in_months() == 12
    decision = register.marketing.decide(contact, MarketingPurpose.EMAIL)
    assert not decision.allowed and decision.reason is Reason.SOFT_OPT_IN_ENDED

    _type_months(qtbot, page, 99)  # the spin box holds at most five years
    assert page.soft_opt_in.value() <= 60
    page.soft_opt_in.setValue(36)
    assert page.save()
    page.refresh()
    assert page.soft_opt_in.value() == 36
    assert register.marketing.decide(contact, MarketingPurpose.EMAIL).allowed
