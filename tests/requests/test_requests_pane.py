import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from request_support import erasure_request, private_customer

from rekisteri.core.requests.dto import RequestInput
from rekisteri.ui import requests_dialogs, requests_pane
from rekisteri.ui.request_models import COL_DUE, COL_KIND, COL_PERSON, COL_URGENCY
from rekisteri.ui.requests_pane import RequestsPane, requests_banner


def _a_contact(register):
    detail = register.get_customer(register.list_customers(limit=5).rows[0].id)
    return detail.contacts[0]


def test_log_request_see_it_listed_and_make_the_pack(qtbot, demo_register, tmp_path, monkeypatch):
    reg = demo_register
    contact = _a_contact(reg)
    pane = RequestsPane(reg)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.model.rowCount() == 0

    def fill_and_accept(dialog):
        qtbot.keyClicks(dialog.search_edit, contact.last_name)
        qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
        row = next(
            i for i in range(dialog.hits.rowCount()) if dialog.hits.hit(i).contact_id == contact.id
        )
        dialog.hit_view.selectRow(row)
        assert dialog.name_edit.text() == contact.full_name
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("access"))
        dialog.received_edit.setDate(dialog.received_edit.date().addDays(-20))  # 2.11.2026
        qtbot.keyClicks(dialog.identity_edit, "Came from the e-mail address on file")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(requests_dialogs.LogRequestDialog, "exec", fill_and_accept)
    qtbot.mouseClick(pane.log_button, Qt.MouseButton.LeftButton)

    assert pane.model.rowCount() == 1
    m = pane.model
    assert m.index(0, COL_PERSON).data() == contact.full_name
    assert m.index(0, COL_KIND).data() == "Access to data"
    assert m.index(0, COL_DUE).data() == "2 Dec 2026"
    assert m.index(0, COL_URGENCY).data() == "Days left: 10"  # never blank while open
    tip = m.headerData(COL_URGENCY, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Empty once the request is answered" in tip
    request = reg.requests.list_open()[0]
    assert request.contact_id == contact.id and request.due_on == dt.date(2026, 12, 2)
    assert pane.selected() is not None and pane.selected().id == request.id
    assert pane.pack_button.isVisible() and pane.pack_button.isEnabled()

    opened = []
    pane.open_customer.connect(opened.append)
    qtbot.mouseClick(pane.open_button, Qt.MouseButton.LeftButton)
    assert opened == [contact.customer_id]

    out = tmp_path / "chosen"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    asked = []

    def answer_yes(parent, title, text, *a, **k):
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    qtbot.mouseClick(pane.pack_button, Qt.MouseButton.LeftButton)
    files = sorted(p.suffix for p in out.iterdir())
    assert files == [".csv", ".json", ".pdf"]
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["person"]["contact_id"] == contact.id
    assert [r["kind"] for r in data["requests"]] == ["access"]
    assert asked == ["Access pack saved"]
    answered = reg.requests.get(request.id)
    assert answered.status == "done" and answered.answered_on == dt.date(2026, 11, 22)
    assert pane.model.rowCount() == 0
    pane.grab().save(str(tmp_path / "pane.png"))


def test_overdue_and_due_soon_are_marked_in_words(qtbot, register, qapp):
    from rekisteri.ui.translations import install_translations

    install_translations(qapp, "en")  # as the app does: English plurals come from a catalogue
    register.requests.log(
        RequestInput(kind="erasure", person_name="A", received_on=dt.date(2026, 10, 1))
    )
    register.requests.log(
        RequestInput(kind="access", person_name="B", received_on=dt.date(2026, 10, 25))
    )
    pane = RequestsPane(register)
    qtbot.addWidget(pane)
    pane.show()
    m = pane.model
    # Received 1.10.: the month ends on Sunday 1.11., so the legal due date is Monday 2.11.
    assert m.index(0, COL_URGENCY).data() == "Overdue by 20 days"
    tip = m.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 Nov 2026" in tip and "2 Nov 2026" in tip
    assert m.index(0, COL_URGENCY).data(Qt.ItemDataRole.DecorationRole) is not None
    assert m.index(1, COL_URGENCY).data() == "Due this week: 3 days left"
    banner = requests_banner(register)
    assert banner is not None and banner.pane == "requests"
    assert banner.text == "2 open data-subject requests: 1 overdue, 1 due this week."


def test_no_banner_without_open_requests(register):
    assert requests_banner(register) is None


def test_objection_from_the_pane_bans_marketing(qtbot, demo_register, monkeypatch):
    contact = _a_contact(demo_register)
    r = demo_register.requests.log(RequestInput(kind="objection", contact_id=contact.id))
    pane = RequestsPane(demo_register)
    qtbot.addWidget(pane)
    pane.show()
    pane.select(r.id)
    assert pane.object_button.isVisible() and not pane.pack_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(pane.object_button, Qt.MouseButton.LeftButton)
    assert "all_marketing" in demo_register.get_contact(contact.id).banned_channels
    assert pane.model.rowCount() == 0  # answered, so off the open list
    assert requests_pane.RequestsPane is RequestsPane


def test_request_logged_by_name_is_linked_later(qtbot, demo_register, monkeypatch):
    contact = _a_contact(demo_register)
    r = demo_register.requests.log(RequestInput(kind="restriction", person_name=contact.full_name))
    pane = RequestsPane(demo_register)
    qtbot.addWidget(pane)
    pane.show()
    pane.select(r.id)
    assert pane.link_button.isVisible() and not pane.restrict_button.isEnabled()

    def pick_and_accept(dialog):
        hits = dialog.finder.hits
        row = next(i for i in range(hits.rowCount()) if hits.hit(i).contact_id == contact.id)
        dialog.finder.hit_view.selectRow(row)
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(requests_dialogs.LinkDialog, "exec", pick_and_accept)
    qtbot.mouseClick(pane.link_button, Qt.MouseButton.LeftButton)
    assert demo_register.requests.get(r.id).contact_id == contact.id
    assert not pane.link_button.isVisible() and pane.restrict_button.isEnabled()

    monkeypatch.setattr(
        requests_pane.ReasonDialog, "exec", lambda d: d.edit.setText("Disputed") or 1
    )
    qtbot.mouseClick(pane.restrict_button, Qt.MouseButton.LeftButton)
    assert demo_register.get_contact(contact.id).restricted


def test_erase_from_the_pane_shows_what_the_hold_keeps(qtbot, register, monkeypatch):
    customer_id, contact_id = private_customer(register, invoice=True)
    r = erasure_request(register, contact_id)
    pane = RequestsPane(register)
    qtbot.addWidget(pane)
    pane.show()
    pane.select(r.id)
    assert pane.erase_button.isVisible() and pane.erase_button.isEnabled()
    asked = []

    def answer_yes(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    qtbot.mouseClick(pane.erase_button, Qt.MouseButton.LeftButton)
    assert "Kept by law" in asked[0] and "31 Dec 2031" in asked[0]
    done = register.requests.get(r.id)
    assert done.status == "done" and "säilyttämään vielä laskun ja siinä olevat" in done.answer
    assert register.get_customer(customer_id).contacts == ()
    # The answered request stays listed and selected, its answer in view.
    assert pane.show_closed.isChecked() and pane.selected() is not None
    assert pane.selected().status == "done"


def test_requests_banner_is_registered():
    from rekisteri.ui.banners import BANNER_PROVIDERS

    assert "rekisteri.ui.requests_pane:requests_banner" in BANNER_PROVIDERS


def test_print_confirmation_letter_from_the_pane(qtbot, demo_register, tmp_path, monkeypatch):
    from io import BytesIO

    from pypdf import PdfReader

    from rekisteri.core.formats import format_date

    contact = _a_contact(demo_register)
    r = demo_register.requests.log(
        RequestInput(kind="access", contact_id=contact.id, received_on=dt.date(2026, 11, 2))
    )
    pane = RequestsPane(demo_register)
    qtbot.addWidget(pane)
    pane.show()
    pane.select(r.id)
    actions = pane.letter_menu.actions()
    assert [a.text() for a in actions] == ["Confirmation of receipt"]
    target = tmp_path / "kuittaus.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions[0].trigger()
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(target.read_bytes())).pages)
    due = format_date(dt.date(2026, 12, 2), contact.language)
    assert contact.full_name in text and due in text.replace("\n", " ")


