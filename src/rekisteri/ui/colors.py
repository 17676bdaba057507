"""The few colours the app chooses itself, each with a light and a dark variant.

Every other colour comes from the palette. A red that reads well on white is nearly invisible
on a dark window, so a view asks for a role ("error", "muted") and gets the variant for the
palette in use; labels tinted with ``tint`` follow a change of appearance at once.
``tests/ui/test_dark_palette.py`` checks each pair against its background (WCAG 4.5:1).
"""

from __future__ import annotations

import weakref

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# role -> (on a light palette, on a dark palette)
ROLES: dict[str, tuple[str, str]] = {
    "error": ("#b3261e", "#ff9a8f"),  # validation errors, a ban in force, overdue dates
    "ok": ("#1b6e33", "#7ed492"),  # no ban, a new import row, "keep"
    "warning": ("#7a4b00", "#ffc862"),  # a matched import row, "anonymise"
    "special": ("#6b1fa3", "#d7a8ff"),  # an import row the register suppresses
    "muted": ("#5f5f5f", "#a8a8a8"),  # ended customers, ignored rows, hints
    "on_tint": ("#1a1a1a", "#f2f2f2"),  # text on the tints below
    "overdue_tint": ("#f8d7da", "#5b2026"),  # background of an overdue request
    "soon_tint": ("#fff3cd", "#4d3c08"),  # background of a request due soon
    "banner_tint": ("#fff6d6", "#3f3512"),  # the banner strip
    "banner_border": ("#c9a93c", "#8a7430"),
    "banner_text": ("#3d3200", "#f5e7b0"),
}
# The backgrounds text of each role is drawn on, for the contrast test.
TEXT_ON: dict[str, str] = {
    "error": "base",
    "ok": "base",
    "warning": "base",
    "special": "base",
    "muted": "base",
    "on_tint": "overdue_tint",
    "banner_text": "banner_tint",
}


def is_dark(palette: QPalette | None = None) -> bool:
    if palette is None:
        palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def color(role: str, palette: QPalette | None = None) -> QColor:
    light, dark = ROLES[role]
    return QColor(dark if is_dark(palette) else light)


def css(role: str) -> str:
    """``#rrggbb`` for a style sheet."""
    return color(role).name()


_tinted: weakref.WeakKeyDictionary[QWidget, tuple[str, str]] = weakref.WeakKeyDictionary()


def tint(widget: QWidget, role: str | None, extra: str = "") -> None:
    """Colour a label's text by ``role`` (None: the palette's own), now and after a change of
    appearance; ``extra`` is more style sheet for the same widget ("font-weight: bold;")."""
    if role is None:
        _tinted.pop(widget, None)
        widget.setStyleSheet(extra)
        return
    _tinted[widget] = (role, extra)
    widget.setStyleSheet(f"color: {css(role)}; {extra}".strip())


def retint_all() -> None:
    """After the application palette changed: every tinted widget takes its new variant."""
    for widget, (role, extra) in list(_tinted.items()):
        try:
            widget.setStyleSheet(f"color: {css(role)}; {extra}".strip())
        except RuntimeError:  # the C++ side is gone
            _tinted.pop(widget, None)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
