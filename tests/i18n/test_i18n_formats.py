"""Dates, numbers and money as each language writes them, and dates read back as typed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from rekisteri.core import i18n
from rekisteri.core.formats import (
    NARROW_NBSP,
    NBSP,
    DateParseError,
    format_date,
    format_date_long,
    format_datetime,
    format_money,
    format_number,
    parse_date,
    resolve_language,
)

D = dt.date(2024, 2, 3)
TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fi", "3.2.2024"), ("sv", "3.2.2024"), ("en", "3 Feb 2024"), ("fi_FI", "3.2.2024")],
)
def test_format_date(lang: str, expected: str) -> None:
    assert format_date(D, lang) == expected


def test_format_date_none_is_empty() -> None:
    assert format_date(None, "fi") == ""


def test_format_date_follows_ui_language_when_not_given() -> None:
    try:
        i18n.set_language("fi")
        assert format_date(D) == "3.2.2024"
        i18n.set_language("en")
        assert format_date(D) == "3 Feb 2024"
    finally:
        i18n.set_language("en")


def test_unknown_language_falls_back_to_english() -> None:
    assert resolve_language("de") == "en"
    assert resolve_language("SV-fi") == "sv"


def test_format_date_long() -> None:
    assert format_date_long(D, "fi") == "3. helmikuuta 2024"
    assert format_date_long(D, "sv") == "3 februari 2024"
    assert format_date_long(D, "en") == "3 February 2024"


def test_format_datetime_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "Europe/Helsinki")
    time.tzset()
    try:
        moment = dt.datetime(2024, 2, 3, 12, 5, tzinfo=dt.UTC)  # 14.05 in Helsinki (UTC+2)
        assert format_datetime(moment, "fi") == "3.2.2024 klo 14.05"
        assert format_datetime(moment, "sv") == "3.2.2024 kl. 14.05"
        assert format_datetime(moment, "en") == "3 Feb 2024, 14:05"
        # Naive values from SQLite are UTC.
        assert format_datetime(moment.replace(tzinfo=None), "fi") == "3.2.2024 klo 14.05"
        early = dt.datetime(2024, 7, 1, 6, 7, tzinfo=dt.UTC)  # summer time, UTC+3
        assert format_datetime(early, "fi") == "1.7.2024 klo 9.07"
        assert format_datetime(early, "en") == "1 Jul 2024, 09:07"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (1234, "fi", None, f"1{NARROW_NBSP}234"),
        (1234567.5, "sv", None, f"1{NARROW_NBSP}234{NARROW_NBSP}567,5"),
        (1234567.5, "en", None, "1,234,567.5"),
        (999, "fi", None, "999"),
        (0, "en", None, "0"),
        (Decimal("-1234.456"), "fi", 2, f"-1{NARROW_NBSP}234,46"),
        (-0.001, "en", 2, "0.00"),
        ("12.30", "fi", None, "12,3"),
    ],
)
def test_format_number(value: object, lang: str, decimals: int | None, expected: str) -> None:
    assert format_number(value, lang, decimals) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (Decimal("1234.5"), "fi", f"1{NARROW_NBSP}234,50{NBSP}€"),
        (1234.5, "sv", f"1{NARROW_NBSP}234,50{NBSP}€"),
        (1234.5, "en", "€1,234.50"),
        (Decimal("0.005"), "fi", f"0,01{NBSP}€"),
        (-12, "en", "-€12.00"),
        (-12, "fi", f"-12,00{NBSP}€"),
        (1000000, "en", "€1,000,000.00"),
    ],
)
def test_format_money(value: object, lang: str, expected: str) -> None:
    assert format_money(value, lang) == expected  # type: ignore[arg-type]


def test_format_money_reads_as_the_issue_writes_it() -> None:
    """ "1 234,50 €" with the spaces being the no-break kinds."""
    text = format_money(Decimal("1234.50"), "fi")
    assert text.replace(NARROW_NBSP, " ").replace(NBSP, " ") == "1 234,50 €"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.2.2024", dt.date(2024, 2, 3)),
        (" 03.02.2024 ", dt.date(2024, 2, 3)),
        ("3.2.24", dt.date(2024, 2, 3)),
        ("3.2.85", dt.date(1985, 2, 3)),
        ("3.2.40", dt.date(2040, 2, 3)),
        ("3.2.", dt.date(2026, 2, 3)),
        ("3.2", dt.date(2026, 2, 3)),
        ("2024-02-03", dt.date(2024, 2, 3)),
        ("3/2/2024", dt.date(2024, 2, 3)),
        ("3 Feb 2024", dt.date(2024, 2, 3)),
        ("3 February 2024", dt.date(2024, 2, 3)),
        ("3. helmikuuta 2024", dt.date(2024, 2, 3)),
        ("3 februari 2024", dt.date(2024, 2, 3)),
    ],
)
def test_parse_date(text: str, expected: dt.date) -> None:
    assert parse_date(text, "fi", today=TODAY) == expected


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_parse_reads_back_what_format_writes(lang: str) -> None:
    for day in (dt.date(2024, 2, 29), dt.date(1999, 12, 31), dt.date(2030, 1, 1)):
        assert parse_date(format_date(day, lang), lang, today=TODAY) == day
        assert parse_date(format_date_long(day, lang), lang, today=TODAY) == day


@pytest.mark.parametrize(
    "text", ["", "31.2.2024", "2024-13-01", "tomorrow", "3.2.20245", "1 Foo 2024"]
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(text, "fi", today=TODAY)
    assert text.strip() == "" or text not in str(info.value)
    assert info.value.message_text
