"""Processors' Art. 28 fields: old stored lists still load, a missing agreement is a finding,
and a copy of the agreement stays inside the register's folder."""

from __future__ import annotations

import datetime as dt

from rekisteri.core import demo
from rekisteri.core.notice.agreements import copy_path, safe_name, store_copy
from rekisteri.core.notice.check import Severity, check_notice
from rekisteri.core.notice.templates import NoticeFacts, Processor, build_notice


def test_a_list_stored_before_the_agreement_fields_loads(register) -> None:
    register.set_setting(
        "notice.processors",
        [{"name": "Tilitoimisto Oy", "purpose": "kirjanpito", "outside_eea": False,
          "safeguard": ""}],
    )  # fmt: skip
    (old,) = register.notice.processors()
    assert (old.name, old.purpose, old.country, old.agreement_signed) == (
        "Tilitoimisto Oy", "kirjanpito", "", None
    )  # fmt: skip
    assert not old.has_agreement()


def test_agreement_fields_round_trip_and_bad_dates_are_dropped(register) -> None:
    full = Processor(
        "Pilvi Oy", "varmuuskopiot", data_categories="koko rekisteri", country="Suomi",
        agreement_signed=dt.date(2025, 2, 3), agreement_location="kansio",
        agreement_link="https://pilvi.example/dpa", review_on=dt.date(2027, 2, 3),
    )  # fmt: skip
    register.notice.save_processors([full])
    assert register.notice.processors() == [full]
    assert register.get_setting("notice.processors")[0]["agreement_signed"] == "2025-02-03"
    broken = Processor.from_dict({"name": "X", "agreement_signed": "3.2.2025", "review_on": 7})
    assert broken.agreement_signed is None and broken.review_on is None


def test_each_provider_without_an_agreement_is_named_once() -> None:
    processors = (
        Processor("Tilitoimisto Oy", "kirjanpito", agreement_signed=dt.date(2024, 1, 5)),
        Processor("Pilvi Oy", "varmuuskopiot"),
        Processor("Posti Oy", "kirjeet", agreement_link="https://posti.example/ehdot"),
    )
    doc = build_notice("fi", NoticeFacts(processors=processors))
    found = [f for f in check_notice(doc, (), processors) if f.code == "processor_no_agreement"]
    assert [f.message.params["name"] for f in found] == ["Pilvi Oy"]
    (finding,) = found
    assert finding.severity == Severity.WARNING  # the notice can still be published
    assert finding.setting == "processors"
    assert "Pilvi Oy" in finding.message.render_for("fi")
    assert "käsittelysopimusta" in finding.message.render_for("fi")


def test_publishing_is_not_blocked_by_a_missing_agreement(register) -> None:
    register.save_controller(demo.DEMO_CONTROLLER)
    register.notice.save_processors([Processor("Pilvi Oy", "varmuuskopiot")])
    doc = register.notice.new_from_template("fi")
    assert [f.code for f in register.notice.check(doc)] == ["processor_no_agreement"]
    assert register.notice.publish(doc).number == 1


def test_copies_stay_in_the_agreements_folder(tmp_path) -> None:
    db = tmp_path / "reg" / "rekisteri.sqlite"
    source = tmp_path / "sopimus (1).pdf"
    source.write_bytes(b"a")
    first = store_copy(db, source)
    second = store_copy(db, source)
    assert (first, second) == ("sopimus 1.pdf", "sopimus 1-2.pdf")
    assert copy_path(db, first) == db.parent / "agreements" / "sopimus 1.pdf"
    assert copy_path(db, "../rekisteri.sqlite") is None
    assert copy_path(db, "missing.pdf") is None
    assert safe_name("..") == "agreement"
    assert safe_name("C:\\temp\\DPA (v2).PDF").endswith(".PDF")
