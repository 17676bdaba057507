"""Judges for the clipping walk beyond labels and buttons: table headers and form fields.

A header section narrower than its title shows "ilytysaika päät"; a form whose fields lie
outside the window (with no scroll area to reach them) cannot be filled in at all. Both are
measured from the real widgets' geometry, as laid out at the test's window size.
"""

from __future__ import annotations

from i18n_pseudo import Clip
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFormLayout,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QWidget,
)


def _name(widget: QWidget) -> str:
    return type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")


def _header_needs(header: QHeaderView, section: int, text: str) -> int:
    """The width the style asks for the title: text, margins and the sort arrow.

    Measured rather than taken from ``sectionSizeHint``, which never goes below the header's
    minimum section size and so would blame a column for the room another one needs.
    """
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.text = text
    option.section = section
    if header.isSortIndicatorShown():
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    contents = header.fontMetrics().size(0, text)
    style = header.style()
    return style.sizeFromContents(
        QStyle.ContentsType.CT_HeaderSection, option, contents, header
    ).width()


def header_clips(root: QWidget) -> list[Clip]:
    """Visible horizontal header sections too narrow for their title.

    A section that the user can widen by dragging is still judged: the issue is about what a
    first look at the pane shows. Sections scrolled out of view count like any other.
    """
    clips: list[Clip] = []
    for header in root.findChildren(QHeaderView):
        if not header.isVisibleTo(root) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        if model is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if not text.strip():
                continue
            needed = _header_needs(header, section, text)
            got = header.sectionSize(section)
            if got + 1 < needed:
                clips.append(Clip(f"{_name(header)} section {section}", text, needed, got))
    return clips


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _visible_rect(widget: QWidget, root: QWidget) -> QRect:
    """The part of ``widget`` (in root coordinates) its ancestors leave on screen."""
    rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect &= QRect(parent.mapTo(root, parent.rect().topLeft()), parent.size())
        if parent is root:
            break
        parent = parent.parentWidget()
    return rect


def fields_out_of_sight(root: QWidget) -> list[Clip]:
    """Form fields (and their labels) cut off by the window or a parent, outside a scroll area.

    Compares heights and widths of what is visible with the widget's own size: a field
    squeezed to a sliver counts as out of sight as much as one pushed past the edge.
    """
    clips: list[Clip] = []
    for widget in [root, *root.findChildren(QWidget)]:
        layout = widget.layout()
        if not isinstance(layout, QFormLayout) or not widget.isVisibleTo(root):
            continue
        for row in range(layout.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = layout.itemAt(row, role)
                field = item.widget() if item is not None else None
                if field is None or not field.isVisibleTo(root) or _in_scroll_area(field, root):
                    continue
                shown = _visible_rect(field, root)
                hint = field.minimumSizeHint()
                need_h = min(field.height(), max(hint.height(), 1))
                if shown.height() < need_h or shown.width() < min(field.width(), 8):
                    text = getattr(field, "text", lambda: "")() or _name(field)
                    clips.append(
                        Clip(f"{_name(field)} in form row {row}", str(text), need_h, shown.height())
                    )
    return clips
