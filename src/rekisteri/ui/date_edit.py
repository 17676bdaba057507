"""A date field that takes a date typed the Finnish way, "25.10.2026", key by key."""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit


class DateEdit(QDateEdit):
    """QDateEdit moves to the next section by itself once a section is full ("25"); the "."
    the user types next then skipped a second section, so "25.10.2026" became 25.11.2026.
    A "." right after a separator is that already-made move, and is swallowed."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        pos = line.cursorPosition()
        if event.text() == "." and pos > 0 and line.text()[pos - 1] == ".":
            event.accept()
            return
        super().keyPressEvent(event)
