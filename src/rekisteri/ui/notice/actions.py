"""Actions and tool buttons of the notice editor, with their shortcuts scoped to a widget."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget

from rekisteri.ui.icons import icon


def make_action(
    owner: QObject,
    scope: QWidget,
    text: str,
    slot: Callable[..., Any],
    icon_name: str = "",
    keys: Sequence[Any] = (),
    tip: str = "",
) -> QAction:
    """An action with its shortcut shown in the tooltip, live only while focus is in ``scope``.

    Scoping to the pane (or the section list) keeps Delete and Alt+arrows from reaching
    the register pane's table, and leaves Ctrl+Z inside a text field to that field's own
    undo, as users expect while typing.
    """
    action = QAction(text, owner)
    if icon_name:
        action.setIcon(icon(icon_name))
    if keys:
        sequences = list(dict.fromkeys(QKeySequence(k) for k in keys))  # K.Redo may repeat
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip or text.replace('&', '')} ({shortcut})"
    if tip:
        action.setToolTip(tip)
    action.triggered.connect(slot)
    scope.addAction(action)
    return action


def tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setAutoRaise(True)
    return button
