"""Help › About: the version and where the register is (a file, or a shared server)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_about(parent: QWidget, where: str) -> None:
    from rekisteri import __version__

    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Rekisteri"),
        QCoreApplication.translate(
            "MainWindow",
            "<b>Rekisteri</b> {version}<br>A sole trader's customer and marketing register, "
            "kept the way Finnish and EU data-protection law expects.<br><br>"
            "Register: {path}",
        ).format(version=__version__, path=where),
    )
