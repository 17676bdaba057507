"""Dates, numbers and sizes on screen go through ``ui/formats.py``; counts read "1 customer".

The UI formatter follows the language the app was started in and writes exactly what the
documents' formatter (``core.formats``) writes for that language. A static scan keeps display
code in ui/ from formatting a date or a size by hand again; machine formats (ISO dates in
file names) are allowed only where listed below.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from rekisteri.core import formats as core_formats
from rekisteri.ui import formats

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "src" / "rekisteri" / "ui"
D = dt.date(2026, 12, 4)
NNBSP, NBSP = core_formats.NARROW_NBSP, core_formats.NBSP

# Hand-made display formats: strftime, isoformat, "{d.day}.{d.month}", "%H:%M", sizes by hand.
_HAND_MADE = re.compile(
    r"\.strftime\(|\.isoformat\(|\{\w+(?:\.\w+)*\.day\}\.|:%[dHMmY]|1_?048_?576|/ ?1024\b"
    r"|\"d\.M\.yyyy\"|\"dd\.MM\.yyyy\""
)
# file → why a machine format is right there (a stale entry fails the test too).
ALLOWED = {
    "export_dialog.py": "ISO date in the suggested file name of an export",
    "review_pane.py": "ISO date in the suggested file name of the minutes",
    "formats.py": "the formatter itself: the date-edit input format",
}


def _hand_made(path: Path) -> list[str]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = line.split("#", 1)[0]
        if _HAND_MADE.search(code):
            found.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    return found


def test_ui_formats_no_date_or_size_by_hand() -> None:
    problems = []
    used = set()
    for path in sorted(UI.rglob("*.py")):
        hits = _hand_made(path)
        if hits and path.name in ALLOWED:
            used.add(path.name)
            continue
        problems.extend(hits)
    assert not problems, "format these through rekisteri.ui.formats:\n" + "\n".join(problems)
    assert used == set(ALLOWED), "allow-list entries no longer needed"


def test_the_scan_catches_hand_made_formats(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "a = day.strftime('%d.%m.%Y')\n"
        "b = day.isoformat()\n"
        "c = f'{d.day}.{d.month}.{d.year}'\n"
        "e = f'{local:%H:%M}'\n"
        "f = f'{size / 1_048_576:.1f} MB'\n"
        "g = format_date(day)  # day.isoformat() in a comment is fine\n",
        encoding="utf-8",
    )
    sample = sample.rename(REPO / "tests" / "i18n" / "_scan_sample.py")
    try:
        assert len(_hand_made(sample)) == 5
    finally:
        sample.unlink()


@pytest.mark.parametrize(
    ("lang", "date", "size", "number"),
    [
        ("fi", "4.12.2026", f"1,3{NBSP}Mt", f"12{NNBSP}345"),
        ("sv", "4.12.2026", f"1,3{NBSP}MB", f"12{NNBSP}345"),
        ("en", "4 Dec 2026", f"1.3{NBSP}MB", "12,345"),
    ],
)
def test_ui_formats_follow_the_ui_language(
    lang: str, date: str, size: str, number: str, ui_language
) -> None:
    assert ui_language(lang) == lang
    assert formats.format_date(D) == date
    assert formats.format_size(1_300_000) == size
    assert formats.format_number(12345) == number
    # The same words a document in that language prints.
    moment = dt.datetime(2026, 12, 4, 12, 5, 9, tzinfo=dt.UTC)
    assert formats.format_datetime(moment) == core_formats.format_datetime(moment, lang)
    assert formats.format_datetime(moment, seconds=True).endswith(
        core_formats.format_time(moment, lang, seconds=True)
    )
    assert formats.format_date_long(D) == core_formats.format_date_long(D, lang)


def test_review_dates_follow_the_ui_language(ui_language) -> None:
    """The review's reasons are worded in core; their dates must not stay Finnish in English."""
    from rekisteri.core.retention.dates import fmt_date

    ui_language("en")
    assert fmt_date(D) == "4 Dec 2026"
    ui_language("fi")
    assert fmt_date(D) == "4.12.2026"
    assert fmt_date(D, "en") == "4 Dec 2026"


def _plural_sources() -> list[tuple[str, str]]:
    root = ET.parse(REPO / "translations" / "rekisteri_en.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


def test_every_plural_has_english_forms() -> None:
    sources = _plural_sources()
    assert ("RegisterPane", "%n customer(s)") in sources
    fi = ET.parse(REPO / "translations" / "rekisteri_fi.ts").getroot()
    fi_plurals = {
        (context.findtext("name"), message.findtext("source"))
        for context in fi.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }
    assert fi_plurals == set(sources)


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("en", "1 customer", "2 customers"),
        ("fi", "1 asiakas", "2 asiakasta"),
        ("sv", "1 kund", "2 kunder"),
    ],
)
def test_counts_have_their_plural_forms(lang: str, one: str, two: str, ui_language) -> None:
    ui_language(lang)
    tr = QCoreApplication.translate
    assert tr("RegisterPane", "%n customer(s)", "", 1) == one
    assert tr("RegisterPane", "%n customer(s)", "", 2) == two
    for context, source in _plural_sources():
        for n in (1, 2):
            text = tr(context, source, "", n)
            assert "(s)" not in text, (lang, context, source, n)
            assert str(n) in text or lang != "en", (context, source, n)


def test_no_source_text_shows_a_literal_plural_hack() -> None:
    """Every "(s)" in the code is a %n plural message that each catalogue gives both forms."""
    root = ET.parse(REPO / "translations" / "rekisteri_fi.ts").getroot()
    hacks = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in root.iter("context")
        for message in context.iter("message")
        if "(s)" in (message.findtext("source") or "") and message.get("numerus") != "yes"
    ]
    assert not hacks, "use self.tr('%n …(s)', '', n) or two source forms:\n" + "\n".join(hacks)
    for lang in ("fi", "sv"):
        text = (REPO / "translations" / f"rekisteri_{lang}.ts").read_text(encoding="utf-8")
        assert not re.search(r"<(?:translation|numerusform)>[^<]*(?:\bkpl\b|\bst\.\))", text)


def test_register_pane_count_reads_naturally(register, qtbot, ui_language) -> None:
    from rekisteri.ui.register_pane import RegisterPane

    ui_language("en")
    pane = RegisterPane(register)
    qtbot.addWidget(pane)
    assert pane._count_text(1) == "1 customer"
    assert pane._count_text(2) == "2 customers"
