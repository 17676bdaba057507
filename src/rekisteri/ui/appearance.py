"""Light, dark or the system's look: the palette the whole app draws with.

"System" leaves the platform's style and palette alone, except that a dark desktop gets Qt's
Fusion style, the one style that follows a dark colour scheme on every platform. "Light" and
"Dark" use Fusion with a fixed palette, so the app looks the same on every desktop. The
choice is a window preference (like the window's size), not a register setting: it belongs
to the computer, not to the data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from rekisteri.ui.colors import retint_all
from rekisteri.ui.preferences import preferences

APPEARANCES = ("system", "light", "dark")
_KEY = "ui/appearance"
_ORIGINAL = "rekisteri_original_style"


def saved_appearance() -> str:
    value = str(preferences().value(_KEY, "system") or "system")
    return value if value in APPEARANCES else "system"


def save_appearance(choice: str) -> None:
    preferences().setValue(_KEY, choice if choice in APPEARANCES else "system")


def dark_palette() -> QPalette:
    """Fusion's colours for a dark window, with links and highlights that stay readable."""
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    p = QPalette()
    base, window, text = QColor("#1e1e1e"), QColor("#2d2d2d"), QColor("#eeeeee")
    for role, value in (
        (R.Window, window),
        (R.WindowText, text),
        (R.Base, base),
        (R.AlternateBase, QColor("#262626")),
        (R.ToolTipBase, QColor("#3a3a3a")),
        (R.ToolTipText, text),
        (R.PlaceholderText, QColor("#9a9a9a")),
        (R.Text, text),
        (R.Button, QColor("#353535")),
        (R.ButtonText, text),
        (R.BrightText, QColor("#ff6b6b")),
        (R.Light, QColor("#4a4a4a")),
        (R.Midlight, QColor("#3e3e3e")),
        (R.Mid, QColor("#8c8c8c")),
        (R.Dark, QColor("#1a1a1a")),
        (R.Shadow, QColor("#000000")),
        (R.Highlight, QColor("#3d7bd9")),
        (R.HighlightedText, QColor("#ffffff")),
        (R.Link, QColor("#8ab4f8")),
        (R.LinkVisited, QColor("#c58af9")),
    ):
        p.setColor(role, value)
    grey = QColor("#8a8a8a")
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(G.Disabled, role, grey)
    p.setColor(G.Disabled, R.Light, QColor("#2d2d2d"))
    return p


def light_palette() -> QPalette:
    fusion = QStyleFactory.create("Fusion")
    palette = fusion.standardPalette()
    # Fusion's "mid" is too pale for the hint texts drawn with palette(mid) on white.
    palette.setColor(QPalette.ColorRole.Mid, QColor("#6e6e6e"))
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_appearance(app: QApplication, choice: str | None = None) -> str:
    """Apply ``choice`` (default: the saved one) to ``app``; returns what was applied."""
    choice = saved_appearance() if choice is None else choice
    if choice == "system" and app.property(_ORIGINAL) is None and not system_is_dark():
        return choice  # start-up on a light desktop: nothing to change
    if app.property(_ORIGINAL) is None:
        app.setProperty(_ORIGINAL, app.style().name())
    if choice == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif choice == "light":
        app.setStyle("Fusion")
        app.setPalette(light_palette())
    else:
        choice = "system"
        app.setStyle("Fusion" if system_is_dark() else str(app.property(_ORIGINAL)))
        app.setPalette(QPalette())  # nothing set: the platform's own palette again
    retint_all()
    return choice
