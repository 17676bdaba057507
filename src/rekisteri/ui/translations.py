"""Loading the compiled translations (.qm) for the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """Source checkout: ``<repo>/translations``; installed wheel: ``rekisteri/translations``."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "translations", here.parent.parent / "translations"):
        if candidate.is_dir():
            return candidate
    return here / "translations"


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Install ``rekisteri_<lang>.qm`` and Qt's own dialogs' translations; returns the language."""
    lang = language or QLocale.system().name().split("_")[0]
    qm = translations_dir() / f"rekisteri_{lang}.qm"
    ours = QTranslator(app)
    if qm.exists() and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang
