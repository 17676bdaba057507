"""Names a screen reader can read, and tooltips that tell the shortcut.

A form label names its field for a screen reader only when it is the field's buddy; Qt's
``QFormLayout.addRow(text, widget)`` makes the *row's* widget the buddy, and most of our rows
are a box holding the field and its error line, or a layout with a field and a button. So
``label_form`` points each label at the first input of its row, and names the row's other
inputs after the label, so that no input is left without a name.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def is_part_of_input(widget: QWidget) -> bool:
    """A combo box's or spin box's own line edit: named through its owner."""
    parent = widget.parentWidget()
    return isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox)


def inputs_in(widget: QWidget | None, layout: QLayout | None = None) -> list[QWidget]:
    """The inputs of a form row in the order they are laid out."""
    if widget is not None:
        if isinstance(widget, INPUTS):
            return [widget]
        return [
            w
            for w in widget.findChildren(QWidget)
            if isinstance(w, INPUTS) and not is_part_of_input(w)
        ]
    found: list[QWidget] = []
    if layout is not None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item is not None:
                found.extend(inputs_in(item.widget(), item.layout()))
    return found


def label_form(form: QFormLayout) -> None:
    """Make each row's label the buddy of its first input and name the others after it."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None:
            continue
        label = label_item.widget()
        if not isinstance(label, QLabel) or not label.text().strip():
            continue
        inputs = inputs_in(field_item.widget(), field_item.layout())
        if not inputs:
            continue
        label.setBuddy(inputs[0])
        name = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")
        for other in inputs[1:]:
            if not other.accessibleName():
                other.setAccessibleName(name)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces for ``widget``: its own name, or its buddy label's."""
    if widget.accessibleName():
        return widget.accessibleName()
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "")
    return ""


def tip_with_shortcut(action: QAction, tip: str | None = None) -> None:
    """Set the tooltip (default: the action's text) and add its shortcut in brackets."""
    text = tip if tip is not None else action.text().replace("&&", "\0").replace("&", "")
    text = text.replace("\0", "&").rstrip("…").rstrip(".")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
