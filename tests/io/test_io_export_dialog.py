"""The export dialog: the left-out summary before saving, then an audited, private file."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rekisteri.core.marketing import MailingScope, MarketingPurpose
from rekisteri.core.register import Register
from rekisteri.ui.export_dialog import COL_COUNT, ExportDialog

SHOTS = os.environ.get("REKISTERI_SHOTS")


def test_summary_then_save(qtbot, demo_register: Register, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(demo_register)
    qtbot.addWidget(dialog)
    dialog.show()
    # Nothing is assumed about the mailing: the dialog starts with both statements unticked.
    strict = MailingScope(MarketingPurpose.NEWSLETTER, own_products=False, about_role=False)
    summary = demo_register.io.mailing_summary(strict)
    assert not dialog.robinson.isVisible()
    assert f"{summary.included} people may receive" in dialog.included.text()
    counts = [int(dialog.model.index(r, COL_COUNT).data()) for r in range(dialog.model.rowCount())]
    assert sum(counts) == summary.excluded_total > 0
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "export_dialog.png"))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    out = tmp_path / "uutiskirje.csv"
    dialog.path_edit.setText(str(out))
    dialog.format.setCurrentIndex(1)
    dialog.left_out_file.setChecked(True)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "uutiskirje-left-out.csv").exists()
    assert f"{summary.included} people were saved" in shown[0]
    actions = [e.action for e in demo_register.audit_log(action_prefix="export")]
    assert actions == ["export.left_out_list", "export.mailing_list"]


def test_changing_channel_updates_the_summary(qtbot, demo_register: Register) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(demo_register)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(MarketingPurpose.POST.value))
    post = demo_register.io.mailing_summary(MarketingPurpose.POST)
    assert f"{post.included} people may receive this mailing" in dialog.included.text()
    assert dialog.robinson.isVisible() and "Robinson" in dialog.robinson.text()


def test_declarations_widen_the_list(qtbot, demo_register: Register) -> None:  # type: ignore[no-untyped-def]
    """Ticking "own products" adds soft opt-in customers; "their work" adds § 201 contacts."""
    dialog = ExportDialog(demo_register)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(MarketingPurpose.EMAIL.value))
    strict = demo_register.io.mailing_summary(
        MailingScope(MarketingPurpose.EMAIL, own_products=False, about_role=False)
    )
    assert f"{strict.included} people" in dialog.included.text()
    dialog.about_role.click()
    dialog.own_products.click()
    both = demo_register.io.mailing_summary(MailingScope(MarketingPurpose.EMAIL))
    assert both.included > strict.included
    assert f"{both.included} people" in dialog.included.text()


def test_register_export(qtbot, demo_register: Register, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from rekisteri.ui.export_dialog import open_register_export

    target = tmp_path / "varmuuskopio"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a: (str(target), "Zip of CSV tables (*.zip)")
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    assert open_register_export(demo_register, None)
    assert (tmp_path / "varmuuskopio.zip").exists()
    assert "varmuuskopio.zip" in shown[0]
