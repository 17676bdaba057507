"""The notice editor pane with real clicks and keys (pytest-qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from rekisteri.core import demo
from rekisteri.core.notice.document import SectionKey
from rekisteri.ui.notice_pane import NoticePane


@pytest.fixture
def pane(qtbot, register):
    register.save_controller(demo.DEMO_CONTROLLER)
    widget = NoticePane(register)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    return widget


def _click_section(qtbot, pane, key: SectionKey) -> None:
    row = pane.section_model.row_of(pane.doc.find(key).id)
    index = pane.section_model.index(row, 0)
    rect = pane.section_list.visualRect(index)
    qtbot.mouseClick(pane.section_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _yes(qtbot):  # type: ignore[no-untyped-def]
    def answer(box) -> None:  # type: ignore[no-untyped-def]
        assert "Publish this notice as version" in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    return answer


def test_edit_preview_publish_history(choose_from_menu, on_dialog, qtbot, pane, register) -> None:
    assert "every required item" in pane.findings_label.text()
    _click_section(qtbot, pane, SectionKey.SECURITY)
    assert pane.title_edit.text() == "Tietojen suojaus"

    pane.body_edit.setFocus()
    pane.body_edit.moveCursor(pane.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(pane.body_edit, " Kannettavan levy on salattu.")
    assert "Kannettavan levy on salattu." in pane.preview.toPlainText()
    assert pane.doc.find(SectionKey.SECURITY).body.endswith("Kannettavan levy on salattu.")

    # Undo takes the whole typing back in one step; redo brings it again.
    qtbot.mouseClick(pane.tools.undo_button, Qt.MouseButton.LeftButton)
    assert "Kannettavan levy" not in pane.preview.toPlainText()
    qtbot.mouseClick(pane.tools.redo_button, Qt.MouseButton.LeftButton)
    assert "Kannettavan levy" in pane.preview.toPlainText()

    on_dialog(_yes(qtbot))
    qtbot.mouseClick(pane.tools.publish_button, Qt.MouseButton.LeftButton)
    versions = register.notice.versions()
    assert [v.number for v in versions] == [1]
    assert "Published version 1" in pane.status_label.text()
    _, published = register.notice.get_version(versions[0].id)
    assert "Kannettavan levy on salattu." in published.find(SectionKey.SECURITY).body

    register.clock.set(dt.date(2027, 1, 10))
    _click_section(qtbot, pane, SectionKey.SECURITY)
    qtbot.keyClicks(pane.body_edit, " Varmuuskopio on salattu.")
    on_dialog(_yes(qtbot))
    qtbot.mouseClick(pane.tools.publish_button, Qt.MouseButton.LeftButton)

    choose_from_menu(
        pane.tools.document_button, pane.tools.document_menu, pane.tools.history_action
    )
    dialog = pane.history_dialog
    assert dialog is not None and dialog.model.rowCount() == 2
    assert dialog.model.index(0, dialog.model.COL_DATE).data() == "10 Jan 2027"  # app language
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    compare = dialog.compare_dialog
    assert compare is not None
    changed = {r.key for r in compare.rows if r.change != "same"}
    assert changed == {SectionKey.SECURITY, SectionKey.LAST_UPDATED}
    assert "Varmuuskopio on salattu." in compare.browser.toPlainText()
    assert not compare.grab().isNull()


def test_removing_a_section_shows_finding_and_click_restores_it(qtbot, pane) -> None:
    _click_section(qtbot, pane, SectionKey.COMPLAINT)
    qtbot.mouseClick(pane.tools.remove_button, Qt.MouseButton.LeftButton)
    assert pane.doc.find(SectionKey.COMPLAINT) is None
    assert pane.findings_model.rowCount() == 1
    assert "1 missing" in pane.findings_label.text()
    finding_index = pane.findings_model.index(0, pane.findings_model.COL_MESSAGE)
    rect = pane.findings_view.visualRect(finding_index)
    qtbot.mouseClick(pane.findings_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    restored = pane.doc.find(SectionKey.COMPLAINT)
    assert restored is not None and pane.title_edit.text() == restored.title
    order = [s.key for s in pane.doc.sections]
    assert order.index(SectionKey.COMPLAINT) == order.index(SectionKey.WITHDRAW_CONSENT) + 1
    assert pane.findings_model.rowCount() == 0


def test_custom_section_added_and_moved_and_draft_saved(qtbot, pane, register) -> None:
    _click_section(qtbot, pane, SectionKey.AUTOMATED_DECISIONS)
    qtbot.mouseClick(pane.tools.add_button, Qt.MouseButton.LeftButton)
    pane.title_edit.selectAll()
    qtbot.keyClicks(pane.title_edit, "Cookies")  # QTest types ASCII only
    qtbot.keyClicks(pane.body_edit, "The site sets no cookies.")
    qtbot.mouseClick(pane.tools.up_button, Qt.MouseButton.LeftButton)
    titles = [s.title for s in pane.doc.sections]
    assert titles.index("Cookies") == titles.index("Automaattinen päätöksenteko ja profilointi") - 1
    pane.save_draft()
    stored = register.notice.get_draft("fi")
    assert [s.title for s in stored.sections] == titles
    assert "The site sets no cookies." in pane.preview.toPlainText()


def test_language_switch_loads_that_language(qtbot, pane, register) -> None:
    pane.language_combo.setCurrentIndex(2)
    assert register.notice.language() == "en"
    assert pane.doc.language == "en"
    assert "Privacy notice" in pane.preview.toPlainText()


def test_export_suggests_a_file_name_in_the_notices_language(
    choose_from_menu, qtbot, pane, monkeypatch, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    suggested: list[str] = []

    def ask(_parent, _title, name, _filter):  # type: ignore[no-untyped-def]
        suggested.append(Path(name).name)  # in the folder last used for PDFs
        return "", ""  # the user cancels: nothing is written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    choose_from_menu(pane.tools.document_button, pane.tools.document_menu, pane.tools.pdf_action)
    pane.language_combo.setCurrentIndex(1)  # Swedish
    choose_from_menu(pane.tools.document_button, pane.tools.document_menu, pane.tools.pdf_action)
    assert suggested == ["tietosuojaseloste.pdf", "dataskyddsbeskrivning.pdf"]
    assert list(tmp_path.glob("*.pdf")) == []


def test_document_menu_holds_the_document_actions(pane) -> None:
    actions = [a for a in pane.tools.document_menu.actions() if not a.isSeparator()]
    assert actions == [
        pane.tools.import_action,
        pane.tools.update_action,
        pane.tools.history_action,
        pane.tools.pdf_action,
        pane.tools.html_action,
        pane.tools.print_action,
    ]
    # Every entry and the button itself can be reached from the keyboard.
    assert all("&" in a.text() for a in actions)
    assert "&" in pane.tools.document_button.text() and "&" in pane.tools.publish_button.text()


def test_update_from_register_through_the_menu(choose_from_menu, qtbot, pane, register) -> None:
    _click_section(qtbot, pane, SectionKey.CONTROLLER)
    pane.title_edit.selectAll()
    qtbot.keyClicks(pane.title_edit, "Kuka")
    assert pane.doc.find(SectionKey.CONTROLLER).title == "Kuka"
    body = pane.doc.find(SectionKey.CONTROLLER).body
    pane.body_edit.selectAll()
    qtbot.keyClicks(pane.body_edit, "x")
    assert pane.doc.find(SectionKey.CONTROLLER).body == "x"
    choose_from_menu(pane.tools.document_button, pane.tools.document_menu, pane.tools.update_action)
    assert pane.doc.find(SectionKey.CONTROLLER).body == body


def test_keyboard_undo_redo_and_list_shortcuts(qtbot, pane) -> None:
    pane.window().activateWindow()
    qtbot.waitActive(pane.window())
    _click_section(qtbot, pane, SectionKey.SECURITY)
    before = [s.key for s in pane.doc.sections]
    pane.section_list.setFocus()
    qtbot.keyClick(pane.section_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    moved = [s.key for s in pane.doc.sections]
    assert moved.index(SectionKey.SECURITY) == before.index(SectionKey.SECURITY) - 1
    qtbot.keyClick(pane.section_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.key for s in pane.doc.sections] == before
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(pane.section_list, Qt.Key.Key_Z, redo)
    assert [s.key for s in pane.doc.sections] == moved
    qtbot.keyClick(pane.section_list, Qt.Key.Key_Delete)
    assert pane.doc.find(SectionKey.SECURITY) is None
    assert "Ctrl+Z" in pane.tools.undo_button.toolTip()


def test_alt_d_opens_the_document_menu(qtbot, pane) -> None:
    pane.window().activateWindow()
    qtbot.waitActive(pane.window())
    pane.section_list.setFocus()
    seen: list[bool] = []

    def close_menu() -> None:
        if not pane.tools.document_menu.isVisible():
            QTimer.singleShot(10, close_menu)
            return
        seen.append(True)
        pane.tools.document_menu.close()

    QTimer.singleShot(0, close_menu)
    qtbot.keyClick(pane.section_list, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
