"""Job 3, by purpose: an e-mail campaign that is not the newsletter, then a phone campaign.

The owner picks what the mailing is in the export dialog; the list follows the law for that
purpose (917/2014 § 200-201, GDPR Art 4(11)) and the left-out file names the purpose each
person lacks. A phone campaign reminds of ASML's Robinson service, and the audit says so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rekisteri.core.dto import ConsentInput, ContactInput, CustomerInput
from rekisteri.core.enums import Channel, ConsentAction, ConsentSource
from rekisteri.core.marketing import MarketingPurpose
from rekisteri.core.register import Register
from rekisteri.ui.export_dialog import ExportDialog


def _people(register: Register) -> None:
    """An Oy contact, a sole trader's contact, a newsletter subscriber, a buying customer."""

    def add(name: str, first: str, email: str, **kw: object) -> int:
        person = kw.pop("person", False)
        contact = ContactInput(
            kind="private" if person else "business",
            first_name=first,
            last_name=name.split()[-1],
            emails=(email,),
            phones=("040 123 4567",),
            opt_out_informed=True,
            data_source=str(kw.pop("source", "person")),
        )
        detail = register.create_customer(
            CustomerInput(
                kind="person" if person else "organisation",
                name=name,
                status=str(kw.pop("status", "active")),
                contacts=(contact,),
            )
        )
        return detail.contacts[0].id

    add("Rakennus Virta Oy", "Olli", "olli@virta.fi")
    add("Tmi Kaisa Laine", "Kaisa", "kaisa@laine.fi", status="prospect")
    subscriber = add("Aino Mäkinen", "Aino", "aino@makinen.fi", person=True, status="prospect")
    register.record_consent(
        subscriber,
        ConsentInput(
            Channel.NEWSLETTER, ConsentAction.CONSENT_GIVEN, ConsentSource.FORM, dt.date(2026, 3, 1)
        ),
    )
    add("Pekka Salo", "Pekka", "pekka@salo.fi", person=True, source="purchase")


def _run_export(qtbot, window, on_dialog, click_menu_action, choose) -> dict[str, str]:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def confirm(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def export(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ExportDialog)
        choose(dialog)
        seen["included"] = dialog.included.text()
        seen["robinson"] = dialog.robinson.text() if dialog.robinson.isVisible() else ""
        on_dialog(confirm, QMessageBox)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    on_dialog(export)
    bar = window.menuBar()
    file_menu = bar.actions()[0].menu()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(bar.actions()[0]).center()
    )
    entry = next(a for a in file_menu.actions() if a.text() == "&Export mailing list…")
    click_menu_action(file_menu, entry)
    return seen


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_campaign_by_purpose_and_phone_reminder(  # type: ignore[no-untyped-def]
    qtbot, register: Register, open_window, on_dialog, click_menu_action, tmp_path
) -> None:
    _people(register)
    window = open_window(register)
    campaign = tmp_path / "kampanja.csv"

    def other_email(dialog: ExportDialog) -> None:
        dialog.purpose.setCurrentIndex(dialog.purpose.findData(MarketingPurpose.EMAIL.value))
        assert not dialog.own_products.isChecked()  # a partner's product: left unticked
        dialog.about_role.setFocus()
        qtbot.keyClick(dialog.about_role, Qt.Key.Key_Space)  # it concerns their work: yes
        assert dialog.about_role.isChecked()
        dialog.path_edit.setText(str(campaign))
        dialog.left_out_file.setChecked(True)

    seen = _run_export(qtbot, window, on_dialog, click_menu_action, other_email)
    emails = {r["email"] for r in _rows(campaign)}
    # Only the Oy's contact, about their work (§ 201). The subscriber consented to the
    # newsletter only (Art 4(11)); the buyer's soft opt-in covers own products only
    # (§ 200(2)); a sole trader is a natural person (§ 200).
    assert emails == {"olli@virta.fi"}
    assert "1 people may receive this mailing (Other e-mail marketing)" in seen["included"]
    assert seen["robinson"] == ""
    left_out = {r["last_name"]: r for r in _rows(tmp_path / "kampanja-left-out.csv")}
    assert set(left_out) == {"Laine", "Mäkinen", "Salo"}
    assert {r["purpose"] for r in left_out.values()} == {"Other e-mail marketing"}
    assert {r["reason"] for r in left_out.values()} == {
        "sole_trader",
        "no_consent",
        "not_own_products",
    }

    calls = tmp_path / "soitot.csv"

    def phone(dialog: ExportDialog) -> None:
        dialog.purpose.setCurrentIndex(dialog.purpose.findData(MarketingPurpose.PHONE.value))
        dialog.path_edit.setText(str(calls))

    seen = _run_export(qtbot, window, on_dialog, click_menu_action, phone)
    assert "Robinson" in seen["robinson"]
    assert len(_rows(calls)) == 4  # phone is opt-out: nobody has refused
    summary = register.audit_log(action_prefix="export.mailing")[0].summary
    assert "robinson reminder=shown" in summary
    assert "@" not in summary and "Salo" not in summary  # counts, never a person
