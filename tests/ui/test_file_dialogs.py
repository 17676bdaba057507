"""File dialogs start where the last file of their kind went; a save says where, in the
status bar, with a way to open the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QPushButton

from rekisteri.ui import file_dialogs
from rekisteri.ui.file_dialogs import EXPORTS, IMPORTS, PDFS


def test_each_kind_remembers_its_own_folder(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    exports, pdfs = tmp_path / "exports", tmp_path / "pdfs"
    exports.mkdir()
    pdfs.mkdir()
    starts: list[str] = []
    answers = iter([str(exports / "a.csv"), str(pdfs / "b.pdf"), "", ""])

    def dialog(parent, title, start, filters):  # type: ignore[no-untyped-def]
        starts.append(start)
        return next(answers), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    file_dialogs.save_file_name(None, EXPORTS, "t", "list.csv", "CSV (*.csv)")
    file_dialogs.save_file_name(None, PDFS, "t", "doc.pdf", "PDF (*.pdf)")
    file_dialogs.save_file_name(None, EXPORTS, "t", "next.csv", "CSV (*.csv)")
    file_dialogs.save_file_name(None, PDFS, "t", "other.pdf", "PDF (*.pdf)")
    assert starts[2] == str(exports / "next.csv")
    assert starts[3] == str(pdfs / "other.pdf")
    assert file_dialogs.last_folder(IMPORTS) not in (str(exports), str(pdfs))


def test_a_cancelled_dialog_forgets_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    file_dialogs.remember_folder(IMPORTS, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    assert file_dialogs.open_file_name(None, IMPORTS, "t", "*.txt") == ""
    assert file_dialogs.last_folder(IMPORTS) == str(tmp_path)


def test_letter_file_name_is_in_the_letter_language() -> None:
    from rekisteri.ui.requests_pane import letter_file_name

    names = {lang: letter_file_name("confirmation", 7, lang) for lang in ("fi", "sv", "en")}
    assert names["en"] == "confirmation-letter-7.pdf"
    assert len(set(names.values())) == 3 and all(n.endswith("-7.pdf") for n in names.values())


def test_saved_file_is_announced_with_open_folder(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    window.statusBar()  # as the main window has it from the start
    window.show()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    target = tmp_path / "minutes.pdf"
    assert file_dialogs.announce_saved(window.centralWidget() or window, target)
    bar = window.statusBar()
    assert bar.currentMessage() == f"Saved to {target}"
    button = bar.findChild(QPushButton, "openFolderButton")
    assert button is not None and button.isVisible() and button.text() == "Open folder"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]
    bar.showMessage("Something else")
    assert not button.isVisible()  # the button belongs to the saved message only
    assert not file_dialogs.announce_saved(None, target)
