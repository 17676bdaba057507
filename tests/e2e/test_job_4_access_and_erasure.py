"""Job 4: "what do you have on me?" and "delete me", answered from the Requests pane."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from rekisteri.core.dto import ContactInput, CustomerInput, InteractionInput
from rekisteri.core.enums import (
    Channel,
    ConsentSource,
    ContactKind,
    CustomerKind,
    InteractionKind,
)
from rekisteri.core.formats import format_date
from rekisteri.core.register import Register
from rekisteri.ui.request_models import COL_DUE
from rekisteri.ui.requests_dialogs import LogRequestDialog


def _person(register: Register) -> tuple[int, int]:
    detail = register.create_customer(
        CustomerInput(
            kind=CustomerKind.PERSON,
            name="Eeva Virtanen",
            contacts=(
                ContactInput(
                    kind=ContactKind.PRIVATE,
                    first_name="Eeva",
                    last_name="Virtanen",
                    emails=("eeva.virtanen@example.fi",),
                ),
            ),
        )
    )
    contact_id = detail.contacts[0].id
    register.add_interaction(
        detail.id,
        InteractionInput(
            occurred_on=dt.date(2026, 3, 10),
            kind=InteractionKind.INVOICE,
            note="Portrait session",
            invoice_ref="2026-014",
            contact_id=contact_id,
        ),
    )
    register.set_ban(
        [contact_id], Channel.ALL_MARKETING, ConsentSource.EMAIL, "replied: no offers", None
    )
    return detail.id, contact_id


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _log_request(qtbot, pane, on_dialog, kind: str, shot=None, received: str = "") -> None:  # type: ignore[no-untyped-def]
    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, LogRequestDialog)
        qtbot.keyClicks(dialog.search_edit, "virtanen")
        qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
        assert dialog.hits.rowCount() == 1
        rect = dialog.hit_view.visualRect(dialog.hits.index(0, 0))
        qtbot.mouseClick(dialog.hit_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert dialog.name_edit.text() == "Eeva Virtanen"
        combo = dialog.kind_box
        combo.setFocus()
        while combo.currentData() != kind:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        if received:  # the letter came a while ago: type its date the Finnish way
            dialog.received_edit.setFocus()
            dialog.received_edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
            qtbot.keyClicks(dialog.received_edit, received)
        qtbot.keyClicks(dialog.identity_edit, "came from the e-mail address we hold")
        if shot is not None:
            shot(dialog, f"log-{kind}")
        _ok(qtbot, dialog)

    on_dialog(fill)
    qtbot.mouseClick(pane.log_button, Qt.MouseButton.LeftButton)


def _yes(qtbot, seen: list[str]):  # type: ignore[no-untyped-def]
    def answer(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    return answer


def test_access_pack_then_erasure(
    qtbot, register: Register, open_window, on_dialog, shot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    customer_id, contact_id = _person(register)
    window = open_window(register)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "requests"
    pane = window.pane("requests")

    # "What do you have on me?": logged today (22.11.2026), due one calendar month later.
    _log_request(qtbot, pane, on_dialog, "access", shot)
    request = pane.selected()
    assert request is not None and request.kind == "access"
    assert request.contact_id == contact_id
    assert request.received_on == dt.date(2026, 11, 22)
    assert request.due_on == dt.date(2026, 12, 22)
    row = pane.model.row_of(request.id)
    assert pane.model.index(row, COL_DUE).data() == format_date(dt.date(2026, 12, 22))
    assert "Open: 1" in pane.summary.text()
    shot(window, "1-access-logged")

    folder = tmp_path / "pack"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    seen: list[str] = []
    on_dialog(_yes(qtbot, seen))
    assert pane.pack_button.isVisible() and pane.pack_button.isEnabled()
    qtbot.mouseClick(pane.pack_button, Qt.MouseButton.LeftButton)
    assert seen and "Mark the request answered now?" in seen[0]
    files = sorted(p.name for p in folder.iterdir())
    assert window.statusBar().currentMessage().startswith(f"Saved to {folder}")
    assert window.statusBar().findChild(QPushButton, "openFolderButton").isVisible()
    pdfs = [folder / n for n in files if n.endswith(".pdf")]
    jsons = [folder / n for n in files if n.endswith(".json")]
    assert len(pdfs) == 1 and len(jsons) == 1
    data = json.loads(jsons[0].read_text(encoding="utf-8"))
    dump = json.dumps(data, ensure_ascii=False)
    assert "eeva.virtanen@example.fi" in dump
    ledger = data["consent_ledger"]
    assert [(e["action"], e["channel"]) for e in ledger] == [("ban_set", "all_marketing")]
    assert "replied: no offers" in dump
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(str(pdfs[0])).pages)
    assert "Virtanen" in pdf_text and "eeva.virtanen@example.fi" in pdf_text
    answered = register.requests.get(request.id)
    assert answered.status == "done" and answered.answered_on == dt.date(2026, 11, 22)
    assert pane.model.row_of(request.id) < 0  # answered requests leave the open list

    # "Delete me": the same path; the invoice keeps a bookkeeping hold on what the books need.
    _log_request(qtbot, pane, on_dialog, "erasure", received="25.10.2026")
    erasure = pane.selected()
    assert erasure is not None and erasure.kind == "erasure"
    assert erasure.received_on == dt.date(2026, 10, 25)
    assert erasure.due_on == dt.date(2026, 11, 25)  # one calendar month: due this week
    assert "due this week: 1" in pane.summary.text()
    assert pane.erase_button.isVisible() and pane.erase_button.isEnabled()
    asked: list[str] = []
    on_dialog(_yes(qtbot, asked))
    qtbot.mouseClick(pane.erase_button, Qt.MouseButton.LeftButton)
    assert asked and "Kept by law" in asked[0]
    done = register.requests.get(erasure.id)
    assert done.status == "done"
    # Default bookkeeping rule: 10 years from the end of the financial year of the invoice.
    assert "Kirjanpitolaki" in done.answer and "31.12.2032" in done.answer, done.answer
    # The answered request stays in view, selected, so the answer (what the law keeps) shows.
    assert pane.show_closed.isChecked()
    assert pane.selected() is not None and pane.selected().id == erasure.id
    assert "Kirjanpitolaki" in pane.details.text()
    shot(window, "2-erased")
    kept = register.get_customer(customer_id)
    assert not kept.contacts or not kept.contacts[0].emails  # the e-mail went
    assert any(e.action == "contact.erased" or "erase" in e.action for e in register.audit_log())
