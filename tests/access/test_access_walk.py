"""Every pane and dialog, walked as a screen-reader or keyboard user meets it.

Every input has a name a screen reader can announce (its own, or its buddy label's); every
table remembers its columns; every toolbar action and every icon-only button has a tooltip
in the UI's language that names its shortcut, if it has one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QTableView, QToolBar, QWidget

from rekisteri.ui.accessible import INPUTS, accessible_name, is_part_of_input
from rekisteri.ui.mainwindow import PANES
from rekisteri.ui.table_state import PROPERTY

from .access_walk import Screen, walk


def _where(widget: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 4:
        name = current.objectName()
        parts.append(type(current).__name__ + (f"#{name}" if name else ""))
        current = current.parentWidget()
    return " < ".join(parts)


@dataclass
class Seen:
    unnamed: set[str] = field(default_factory=set)
    forgetful_tables: set[str] = field(default_factory=set)
    tab_traps: set[str] = field(default_factory=set)
    inputs: int = 0
    tables: int = 0
    # (where, what) -> (tooltip, shortcut)
    tips: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def visit(self, screen: Screen) -> None:
        root = screen.root
        for widget in root.findChildren(QWidget):
            if not widget.isVisibleTo(root):
                continue
            if isinstance(widget, INPUTS) and not is_part_of_input(widget):
                self.inputs += 1
                if not accessible_name(widget):
                    self.unnamed.add(f"{screen.where}: {_where(widget)}")
            elif isinstance(widget, QTableView):
                self.tables += 1
                if not widget.horizontalHeader().property(PROPERTY):
                    self.forgetful_tables.add(f"{screen.where}: {_where(widget)}")
                if widget.tabKeyNavigation():  # Tab would walk the cells and never leave
                    self.tab_traps.add(f"{screen.where}: {_where(widget)}")
            elif (
                isinstance(widget, QAbstractButton)
                and not widget.icon().isNull()
                and not widget.text().strip()
            ):
                self.tips[(screen.where, _where(widget))] = (widget.toolTip(), "")
            if isinstance(widget, QToolBar):
                for action in widget.actions():
                    if action.isSeparator() or not action.isVisible():
                        continue
                    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                    key = (screen.where, f"toolbar {widget.objectName()}: {action.text()}")
                    self.tips[key] = (action.toolTip(), shortcut)


def test_every_input_has_a_name_and_every_table_remembers(demo_register, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen = Seen()
    walked = walk(demo_register, qtbot, seen.visit)
    assert len([w for w in walked if w.startswith("pane")]) == len(PANES)
    assert len(walked) > 15, walked  # the dialogs were built and shown too
    assert seen.inputs > 60 and seen.tables > 8
    assert not sorted(seen.unnamed), "\n".join(sorted(seen.unnamed))
    assert not sorted(seen.forgetful_tables), "\n".join(sorted(seen.forgetful_tables))
    assert not sorted(seen.tab_traps), "\n".join(sorted(seen.tab_traps))


def test_toolbars_and_icon_buttons_have_translated_tooltips(demo_register, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    english = Seen()
    walk(demo_register, qtbot, english.visit)
    language("fi")
    finnish = Seen()
    walk(demo_register, qtbot, finnish.visit)

    assert len(english.tips) > 15
    english_texts = {tip for tip, _ in english.tips.values()}
    problems = []
    for key, (tip, shortcut) in sorted(finnish.tips.items()):
        if not tip.strip():
            problems.append(f"no tooltip: {key}")
        elif tip in english_texts and english.tips.get(key, ("", ""))[0] == tip:
            problems.append(f"not translated: {tip!r} {key}")
        if shortcut and shortcut not in tip:
            problems.append(f"shortcut {shortcut} not in {tip!r} {key}")
    for key, (tip, shortcut) in sorted(english.tips.items()):
        if shortcut and shortcut not in tip:
            problems.append(f"shortcut {shortcut} not in {tip!r} {key}")
    assert not problems, "\n".join(problems)