def test_enter_in_the_person_search_picks_the_person_not_ok(qtbot, show_window, demo_register):
    contact = _a_contact(demo_register)
    dialog = requests_dialogs.LogRequestDialog(demo_register)
    qtbot.addWidget(dialog)
    show_window(dialog)
    dialog.search_edit.setFocus()
    qtbot.keyClicks(dialog.search_edit, contact.full_name)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_view is None  # OK was not pressed
    assert dialog.picked() is not None and dialog.picked().contact_id == contact.id
    assert dialog.name_edit.text() == contact.full_name
    qtbot.waitUntil(dialog.hit_view.hasFocus)
    qtbot.keyClick(dialog.hit_view, Qt.Key.Key_Enter)  # takes the person, moves on
    assert dialog.isVisible() and dialog.result_view is None
    qtbot.waitUntil(dialog.kind_box.hasFocus)
    assert not demo_register.requests.list_open()


def test_an_error_goes_away_once_its_field_is_fixed(qtbot, show_window, demo_register):
    dialog = requests_dialogs.LogRequestDialog(demo_register)
    qtbot.addWidget(dialog)
    show_window(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("access"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no name: refused, dialog stays
    assert dialog.isVisible() and dialog.errors.isVisible()
    assert dialog.errors.text().startswith("⚠")
    dialog.identity_edit.setFocus()
    qtbot.keyClicks(dialog.identity_edit, "ID card shown")
    assert dialog.errors.isVisible()  # another field: the name is still missing
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Maija Virta")
    assert not dialog.errors.isVisible()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result_view is not None and dialog.result_view.person_name == "Maija Virta"
