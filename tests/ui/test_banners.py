"""Start-up banners from feature providers: shown, clickable, and never fatal."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rekisteri.core.register import Register
from rekisteri.ui import banners
from rekisteri.ui.banners import Banner, collect_banners
from rekisteri.ui.mainwindow import MainWindow


def review_due(register: Register) -> Banner | None:
    return Banner("review", "3 records are due for review.", "Review now", "review")


def broken(register: Register) -> Banner | None:
    raise RuntimeError("provider bug")


def nothing(register: Register) -> Banner | None:
    return None


HERE = __name__


def test_collect_skips_failing_and_missing_providers(demo_register: Register) -> None:
    found = collect_banners(
        demo_register,
        (f"{HERE}:broken", f"{HERE}:review_due", "no.such.module:fn", f"{HERE}:nothing"),
    )
    assert [b.key for b in found] == ["review"]


def test_banner_button_opens_its_pane(qtbot, demo_register: Register, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(banners, "BANNER_PROVIDERS", (f"{HERE}:review_due", f"{HERE}:broken"))
    w = MainWindow(demo_register)
    qtbot.addWidget(w)
    w.show()
    widget = w.banner_area.widgets["review"]
    assert widget.isVisible() and "due for review" in widget.label.text()
    qtbot.mouseClick(widget.action_button, Qt.MouseButton.LeftButton)
    assert w.current_key == "review"


def test_dismissed_banner_returns_at_the_daily_check(
    qtbot, demo_register: Register, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(banners, "BANNER_PROVIDERS", (f"{HERE}:review_due",))
    w = MainWindow(demo_register)
    qtbot.addWidget(w)
    w.show()
    w.banner_area._dismiss("review")
    assert not w.banner_area.isVisible()
    w.check_banners()
    assert "review" not in w.banner_area.widgets
    assert w.banner_timer.isActive()
    w.banner_timer.timeout.emit()
    assert "review" in w.banner_area.widgets


def test_no_controller_banner_once_details_exist(qtbot, demo_register: Register) -> None:  # type: ignore[no-untyped-def]
    assert banners.controller_banner(demo_register) is None


def test_controller_banner_once_there_are_customers(qtbot, register: Register) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.core.dto import CustomerInput

    assert banners.controller_banner(register) is None  # the welcome page asks instead
    register.create_customer(CustomerInput(name="Eka Oy"))
    banner = banners.controller_banner(register)
    assert banner is not None and banner.pane == "settings"
