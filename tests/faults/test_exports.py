"""Exports that cannot attack the reader: no formula cell in any CSV, no Python bytes in JSON."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.io.cells import TRIGGERS, safe_cell, unescape_cell
from rekisteri.core.marketing import MarketingChannel
from rekisteri.core.register import Register
from rekisteri.core.requests.pack import to_csv
from rekisteri.core.requests.pack_builder import collect

HOSTILE = ("=HYPERLINK(1)", "+SUM(1)", "-2+3", "@cmd", "\tTab", "\rCarriage")


def _hostile_customer(register: Register) -> int:
    detail = register.create_customer(
        CustomerInput(
            name="=cmd|' /C calc'!A0",
            notes="@SUM(A1)",
            billing_city="+Turku",
            contacts=(
                ContactInput(
                    first_name="=HYPERLINK(1)",
                    last_name="-Virtanen",
                    emails=("aino@example.fi",),
                    phones=("+358401234567",),
                    street="@Katu 1",
                    city="-Helsinki",
                ),
            ),
        )
    )
    return detail.id


def _cells(text: str, delimiter: str = ",") -> list[str]:
    return [c for row in csv.reader(io.StringIO(text), delimiter=delimiter) for c in row]


def _assert_no_formula(cells: list[str]) -> None:
    risky = [c for c in cells if c.startswith(TRIGGERS)]
    assert not risky, risky


@pytest.mark.parametrize("value", HOSTILE)
def test_safe_cell_escapes_and_the_importer_reads_back(value: str) -> None:
    assert safe_cell(value) == "'" + value
    assert unescape_cell(safe_cell(value)) == value
    assert safe_cell("Aino") == "Aino" and safe_cell(12) == 12
    assert unescape_cell("'Aino") == "'Aino"  # a real apostrophe stays


@pytest.mark.parametrize("excel", [False, True])
def test_mailing_and_left_out_lists(register: Register, tmp_path: Path, excel: bool) -> None:
    _hostile_customer(register)
    encoding, sep = ("utf-8-sig", ";") if excel else ("utf-8", ",")
    for channel in (MarketingChannel.EMAIL, MarketingChannel.SMS, MarketingChannel.POST):
        out = tmp_path / f"{channel.value}.csv"
        register.io.export_mailing(channel, out, excel=excel)
        _assert_no_formula(_cells(out.read_text(encoding=encoding), sep))
        left = tmp_path / f"left-{channel.value}.csv"
        register.io.export_excluded(channel, left, excel=excel)
        _assert_no_formula(_cells(left.read_text(encoding=encoding), sep))
    sms = (tmp_path / "sms.csv").read_text(encoding=encoding)
    if "358" in sms:
        assert "'+358401234567" in sms  # E.164 stays readable as text


def test_register_zip_and_csv_files(register: Register, tmp_path: Path) -> None:
    _hostile_customer(register)
    register.io.export_register(tmp_path / "r.zip")
    with zipfile.ZipFile(tmp_path / "r.zip") as zf:
        for name in zf.namelist():
            if name.endswith(".csv"):
                _assert_no_formula(_cells(zf.read(name).decode("utf-8")))
    result = register.io.export_register(tmp_path / "r.csv")
    for path in result.files:
        _assert_no_formula(_cells(path.read_text(encoding="utf-8")))
    customers = (tmp_path / "r-customer.csv").read_text(encoding="utf-8")
    assert "'=cmd|' /C calc'!A0" in customers


def test_access_pack_csv(register: Register) -> None:
    cid = _hostile_customer(register)
    contact_id = register.get_customer(cid).contacts[0].id
    text = to_csv(collect(register, contact_id)).decode("utf-8").lstrip("\ufeff")
    _assert_no_formula(_cells(text))
    assert "'=HYPERLINK(1)" in text


def test_json_and_zip_export_after_a_review(demo_register: Register, tmp_path: Path) -> None:
    outcome = demo_register.retention.apply([])
    assert outcome.review_id is not None
    pdf = demo_register.retention.minutes_pdf(outcome.review_id)
    demo_register.io.export_register(tmp_path / "r.json")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    [review] = [r for r in data["tables"]["review_record"] if r["minutes_pdf"]]
    import base64

    assert base64.b64decode(review["minutes_pdf"]["base64"]) == pdf
    assert "b'%PDF" not in (tmp_path / "r.json").read_text(encoding="utf-8")
    demo_register.io.export_register(tmp_path / "r.zip")
    with zipfile.ZipFile(tmp_path / "r.zip") as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("review_record.csv").decode("utf-8"))))
        member = next(r["minutes_pdf"] for r in rows if r["minutes_pdf"])
        assert zf.read(member) == pdf and member.endswith(".pdf")


def test_importing_an_exported_file_keeps_the_values(register: Register, tmp_path: Path) -> None:
    from rekisteri.core.io.csv_import import parse_csv

    _hostile_customer(register)
    register.io.export_register(tmp_path / "r.csv")
    table = parse_csv((tmp_path / "r-contact.csv").read_text(encoding="utf-8"))
    row = dict(zip(table.headers, table.rows[0], strict=True))
    assert row["first_name"] == "=HYPERLINK(1)" and row["last_name"] == "-Virtanen"
