"""The record of processing pane and the processors' agreement form, with real clicks."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rekisteri.core import demo
from rekisteri.core.notice.templates import Processor
from rekisteri.ui.mainwindow import MainWindow
from rekisteri.ui.record_pane import RecordPane
from rekisteri.ui.settings.processors import ProcessorsModel, ProcessorsPage


@pytest.fixture
def window(qtbot, register):
    register.save_controller(demo.DEMO_CONTROLLER)
    register.notice.save_processors([Processor("Pilvi Oy", "varmuuskopiot")])
    w = MainWindow(register)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    return w


def _yes(qtbot):  # type: ignore[no-untyped-def]
    def answer(box) -> None:  # type: ignore[no-untyped-def]
        assert "version 1" in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    return answer


def test_own_activity_preview_publish_and_save_pdf(
    qtbot, on_dialog, window, register, monkeypatch, tmp_path
) -> None:
    qtbot.mouseClick(
        window.nav.widgetForAction(window.nav_actions["record"]), Qt.MouseButton.LeftButton
    )
    pane = window.pane("record")
    assert isinstance(pane, RecordPane) and window.stack.currentWidget() is pane
    assert "Pilvi Oy: varmuuskopiot" in pane.preview.toPlainText()

    qtbot.mouseClick(pane.editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pane.editor.name_edit, "Palkanmaksu")
    qtbot.mouseClick(pane.editor.edits["data_categories"].viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pane.editor.edits["data_categories"], "nimi")
    qtbot.keyClick(pane.editor.edits["data_categories"], Qt.Key.Key_Return)
    qtbot.keyClicks(pane.editor.edits["data_categories"], "tilinumero")
    preview = pane.preview.toPlainText()
    assert "4.2. Palkanmaksu" in preview and "tilinumero" in preview
    assert pane.editor.list.item(0).text() == "Palkanmaksu"
    # Saved shortly after typing stops.
    qtbot.waitUntil(lambda: [a.name for a in register.record.activities()] == ["Palkanmaksu"])
    assert register.record.activities()[0].data_categories == "nimi\ntilinumero"

    on_dialog(_yes(qtbot))
    qtbot.mouseClick(pane.publish_button, Qt.MouseButton.LeftButton)
    (version,) = register.record.versions("fi")
    assert "Published version 1" in pane.status_label.text()
    assert pane.version_combo.count() == 2

    # A published version is shown frozen; the editor waits for the current record.
    pane.version_combo.setCurrentIndex(1)
    assert not pane.editor.isEnabled()
    assert "cannot be changed" in pane.status_label.text()

    asked: list[str] = []

    def ask(_parent, _title, name, _filter):  # type: ignore[no-untyped-def]
        asked.append(Path(name).name)
        return str(tmp_path / "seloste.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    qtbot.mouseClick(pane.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == ["selosteen-kasittelytoimista.pdf"]
    pdf = PdfReader(io.BytesIO((tmp_path / "seloste.pdf").read_bytes()))
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "Palkanmaksu" in text and f"Versio {version.number}" in text
    assert "seloste.pdf" in window.statusBar().currentMessage()


def test_swedish_record_and_removing_an_activity(qtbot, window, register) -> None:
    from rekisteri.core.record.document import OwnActivity

    register.record.save_activities([OwnActivity("Bokföring", purposes="bokföring")])
    window.show_pane("record")
    pane = window.pane("record")
    pane.language_combo.setCurrentIndex(1)
    assert "Register över behandling" in pane.preview.toPlainText()
    assert pane.editor.list.count() == 1
    qtbot.mouseClick(pane.editor.remove_button, Qt.MouseButton.LeftButton)
    assert "Bokföring" not in pane.preview.toPlainText()
    qtbot.waitUntil(lambda: register.record.activities() == [])


def test_processor_agreement_form_and_copy(qtbot, register, monkeypatch, tmp_path) -> None:
    register.save_controller(demo.DEMO_CONTROLLER)
    register.notice.save_processors([Processor("Pilvi Oy", "varmuuskopiot")])
    page = ProcessorsPage(register)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    doc = register.notice.new_from_template("fi")
    assert [f.code for f in register.notice.check(doc)] == ["processor_no_agreement"]
    assert not page.detail.isEnabled()
    rect = page.table.visualRect(page.model.index(0, ProcessorsModel.COL_NAME))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.detail.isEnabled()
    assert page.model.index(0, ProcessorsModel.COL_AGREEMENT).data() == "Missing"

    qtbot.keyClicks(page.detail.country_edit, "Suomi")
    qtbot.mouseClick(page.detail.signed_check, Qt.MouseButton.LeftButton)
    assert page.detail.signed_date.isEnabled()
    qtbot.keyClicks(page.detail.location_edit, "Sopimuskansio")
    source = tmp_path / "DPA (Pilvi).pdf"
    source.write_bytes(b"%PDF-1.4 signed")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(source), ""))
    qtbot.mouseClick(page.detail.attach_button, Qt.MouseButton.LeftButton)
    assert page.detail.file_label.text() == "DPA Pilvi.pdf"
    assert page.model.index(0, ProcessorsModel.COL_AGREEMENT).data().startswith("Signed ")
    assert page.is_dirty() and page.save()

    (saved,) = register.notice.processors()
    assert saved.country == "Suomi" and saved.agreement_location == "Sopimuskansio"
    assert saved.agreement_signed == register.clock.today()
    copy = register.notice.agreement_path(saved.agreement_file)
    assert copy is not None and copy.read_bytes() == b"%PDF-1.4 signed"
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert register.notice.check(doc) == []


def test_finding_without_agreement_opens_the_processors_settings(qtbot, window) -> None:
    window.show_pane("notice")
    pane = window.pane("notice")
    row = next(i for i, f in enumerate(pane.findings) if f.code == "processor_no_agreement")
    assert "Pilvi Oy" in pane.findings[row].message.render()
    index = pane.findings_model.index(row, 1)
    pane.findings_view.scrollTo(index)
    rect = pane.findings_view.visualRect(index)
    qtbot.mouseClick(pane.findings_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settings = window.pane("settings")
    assert window.stack.currentWidget() is settings
    assert isinstance(settings.pages[settings.tabs.currentIndex()], ProcessorsPage)
