"""The app's icons, in one place so every view uses the same picture for the same thing.

Theme icons look native on Linux desktops; Qt's standard pixmaps are the fallback that exists
on every platform, so no view ever shows an empty button.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

SP = QStyle.StandardPixmap

# name -> (freedesktop theme name, standard pixmap fallback)
_ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "new": ("contact-new", SP.SP_FileIcon),
    "save": ("document-save", SP.SP_DialogSaveButton),
    "cancel": ("edit-undo", SP.SP_DialogCancelButton),
    "delete": ("edit-delete", SP.SP_TrashIcon),
    "refresh": ("view-refresh", SP.SP_BrowserReload),
    "search": ("edit-find", SP.SP_FileDialogContentsView),
    "quit": ("application-exit", SP.SP_DialogCloseButton),
    "register": ("x-office-address-book", SP.SP_DirHomeIcon),
    "notice": ("text-x-generic", SP.SP_FileDialogDetailedView),
    "record": ("x-office-document", SP.SP_FileDialogListView),
    "review": ("appointment-soon", SP.SP_BrowserReload),
    "requests": ("mail-message-new", SP.SP_MessageBoxQuestion),
    "breaches": ("security-low", SP.SP_MessageBoxWarning),
    "settings": ("preferences-system", SP.SP_ComputerIcon),
    "ban": ("dialog-error", SP.SP_MessageBoxCritical),
    "info": ("dialog-information", SP.SP_MessageBoxInformation),
    "help": ("help-contents", SP.SP_DialogHelpButton),
    "warning": ("dialog-warning", SP.SP_MessageBoxWarning),
    "add": ("list-add", SP.SP_FileDialogNewFolder),
    "remove": ("list-remove", SP.SP_DialogDiscardButton),
    "reveal": ("document-properties", SP.SP_FileDialogInfoView),
    "demo": ("document-new", SP.SP_FileDialogStart),
    "undo": ("edit-undo", SP.SP_ArrowBack),
    "redo": ("edit-redo", SP.SP_ArrowForward),
    "up": ("go-up", SP.SP_ArrowUp),
    "down": ("go-down", SP.SP_ArrowDown),
    "document": ("document-export", SP.SP_FileIcon),
    "publish": ("document-send", SP.SP_DialogApplyButton),
}


def icon(name: str) -> QIcon:
    theme, fallback = _ICONS[name]
    style = QApplication.style()
    return QIcon.fromTheme(theme, style.standardIcon(fallback))


def _dot(color: str) -> QIcon:
    """A small filled circle: readable at list size and independent of the icon theme."""
    pix = QPixmap(14, 14)
    pix.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(130))
    painter.setBrush(QColor(color))
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pix)


_marketing_cache: dict[str, QIcon] = {}


def marketing_icon(ban_state: str) -> QIcon:
    """Green allowed, amber partly banned, red banned: the list's marketing column."""
    if ban_state not in _marketing_cache:
        color = {"none": "#3a9a4a", "partial": "#e0a020", "all": "#c8322d"}.get(ban_state, "#888")
        _marketing_cache[ban_state] = _dot(color)
    return _marketing_cache[ban_state]
