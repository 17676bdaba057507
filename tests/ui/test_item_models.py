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


def test_the_models_of_dialogs_keep_the_contract(qtmodeltester: ModelTester) -> None:
    """Models that live in a dialog the window opens only on demand, filled directly."""
    from rekisteri.core.marketing_reasons import Reason
    from rekisteri.ui.export_dialog import LeftOutModel
    from rekisteri.ui.request_models import PersonHit, PersonHitModel

    left_out = LeftOutModel()
    left_out.set_counts({reason: n + 1 for n, reason in enumerate(Reason)})
    assert left_out.rowCount() == len(Reason) > 0
    qtmodeltester.check(left_out, force_py=True)

    hits = PersonHitModel()
    hits.set_rows(
        [
            PersonHit(1, "Aino Testinen", "Testinen Tmi", "aino@example.fi", "fi"),
            PersonHit(2, "Bo Provsson", "Provsson Ab", "", "sv"),
        ]
    )
    assert hits.rowCount() == 2
    qtmodeltester.check(hits, force_py=True)
