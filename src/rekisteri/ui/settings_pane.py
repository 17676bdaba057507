"""Settings: the controller's details first, then pages other parts of the app add."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.concurrency import check_settings, settings_stamp
from rekisteri.core.errors import ConflictError
from rekisteri.core.register import Register
from rekisteri.ui.controller_form import ControllerForm
from rekisteri.ui.settings.watch import watch_changes

log = logging.getLogger(__name__)

# Pages other features add: "module:Class", each a QWidget(register, parent) with title()
# and refresh().
SETTINGS_PAGES: tuple[str, ...] = (
    "rekisteri.ui.settings.processors:ProcessorsPage",
    "rekisteri.ui.settings.retention:RetentionSettingsPage",
    "rekisteri.ui.settings.security:SecurityPage",
    "rekisteri.ui.settings.reminders:RemindersPage",
    "rekisteri.ui.settings.language:LanguagePage",
)


class GeneralPage(QWidget):
    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        outer = QVBoxLayout(self)
        box = QGroupBox(self.tr("Controller (the business that keeps this register)"))
        self.form = ControllerForm(register, parent=box)
        QVBoxLayout(box).addWidget(self.form)
        outer.addWidget(box)

        files = QGroupBox(self.tr("Where the register is kept"))
        ff = QFormLayout(files)
        rows = (
            ((self.tr("Shared register"), register.db.location),)
            if register.db.is_server
            else (
                (self.tr("Data folder"), str(register.db.path.parent)),
                (self.tr("Database file"), str(register.db.path)),
            )
        )
        for text, value in rows:
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            ff.addRow(text, label)
        outer.addWidget(files)
        outer.addStretch(1)

    def title(self) -> str:
        return self.tr("General")

    def save(self) -> bool:
        return self.form.save()

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def refresh(self) -> None:
        self.form.load()


class SettingsPane(QWidget):
    data_changed = Signal()  # the controller's details changed: title and banners follow

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.tabs = QTabWidget(self)
        col = QVBoxLayout(self)
        col.addWidget(self.tabs, 1)
        self.general = GeneralPage(register)
        self.general.form.saved.connect(self.data_changed)
        # Pages are imported by name: each has title(), refresh() and save() by convention,
        # which the type checker cannot see (the ignores on those calls).
        self._stamp = settings_stamp(register.db)  # what a Save was edited from
        self.pages: list[QWidget] = [self.general]
        self._add_tab(self.general)
        for spec in SETTINGS_PAGES:
            module, _, name = spec.partition(":")
            try:
                cls = getattr(importlib.import_module(module), name)
            except (ImportError, AttributeError):
                log.warning("settings page %s is not available", spec)
                continue
            page = cls(register, None)
            self.pages.append(page)
            self._add_tab(page)
        col.addLayout(self._build_buttons())
        for page in self.pages:
            watch_changes(page, self._update_buttons)
        self._update_buttons()

    def _build_buttons(self) -> QHBoxLayout:
        """One Save for every page: the owner need not remember which group was saved."""
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard
        )
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save the settings of every page (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = box.button(QDialogButtonBox.StandardButton.Discard)
        self.discard_button.setText(self.tr("Undo changes"))
        self.discard_button.clicked.connect(self.discard)
        self.saved_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.saved_label, 1)
        row.addWidget(box)
        return row

    def _dirty_pages(self) -> list[QWidget]:
        return [p for p in self.pages if getattr(p, "is_dirty", lambda: False)()]

    def _update_buttons(self) -> None:
        dirty = bool(self._dirty_pages())
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        if dirty:
            self.saved_label.clear()

    def _add_tab(self, page: QWidget) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        row = QHBoxLayout(holder)
        page.setMaximumWidth(820)  # long lines of form fields are hard to read
        row.addWidget(page, 1)
        row.addStretch(0)
        scroll.setWidget(holder)
        self.tabs.addTab(scroll, page.title())  # type: ignore[attr-defined]  # see self.pages

    def focus_setting(self, key: str) -> None:
        """Show the page that holds ``key`` and put the cursor in its field."""
        area, _, name = key.partition(".")
        if area == "controller":
            self.tabs.setCurrentIndex(0)
            edit = self.general.form.edits.get(name)
            if edit is not None:
                edit.setFocus()
            return
        wanted = {"processors": "Processor", "security": "Security"}.get(area, "")
        for i, page in enumerate(self.pages):
            if wanted and wanted in type(page).__name__:
                self.tabs.setCurrentIndex(i)
                return

    def refresh(self) -> None:
        for page in self.pages:
            page.refresh()  # type: ignore[attr-defined]  # see self.pages
        self._stamp = settings_stamp(self.register.db)
        self._update_buttons()

    def has_unsaved_changes(self) -> bool:
        return bool(self._dirty_pages())

    def save(self) -> bool:
        """Save every changed page; on a refusal show that page with its messages."""
        try:
            check_settings(self.register.db, self._stamp)
        except ConflictError as exc:  # someone else saved settings meanwhile: not over them
            QMessageBox.warning(self, self.tr("Changed meanwhile"), exc.render())
            return False
        for page in self._dirty_pages():
            if not page.save():  # type: ignore[attr-defined]  # see self.pages
                self.tabs.setCurrentIndex(self.pages.index(page))
                self._update_buttons()
                return False
        self._stamp = settings_stamp(self.register.db)
        self._update_buttons()
        self.saved_label.setText(self.tr("Settings saved."))
        return True

    def discard(self) -> None:
        for page in self._dirty_pages():
            page.refresh()  # type: ignore[attr-defined]  # see self.pages
        self._update_buttons()

    def maybe_leave(self) -> bool:
        """Unsaved settings on any page: Save / Discard / Cancel, as for a customer."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("The settings have unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False
