"""The review pane, its banner and the retention settings page, driven like a user would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox
from retention_support import INVOICE, MEETING, D

from rekisteri.core.errors import NotFoundError
from rekisteri.core.register import Register
from rekisteri.core.retention import Effect, ReviewDecision
from rekisteri.ui.review_models import ReviewModel
from rekisteri.ui.review_pane import ReviewPane, next_review_text, review_banner


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> None:
    from rekisteri.ui.preferences import use_settings_path

    use_settings_path(tmp_path / "qsettings")


def _select(pane: ReviewPane, rows: list[int]) -> None:
    sel = pane.table.selectionModel()
    sel.clearSelection()
    for row in rows:
        sel.select(
            pane.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _row_of(pane: ReviewPane, name: str) -> int:
    return next(r for r in range(pane.model.rowCount()) if pane.model.item(r).name == name)


def test_banner_appears_when_records_are_due_or_the_review_is(qtbot, register: Register, mk, clock):
    assert review_banner(register) is None
    old = mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    banner = review_banner(register)
    assert banner is not None and banner.pane == "review" and "1 record" in banner.text
    register.retention.apply([ReviewDecision("customer", old, "delete")])
    assert review_banner(register) is None
    clock.set(D(2027, 11, 23))  # a year on: the review itself is due
    banner = review_banner(register)
    assert banner is not None and "due" in banner.text
    assert next_review_text(register) == "Next review: 22 Nov 2027"


def test_main_window_shows_the_banner_and_opens_the_review(
    qtbot, register: Register, mk, monkeypatch
):
    from rekisteri.ui.mainwindow import MainWindow

    mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    window = MainWindow(register)
    qtbot.addWidget(window)
    widget = window.banner_area.widgets["retention.review"]
    assert "Next review: 22 Nov 2027" in window.counts_label.text()
    qtbot.mouseClick(widget.action_button, Qt.MouseButton.LeftButton)
    assert window.current_key == "review"
    pane = window.pane("review")
    assert isinstance(pane, ReviewPane) and pane.model.rowCount() == 1
    assert not pane.execute_button.isEnabled()  # undecided: nothing to execute yet
    _select(pane, [0])
    qtbot.mouseClick(pane.bulk_buttons["delete"], Qt.MouseButton.LeftButton)
    monkeypatch.setattr(pane, "confirm", lambda outcome: True)
    monkeypatch.setattr(pane, "ask_minutes_path", lambda name: "")
    qtbot.mouseClick(pane.execute_button, Qt.MouseButton.LeftButton)
    assert "retention.review" not in window.banner_area.widgets  # nothing due any more
    assert "Customers: 0" in window.counts_label.text()


def test_pane_decisions_carry_through_to_the_register(
    qtbot, register: Register, mk, tmp_path: Path, monkeypatch
):
    a = mk("Poistuva Oy", events=[(D(2019, 2, 3), MEETING, "")])
    b = mk("Anonyymi Oy", events=[(D(2019, 3, 3), MEETING, "")])
    c = mk("Pidettävä Oy", events=[(D(2019, 4, 3), MEETING, "")])
    d = mk("Myöhemmin Oy", events=[(D(2019, 5, 3), MEETING, "")])
    booked = mk("Laskutettu Oy", events=[(D(2021, 5, 15), INVOICE, "2021-014")])
    pane = ReviewPane(register)
    qtbot.addWidget(pane)
    pane.resize(1100, 600)
    pane.show()
    assert pane.model.rowCount() == 5
    hold_row = _row_of(pane, "Laskutettu Oy")
    hold = pane.model.index(hold_row, ReviewModel.COL_HOLD).data()
    assert hold == "kept until 31 Dec 2027: bookkeeping, invoice 2021-014"

    assert {pane.model.choice(r).action for r in range(5)} == {""}  # nothing pre-decided
    # Bulk: delete two rows explicitly, anonymise one row through the button.
    _select(pane, [_row_of(pane, "Poistuva Oy"), hold_row])
    qtbot.mouseClick(pane.bulk_buttons["delete"], Qt.MouseButton.LeftButton)
    _select(pane, [_row_of(pane, "Anonyymi Oy")])
    qtbot.mouseClick(pane.bulk_buttons["anonymise"], Qt.MouseButton.LeftButton)
    # Keep: the dialog's reason and date (answered here) go with the decision.
    monkeypatch.setattr(pane, "ask_keep", lambda n: ("takuu", D(2027, 6, 30)))
    _select(pane, [_row_of(pane, "Pidettävä Oy")])
    qtbot.mouseClick(pane.bulk_buttons["keep"], Qt.MouseButton.LeftButton)
    # Per row: the decision column's combo box, set to "Undecided".
    index = pane.model.index(_row_of(pane, "Myöhemmin Oy"), ReviewModel.COL_DECISION)
    pane.table.setCurrentIndex(index)
    pane.table.edit(index)
    combo = pane.table.viewport().findChild(QComboBox)
    assert combo is not None
    combo.setCurrentIndex(combo.findData(""))
    combo.activated.emit(combo.currentIndex())
    pane.table.closePersistentEditor(index)
    assert pane.model.choice(index.row()).action == ""

    pane.grab().save("/tmp/review_pane.png")

    shown = []
    monkeypatch.setattr(pane, "show_outcome", lambda outcome, title: shown.append(outcome))
    qtbot.mouseClick(pane.dry_run_button, Qt.MouseButton.LeftButton)
    assert shown[0].counts == {
        Effect.DELETED: 1,
        Effect.ANONYMISED: 1,
        Effect.KEPT: 1,
        Effect.REDUCED: 1,
    }
    minutes = tmp_path / "minutes.pdf"
    monkeypatch.setattr(pane, "confirm", lambda outcome: True)
    monkeypatch.setattr(pane, "ask_minutes_path", lambda name: str(minutes))
    qtbot.mouseClick(pane.execute_button, Qt.MouseButton.LeftButton)
    assert pane.last_outcome is not None
    assert pane.last_outcome.comparable() == shown[0].comparable()

    for gone in (a, b):
        with pytest.raises(NotFoundError):
            register.get_customer(gone)
    assert register.get_customer(c).due_on == D(2027, 6, 30)
    assert register.get_customer(d).due_on == D(2024, 5, 3)  # undecided: still due
    assert register.get_customer(booked).contacts == ()
    assert len(register.retention.anonymised_records()) == 1
    text = " ".join(PdfReader(io.BytesIO(minutes.read_bytes())).pages[0].extract_text().split())
    assert "Pidettävä Oy" in text and "takuu" in text
    # After executing, only the undecided record is left, and the history shows the review.
    assert pane.model.rowCount() == 1
    assert pane.history_model.rowCount() == 1
    pane.grab().save("/tmp/review_pane_after.png")


def test_settings_page_edits_rules_and_periods(qtbot, register: Register, mk, monkeypatch):
    from rekisteri.ui.settings.retention import RetentionSettingsPage
    from rekisteri.ui.settings.retention_rules import RuleDialog

    booked = mk("Laskutettu Oy", events=[(D(2021, 5, 15), INVOICE, "2021-014")])
    register.delete_customer(booked)  # only the bookkeeping data is left
    page = RetentionSettingsPage(register)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    assert page.model.rowCount() == 4
    page.bookkeeping.setCurrentIndex(page.bookkeeping.findData(6))
    assert page.save()  # the Settings pane's one Save calls this
    assert not page.is_dirty()
    assert register.retention.bookkeeping_years() == 6
    assert register.get_customer(booked).due_on == D(2027, 12, 31)
    page.interval.setValue(61)  # clamped by the spin box: five years is the longest gap
    assert page.interval.value() == 60

    prospect = next(r for r in register.retention.list_rules() if r.key == "prospect")
    dialog = RuleDialog(register, prospect, page)
    qtbot.addWidget(dialog)
    dialog.years.setValue(3)
    dialog.save()
    assert dialog.saved is not None and dialog.saved.period_years == 3
    assert dialog.saved.key == "prospect"  # name untouched: still the translated default
    bad = RuleDialog(register, None, page)
    qtbot.addWidget(bad)
    bad.save()
    assert bad.saved is None and "name" in bad.error.text()
    page.refresh()
    page.grab().save("/tmp/retention_settings.png")


def test_holds_dialog_adds_and_removes_a_dispute_hold(qtbot, register: Register, mk):
    from PySide6.QtCore import QDate

    from rekisteri.ui.holds_dialog import HoldsDialog

    cid = mk("Riita Oy", events=[(D(2019, 2, 3), MEETING, "")])
    dialog = HoldsDialog(register, cid)
    qtbot.addWidget(dialog)
    assert "3 Feb 2024" in dialog.due_label.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("dispute"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "reason" in dialog.error.text()  # a hold needs its reason
    qtbot.keyClicks(dialog.reason, "reklamaatio 4/2026")
    dialog.until.setDate(QDate(2027, 6, 30))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and dialog.changed
    assert register.get_customer(cid).due_on == D(2027, 6, 30)
    assert "kept until 30 Jun 2027: dispute, reklamaatio 4/2026" in dialog.due_label.text()
    dialog.show()
    dialog.grab().save("/tmp/holds_dialog.png")
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert register.get_customer(cid).due_on == D(2024, 2, 3)


def test_records_start_undecided_also_after_a_restart(qtbot, register: Register, mk):
    mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    mk("Vanhempi Oy", events=[(D(2018, 2, 3), MEETING, "")])
    for _start in range(2):  # a new pane is what a restart builds
        pane = ReviewPane(register)
        qtbot.addWidget(pane)
        assert [pane.model.choice(r).action for r in range(2)] == ["", ""]
        assert pane.model.decisions() == []
        assert not pane.dry_run_button.isEnabled() and not pane.execute_button.isEnabled()
        assert not pane.bulk_buttons["delete"].isEnabled()  # nothing selected
        tip = pane.model.index(0, ReviewModel.COL_DECISION).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == "The rule suggests: Delete"


def test_execute_counts_the_undecided_rows_that_stay(qtbot, register: Register, mk):
    for n in range(3):
        mk(f"Vanha {n} Oy", events=[(D(2019, 2, 3 + n), MEETING, "")])
    pane = ReviewPane(register)
    qtbot.addWidget(pane)
    _select(pane, [0])
    qtbot.mouseClick(pane.bulk_buttons["delete"], Qt.MouseButton.LeftButton)
    assert [pane.model.choice(r).action for r in range(3)] == ["delete", "", ""]
    assert pane.model.undecided_count() == 2
    text = pane.confirm_text(register.retention.dry_run(pane.model.decisions()))
    assert "Would delete: 1" in text
    assert "Undecided records: 2. They stay in the register for the next review." in text
    _select(pane, [1, 2])
    qtbot.mouseClick(pane.bulk_buttons["delete"], Qt.MouseButton.LeftButton)
    text = pane.confirm_text(register.retention.dry_run(pane.model.decisions()))
    assert "Would delete: 3" in text and "Undecided" not in text


def test_dry_run_says_what_would_happen(qtbot, register: Register, mk, on_dialog):
    from rekisteri.ui.review_dialogs import OutcomeDialog

    mk("Poistuva Oy", events=[(D(2019, 2, 3), MEETING, "")])
    mk("Anonyymi Oy", events=[(D(2019, 3, 3), MEETING, "")])
    pane = ReviewPane(register)
    qtbot.addWidget(pane)
    _select(pane, [_row_of(pane, "Poistuva Oy")])
    qtbot.mouseClick(pane.bulk_buttons["delete"], Qt.MouseButton.LeftButton)
    _select(pane, [_row_of(pane, "Anonyymi Oy")])
    qtbot.mouseClick(pane.bulk_buttons["anonymise"], Qt.MouseButton.LeftButton)
    seen: dict[str, object] = {}

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, OutcomeDialog)
        seen["summary"] = dialog.summary.text()
        model = dialog.model
        seen["effects"] = sorted(
            model.index(r, model.COL_EFFECT).data() for r in range(model.rowCount())
        )
        seen["headers"] = [
            model.headerData(c, Qt.Orientation.Horizontal)
            for c in (model.COL_REMOVED, model.COL_KEPT)
        ]
        dialog.reject()

    on_dialog(look)
    qtbot.mouseClick(pane.dry_run_button, Qt.MouseButton.LeftButton)
    assert seen["summary"] == "Would anonymise: 1 · Would delete: 1"
    assert seen["effects"] == ["Would anonymise", "Would delete"]
    assert seen["headers"] == ["Would be removed", "Would be kept"]
    assert register.retention.review_list()  # a dry run changes nothing
