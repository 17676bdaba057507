"""File → Import… and File → Export mailing list… in the main window open our dialogs."""

from __future__ import annotations

from rekisteri.core.register import Register
from rekisteri.ui.mainwindow import MainWindow


def test_file_menu_opens_import_and_export(qtbot, demo_register: Register, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr(
        "rekisteri.ui.import_wizard.open_import_wizard",
        lambda register, parent: opened.append("import") or True,
    )
    monkeypatch.setattr(
        "rekisteri.ui.export_dialog.open_export_dialog",
        lambda register, parent: opened.append("export") or True,
    )
    monkeypatch.setattr(
        "rekisteri.ui.export_dialog.open_register_export",
        lambda register, parent: opened.append("register") or True,
    )
    window = MainWindow(demo_register)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    actions = {a.text(): a for a in file_menu.actions()}
    actions["&Import…"].trigger()
    actions["&Export mailing list…"].trigger()
    actions["Export the whole &register…"].trigger()
    assert opened == ["import", "export", "register"]
