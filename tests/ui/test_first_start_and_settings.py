"""An empty register guides the first steps; Settings edits the controller's details."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from rekisteri.core.register import Register
from rekisteri.ui.mainwindow import PANES, MainWindow
from rekisteri.ui.register_pane import PAGE_LIST, PAGE_WELCOME


@pytest.fixture
def empty_window(qtbot, show_window, register: Register) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(register)
    show_window(w)
    yield w
    w.register_pane.detail.clear()
    if "settings" in w.panes:
        w.panes["settings"].general.form.load()  # type: ignore[attr-defined]
    w.close()
    w.deleteLater()


def test_empty_register_offers_next_steps(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = empty_window.register_pane
    assert pane.stack.currentIndex() == PAGE_WELCOME
    assert pane.welcome.demo_button.isVisible() and pane.welcome.new_button.isVisible()
    assert not empty_window.ban_action.isEnabled()  # nothing to act on yet
    assert not empty_window.delete_action.isEnabled()
    assert "controller" not in empty_window.banner_area.widgets  # the page asks itself


def test_short_settings_form_validates_and_saves(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    welcome = empty_window.register_pane.welcome
    edits = welcome.form.edits
    qtbot.keyClicks(edits["business_name"], "Kuvaamo Testi Tmi")
    qtbot.keyClicks(edits["business_id"], "1572860-1")
    qtbot.mouseClick(welcome.save_button, Qt.MouseButton.LeftButton)
    assert "Y-tunnus" in welcome.form.errors.message_for("business_id")
    assert not empty_window.register.get_controller().is_configured

    edits["business_id"].clear()
    qtbot.keyClicks(edits["business_id"], "1572860-0")
    qtbot.keyClicks(edits["contact_person_name"], "Aino Virtanen")
    qtbot.mouseClick(welcome.save_button, Qt.MouseButton.LeftButton)
    saved = empty_window.register.get_controller()
    assert (saved.business_name, saved.business_id) == ("Kuvaamo Testi Tmi", "1572860-0")
    assert "Kuvaamo Testi Tmi" in empty_window.windowTitle()


def test_create_demo_register_with_progress(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = empty_window.register_pane
    qtbot.mouseClick(pane.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert empty_window.register.count_customers() == 500
    assert pane.stack.currentIndex() == PAGE_LIST
    assert pane.model.total == 500
    assert "Customers: 500" in empty_window.counts_label.text()
    assert empty_window.register.get_controller().is_configured


def test_first_customer_from_the_welcome_page(qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pane = empty_window.register_pane
    qtbot.mouseClick(pane.welcome.new_button, Qt.MouseButton.LeftButton)
    assert pane.stack.currentIndex() == PAGE_LIST
    detail = pane.detail
    qtbot.keyClicks(detail.form.name, "Eka Asiakas Oy")
    qtbot.keyClicks(detail.editors[0].last_name, "Salo")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert pane.model.total == 1 and pane.model.row_at(0).name == "Eka Asiakas Oy"


def test_settings_page_shows_errors_beside_fields(
    qtbot, show_window, demo_register: Register
) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_register)
    show_window(w)
    # Settings is the last pane: Ctrl+ its place in the navigation.
    place = [p[0] for p in PANES].index("settings") + 1
    qtbot.keyClick(w, Qt.Key(Qt.Key.Key_0.value + place), Qt.KeyboardModifier.ControlModifier)
    assert w.current_key == "settings"
    page = w.panes["settings"].general  # type: ignore[attr-defined]
    email = page.form.edits["email"]
    email.clear()
    qtbot.keyClicks(email, "not an address")
    phone = page.form.edits["phone"]
    phone.clear()
    qtbot.keyClicks(phone, "123")
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.form.errors.message_for("email")
    assert page.form.errors.message_for("phone")
    assert demo_register.get_controller().email == "info@revontuli.example.fi"
    assert str(demo_register.db.path) in [lbl.text() for lbl in page.findChildren(QLabel)]
    page.form.load()
    w.close()


def test_closing_with_unsaved_settings_asks(
    qtbot, show_window, demo_register: Register, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_register)
    show_window(w)
    w.show_pane("settings")
    page = w.panes["settings"].general  # type: ignore[attr-defined]
    qtbot.keyClicks(page.form.edits["city"], "x")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
    w.close()
    assert not w.isVisible()
    assert demo_register.get_controller().city == "Seinäjokix"


def test_settings_have_one_save_for_every_page(
    qtbot, show_window, demo_register: Register, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from rekisteri.ui.settings.retention import RetentionSettingsPage

    w = MainWindow(demo_register)
    show_window(w)
    w.show_pane("settings")
    pane = w.panes["settings"]
    saves = [b for b in pane.findChildren(QPushButton) if b.text() == "Save"]
    assert saves == [pane.save_button]  # no Save per group
    assert not pane.save_button.isEnabled()  # nothing changed yet
    retention = next(p for p in pane.pages if isinstance(p, RetentionSettingsPage))
    before = demo_register.retention.review_interval_months()
    retention.interval.setValue(before - 1)
    qtbot.keyClicks(pane.general.form.edits["city"], "x")
    assert pane.save_button.isEnabled() and pane.has_unsaved_changes()
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert demo_register.retention.review_interval_months() == before - 1
    assert demo_register.get_controller().city == "Seinäjokix"
    assert not pane.save_button.isEnabled() and pane.saved_label.text() == "Settings saved."

    # Unsaved settings on any page are protected like customer edits.
    retention.interval.setValue(before)
    asked: list[str] = []

    def cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Unsaved changes"] and w.current_key == "settings"
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.current_key == "register"
    assert demo_register.retention.review_interval_months() == before - 1
    assert retention.interval.value() == before - 1
    w.close()


def test_toolbar_shows_the_actions_of_the_pane_in_view(
    qtbot, show_window, demo_register: Register
) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_register)
    show_window(w)
    w.show_pane("register")
    assert w.new_action in w.toolbar.actions() and w.ban_action in w.toolbar.actions()
    w.show_pane("notice")
    assert w.new_action not in w.toolbar.actions()
    assert w.ban_action not in w.toolbar.actions() and w.delete_action not in w.toolbar.actions()
    assert w.refresh_action in w.toolbar.actions()
    w.show_pane("settings")
    assert w.save_action in w.toolbar.actions() and w.new_action not in w.toolbar.actions()
    w.show_pane("register")
    assert w.delete_action in w.toolbar.actions()
    assert all(a.toolTip() for a in w.toolbar.actions() if not a.isSeparator())
    w.close()
