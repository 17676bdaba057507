"""Job 3: export the people who may legally receive the newsletter."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from rekisteri.core.enums import Channel, ConsentSource
from rekisteri.core.register import Register
from rekisteri.ui.export_dialog import ExportDialog


def test_export_the_mailing_list_leaves_out_the_banned(
    qtbot,
    mailing_register: Register,
    open_window,
    on_dialog,
    shot,
    click_menu_action,
    tmp_path,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    register = mailing_register
    banned = next(r for r in register.list_customers().rows if r.name.startswith("Rauta"))
    register.ban_customers([banned.id], Channel.ALL_MARKETING, ConsentSource.PHONE, "soitti", None)
    window = open_window(register)
    target = tmp_path / "uutiskirje"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV files (*.csv)")
    )
    seen: dict[str, object] = {}

    def confirm(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        seen["message"] = box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def export(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, ExportDialog)
        # The owner's newsletter tells of their own services, and concerns business
        # customers' work: the owner says both, nothing is assumed.
        dialog.own_products.click()
        dialog.about_role.click()
        seen["included"] = dialog.included.text()
        seen["left_out"] = {
            dialog.model.index(r, 0).data(): dialog.model.index(r, 1).data()
            for r in range(dialog.model.rowCount())
        }
        browse = next(
            b
            for b in dialog.findChildren(type(dialog.buttons.buttons()[0]))
            if b.text() == "Browse…"
        )
        qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
        shot(dialog, "1-dialog")
        on_dialog(confirm, QMessageBox)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save.isEnabled()
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    on_dialog(export)
    bar = window.menuBar()
    file_menu = bar.actions()[0].menu()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(bar.actions()[0]).center()
    )
    entry = next(a for a in file_menu.actions() if a.text() == "&Export mailing list…")
    click_menu_action(file_menu, entry)

    path = tmp_path / "uutiskirje.csv"
    assert path.exists()
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    emails = {v for row in rows for v in row.values() if "@" in (v or "")}
    assert emails == {"aino@makinen.fi", "liisa@kivi.fi", "matti@numero.fi"}
    assert "pekka@salo.fi" not in text and "Salo" not in text
    # The summary counted the same: three in, one left out for the ban.
    assert str(seen["included"]).startswith("3 people may receive this mailing (Newsletter)")
    assert "1 are left out" in str(seen["included"])
    assert sum(int(v) for v in seen["left_out"].values()) == 1  # type: ignore[union-attr]
    assert "3 people were saved to uutiskirje.csv" in str(seen["message"])
    export_events = [e for e in register.audit_log() if "export" in e.action]
    assert export_events and "3" in export_events[0].summary
