"""Every item model the panes show passes pytest-qt's model tester.

The tester checks the contract views rely on (row and column counts, parents, indexes,
header data, and the signals around a reset), so a model that lies to its view fails here
rather than as a blank or crashing table in front of the user.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rekisteri.core.register import Register
from rekisteri.ui.mainwindow import PANES, MainWindow


def _own_models(window: MainWindow) -> list[QAbstractItemModel]:
    """The app's own models under the window (Qt's internal ones are Qt's to test)."""
    found = []
    for model in window.findChildren(QAbstractItemModel):
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        if source is not None and type(source).__module__.startswith("rekisteri."):
            found.append(model)
    return found


@pytest.mark.parametrize("pane", [spec[0] for spec in PANES])
def test_the_models_of_each_pane_keep_the_contract(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_register: Register, pane: str
) -> None:
    window = MainWindow(demo_register)
    qtbot.addWidget(window)
    window.show()
    window.show_pane(pane)
    assert window.current_key == pane
    models = _own_models(window)
    assert models, "the window shows no model of its own"
    for model in models:
        qtmodeltester.check(model, force_py=True)
