"""Telling the Settings pane that a field changed, whatever kind of field it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


def watch_changes(root: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever an input under ``root`` changes (the pane then asks each
    page whether it is dirty): pages need no signal of their own for the one Save to follow
    them, so a field added to a page later is covered too."""

    def changed(*_args: object) -> None:
        callback()

    for w in root.findChildren(QWidget):
        spin_part = isinstance(w.parentWidget(), QAbstractSpinBox)
        if (isinstance(w, QLineEdit) and not spin_part) or isinstance(w, QPlainTextEdit):
            w.textChanged.connect(changed)
        elif isinstance(w, QSpinBox):
            w.valueChanged.connect(changed)
        elif isinstance(w, QDateEdit):
            w.dateChanged.connect(changed)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(changed)
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            w.toggled.connect(changed)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(changed)
            model.modelReset.connect(changed)
