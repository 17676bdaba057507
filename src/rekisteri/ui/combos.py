"""Combo boxes over the core's labelled enums: the stored value as item data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget


def enum_combo(
    members: Iterable[Any], parent: QWidget | None = None, *, any_text: str | None = None
) -> QComboBox:
    combo = QComboBox(parent)
    if any_text is not None:
        combo.addItem(any_text, None)
    for m in members:
        combo.addItem(m.label(), m.value)
    return combo


def set_value(combo: QComboBox, value: Any) -> None:
    i = combo.findData(value)
    combo.setCurrentIndex(max(i, 0))


def value(combo: QComboBox) -> Any:
    return combo.currentData()
