"""The main window: navigation between the app's parts, menus, toolbar and status bar.

Panes live in fixed modules (one per part of the app) and are built the first time they are
shown, so start-up stays quick and a part that fails to load cannot take the window down.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.register import Register
from rekisteri.ui.accessible import tip_with_shortcut
from rekisteri.ui.banners import BannerArea, collect_banners
from rekisteri.ui.colors import tint
from rekisteri.ui.formats import format_number
from rekisteri.ui.icons import icon
from rekisteri.ui.preferences import preferences
from rekisteri.ui.role_gate import apply_role
from rekisteri.ui.shared_menu import SharedRegisterActions
from rekisteri.ui.wheel_guard import install_wheel_guard

# key -> (module, class, label, icon name)
PANES: tuple[tuple[str, str, str, str, str], ...] = (
    ("register", "rekisteri.ui.register_pane", "RegisterPane",
     QT_TRANSLATE_NOOP("MainWindow", "Register"), "register"),
    ("notice", "rekisteri.ui.notice_pane", "NoticePane",
     QT_TRANSLATE_NOOP("MainWindow", "Privacy notice"), "notice"),
    ("review", "rekisteri.ui.review_pane", "ReviewPane",
     QT_TRANSLATE_NOOP("MainWindow", "Review"), "review"),
    ("requests", "rekisteri.ui.requests_pane", "RequestsPane",
     QT_TRANSLATE_NOOP("MainWindow", "Requests"), "requests"),
    ("breaches", "rekisteri.ui.breaches_pane", "BreachesPane",
     QT_TRANSLATE_NOOP("MainWindow", "Breaches"), "breaches"),
    ("record", "rekisteri.ui.record_pane", "RecordPane",
     QT_TRANSLATE_NOOP("MainWindow", "Record of processing"), "record"),
    # Settings last: Ctrl+number counts the panes in this order.
    ("settings", "rekisteri.ui.settings_pane", "SettingsPane",
     QT_TRANSLATE_NOOP("MainWindow", "Settings"), "settings"),
)  # fmt: skip
BANNER_INTERVAL_MS = 24 * 60 * 60 * 1000
# Start-up: the banners and counts wait this long after the window shows (see __init__).
STATUS_DELAY_MS = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(
        self, register: Register, parent: QWidget | None = None, *, defer_status: bool = False
    ) -> None:
        """``defer_status``: fill the status bar and the banners once the window is shown.

        At start-up they cost a third of a second at 100,000 customers (the review banner
        counts what is past due), which the list need not wait for.
        """
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_wheel_guard(app)  # before the panes: their widgets are polished guarded
        self.register = register
        self.setWindowTitle(self.tr("Rekisteri"))
        self.setObjectName("mainWindow")
        self.panes: dict[str, QWidget] = {}
        self._pane_index: dict[str, int] = {}
        self.current_key = ""

        central = QWidget()
        col = QVBoxLayout(central)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        self.banner_area = BannerArea()
        self.banner_area.open_pane.connect(self.show_pane)
        col.addWidget(self.banner_area)
        self.stack = QStackedWidget()
        col.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_navigation()
        self._build_menus()
        self._build_toolbar()
        apply_role(self)
        self.counts_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts_label)
        # The 72-hour clock of a breach (GDPR Art. 33), shown only while one runs.
        self.breach_label = QLabel()
        self.breach_label.setObjectName("breachClock")
        tint(self.breach_label, "error", "font-weight: bold;")  # readable in both palettes
        self.breach_label.hide()
        self.statusBar().addPermanentWidget(self.breach_label)
        self.breach_timer = QTimer(self)
        self.breach_timer.setInterval(60_000)
        self.breach_timer.timeout.connect(self.update_breach_clock)
        self.breach_timer.start()

        self.banner_timer = QTimer(self)
        self.banner_timer.setInterval(BANNER_INTERVAL_MS)
        self.banner_timer.timeout.connect(lambda: self.check_banners(reset_dismissed=True))
        self.banner_timer.start()

        self._restore_window()
        last = str(preferences().value("window/last_view", "register"))
        self.show_pane(last if last in {p[0] for p in PANES} else "register")
        self._status_pending = defer_status
        self.update_title()
        if not defer_status:
            self._fill_status()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._status_pending:
            # After the first frame is on screen, not before it: a zero timer would run
            # ahead of the window system's expose event.
            self._status_pending = False
            QTimer.singleShot(STATUS_DELAY_MS, self._fill_status)

    def _fill_status(self) -> None:
        self.update_counts()
        self.check_banners()

    # --- building -----------------------------------------------------------------------

    def _action(
        self, text: str, icon_name: str | None, shortcut: Any = None, slot: Any = None
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        # One key each, the same on every platform (a standard key may bind several).
        self.new_action = self._action(self.tr("&New customer"), "new", "Ctrl+N",
                                       self.new_customer)  # fmt: skip
        self.search_action = self._action(self.tr("&Search"), "search", "Ctrl+F",
                                          self.focus_search)  # fmt: skip
        self.save_action = self._action(self.tr("&Save"), "save", "Ctrl+S", self.save)
        self.delete_action = self._action(self.tr("&Delete customer…"), "delete",
                                          QKeySequence.StandardKey.Delete,
                                          self.delete_customer)  # fmt: skip
        self.ban_action = self._action(self.tr("Mark marketing &ban…"), "ban", "Ctrl+B",
                                       self.mark_ban)  # fmt: skip
        self.refresh_action = self._action(self.tr("&Refresh"), "refresh", "F5", self.refresh)
        self.quit_action = self._action(self.tr("&Quit"), "quit", "Ctrl+Q", self.close)
        self.about_action = self._action(self.tr("&About Rekisteri"), None, None, self.about)
        self.guide_action = self._action(self.tr("&User guide"), "help", "F1", self.show_guide)
        for action in (self.new_action, self.search_action, self.save_action, self.delete_action):
            tip_with_shortcut(action)
        tip_with_shortcut(
            self.ban_action,
            QCoreApplication.translate(
                "MainWindow", "Mark a marketing ban for the selected customers"
            ),
        )
        tip_with_shortcut(
            self.refresh_action,
            QCoreApplication.translate("MainWindow", "Read the list and the counts again"),
        )
        tip_with_shortcut(self.quit_action)
        tip_with_shortcut(
            self.guide_action,
            QCoreApplication.translate("MainWindow", "The user guide, at this view's chapter"),
        )

    def _build_navigation(self) -> None:
        self.nav = QToolBar(self.tr("Navigation"))
        self.nav.setObjectName("navigation")
        self.nav.setMovable(False)
        self.nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.nav.setIconSize(QSize(28, 28))
        self.nav_group = QActionGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_actions: dict[str, QAction] = {}
        for n, (key, _module, _cls, label, icon_name) in enumerate(PANES, start=1):
            action = QAction(icon(icon_name), _tr(label), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
            action.setToolTip(f"{_tr(label)} (Ctrl+{n})")
            action.triggered.connect(lambda _=False, k=key: self.show_pane(k))
            self.nav_group.addAction(action)
            self.nav.addAction(action)
            self.nav_actions[key] = action
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, self.nav)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        self.owner_actions = [  # hidden from an assistant (ui/role_gate.py)
            file_menu.addAction(self.tr("&Import…"), self.import_contacts),
            file_menu.addAction(self.tr("&Export mailing list…"), self.export_mailing_list),
            file_menu.addAction(self.tr("Export the whole &register…"), self.export_register),
        ]
        file_menu.addSeparator()
        self.shared_actions = SharedRegisterActions(self, self.register, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(self.search_action)
        edit.addAction(self.ban_action)
        edit.addSeparator()
        edit.addAction(self.delete_action)
        view = bar.addMenu(self.tr("&View"))
        for action in self.nav_actions.values():
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.refresh_action)
        view.addSeparator()
        self._build_appearance_menu(view.addMenu(self.tr("&Appearance")))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_appearance_menu(self, menu: QMenu) -> None:
        from rekisteri.ui.appearance import saved_appearance

        group = QActionGroup(self)
        group.setExclusive(True)
        self.appearance_actions: dict[str, QAction] = {}
        for key, text in (
            ("system", self.tr("Same as the &system")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(key == saved_appearance())
            action.triggered.connect(lambda _=False, k=key: self.set_appearance(k))
            group.addAction(action)
            self.appearance_actions[key] = action

    def set_appearance(self, choice: str) -> None:
        """Light or dark at once, remembered for the next start."""
        from rekisteri.ui.appearance import apply_appearance, save_appearance

        if isinstance(app := QApplication.instance(), QApplication):
            save_appearance(choice)
            apply_appearance(app, choice)
        self.appearance_actions[choice].setChecked(True)

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Customer"))
        tb.setObjectName("customerToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setIconSize(QSize(18, 18))
        self.toolbar = tb
        self._toolbar_key: str | None = None
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self._show_pane_actions()

    def _pane_actions(self, key: str) -> tuple[QAction, ...]:
        """The toolbar's actions for the pane in view: customer actions belong to the
        register, Save also to Settings; the menus keep them all."""
        if key in ("register", ""):
            return (self.new_action, self.save_action, self.ban_action, self.delete_action)
        if key == "settings":
            return (self.save_action,)
        return ()

    def _show_pane_actions(self) -> None:
        if self._toolbar_key == self.current_key:
            return
        self._toolbar_key = self.current_key
        self.toolbar.clear()
        actions = self._pane_actions(self.current_key)
        for action in actions:
            self.toolbar.addAction(action)
        if actions:
            self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)

    # --- panes --------------------------------------------------------------------------

    def pane(self, key: str) -> QWidget:
        """The pane for ``key``, built on first use."""
        if key not in self.panes:
            spec = next(p for p in PANES if p[0] == key)
            cls = getattr(importlib.import_module(spec[1]), spec[2])
            widget: QWidget = cls(self.register)
            signal = getattr(widget, "open_customer", None)
            if signal is not None:
                signal.connect(self.show_customer)
            setting = getattr(widget, "open_setting", None)
            if setting is not None:
                setting.connect(self.show_setting)
            changed = getattr(widget, "data_changed", None)
            if changed is not None:
                changed.connect(self.update_counts)
                changed.connect(lambda *_: self.check_banners())
            if key == "register":
                # Panes are imported by name on first use, so here each is just a QWidget.
                widget.dirty_changed.connect(self._dirty_changed)  # type: ignore[attr-defined]
                widget.target_changed.connect(self._update_actions)  # type: ignore[attr-defined]
            self.panes[key] = widget
            self._pane_index[key] = self.stack.addWidget(widget)
        return self.panes[key]

    def show_pane(self, key: str) -> None:
        if key == self.current_key:
            self.nav_actions[key].setChecked(True)
            return
        # The settings pane is imported on first use (``pane``), so it is typed as a QWidget.
        if self.current_key == "settings" and not self.pane("settings").maybe_leave():  # type: ignore[attr-defined]
            self.nav_actions["settings"].setChecked(True)
            return  # Cancel: stay, since coming back would reload the saved settings
        widget = self.pane(key)
        if self.current_key == "register" and key != "register":
            self.register_pane.detail.mask_all()
        if key != self.current_key and self.current_key:
            refresh = getattr(widget, "refresh", None)
            if refresh is not None:
                refresh()
        self.stack.setCurrentIndex(self._pane_index[key])
        self.current_key = key
        self.nav_actions[key].setChecked(True)
        self._update_actions()

    def show_setting(self, key: str) -> None:
        """Open Settings at the field a finding names ("controller.email", "processors")."""
        self.show_pane("settings")
        self.pane("settings").focus_setting(key)  # type: ignore[attr-defined]  # see show_pane

    @property
    def register_pane(self) -> Any:
        return self.pane("register")

    def show_customer(self, customer_id: int, contact_id: int | None = None) -> None:
        self.show_pane("register")
        self.register_pane.show_customer(customer_id, contact_id)
        self._update_actions()

    def _update_actions(self) -> None:
        on_register = self.current_key == "register"
        self.search_action.setEnabled(on_register)
        target = on_register and self.register_pane.has_target()
        for a in (self.ban_action, self.delete_action):
            a.setEnabled(target)
        dirty = on_register and self.register_pane.has_unsaved_changes()
        self.save_action.setEnabled(dirty or self.current_key == "settings")
        self._show_pane_actions()

    def _dirty_changed(self, _dirty: bool) -> None:
        self._update_actions()

    # --- commands -----------------------------------------------------------------------

    def new_customer(self) -> None:
        self.show_pane("register")
        self.register_pane.new_customer()
        self._update_actions()

    def focus_search(self) -> None:
        self.show_pane("register")
        self.register_pane.focus_search()

    def save(self) -> None:
        target = self.panes.get(self.current_key)
        save = getattr(target, "save", None)
        if save is not None:
            save()
        self._update_actions()

    def delete_customer(self) -> None:
        if self.current_key == "register":
            self.register_pane.delete_selected()

    def mark_ban(self) -> None:
        if self.current_key == "register":
            self.register_pane.mark_ban_selected()

    def import_contacts(self) -> None:
        from rekisteri.ui.import_wizard import open_import_wizard

        if open_import_wizard(self.register, self):
            self.refresh()

    def export_mailing_list(self) -> None:
        from rekisteri.ui.export_dialog import open_export_dialog

        open_export_dialog(self.register, self)

    def export_register(self) -> None:
        from rekisteri.ui.export_dialog import open_register_export

        open_register_export(self.register, self)

    def refresh(self) -> None:
        widget = self.panes.get(self.current_key)
        if widget is not None and hasattr(widget, "refresh"):
            widget.refresh()
        self.update_counts()
        self.check_banners()

    def update_title(self) -> None:
        """The business in the title bar at once (one setting read); the counts may wait."""
        name = self.register.get_controller().business_name.strip()
        self.setWindowTitle(f"{name} – Rekisteri" if name else "Rekisteri")

    def update_counts(self) -> None:
        from rekisteri.ui.review_pane import next_review_text

        self.update_title()
        c = self.register.counts()
        self.counts_label.setText(
            QCoreApplication.translate(
                "MainWindow",
                "Customers: {customers} · Contact persons: {contacts} · Marketing bans: {bans}",
            ).format(
                customers=format_number(c.customers),
                contacts=format_number(c.contacts),
                bans=format_number(c.banned_contacts),
            )
            + " · "
            + next_review_text(self.register)
        )
        self.update_breach_clock()

    def update_breach_clock(self) -> None:
        from rekisteri.ui.breaches_pane import breach_status

        text = breach_status(self.register)
        self.breach_label.setText(text)
        self.breach_label.setVisible(bool(text))

    def check_banners(self, *, reset_dismissed: bool = False) -> None:
        self.banner_area.set_banners(
            collect_banners(self.register), reset_dismissed=reset_dismissed
        )

    def show_guide(self) -> None:
        """F1: the guide at the chapter of the pane in view."""
        from rekisteri.ui.guide import PANE_CHAPTERS, show_guide

        show_guide(self, PANE_CHAPTERS.get(self.current_key, "index"))

    def about(self) -> None:
        from rekisteri.ui.about import show_about

        show_about(self, self.register.db.location)

    # --- window state -------------------------------------------------------------------

    def _restore_window(self) -> None:
        prefs = preferences()
        geometry = prefs.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(1280, 800)
        state = prefs.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_window_state(self) -> None:
        prefs = preferences()
        prefs.setValue("window/geometry", self.saveGeometry())
        prefs.setValue("window/state", self.saveState())
        prefs.setValue("window/last_view", self.current_key or "register")
        for widget in self.panes.values():
            save_state = getattr(widget, "save_state", None)
            if save_state is not None:
                save_state()
        prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for widget in self.panes.values():
            leave = getattr(widget, "maybe_leave", None)
            if leave is not None and not leave():
                event.ignore()
                return
        self.save_window_state()
        event.accept()
