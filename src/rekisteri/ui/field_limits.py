"""The forms stop typing at the register's limits (``validation.LIMITS``), the same ones the
facade and the importers enforce, so a pasted wall of text never reaches a save that fails."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from rekisteri.core.validation import LIMITS


def limit_lengths(**fields: QLineEdit) -> None:
    for name, edit in fields.items():
        edit.setMaxLength(LIMITS[name])
