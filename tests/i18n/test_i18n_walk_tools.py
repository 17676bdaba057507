"""The walk's own judges find what they are meant to find (so a clean report means something)."""

from __future__ import annotations

from i18n_pseudo import clipped_widgets, pseudo
from i18n_walk import Found, collect_texts, still_english, untranslated_words
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget


def test_pseudo_lengthens_by_forty_percent_and_keeps_placeholders() -> None:
    for text in ("Save", "Delete {n} customers?", "%n person(s) found.", "<b>{subject}</b> ok"):
        out = pseudo(text)
        visible = len(text.replace("<b>", "").replace("</b>", ""))
        assert len(out.replace("<b>", "").replace("</b>", "")) >= visible * 1.4 - 1
        for token in ("{n}", "%n", "<b>", "{subject}"):
            assert (token in text) == (token in out)
    assert pseudo("&File").startswith("[&")


def test_clipped_label_and_button_are_found(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("A label far too long for the room it is given", root)
    label.setGeometry(0, 0, 40, 20)
    button = QPushButton("A button text that does not fit", root)
    button.setGeometry(0, 30, 40, 25)
    fits = QLabel("Ok", root)
    fits.setGeometry(0, 60, 200, 20)
    root.resize(300, 100)
    root.show()
    clips = clipped_widgets(root)
    assert {c.text for c in clips} == {label.text(), button.text()}


def test_collect_reads_hidden_tabs_only_when_visited(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    tabs = QTabWidget(root)
    first, second = QWidget(), QWidget()
    QVBoxLayout(first).addWidget(QLabel("First page text"))
    QVBoxLayout(second).addWidget(QLabel("Second page text"))
    tabs.addTab(first, "One")
    tabs.addTab(second, "Two")
    QVBoxLayout(root).addWidget(tabs)
    root.show()
    texts = {f.text for f in collect_texts(root)}
    assert {"First page text", "One", "Two"} <= texts
    assert "Second page text" not in texts


def test_still_english_skips_data_and_names() -> None:
    english = [Found("label", "Customers", "x"), Found("label", "Anneli Jokinen", "x")]
    finnish = [
        Found("label", "Customers", "x"),
        Found("label", "Anneli Jokinen", "x"),
        Found("label", "Asiakkaat", "x"),
    ]
    allowed = {"anneli", "jokinen"}
    assert [f.text for f in still_english(english, finnish, allowed)] == ["Customers"]
    words = untranslated_words("Rekisteri: mail me@example.fi at /home/x.sqlite", {"rekisteri"})
    assert words == ["mail", "at"]


def test_narrow_header_section_is_found(qtbot) -> None:
    from i18n_fit import header_clips
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from rekisteri.ui.headers import fit_header_titles

    model = QStandardItemModel(2, 2)
    model.setHorizontalHeaderLabels(["Säilytysaika päättyi", "Ok"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnWidth(0, 40)
    view.resize(400, 200)
    view.show()
    assert [c.text for c in header_clips(view)] == ["Säilytysaika päättyi"]
    fit_header_titles(view)
    assert header_clips(view) == []


def test_form_field_out_of_sight_is_found(qtbot) -> None:
    from i18n_fit import fields_out_of_sight
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QScrollArea

    root = QWidget()
    qtbot.addWidget(root)
    form_host = QWidget(root)
    form = QFormLayout(form_host)
    for i in range(12):
        form.addRow(f"Field {i}", QLineEdit())
    form_host.setGeometry(0, 0, 300, 600)  # taller than the window
    root.resize(300, 150)
    root.show()
    out = fields_out_of_sight(root)
    assert out and all("form row" in c.widget for c in out)
    # The same form in a scroll area can be reached: nothing to report.
    scrolled = QWidget()
    qtbot.addWidget(scrolled)
    area = QScrollArea(scrolled)
    inner = QWidget()
    inner_form = QFormLayout(inner)
    for i in range(12):
        inner_form.addRow(f"Field {i}", QLineEdit())
    area.setWidget(inner)
    area.setGeometry(0, 0, 300, 150)
    scrolled.resize(300, 150)
    scrolled.show()
    assert fields_out_of_sight(scrolled) == []
