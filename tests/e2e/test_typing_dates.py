"""Dates typed key by key into the dialogs' date fields, the way Finnish users write them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDateTimeEdit

from rekisteri.ui.ban_dialog import date_edit as ban_date_edit
from rekisteri.ui.requests_dialogs import date_edit as request_date_edit

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize("make", [ban_date_edit, request_date_edit])
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3.2.2026", dt.date(2026, 2, 3)),
        ("25.10.2026", dt.date(2026, 10, 25)),
        ("12.3.2026", dt.date(2026, 3, 12)),
        ("1.12.2025", dt.date(2025, 12, 1)),
        ("31.1.2026", dt.date(2026, 1, 31)),
    ],
)
def test_typed_date_is_the_date_meant(qtbot, make, typed: str, expected: dt.date) -> None:  # type: ignore[no-untyped-def]
    edit = make(TODAY)
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)  # as a double-click on the day
    qtbot.keyClicks(edit, typed)
    assert edit.date().toPython() == expected
