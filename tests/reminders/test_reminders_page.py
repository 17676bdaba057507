"""Settings › Calendar: choose the file, change its language, update, stop (real clicks)."""

from __future__ import annotations

from pathlib import Path

from calendar_support import by_key, events
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rekisteri.core.register import Register
from rekisteri.core.requests.dto import RequestInput
from rekisteri.ui.settings.reminders import RemindersPage
from rekisteri.ui.settings_pane import SettingsPane


def _page(qtbot, register: Register) -> tuple[SettingsPane, RemindersPage]:  # type: ignore[no-untyped-def]
    pane = SettingsPane(register)
    qtbot.addWidget(pane)
    page = next(p for p in pane.pages if isinstance(p, RemindersPage))
    pane.tabs.setCurrentIndex(pane.pages.index(page))
    pane.show()
    qtbot.waitExposed(pane)
    return pane, page


def _choose(monkeypatch, target: Path) -> list[str]:  # type: ignore[no-untyped-def]
    offered: list[str] = []

    def dialog(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return offered


def test_choose_file_language_update_and_stop(
    qtbot, register: Register, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    r = register.requests.log(RequestInput(person_name="Matti Meikäläinen"))
    pane, page = _page(qtbot, register)
    assert not page.write_button.isEnabled() and not page.stop_button.isEnabled()
    assert page.path_label.text() == "No calendar file is kept."

    target = tmp_path / "muistutukset"  # the owner left the extension out
    offered = _choose(monkeypatch, target)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    written = target.with_name("muistutukset.ics")
    assert offered and offered[0].endswith("rekisteri-reminders.ics")
    assert register.reminders.settings().path == written
    assert page.path_label.text() == str(written)
    assert page.status.text() == "Reminders written to the calendar file: 2."
    assert len(events(written)) == 2
    assert page.write_button.isEnabled() and page.stop_button.isEnabled()
    assert not pane.save_button.isEnabled()  # applied at once: nothing waits for Save

    # Swedish: the file is rewritten in it at once.
    page.language.setFocus()
    assert page.language.currentData() == "en"  # the program's language until chosen
    qtbot.keyClick(page.language, Qt.Key.Key_Up)
    assert page.language.currentData() == "sv"
    assert register.reminders.settings().language == "sv"
    assert str(by_key(written, f"request-{r.id}")["SUMMARY"]).startswith("Besvara")

    written.unlink()
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    assert len(events(written)) == 2

    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert register.reminders.settings().path is None
    assert not page.stop_button.isEnabled()
    written.unlink()
    register.requests.log(RequestInput(person_name="Maija"))
    assert not written.exists()


def test_a_place_that_cannot_be_written_says_so(
    qtbot, register: Register, tmp_path: Path, monkeypatch, on_dialog
) -> None:  # type: ignore[no-untyped-def]
    _pane, page = _page(qtbot, register)
    _choose(monkeypatch, tmp_path / "gone" / "r.ics")
    seen: list[str] = []

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    on_dialog(close)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert "could not be written" in seen[0] and "FileNotFoundError" in seen[0]
    assert register.reminders.settings().path is None
    assert page.path_label.text() == "No calendar file is kept."
