"""Writing a confirmed import: matches, merge choices, consent, suppression, one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest

from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.io.preview import MergeChoice, RowStatus, suppression_check
from rekisteri.core.marketing import MarketingChannel, Reason
from rekisteri.core.register import Register

FIXTURES = Path(__file__).parent / "fixtures"


def _preview(register: Register, name: str, suppressed: set[str] = frozenset()):  # type: ignore[assignment]
    register.io.suppression = lambda email, phone: email in suppressed or phone in suppressed
    return register.io.preview(register.io.read(FIXTURES / name))


def _existing(register: Register) -> int:
    c = register.create_customer(
        CustomerInput(
            name="Kuusamon Kirjapaino Oy",
            business_id="2468114-6",
            contacts=(
                ContactInput(
                    first_name="Päivi",
                    last_name="K.",
                    emails=("paivi.karkkainen@kuusamonpaino.example.fi",),
                ),
            ),
        )
    )
    return c.id


def test_new_rows_are_written_with_their_source(register: Register) -> None:
    result = register.io.commit(_preview(register, "outlook.csv"))
    assert (result.customers_added, result.contacts_added, result.skipped) == (2, 3, 1)
    page = register.list_customers()
    assert page.total == 2
    org = next(r for r in page.rows if r.name == "Kuusamon Kirjapaino Oy")
    detail = register.get_customer(org.id)
    assert len(detail.contacts) == 2  # two people of the same company share one customer
    assert detail.data_source == "import"
    assert detail.data_source_detail == "import: outlook.csv, 22.11.2026"
    assert all(c.data_source_detail == "import: outlook.csv, 22.11.2026" for c in detail.contacts)
    assert detail.status == "prospect"
    assert org.primary_email == "paivi.karkkainen@kuusamonpaino.example.fi"
    assert register.list_customers(register_query("Kärkkäinen")).total == 1
    events = register.audit_log(action_prefix="import")
    assert len(events) == 1 and "contacts added=3" in events[0].summary


def register_query(text: str):  # type: ignore[no-untyped-def]
    from rekisteri.core.dto import CustomerQuery

    return CustomerQuery(text=text)


def test_consent_in_file_needs_confirmation(register: Register) -> None:
    preview = _preview(register, "excel_fi_cp1252.csv")
    assert preview.consent_in_file
    result = register.io.commit(preview)
    assert (result.consents, result.bans) == (0, 1)  # "ei" is a refusal: always recorded
    aija = register.list_customers(register_query("Mäkelä")).rows[0]
    contact = register.get_customer(aija.id).contacts[0]
    assert contact.ledger == ()
    decision = register.marketing.decide(contact.id, MarketingChannel.EMAIL)
    assert decision.reason is Reason.NO_CONSENT
    soren = register.get_customer(register.list_customers(register_query("Östman")).rows[0].id)
    assert soren.contacts[0].banned_channels == ("email_marketing",)
    assert register.marketing.decide(soren.contacts[0].id, "email").reason is Reason.BANNED


def test_confirmed_consent_is_recorded_with_its_source(register: Register) -> None:
    result = register.io.commit(_preview(register, "excel_fi_cp1252.csv"), confirm_consent=True)
    assert (result.consents, result.bans) == (1, 1)
    aija = register.get_customer(register.list_customers(register_query("Mäkelä")).rows[0].id)
    event = aija.contacts[0].ledger[0]
    assert (event.action, event.source, event.channel) == (
        "consent_given",
        "import",
        "email_marketing",
    )
    assert event.evidence == "import: excel_fi_cp1252.csv, 22.11.2026"
    assert register.marketing.decide(aija.contacts[0].id, "email").reason is Reason.CONSENT


def test_matches_and_merge_choices(register: Register) -> None:
    customer_id = _existing(register)
    preview = _preview(register, "outlook.csv")
    row = preview.rows[0]
    assert row.status is RowStatus.MATCH and row.match is not None
    assert (row.match.customer_id, row.match.by) == (customer_id, "email")
    assert "Kuusamon Kirjapaino Oy" in row.match.describe().render()
    # Skip is the default: nothing about Päivi changes.
    register.io.commit(preview)
    assert len(register.get_customer(customer_id).contacts) == 1


def test_update_merges_into_the_existing_contact(register: Register) -> None:
    customer_id = _existing(register)
    preview = _preview(register, "outlook.csv")
    result = register.io.commit(preview, {0: MergeChoice.UPDATE})
    assert result.contacts_updated == 1
    contact = register.get_customer(customer_id).contacts[0]
    assert contact.last_name == "K."  # never overwritten
    assert contact.phones == ("+358401234567",) and contact.title == "Toimitusjohtaja"


def test_add_anyway_creates_a_new_customer(register: Register) -> None:
    _existing(register)
    preview = _preview(register, "outlook.csv")
    register.io.commit(preview, {0: MergeChoice.ADD})
    assert register.count_customers(register_query("Kuusamon")) == 2


def test_business_id_match_adds_the_contact_to_that_customer(register: Register) -> None:
    customer_id = _existing(register)
    preview = _preview(register, "excel_fi_cp1252.csv")
    soren = preview.rows[1]
    assert soren.status is RowStatus.MATCH and soren.match.by == "business_id"
    assert soren.match.contact_id is None
    register.io.commit(preview, {1: MergeChoice.UPDATE})
    names = [c.last_name for c in register.get_customer(customer_id).contacts]
    assert names == ["K.", "Östman"]


def test_suppressed_people_are_never_imported(register: Register) -> None:
    preview = _preview(register, "google.csv", suppressed={"helmi.ohman@example.fi"})
    assert [r.status for r in preview.rows] == [RowStatus.NEW, RowStatus.SUPPRESSED, RowStatus.NEW]
    register.io.commit(preview, {1: MergeChoice.ADD})
    assert register.count_customers(register_query("Öhman")) == 0


def test_suppression_check_asks_the_retention_service() -> None:
    calls = []

    class FakeRetention:
        entries = 1

        def suppression_count(self) -> int:
            return self.entries

        def is_suppressed(self, email=None, phone=None):  # type: ignore[no-untyped-def]
            calls.append((email, phone))
            return email == "poistettu@example.fi"

    retention = FakeRetention()
    check = suppression_check(retention)
    assert check("poistettu@example.fi", None) and not check("muu@example.fi", "+358401112222")
    assert calls == [("poistettu@example.fi", None), ("muu@example.fi", "+358401112222")]
    retention.entries = 0
    assert not suppression_check(retention)("poistettu@example.fi", None)
    assert len(calls) == 2  # an empty list is not asked per row


def test_real_suppression_list_blocks_an_erased_person(register: Register) -> None:
    """End to end with the retention service: erase a banned person, then re-import them."""
    _existing(register)
    customer_id = register.list_customers().rows[0].id
    contact_id = register.get_customer(customer_id).contacts[0].id
    register.set_ban([contact_id], "all_marketing", "email")
    register.delete_customer(customer_id)
    register.io.suppression = None  # the real check
    preview = register.io.preview(register.io.read(FIXTURES / "outlook.csv"))
    assert preview.rows[0].status is RowStatus.SUPPRESSED
    assert preview.rows[1].status is RowStatus.NEW


def test_duplicates_inside_the_file_are_errors(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "tuplat.csv"
    path.write_text(
        "Etunimi,Sukunimi,Sähköposti\nAino,Virtanen,aino@example.fi\nAino,V,AINO@example.fi\n",
        encoding="utf-8",
    )
    register.io.suppression = lambda e, p: False
    preview = register.io.preview(register.io.read(path))
    assert [r.status for r in preview.rows] == [RowStatus.NEW, RowStatus.ERROR]


def test_commit_is_one_transaction(register: Register) -> None:
    customer_id = _existing(register)
    preview = _preview(register, "outlook.csv")
    contact_id = register.get_customer(customer_id).contacts[0].id
    register.remove_contact(contact_id)  # the matched contact vanishes before confirming
    before = register.counts()
    with pytest.raises(Exception):  # noqa: B017 - any failure must roll everything back
        register.io.commit(preview, {0: MergeChoice.UPDATE})
    assert register.counts() == before
    assert register.audit_log(action_prefix="import") == []


def test_many_vcards_in_one_go(register: Register) -> None:
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Testinen{i};Aino;;;\r\nFN:Aino Testinen{i}\r\n"
        f"EMAIL:aino{i}@example.fi\r\nTEL:+35840{1000000 + i}\r\nORG:Yritys {i % 7} Oy\r\n"
        "END:VCARD\r\n"
        for i in range(500)
    )
    register.io.suppression = lambda e, p: False
    result = register.io.import_vcards(cards, "puhelin.vcf")
    assert (result.customers_added, result.contacts_added) == (7, 500)
    counts = register.counts()
    assert (counts.customers, counts.contacts) == (7, 500)


def test_imported_customers_get_retention_due_dates(register: Register) -> None:
    register.io.commit(_preview(register, "google.csv"))
    rows = register.list_customers().rows
    assert rows and all(r.due_on is not None for r in rows)
