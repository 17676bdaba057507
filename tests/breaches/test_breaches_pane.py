"""The Breaches pane driven as a user would: log, see the clock, decide, notify, print."""

from __future__ import annotations

from breach_support import hki, pdf_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from rekisteri.core import demo
from rekisteri.core.breaches.kinds import RiskLevel
from rekisteri.ui import breach_decision, breach_dialogs, breaches_pane
from rekisteri.ui.breach_models import COL_DEADLINE, COL_REMAINING, COL_STAGE
from rekisteri.ui.breaches_pane import BreachesPane, breach_status, breaches_banner
from rekisteri.ui.mainwindow import MainWindow


def _click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _choose(qtbot, radio) -> None:  # type: ignore[no-untyped-def]
    """On the indicator: a stretched radio button's middle may be empty space."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def test_log_decide_copy_and_print(qtbot, demo_register, clock, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reg = demo_register
    customer = reg.list_customers(limit=1).rows[0]
    pane = BreachesPane(reg)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.model.rowCount() == 0 and breaches_banner(reg) is None

    def fill_log(dialog):  # type: ignore[no-untyped-def]
        dialog.aware_edit.setDateTime(
            breach_dialogs.moment_edit(hki(2026, 11, 22, 20, 15)).dateTime()
        )
        _click(qtbot, dialog.nature_boxes[next(iter(dialog.nature_boxes))])
        qtbot.keyClicks(dialog.description_edit, "Laptop stolen on the train.")
        dialog.tabs.setCurrentIndex(3)
        qtbot.keyClicks(dialog.search_edit, customer.name.split()[0])
        _click(qtbot, dialog.search_button)
        row = next(
            i for i in range(dialog.found.count()) if dialog.found.item(i).text() == customer.name
        )
        dialog.found.setCurrentRow(row)
        _click(qtbot, dialog.add_button)
        _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        return dialog.result()

    monkeypatch.setattr(breach_dialogs.LogBreachDialog, "exec", fill_log)
    _click(qtbot, pane.log_button)
    assert pane.model.rowCount() == 1
    b = reg.breaches.list_all()[0]
    assert b.customer_ids == (customer.id,) and b.description == "Laptop stolen on the train."
    m = pane.model
    assert m.index(0, COL_STAGE).data() == "Assess the risk"
    assert m.index(0, COL_DEADLINE).data() == "25 Nov 2026, 20:15"
    assert m.index(0, COL_REMAINING).data() == "59 h 15 min left"
    assert breach_status(reg) == "Breach: 59 h 15 min left to notify"
    assert "awaiting a decision" in breaches_banner(reg).text

    def decide_high(dialog):  # type: ignore[no-untyped-def]
        ok = dialog.ok_button
        assert not ok.isEnabled()  # not before the user confirms
        _click(qtbot, dialog.questions["harm"])
        _click(qtbot, dialog.questions["sensitive"])
        assert dialog.level() is None  # suggested, never chosen for the owner
        assert RiskLevel.HIGH.label() in dialog.suggestion.text()
        _choose(qtbot, dialog.level_buttons[RiskLevel.HIGH])
        assert dialog.level() == "high"
        assert "Someone could suffer" in dialog.reasons_edit.toPlainText()
        _click(qtbot, dialog.confirm_box)
        _click(qtbot, ok)
        return dialog.result()

    monkeypatch.setattr(breach_decision.RiskDialog, "exec", decide_high)
    _click(qtbot, pane.assess_button)
    assert reg.breaches.get(b.id).risk == "high"
    assert m.index(0, COL_STAGE).data() == "Notify the authority"

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    pane.language_box.setCurrentIndex(pane.language_box.findData("fi"))
    _click(qtbot, pane.copy_button)
    copied = QApplication.clipboard().text()
    assert "Ilmoitus henkilötietojen tietoturvaloukkauksesta" in copied
    assert "Laptop stolen on the train." in copied

    out = tmp_path / "letters"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    assert pane.letters_button.isEnabled()
    _click(qtbot, pane.letters_button)
    letters = sorted(out.iterdir())
    assert len(letters) == len(reg.get_customer(customer.id).contacts) >= 1
    assert "Laptop stolen on the train." in pdf_text(letters[0].read_bytes())


def test_a_decision_not_to_notify_is_refused_without_reasons(qtbot, register, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from breach_support import stolen_laptop

    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15)))
    dialog = breach_decision.RiskDialog(register, b)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.level() is None  # nothing preselected, least of all "no notification"
    _click(qtbot, dialog.questions["protected"])
    _choose(qtbot, dialog.level_buttons[RiskLevel.NONE])
    assert dialog.level() == "none"
    dialog.reasons_edit.clear()
    _click(qtbot, dialog.confirm_box)
    _click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "reasons" in dialog.errors.text()
    assert register.breaches.get(b.id).risk == "undecided"
    qtbot.keyClicks(dialog.reasons_edit, "Encrypted disk, key kept apart.")
    _click(qtbot, dialog.ok_button)
    assert register.breaches.get(b.id).risk_reasons == "Encrypted disk, key kept apart."


def test_delete_asks_first(qtbot, register, monkeypatch, show_window) -> None:  # type: ignore[no-untyped-def]
    from breach_support import stolen_laptop

    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15)))
    pane = BreachesPane(register)
    qtbot.addWidget(pane)
    show_window(pane)
    pane.select(b.id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert register.breaches.list_all() != ()
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert register.breaches.list_all() == () and answers == []


def test_the_window_shows_the_clock_in_the_status_bar(qtbot, register, clock) -> None:  # type: ignore[no-untyped-def]
    from breach_support import stolen_laptop

    register.save_controller(demo.DEMO_CONTROLLER)
    window = MainWindow(register)
    qtbot.addWidget(window)
    assert window.breach_label.isHidden()
    register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15)))
    window.update_counts()
    assert window.breach_label.text() == "Breach: 59 h 15 min left to notify"
    assert not window.breach_label.isHidden()
    clock.set(hki(2026, 11, 26, 8, 15))
    window.update_breach_clock()
    assert window.breach_label.text() == "Breach: the 72 hours ran out 12 h 0 min ago"
    window.check_banners()
    assert "breaches" in window.banner_area.widgets
    window.nav_actions["breaches"].trigger()
    assert window.current_key == "breaches"
    assert isinstance(window.pane("breaches"), breaches_pane.BreachesPane)
