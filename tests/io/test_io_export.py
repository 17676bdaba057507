"""Mailing lists and register exports: only the eligible, every file audited and private."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.marketing import MarketingChannel, Reason
from rekisteri.core.register import Register


def _two_business_contacts(register: Register) -> tuple[int, int]:
    c = register.create_customer(
        CustomerInput(
            name="Revontuli Oy",
            contacts=(
                ContactInput(first_name="Eino", last_name="Laine", emails=("eino@r.fi",)),
                ContactInput(
                    first_name="Äijä", last_name="Mäkelä", emails=("aija@r.fi",), language="sv"
                ),
            ),
        )
    )
    return c.contacts[0].id, c.contacts[1].id


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_export_after_a_ban_leaves_the_person_out(register: Register, tmp_path: Path) -> None:
    eino, _aija = _two_business_contacts(register)
    out = tmp_path / "lista.csv"
    first = register.io.export_mailing(MarketingChannel.EMAIL, out)
    assert first.rows == 2 and first.excluded == {}
    register.set_ban([eino], "all_marketing", "unsubscribe_link")
    summary = register.io.mailing_summary(MarketingChannel.EMAIL)
    assert (summary.included, summary.excluded_total) == (1, 1)
    result = register.io.export_mailing(MarketingChannel.EMAIL, out)
    assert result.rows == 1 and result.excluded == {Reason.OBJECTION: 1}
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows == [
        ["email", "first_name", "last_name", "company", "language"],
        ["aija@r.fi", "Äijä", "Mäkelä", "Revontuli Oy", "sv"],
    ]
    assert _mode(out) == 0o600
    assert not (tmp_path / "lista.csv.part").exists()


def test_excel_variant_has_bom_and_semicolons(register: Register, tmp_path: Path) -> None:
    _two_business_contacts(register)
    out = tmp_path / "excel.csv"
    register.io.export_mailing(MarketingChannel.EMAIL, out, excel=True)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0] == "email;first_name;last_name;company;language"


def test_every_export_is_audited(register: Register, tmp_path: Path) -> None:
    eino, _ = _two_business_contacts(register)
    register.set_ban([eino], "email_marketing", "email")
    register.io.export_mailing(MarketingChannel.EMAIL, tmp_path / "a.csv", filter_label="all")
    event = register.audit_log(action_prefix="export")[0]
    assert event.action == "export.mailing_list" and event.actor == register.actor
    assert "file=a.csv" in event.summary and "rows=1" in event.summary
    assert "channel=email" in event.summary and "banned=1" in event.summary
    assert str(tmp_path) not in event.summary  # the file name, not the folder


def test_left_out_list_on_request(register: Register, tmp_path: Path) -> None:
    eino, _ = _two_business_contacts(register)
    register.set_restriction(eino, True, "accuracy contested")
    result = register.io.export_excluded(MarketingChannel.EMAIL, tmp_path / "pois.csv")
    assert result.rows == 1
    text = (tmp_path / "pois.csv").read_text(encoding="utf-8")
    assert "Eino,Laine,Revontuli Oy,Other e-mail marketing,restricted," in text
    assert register.audit_log(action_prefix="export")[0].action == "export.left_out_list"


def test_register_as_json(demo_register: Register, tmp_path: Path) -> None:
    out = tmp_path / "rekisteri.json"
    result = demo_register.io.export_register(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "rekisteri-export"
    assert len(data["tables"]["customer"]) == 200
    assert len(data["tables"]["contact"]) == demo_register.counts().contacts
    assert "hetu" not in data["tables"]["contact"][0]
    assert result.rows > 200 and _mode(out) == 0o600
    assert demo_register.audit_log(action_prefix="export")[0].action == "export.register"


def test_register_as_zip_and_csv_files(demo_register: Register, tmp_path: Path) -> None:
    demo_register.io.export_register(tmp_path / "r.zip")
    with zipfile.ZipFile(tmp_path / "r.zip") as zf:
        names = set(zf.namelist())
        assert {"customer.csv", "contact.csv", "consent_event.csv"} <= names
        rows = list(csv.reader(io.StringIO(zf.read("customer.csv").decode("utf-8"))))
        assert len(rows) == 201
    result = demo_register.io.export_register(tmp_path / "r.csv", include_secrets=True)
    assert tmp_path / "r-customer.csv" in result.files
    assert all(_mode(p) == 0o600 for p in result.files)
    header = (tmp_path / "r-contact.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "hetu" in header.split(",")


def test_excel_variant_defuses_formulas_but_keeps_numbers(
    register: Register, tmp_path: Path
) -> None:
    register.create_customer(
        CustomerInput(
            name="=HYPERLINK(1)",
            business_form="oy",
            contacts=(ContactInput(first_name="@Aino", last_name="-", emails=("a@r.fi",)),),
        )
    )
    out = tmp_path / "x.csv"
    register.io.export_mailing(MarketingChannel.EMAIL, out, excel=True)
    row = out.read_bytes().decode("utf-8-sig").splitlines()[1]
    assert row == "a@r.fi;'@Aino;'-;'=HYPERLINK(1);fi"


def test_register_export_leaves_out_the_suppression_key(register: Register, tmp_path: Path) -> None:
    register.retention.is_suppressed(email="a@example.fi")  # creates the register's key
    register.set_setting("notice.language", "fi")
    register.io.export_register(tmp_path / "r.json")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    keys = {row["key"] for row in data["tables"]["setting"]}
    assert "notice.language" in keys and "retention.suppression_key" not in keys
    register.io.export_register(tmp_path / "all.json", include_secrets=True)
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert "retention.suppression_key" in {row["key"] for row in data["tables"]["setting"]}


def test_cancelled_export_writes_nothing_and_audits_nothing(
    register: Register, tmp_path: Path
) -> None:
    from rekisteri.core.errors import CancelledError

    _two_business_contacts(register)
    out = tmp_path / "lista.csv"
    with pytest.raises(CancelledError):
        register.io.export_mailing(MarketingChannel.EMAIL, out, cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob("lista*"))  # no partial file either
    assert register.audit_log(action_prefix="export") == []
    result = register.io.export_mailing(MarketingChannel.EMAIL, out, cancelled=lambda: False)
    assert result.rows == 2 and out.exists()
