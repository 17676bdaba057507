"""The user's window preferences (geometry, splitters, last view) in QSettings.

Tests point QSettings at a temporary folder with ``use_settings_path`` so they never touch
the real user configuration.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "Rekisteri"
APPLICATION = "Rekisteri"


def use_settings_path(folder: Path) -> None:
    """Store every later ``preferences()`` in an INI file under ``folder``."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def preferences() -> QSettings:
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )
