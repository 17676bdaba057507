"""The notice editor's actions: Undo/Redo, the section-list buttons, the Document menu, Publish.

Frequent edits are buttons; actions on the whole document sit in one menu. Thirteen push
buttons in a row needed ~1420 px and pushed the window past a 1366-px laptop screen; a
native editor keeps Undo/Redo in the toolbar, list edits beside the list, the rarer
document actions under one menu, and Publish prominent.

The texts belong to the pane they show in (translation context ``NoticePane``).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListView, QMenu, QPushButton, QToolButton, QWidget

from rekisteri.ui.icons import icon
from rekisteri.ui.notice.actions import make_action, tool_button

K = QKeySequence.StandardKey


class NoticeCommands(Protocol):
    """What the actions do: the pane's slots."""

    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def add_section(self) -> None: ...
    def remove_section(self) -> None: ...
    def move_section(self, delta: int) -> None: ...
    def import_notice(self) -> None: ...
    def update_from_register(self) -> None: ...
    def show_history(self) -> None: ...
    def export(self, kind: str) -> None: ...
    def print_notice(self) -> None: ...
    def publish(self) -> None: ...


class NoticeTools:
    """The actions, and the buttons and menu that show them; the pane lays them out.

    Undo, Redo and the document actions are live while focus is anywhere in the pane; the
    list edits (Delete, Alt+arrows) only while it is in the section list.
    """

    def __init__(self, pane: QWidget, commands: NoticeCommands, section_list: QListView) -> None:
        self.pane = pane
        self.commands = commands
        self.section_list = section_list
        self._edit_actions()
        self._document_actions()
        self.undo_button = tool_button(self.undo_action)
        self.redo_button = tool_button(self.redo_action)
        self.add_button = tool_button(self.add_action)
        self.remove_button = tool_button(self.remove_action)
        self.up_button = tool_button(self.up_action)
        self.down_button = tool_button(self.down_action)
        self._document_menu()
        self.publish_button = QPushButton(
            icon("publish"), QCoreApplication.translate("NoticePane", "&Publish")
        )
        self.publish_button.setDefault(True)
        self.publish_button.setToolTip(
            QCoreApplication.translate("NoticePane", "Publish the draft as a new dated version")
        )
        self.publish_button.clicked.connect(commands.publish)

    def _edit_actions(self) -> None:
        c, pane, lst = self.commands, self.pane, self.section_list
        self.undo_action = make_action(
            pane, pane, QCoreApplication.translate("NoticePane", "Undo"), c.undo, "undo",
            (K.Undo, "Ctrl+Z"),
        )  # fmt: skip
        self.redo_action = make_action(
            pane, pane, QCoreApplication.translate("NoticePane", "Redo"), c.redo, "redo",
            ("Ctrl+Shift+Z", K.Redo),
        )  # fmt: skip
        self.add_action = make_action(
            pane, lst, QCoreApplication.translate("NoticePane", "Add section"), c.add_section,
            "add", ("Ctrl+Ins", "Ins"),
        )  # fmt: skip
        self.remove_action = make_action(
            pane, lst, QCoreApplication.translate("NoticePane", "Remove section"),
            c.remove_section, "remove", (K.Delete,),
        )  # fmt: skip
        self.up_action = make_action(
            pane, lst, QCoreApplication.translate("NoticePane", "Move up"),
            lambda: c.move_section(-1), "up", ("Alt+Up",),
        )  # fmt: skip
        self.down_action = make_action(
            pane, lst, QCoreApplication.translate("NoticePane", "Move down"),
            lambda: c.move_section(1), "down", ("Alt+Down",),
        )  # fmt: skip

    def _document_actions(self) -> None:
        c, pane = self.commands, self.pane
        self.import_action = make_action(
            pane, pane, QCoreApplication.translate("NoticePane", "&Import…"), c.import_notice
        )
        self.update_action = make_action(
            pane, pane, QCoreApplication.translate("NoticePane", "&Update from register"),
            c.update_from_register,
            tip=QCoreApplication.translate(
                "NoticePane",
                "Rewrite controller, retention, data and processor sections from Settings",
            ),
        )  # fmt: skip
        self.history_action = make_action(
            pane, pane, QCoreApplication.translate("NoticePane", "&History…"), c.show_history
        )
        self.pdf_action = make_action(
            pane, pane, QCoreApplication.translate("NoticePane", "Export &PDF…"),
            lambda: c.export("pdf"),
        )  # fmt: skip
        self.html_action = make_action(
            pane, pane, QCoreApplication.translate("NoticePane", "Export H&TML…"),
            lambda: c.export("html"),
        )  # fmt: skip
        self.print_action = make_action(
            pane, pane, QCoreApplication.translate("NoticePane", "P&rint…"), c.print_notice,
            keys=(K.Print,),
        )  # fmt: skip

    def _document_menu(self) -> None:
        self.document_menu = QMenu(self.pane)
        self.document_menu.setToolTipsVisible(True)
        actions: tuple[QAction | None, ...] = (
            self.import_action, self.update_action, self.history_action, None,
            self.pdf_action, self.html_action, self.print_action,
        )  # fmt: skip
        for action in actions:
            if action is None:
                self.document_menu.addSeparator()
            else:
                self.document_menu.addAction(action)
        button = QToolButton()
        button.setText(QCoreApplication.translate("NoticePane", "&Document"))
        button.setIcon(icon("document"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(self.document_menu)
        button.setToolTip(
            QCoreApplication.translate(
                "NoticePane", "Import, update from the register, history, export and print"
            )
        )
        self.document_button = button
