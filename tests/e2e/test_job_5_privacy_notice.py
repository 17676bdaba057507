"""Job 5: keep the privacy notice true, publish it and export it as a PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rekisteri.core.notice.document import SectionKey
from rekisteri.core.register import Register

NEW_RIGHTS = "Voit pyytää nähtäväksi tietosi kirjoittamalla meille. Vastaamme kuukauden kuluessa."


def _codes(pane) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in pane.findings}


def test_edit_check_publish_and_export(
    choose_from_menu,
    qtbot,
    mailing_register: Register,
    open_window,
    on_dialog,
    shot,
    type_text,
    tmp_path: Path,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    register = mailing_register
    window = open_window(register)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    pane = window.pane("notice")
    assert window.current_key == "notice" and pane.doc.sections
    shot(window, "1-notice")
    # The editor fits a 1366 px laptop screen (its buttons once made the window 1531 px wide).
    assert window.minimumSizeHint().width() <= 1280
    before = pane.findings_label.text()
    assert not any(c.startswith("right_") for c in _codes(pane))

    # Pick the rights section in the list and rewrite it.
    rights = next(s for s in pane.doc.sections if s.key == SectionKey.RIGHTS)
    row = pane.section_model.row_of(rights.id)
    rect = pane.section_list.visualRect(pane.section_model.index(row, 0))
    qtbot.mouseClick(pane.section_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.title_edit.text() == rights.title
    pane.body_edit.setFocus()
    pane.body_edit.selectAll()
    type_text(pane.body_edit, NEW_RIGHTS)
    # The check list follows the text: the rewritten section no longer names every right.
    missing_rights = {c for c in _codes(pane) if c.startswith("right_")}
    assert missing_rights, pane.findings
    assert pane.findings_label.text() != before
    warnings_text = " ".join(
        str(pane.findings_model.index(r, c).data() or "")
        for r in range(pane.findings_model.rowCount())
        for c in range(pane.findings_model.columnCount())
    )
    assert "rights section does not mention" in warnings_text
    assert NEW_RIGHTS in pane.preview.toPlainText()
    shot(window, "2-edited")

    # Publish (answering the "lacks required items" question if the check asks it).
    def yes(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    on_dialog(yes)  # the publishing confirmation
    qtbot.mouseClick(pane.tools.publish_button, Qt.MouseButton.LeftButton)
    latest = register.notice.latest_version(pane.doc.language)
    assert latest is not None and latest.number == 1
    assert pane.status_label.text().startswith("Published version 1")
    shot(window, "3-published")

    target = tmp_path / "tietosuojaseloste.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)")
    )
    choose_from_menu(pane.tools.document_button, pane.tools.document_menu, pane.tools.pdf_action)
    assert target.exists()
    text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    flat = " ".join(text.split())
    assert "Voit pyytää nähtäväksi tietosi kirjoittamalla meille." in flat
    assert "Vastaamme kuukauden kuluessa." in flat
    # Exported right after publishing: the published version, never a draft.
    assert "Versio 1, julkaistu" in flat and "Luonnos" not in flat
    assert "Saved" in pane.status_label.text()
