"""Validation messages beside the field they concern.

The core reports errors keyed by field path (``name``, ``contacts.0.emails.1``); forms register
each widget under its key, so a message lands next to its field in the user's language, and a
key no widget claims still shows in the form's general message line instead of vanishing.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from rekisteri.core.i18n import Message
from rekisteri.ui.accessible import label_form
from rekisteri.ui.colors import css, tint


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tint(self, "error")
        self.setWordWrap(True)
        self.setVisible(False)

    def set_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_error(widget: QWidget) -> tuple[QWidget, ErrorLabel]:
    """Wrap ``widget`` with an error line under it, for a QFormLayout row."""
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(2)
    col.addWidget(widget)
    label = ErrorLabel(box)
    col.addWidget(label)
    return box, label


class FormErrors:
    """Maps error keys to the widget and label that show them."""

    def __init__(self, general: ErrorLabel | None = None) -> None:
        self.general = general
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def register(self, key: str, widget: QWidget, label: ErrorLabel) -> None:
        self._fields[key] = (widget, label)

    def unregister_prefix(self, prefix: str) -> None:
        for key in [k for k in self._fields if k.startswith(prefix)]:
            del self._fields[key]

    def add_row(self, form: QFormLayout, text: str, key: str, widget: QWidget) -> ErrorLabel:
        box, label = with_error(widget)
        form.addRow(text, box)
        label_form(form)
        self.register(key, widget, label)
        return label

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.set_message("")
            widget.setStyleSheet("")
        if self.general is not None:
            self.general.set_message("")

    def show(self, errors: Mapping[str, Message]) -> list[str]:
        """Show every message; returns the keys no field claimed (shown in the general line)."""
        self.clear()
        unclaimed: list[str] = []
        for key, message in errors.items():
            target = self._fields.get(key)
            if target is None:
                unclaimed.append(key)
                continue
            widget, label = target
            label.set_message(message.render())
            widget.setStyleSheet(f"border: 1px solid {css('error')};")
        if unclaimed and self.general is not None:
            self.general.set_message("\n".join(errors[k].render() for k in unclaimed))
        return unclaimed

    def message_for(self, key: str) -> str:
        target = self._fields.get(key)
        return target[1].text() if target and target[1].isVisible() else ""

    def first_invalid(self) -> QWidget | None:
        for widget, label in self._fields.values():
            if label.text():
                return widget
        return None
