"""The app-wide guard against changing a value by scrolling past it.

A mouse wheel over a form scrolls the form; a combo box, spin box or date edit under the
pointer would otherwise catch the wheel, change its value and make the record "edited"
without the owner noticing. One application event filter keeps those widgets still unless
they have keyboard focus (the owner clicked or tabbed into them), and lets the wheel go on
to the scroll area around them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit and QTimeEdit are spin boxes


def _guarded(obj: QObject) -> QWidget | None:
    """The guarded widget ``obj`` is, or belongs to (a spin box's inner line edit)."""
    widget = obj if isinstance(obj, QWidget) else None
    while widget is not None:
        if isinstance(widget, _GUARDED):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


class WheelGuard(QObject):
    """Installed once on the application; see the module's docstring for why."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            # Wheel focus would hand the widget focus on the first wheel turn, defeating the
            # guard: a click or Tab still focuses it.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel:
            widget = _guarded(watched)
            if widget is not None and not widget.hasFocus():
                event.ignore()  # ignored, not accepted: Qt passes it on to the parents
                return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Idempotent: the start-up and every main window may ask; one filter is installed."""
    existing = app.findChild(WheelGuard, "wheel-guard")
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    guard.setObjectName("wheel-guard")
    app.installEventFilter(guard)
    return guard
