"""Bullet lists in the notice PDF never strand their intro sentence or a single item."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, ListFlowable, Paragraph

from rekisteri.core.reports.notice_pdf import _body_flowables
from rekisteri.core.reports.styles import report_styles


def _items(flowable) -> int:
    return len(flowable._flowables)


def test_intro_keeps_two_items_and_the_last_two_stay_together() -> None:
    body = "Sinulla on oikeus:\n\n" + "\n".join(f"- kohta {n}" for n in range(1, 8))
    parts = _body_flowables(body, report_styles("fi"))
    head, middle, tail = parts
    assert isinstance(head, KeepTogether)
    intro, first = head._content
    assert isinstance(intro, Paragraph) and "Sinulla on oikeus:" in intro.text
    assert isinstance(first, ListFlowable) and _items(first) == 2
    assert isinstance(middle, ListFlowable) and _items(middle) == 3
    assert isinstance(tail, KeepTogether) and _items(tail._content[0]) == 2


def test_short_list_without_intro_is_one_block() -> None:
    parts = _body_flowables("- yksi\n- kaksi", report_styles("fi"))
    assert len(parts) == 1 and isinstance(parts[0], KeepTogether)
    (only,) = parts[0]._content
    assert _items(only) == 2


def test_paragraphs_after_a_list_are_not_pulled_into_it() -> None:
    parts = _body_flowables("- yksi\n- kaksi\n- kolme\n\nLoppu.", report_styles("fi"))
    assert isinstance(parts[-1], Paragraph) and "Loppu." in parts[-1].text
    assert sum(isinstance(p, KeepTogether) for p in parts) == 2
