"""The wheel over a form scrolls it; it never changes a combo, spin box or date edit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QSpinBox, QWidget

from rekisteri.core.register import Register
from rekisteri.ui.mainwindow import MainWindow
from rekisteri.ui.wheel_guard import WheelGuard, install_wheel_guard


def _wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the wheel over the middle of ``widget``, as the window system sends it."""
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def form(qtbot, show_window) -> Iterator[tuple[QWidget, QComboBox, QSpinBox, QDateEdit]]:  # type: ignore[no-untyped-def]
    install_wheel_guard(QApplication.instance())  # type: ignore[arg-type]
    host = QWidget()
    combo, spin, date = QComboBox(host), QSpinBox(host), QDateEdit(host)
    combo.addItems(["a", "b", "c"])
    spin.setRange(0, 10)
    spin.setValue(5)
    date.setDate(QDate(2026, 6, 15))
    for n, w in enumerate((combo, spin, date)):
        w.move(0, 40 * n)
    qtbot.addWidget(host)
    show_window(host)
    yield host, combo, spin, date


def test_wheel_without_focus_changes_nothing(form) -> None:  # type: ignore[no-untyped-def]
    host, combo, spin, date = form
    host.setFocus()
    for w in (combo, spin, date):
        _wheel(w)
        _wheel(w.findChild(QWidget) or w)  # a spin box's inner line edit too
    assert combo.currentIndex() == 0
    assert spin.value() == 5
    assert date.date() == QDate(2026, 6, 15)
    assert not any(w.hasFocus() for w in (combo, spin, date))


def test_wheel_with_keyboard_focus_still_works(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    _host, combo, spin, _date = form
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentIndex() == 1
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin, steps=1)
    assert spin.value() == 6


def test_guard_is_installed_once_and_takes_wheel_focus_away(form) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert install_wheel_guard(app) is install_wheel_guard(app)  # type: ignore[arg-type]
    assert len(app.findChildren(WheelGuard)) == 1  # type: ignore[union-attr]
    _host, combo, _spin, _date = form
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_wheel_over_the_customer_form_leaves_it_unchanged(
    qtbot, show_window, demo_register: Register
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_register)
    qtbot.addWidget(window)
    show_window(window)
    pane = window.register_pane
    pane.view.selectRow(0)
    detail = pane.detail
    qtbot.waitUntil(lambda: detail.form.name.text() != "")
    combo = detail.form.data_source
    before = combo.currentIndex()
    window.register_pane.view.setFocus()
    _wheel(combo, steps=1 if before > 0 else -1)  # towards an item that exists
    assert combo.currentIndex() == before
    assert not detail.save_button.isEnabled()
    detail.clear()
