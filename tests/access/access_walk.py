"""Every pane (each tab and page of it) and every dialog of the UI, for the access tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from i18n_walk import open_dialogs, sample_arguments, select_first_rows, visit_pages
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from rekisteri.ui.mainwindow import PANES, MainWindow

WINDOW_SIZE = (1280, 720)


@dataclass
class Screen:
    """One place the user can be: a pane page or a dialog page."""

    where: str
    root: QWidget


def open_window(register, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(register)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    QCoreApplication.processEvents()
    return window


def walk(register, qtbot, visit: Callable[[Screen], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Call ``visit`` on every page of every pane and dialog; returns what it walked."""
    samples = sample_arguments(register, None)
    window = open_window(register, qtbot)
    samples["parent"] = window
    walked: list[str] = []
    for key, *_ in PANES:
        window.show_pane(key)
        QCoreApplication.processEvents()
        pane = window.panes[key]
        visit(Screen(f"main window on {key}", window))  # each pane has its own toolbar
        visit_pages(pane, lambda pane=pane, key=key: visit(Screen(f"pane {key}", pane)))
        if select_first_rows(pane):
            visit_pages(pane, lambda pane=pane, key=key: visit(Screen(f"pane {key}", pane)))
        walked.append(f"pane {key}")
    visit(Screen("main window", window))

    def dialog(label: str, dlg: QDialog) -> None:
        visit_pages(dlg, lambda: visit(Screen(label, dlg)))

    done, _skipped = open_dialogs(samples, dialog)
    walked.extend(done)
    window.register_pane.detail.clear()
    window.close()
    return walked
