"""Job 6: the review of records whose retention has ended, with minutes that prove it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from rekisteri.core.clock import FrozenClock
from rekisteri.core.db import open_database
from rekisteri.core.dto import ContactInput, CustomerInput, InteractionInput
from rekisteri.core.enums import ContactKind, CustomerKind, InteractionKind
from rekisteri.core.register import Register
from rekisteri.ui.review_dialogs import OutcomeDialog

GONE = ("Ossi", "Unohdettava", "ossi.unohdettava@example.fi")
FUTURE = dt.date(2032, 6, 15)  # past every 5-year rule, inside the invoice's 6-year hold


def _customer(register: Register, first: str, last: str, email: str) -> int:
    detail = register.create_customer(
        CustomerInput(
            kind=CustomerKind.PERSON,
            name=f"{first} {last}",
            contacts=(
                ContactInput(
                    kind=ContactKind.PRIVATE, first_name=first, last_name=last, emails=(email,)
                ),
            ),
        )
    )
    return detail.id


def test_review_dry_run_execute_and_minutes(
    qtbot,
    register: Register,
    db_path: Path,
    open_window,
    on_dialog,
    shot,
    tmp_path: Path,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.core.i18n import set_language

    set_language("fi")  # a Finnish user: the minutes come in the app's language
    gone_id = _customer(register, *GONE)
    other_id = _customer(register, "Kaisa", "Entinen", "kaisa.entinen@example.fi")
    billed_id = _customer(register, "Veli", "Laskutettu", "veli@example.fi")
    register.add_interaction(
        billed_id,
        InteractionInput(
            occurred_on=dt.date(2026, 6, 1), kind=InteractionKind.INVOICE, invoice_ref="2026-031"
        ),
    )
    register.db.dispose()

    # Years later: every record is past its retention date.
    later_db = open_database(db_path, clock=FrozenClock(FUTURE))
    later = Register(later_db, actor="Testaaja")
    later.retention.recompute_all()
    try:
        _run_review(qtbot, later, db_path, open_window, on_dialog, shot, tmp_path, monkeypatch,
                    gone_id, other_id, billed_id)  # fmt: skip
    finally:
        later_db.dispose()


def _run_review(  # type: ignore[no-untyped-def]
    qtbot, register, db_path, open_window, on_dialog, shot, tmp_path, monkeypatch,
    gone_id, other_id, billed_id,
) -> None:  # fmt: skip
    window = open_window(register)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    pane = window.pane("review")
    listed = {pane.model.item(r).customer_id for r in range(pane.model.rowCount())}
    assert {gone_id, other_id, billed_id} <= listed
    assert "Records past their retention date: 3" in pane.status_label.text()
    # Every row starts undecided; the rule's suggestion is a tool tip, the choice the user's.
    assert not any(pane.model.choice(r).action for r in range(pane.model.rowCount()))
    assert not pane.execute_button.isEnabled()
    shot(window, "1-review")

    # Select every row (click, shift-click the last) and decide "Delete".
    view = pane.table
    first = view.visualRect(pane.model.index(0, 0)).center()
    last = view.visualRect(pane.model.index(pane.model.rowCount() - 1, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, last
    )
    assert len(pane.selected_rows()) == pane.model.rowCount()
    qtbot.mouseClick(pane.bulk_buttons["delete"], Qt.MouseButton.LeftButton)
    assert pane.execute_button.isEnabled()

    # Dry run: shows what would happen, changes nothing.
    seen: dict[str, str] = {}

    def close_outcome(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, OutcomeDialog)
        seen["dry"] = dialog.summary.text()
        shot(dialog, "2-dry-run")
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(
            box.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton
        )

    on_dialog(close_outcome)
    qtbot.mouseClick(pane.dry_run_button, Qt.MouseButton.LeftButton)
    assert seen["dry"].startswith("Would delete")
    assert register.get_customer(gone_id).name == "Ossi Unohdettava"  # still there

    # Execute: confirm with the destructive button; the minutes go where the user says.
    minutes = tmp_path / "poistopoytakirja.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(minutes), ""))

    def confirm(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        seen["confirm"] = box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        go = next(b for b in box.buttons() if b.text() == "Execute")
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)

    on_dialog(confirm, QMessageBox)
    qtbot.mouseClick(pane.execute_button, Qt.MouseButton.LeftButton)
    assert "Execute the review now?" in seen["confirm"]
    outcome = pane.last_outcome
    assert outcome is not None and outcome.review_id is not None
    assert minutes.exists()
    shot(window, "3-executed")

    # The minutes hold the counts of what was done.
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(minutes)).pages).split())
    review = register.retention.reviews()[0]
    assert (review.deleted, review.anonymised) == (3, 0)
    assert "Poistettu 2 " in text  # Ossi and Kaisa wholly
    assert "Poistettu, kirjanpitoaineisto säilytetty 1 " in text  # Veli: his invoice stays
    assert "31.12.2032" in text
    assert "Unohdettava" not in text  # minutes name rules and counts, never the person
    assert pane.history_model.rowCount() == 1
    assert pane.model.rowCount() == 0
    assert register.get_customer(billed_id).interactions  # the invoice is kept

    # The erased person is gone from the register and from the database file itself.
    names = {r.name for r in register.list_customers().rows}
    assert "Ossi Unohdettava" not in names
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())
    for needle in GONE:
        assert needle.encode() not in raw, needle
    deletion_events = [e for e in register.audit_log() if "review" in e.action]
    assert deletion_events and all("Unohdettava" not in e.summary for e in register.audit_log())
