"""File dialogs that remember where the owner keeps each kind of file, and the status-bar
note after a save with a way to open the folder.

Exports (mailing lists, the whole register), PDFs (notices, letters, minutes) and imports
each live in their own folder on most laptops: a dialog that always starts in the home
folder makes the owner hunt for the same place every time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QPushButton, QStatusBar, QWidget

from rekisteri.ui.preferences import preferences

EXPORTS, PDFS, IMPORTS = "exports", "pdfs", "imports"
KINDS = (EXPORTS, PDFS, IMPORTS)
SAVED_MESSAGE_MS = 30_000


def _key(kind: str) -> str:
    assert kind in KINDS, kind
    return f"dialogs/last_folder/{kind}"


def last_folder(kind: str) -> str:
    """The folder the last file of ``kind`` went to (or came from); Documents at first."""
    value = str(preferences().value(_key(kind), "") or "")
    if value and Path(value).is_dir():
        return value
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs or str(Path.home())


def remember_folder(kind: str, path: str | Path) -> None:
    folder = Path(path)
    if not folder.is_dir():
        folder = folder.parent
    settings = preferences()
    settings.setValue(_key(kind), str(folder))
    settings.sync()


def save_file_name(
    parent: QWidget | None, kind: str, title: str, suggested: str, filters: str
) -> tuple[str, str]:
    """A save dialog in the kind's last folder with ``suggested`` as the file name."""
    start = str(Path(last_folder(kind)) / suggested) if suggested else last_folder(kind)
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, filters)
    if path:
        remember_folder(kind, path)
    return path, chosen


def open_file_name(parent: QWidget | None, kind: str, title: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, last_folder(kind), filters)
    if path:
        remember_folder(kind, path)
    return path


def existing_folder(parent: QWidget | None, kind: str, title: str) -> str:
    folder = QFileDialog.getExistingDirectory(parent, title, last_folder(kind))
    if folder:
        remember_folder(kind, folder)
    return folder


def _main_window(widget: QWidget | None) -> QMainWindow | None:
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None


def open_folder(path: str | Path) -> bool:
    folder = Path(path)
    if not folder.is_dir():
        folder = folder.parent
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


def announce_saved(widget: QWidget | None, path: str | Path) -> bool:
    """Say in the main window's status bar where the file went, with "Open folder"; False
    when ``widget`` is not inside a main window (a dialog on its own says it itself)."""
    window = _main_window(widget)
    if window is None:
        return False
    bar = window.statusBar()
    button = _open_folder_button(bar)
    button.setProperty("folder", str(Path(path).parent))
    text = QCoreApplication.translate("FileDialogs", "Saved to {path}").format(path=path)
    button.setProperty("message", text)
    bar.showMessage(text, SAVED_MESSAGE_MS)
    button.show()
    return True


def _open_folder_button(bar: QStatusBar) -> QPushButton:
    button = bar.findChild(QPushButton, "openFolderButton")
    if isinstance(button, QPushButton):
        return button
    button = QPushButton(QCoreApplication.translate("FileDialogs", "Open folder"), bar)
    button.setObjectName("openFolderButton")
    button.setToolTip(
        QCoreApplication.translate("FileDialogs", "Open the folder the file was saved in")
    )
    button.setFlat(True)
    button.clicked.connect(lambda: open_folder(str(button.property("folder"))))
    bar.addPermanentWidget(button)  # a plain widget would hide under the message
    # The button belongs to the message: it goes when the message times out or is replaced.
    bar.messageChanged.connect(
        lambda text: button.setVisible(bool(text) and text == button.property("message"))
    )
    return button
