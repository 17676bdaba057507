"""Readable in a light and a dark palette: the colours the app sets itself have contrast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from rekisteri.core.enums import CustomerStatus
from rekisteri.core.register import Register
from rekisteri.ui import colors
from rekisteri.ui.appearance import (
    apply_appearance,
    dark_palette,
    light_palette,
    saved_appearance,
)
from rekisteri.ui.customer_model import COL_DUE, COL_NAME
from rekisteri.ui.field_errors import ErrorLabel
from rekisteri.ui.mainwindow import MainWindow

R = QPalette.ColorRole
AA = 4.5  # WCAG 2 AA for normal text


@pytest.fixture
def app_palette(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Whatever a test chooses, the next test starts with the platform's look again."""
    style, palette = qapp.style().name(), qapp.palette()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    colors.retint_all()


@pytest.mark.parametrize("make", [light_palette, dark_palette], ids=["light", "dark"])
def test_every_text_colour_has_contrast_on_its_background(qapp, make) -> None:  # type: ignore[no-untyped-def]
    palette = make()
    for role, background in colors.TEXT_ON.items():
        fg = colors.color(role, palette)
        bg = palette.color(R.Base) if background == "base" else colors.color(background, palette)
        assert colors.contrast(fg, bg) >= AA, (role, fg.name(), bg.name())
        if background == "base":  # list rows alternate: the other row colour too
            alternate = palette.color(R.AlternateBase)
            assert colors.contrast(fg, alternate) >= AA, (role, "alternate")
    for text, back in ((R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button)):
        assert colors.contrast(palette.color(text), palette.color(back)) >= AA
    assert colors.contrast(palette.color(R.Mid), palette.color(R.Window)) >= 3.0
    soon = colors.color("soon_tint", palette)
    assert colors.contrast(colors.color("on_tint", palette), soon) >= AA


def test_the_contrast_formula_knows_black_and_white() -> None:
    assert round(colors.contrast(QColor("black"), QColor("white")), 1) == 21.0
    assert colors.contrast(QColor("#777777"), QColor("#777777")) == 1.0


def test_dark_appearance_recolours_lists_and_labels(
    qtbot, demo_register: Register, app_palette
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_register)
    qtbot.addWidget(window)
    error = ErrorLabel()
    qtbot.addWidget(error)
    light_error = error.styleSheet()
    model = window.register_pane.model
    ended = next(
        i for i in range(model.rowCount()) if model.row_at(i).status == CustomerStatus.ENDED
    )

    window.appearance_actions["dark"].trigger()  # View › Appearance › Dark
    app = QApplication.instance()
    assert saved_appearance() == "dark"
    assert app.style().name().lower() == "fusion"
    assert colors.is_dark(app.palette())
    base = app.palette().color(R.Base)
    grey = model.data(model.index(ended, COL_NAME), Qt.ItemDataRole.ForegroundRole)
    assert colors.contrast(grey, base) >= AA
    assert error.styleSheet() != light_error  # the label took the dark variant at once
    assert colors.css("error") in error.styleSheet()

    window.appearance_actions["light"].trigger()
    assert not colors.is_dark(app.palette())
    overdue = next(
        (
            model.data(model.index(i, COL_DUE), Qt.ItemDataRole.ForegroundRole)
            for i in range(model.rowCount())
            if model.data(model.index(i, COL_DUE), Qt.ItemDataRole.ForegroundRole)
        ),
        None,
    )
    assert overdue is not None
    assert colors.contrast(overdue, app.palette().color(R.Base)) >= AA
    assert error.styleSheet() == light_error


def test_system_appearance_leaves_a_light_desktop_alone(qapp, app_palette) -> None:  # type: ignore[no-untyped-def]
    before = qapp.palette().color(R.Window)
    apply_appearance(qapp, "dark")
    assert colors.is_dark(qapp.palette())
    apply_appearance(qapp, "system")
    assert qapp.palette().color(R.Window) == before
