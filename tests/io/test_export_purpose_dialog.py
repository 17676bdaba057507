"""The export dialog asks the two questions the law turns on only where they matter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rekisteri.core.marketing import MarketingPurpose
from rekisteri.core.register import Register
from rekisteri.ui.export_dialog import ExportDialog


def test_own_products_and_work_questions_only_for_email_and_sms(qtbot, demo_register: Register):  # type: ignore[no-untyped-def]
    """917/2014 § 200(2) and § 201 concern electronic marketing; phone and post are opt-out."""
    dialog = ExportDialog(demo_register)
    qtbot.addWidget(dialog)
    dialog.show()
    expected = {
        MarketingPurpose.NEWSLETTER: True,
        MarketingPurpose.EMAIL: True,
        MarketingPurpose.SMS: True,
        MarketingPurpose.PHONE: False,
        MarketingPurpose.POST: False,
    }
    for purpose, asked in expected.items():
        dialog.purpose.setCurrentIndex(dialog.purpose.findData(purpose.value))
        assert dialog.own_products.isEnabled() is asked, purpose
        assert dialog.about_role.isEnabled() is asked, purpose
    # Back on e-mail the questions answer again; nothing is assumed, and ticking one (the
    # user's own statement about the mailing) widens the list.
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(MarketingPurpose.EMAIL.value))
    assert not dialog.about_role.isChecked() and not dialog.own_products.isChecked()
    before = dialog.included.text()
    dialog.about_role.setFocus()
    qtbot.keyClick(dialog.about_role, Qt.Key.Key_Space)
    assert dialog.about_role.isChecked()
    assert dialog.included.text() != before
