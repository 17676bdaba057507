"""Every item model the panes show passes pytest-qt's model tester.

The tester checks the contract views rely on (row and column counts, parents, indexes,
header data, and the signals around a reset), so a model that lies to its view fails here
rather than as a blank or crashing table in front of the user.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rekisteri.core.dto import ConsentEventView
from rekisteri.core.io.preview import MergeChoice
from rekisteri.core.io.records import ImportField
from rekisteri.core.notice.templates import Processor
from rekisteri.core.register import Register
from rekisteri.core.retention import HoldKind
from rekisteri.core.retention.review import ReviewDecision
from rekisteri.ui.holds_dialog import HoldsDialog
from rekisteri.ui.import_models import COL_MAP_FIELD, MappingModel, PreviewModel
from rekisteri.ui.mainwindow import PANES, MainWindow
from rekisteri.ui.notice.dialogs import HistoryDialog
from rekisteri.ui.record_models import LedgerTableModel
from rekisteri.ui.review_models import OutcomeModel
from rekisteri.ui.settings.processors import ProcessorsModel

FIXTURES = Path(__file__).resolve().parent.parent / "io" / "fixtures"


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


def _with_ledger(register: Register) -> list[ConsentEventView]:
    """The ledger of the first demo contact who consented or banned something."""
    for customer_id in range(1, 201):
        for contact in register.get_customer(customer_id).contacts:
            if contact.ledger:
                return list(contact.ledger)
    raise AssertionError("the demo register has no ledger events")


def test_the_table_models_of_records_keep_the_contract(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_register: Register
) -> None:
    """The ledger, the holds and the published versions, each filled from the facade."""
    reg = demo_register
    reg.retention.add_hold(1, HoldKind.DISPUTE, "Riita laskusta", dt.date(2030, 1, 31))
    reg.retention.add_hold(1, HoldKind.OTHER, "Verotarkastus", dt.date(2029, 6, 30))
    holds = HoldsDialog(reg, 1)
    qtbot.addWidget(holds)
    assert holds.model.rowCount() >= 2
    qtmodeltester.check(holds.model, force_py=True)

    reg.notice.publish(reg.notice.get_draft())
    parent = QWidget()
    qtbot.addWidget(parent)
    history = HistoryDialog(reg, parent)
    assert history.model.rowCount() == 1
    qtmodeltester.check(history.model, force_py=True)

    # Last: the tester lets go of the last model it checked only at teardown, after the
    # dialogs (and the models they own) are gone.
    ledger = LedgerTableModel()
    ledger.set_items(_with_ledger(demo_register))
    assert ledger.rowCount() > 0
    qtmodeltester.check(ledger, force_py=True)


def test_the_review_outcome_model_keeps_the_contract(
    qtmodeltester: ModelTester, demo_register: Register
) -> None:
    items = demo_register.retention.review_list()
    decisions = [ReviewDecision(i.kind, i.id, i.suggested) for i in items]
    assert decisions, "the demo register has nothing due"
    outcome = demo_register.retention.dry_run(decisions)
    for dry_run in (True, False):
        model = OutcomeModel(outcome.lines, dry_run=dry_run)
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_the_import_wizard_models_keep_the_contract(
    qtmodeltester: ModelTester, demo_register: Register
) -> None:
    """The column mapping and the preview of a real file, edited as the wizard edits them."""
    source = demo_register.io.read(FIXTURES / "outlook.csv")
    mapping = MappingModel(source)
    assert mapping.rowCount() == len(source.headers) > 0
    qtmodeltester.check(mapping, force_py=True)
    index = mapping.index(0, COL_MAP_FIELD)
    assert mapping.setData(index, ImportField.IGNORE.value)
    assert mapping.mapping()[0] is ImportField.IGNORE
    assert mapping.data(index) == ImportField.IGNORE.label()

    preview = demo_register.io.preview(demo_register.io.read(FIXTURES / "google.csv"))
    model = PreviewModel(preview)
    assert model.rowCount() == len(preview.rows) > 0
    qtmodeltester.check(model, force_py=True)
    model.set_all_choices(MergeChoice.ADD)
    assert set(model.choices.values()) <= {MergeChoice.ADD}


def test_the_processors_model_keeps_the_contract(qtmodeltester: ModelTester) -> None:
    model = ProcessorsModel()
    model.set_rows([Processor("Tili-Apu Oy", "kirjanpito"), Processor("Mailer Inc", "uutiskirje")])
    qtmodeltester.check(model, force_py=True)
    row = model.add_row()
    assert model.setData(model.index(row, ProcessorsModel.COL_NAME), "  Pilvi Oy ")
    assert model.setData(
        model.index(row, ProcessorsModel.COL_OUTSIDE),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert model.rows[row] == Processor("Pilvi Oy", outside_eea=True)
    model.remove_row(0)
    assert [p.name for p in model.rows] == ["Mailer Inc", "Pilvi Oy"]
    qtmodeltester.check(model, force_py=True)
