"""The processors settings page: edit in the table, save, and the notice names them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rekisteri.core import demo
from rekisteri.core.notice.document import SectionKey
from rekisteri.ui.settings.processors import ProcessorsModel, ProcessorsPage


def test_add_edit_save_processor(qtbot, register) -> None:
    register.save_controller(demo.DEMO_CONTROLLER)
    page = ProcessorsPage(register)
    qtbot.addWidget(page)
    page.show()
    assert page.title() == "Processors"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    model = page.model
    assert model.rowCount() == 1
    model.setData(model.index(0, ProcessorsModel.COL_NAME), " Pilvi LLC ")
    model.setData(model.index(0, ProcessorsModel.COL_PURPOSE), "varmuuskopiot")
    model.setData(
        model.index(0, ProcessorsModel.COL_OUTSIDE),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert page.is_dirty()
    assert page.save()  # the Settings pane's one Save calls this
    assert not page.is_dirty()
    (saved,) = register.notice.processors()
    assert (saved.name, saved.purpose, saved.outside_eea, saved.safeguard) == (
        "Pilvi LLC", "varmuuskopiot", True, "",
    )  # fmt: skip
    findings = register.notice.check(register.notice.new_from_template("fi"))
    assert [f.code for f in findings] == ["transfer_no_safeguard", "processor_no_agreement"]
    transfers = register.notice.new_from_template("fi").find(SectionKey.TRANSFERS)
    assert "Pilvi LLC" in transfers.body
