"""The review: listing, decisions, dry run equal to apply, holds respected, data really gone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from retention_support import INVOICE, MEETING, D
from sqlalchemy import select

from rekisteri.core.dto import InteractionInput
from rekisteri.core.enums import CustomerKind, CustomerStatus
from rekisteri.core.errors import NotFoundError, ValidationError
from rekisteri.core.models import AnonymisedRecord, Customer
from rekisteri.core.register import Register
from rekisteri.core.retention import Effect, ReviewDecision


def _decide(register: Register, action: str | None = None) -> list[ReviewDecision]:
    return [
        ReviewDecision(i.kind, i.id, action or i.suggested)
        for i in register.retention.review_list()
    ]


def test_review_list_has_reason_hold_and_suggestion(register: Register, mk) -> None:
    old = mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    booked = mk("Laskutettu Oy", events=[(D(2021, 5, 15), INVOICE, "2021-014")])
    mk("Tuore Oy", events=[(D(2026, 1, 1), MEETING, "")])
    items = {i.customer_id: i for i in register.retention.review_list()}
    assert set(items) == {old, booked}
    assert items[old].reason == "last contact 3 Feb 2019 + 5 years = 3 Feb 2024"
    assert items[old].hold == "" and items[old].suggested == "delete"
    assert items[old].rule == "Customer relationship"
    assert items[booked].hold == "kept until 31 Dec 2027: bookkeeping, invoice 2021-014"
    assert items[booked].reason == "last contact 15 May 2021 + 5 years = 15 May 2026"


def test_record_under_bookkeeping_hold_is_not_purged(register: Register, mk) -> None:
    cid = mk(
        "Laskutettu Oy",
        email="laskutettu@example.fi",
        notes="muistiinpano",
        events=[(D(2020, 3, 1), MEETING, ""), (D(2021, 5, 15), INVOICE, "2021-014")],
    )
    out = register.retention.apply(_decide(register))
    assert out.counts == {Effect.REDUCED: 1}
    c = register.get_customer(cid)
    assert c.name == "Laskutettu Oy" and c.billing_street == "Kauppakatu 1"
    assert [i.invoice_ref for i in c.interactions] == ["2021-014"]
    assert c.contacts == () and c.notes == ""
    assert c.due_on == D(2027, 12, 31)
    assert register.retention.review_list() == []
    line = out.lines[0]
    assert "kept until 31 Dec 2027: bookkeeping, invoice 2021-014" in line.kept


def test_full_hold_keeps_everything_even_when_decided_delete(register: Register, mk) -> None:
    cid = mk("Riita Oy", events=[(D(2019, 2, 3), MEETING, "")])
    register.retention.add_hold(cid, "dispute", "käräjäoikeus", D(2027, 1, 31))
    preview = register.retention.erasure_preview([cid])
    assert preview.lines[0].kept_until == D(2027, 1, 31)
    register.delete_customer(cid)
    assert register.get_customer(cid).contacts[0].first_name == "Maija"


def test_delete_customer_without_hold_removes_all(register: Register, mk) -> None:
    cid = mk("Poistuva Oy", events=[(D(2026, 1, 2), MEETING, "")])
    preview = register.retention.erasure_preview([cid])
    assert not preview.anything_kept
    assert preview.lines[0].removed.render() == (
        "the customer, 1 contact person and 1 interaction are removed"
    )
    register.delete_customer(cid)
    with pytest.raises(NotFoundError):
        register.get_customer(cid)
    log = register.audit_log(1)[0]
    assert log.action == "customer.erased" and "Poistuva" not in log.summary
    assert "deleted: 1" in log.summary and "contacts removed: 1" in log.summary


def test_anonymise_keeps_only_the_statistics(register: Register, mk) -> None:
    cid = mk(
        "Anonyymi Oy",
        email="anonyymi@example.fi",
        industry="Rakentaminen",
        postcode="33100",
        since=D(2017, 4, 5),
        events=[(D(2018, 1, 10), MEETING, "")],
    )
    out = register.retention.apply([ReviewDecision("customer", cid, "anonymise")])
    assert out.counts == {Effect.ANONYMISED: 1}
    with register.db.session() as s:
        assert s.get(Customer, cid) is None
        rows = s.scalars(select(AnonymisedRecord)).all()
    assert len(rows) == 1
    r = rows[0]
    columns = {c.name for c in AnonymisedRecord.__table__.columns}
    assert columns == {"id", "customer_kind", "industry", "postcode", "year", "anonymised_on"}
    assert (r.customer_kind, r.industry, r.postcode, r.year) == (
        CustomerKind.ORGANISATION,
        "Rakentaminen",
        "33100",
        2017,
    )


def test_keep_needs_reason_and_date_and_sets_a_new_due(register: Register, mk) -> None:
    cid = mk("Säilytettävä Oy", events=[(D(2019, 2, 3), MEETING, "")])
    with pytest.raises(ValidationError):
        register.retention.dry_run([ReviewDecision("customer", cid, "keep")])
    out = register.retention.apply(
        [ReviewDecision("customer", cid, "keep", "open warranty", D(2027, 12, 31))]
    )
    assert out.counts == {Effect.KEPT: 1}
    c = register.get_customer(cid)
    assert c.due_on == D(2027, 12, 31)
    assert c.due_reason == "kept until 31 Dec 2027: kept in review, open warranty"


def test_dry_run_equals_apply(demo_register: Register) -> None:
    reg = demo_register
    decisions = _decide(reg)
    assert len(decisions) > 10
    decisions[0] = ReviewDecision(decisions[0].kind, decisions[0].id, "anonymise")
    decisions[1] = ReviewDecision(
        decisions[1].kind, decisions[1].id, "keep", "asiakas palaa", D(2028, 1, 1)
    )
    counts_before = reg.counts()
    preview = reg.retention.dry_run(decisions)
    assert reg.counts() == counts_before  # a dry run changes nothing
    applied = reg.retention.apply(decisions)
    assert preview.comparable() == applied.comparable()
    assert applied.review_id is not None
    assert reg.retention.review_list() == []
    audit = reg.audit_log(5, "retention.review_applied")[0]
    assert "deleted" in audit.summary and "rules:" in audit.summary


def test_review_status_and_interval(register: Register, mk, clock) -> None:
    st = register.retention.review_status()
    assert st.last_review_on is None and st.past_due == 0 and not st.needs_attention
    assert st.next_review_on == D(2027, 11, 22)
    mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    st = register.retention.review_status()
    assert st.past_due == 1 and st.needs_attention and not st.review_due
    register.retention.apply(_decide(register))
    st = register.retention.review_status()
    assert st.last_review_on == D(2026, 11, 22) and st.past_due == 0
    assert st.backup_expires_on == D(2026, 12, 22)
    clock.set(D(2027, 11, 22))
    assert register.retention.review_status().review_due
    with pytest.raises(ValidationError):
        register.retention.set_review_interval_months(61)  # five years is the longest gap
    register.retention.set_review_interval_months(60)
    assert register.retention.review_status().next_review_on == D(2031, 11, 22)


@pytest.mark.sqlite_only  # the file itself; tests/postgres has the server's
def test_apply_backs_up_first_and_prunes_old_backups(register: Register, mk) -> None:
    from rekisteri.core.db.backups import BackupReason, backup_name, list_backups
    from rekisteri.core.paths import backups_dir

    old = dt.datetime(2026, 9, 1, 10, 10, tzinfo=dt.UTC)
    stale = backup_name(old, BackupReason.DAILY, backups_dir(register.db.path))
    stale.write_bytes(b"old")
    mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    register.retention.apply(_decide(register))
    assert not stale.exists()  # older than the 30 days the notice states
    found = list_backups(register.db.path, with_counts=False)
    assert [(b.reason, b.created.date()) for b in found] == [(BackupReason.REVIEW, D(2026, 11, 22))]


def test_suppression_flags_a_reimport(register: Register, mk) -> None:
    banned = mk(
        "Kieltäytyjä Oy",
        status=CustomerStatus.PROSPECT,
        email="Kieltaytyja@Example.fi",
        phone="040 500 5634",
        events=[(D(2026, 1, 5), MEETING, "")],
    )
    plain = mk(
        "Tavallinen Oy", email="tavallinen@example.fi", events=[(D(2019, 1, 5), MEETING, "")]
    )
    contact = register.get_customer(banned).contacts[0]
    register.set_ban([contact.id], occurred_on=D(2026, 2, 1))
    out = register.retention.apply(_decide(register))
    assert out.counts == {Effect.DELETED: 2}
    svc = register.retention
    assert svc.is_suppressed(email="kieltaytyja@example.fi")
    assert svc.is_suppressed(phone="+358405005634")
    assert svc.is_suppressed(email=" KIELTAYTYJA@example.fi ")
    assert not svc.is_suppressed(email="tavallinen@example.fi")  # no ban: nothing kept
    assert not svc.is_suppressed()
    assert svc.suppression_count() == 2
    del plain


NEEDLES = ("Testi Poistettava", "poistettava@example.fi", "Poistettava", "poistettava")


def _files_without_backups(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and "backups" not in p.parts]


@pytest.mark.sqlite_only  # the file itself; tests/postgres has the server's
def test_erased_person_is_gone_from_the_file_and_wal(register: Register, mk) -> None:
    from rekisteri.core.db.backups import BackupReason, list_backups

    for n in range(30):
        mk(f"Jäävä {n} Oy", email=f"jaava{n}@example.fi", events=[(D(2026, 1, 2), MEETING, "")])
    cid = mk(
        "Testi Poistettava",
        kind=CustomerKind.PERSON,
        first="Testi",
        last="Poistettava",
        email="poistettava@example.fi",
        notes="Testi Poistettava soitti",
        events=[(D(2018, 6, 1), MEETING, "")],
    )
    register.add_interaction(cid, InteractionInput(D(2018, 6, 2), MEETING, "Poistettava kysyi"))
    folder = register.db.path.parent
    before = b"".join(p.read_bytes() for p in _files_without_backups(folder))
    assert b"poistettava@example.fi" in before or b"Testi Poistettava" in before
    out = register.retention.apply([ReviewDecision("customer", cid, "delete")])
    assert out.counts == {Effect.DELETED: 1}
    wal = Path(f"{register.db.path}-wal")
    files = _files_without_backups(folder)
    assert register.db.path in files
    for path in files:
        data = path.read_bytes()
        for needle in NEEDLES:  # lower case too: the search index holds casefolded words
            assert needle.encode() not in data, (path.name, needle)
    assert not wal.exists() or wal.stat().st_size == 0
    # The backup taken first still holds the person until it expires (the notice says so).
    backups = list_backups(register.db.path, with_counts=False)
    assert [b.reason for b in backups] == [BackupReason.REVIEW]
    assert b"poistettava@example.fi" in backups[0].path.read_bytes()
    assert out.backup_expires_on == dt.date(2026, 12, 22)


def test_interaction_rule_removes_old_notes_and_keeps_the_customer(register: Register, mk) -> None:
    from rekisteri.core.retention import AppliesTo, CountsFrom, RuleView

    register.retention.save_rule(
        RuleView(None, "Coaching notes", AppliesTo.INTERACTIONS, CountsFrom.INTERACTION_DATE,
                 period_years=2)
    )  # fmt: skip
    cid = mk(
        "Valmennettava Oy",
        events=[
            (D(2020, 3, 1), MEETING, ""),
            (D(2021, 5, 15), INVOICE, "2021-014"),
            (D(2023, 9, 1), MEETING, ""),
            (D(2026, 2, 1), MEETING, ""),
        ],
    )
    items = register.retention.review_list()
    assert [(i.kind, i.id) for i in items] == [("interactions", cid)]
    assert items[0].reason == "2 interactions past 2 years (the oldest from 1 Mar 2020)"
    assert register.retention.review_status().past_due == 1
    with pytest.raises(ValidationError):  # keeping old notes is "undecided", not a hold
        register.retention.dry_run(
            [ReviewDecision("interactions", cid, "keep", "x", D(2027, 1, 1))]
        )
    out = register.retention.apply([ReviewDecision("interactions", cid, "delete")])
    assert out.lines[0].removed == "2 interactions are removed"
    c = register.get_customer(cid)
    assert sorted(i.occurred_on for i in c.interactions) == [D(2021, 5, 15), D(2026, 2, 1)]
    assert c.contacts and c.last_contact_on == D(2026, 2, 1)
    assert register.retention.review_list() == []


def test_contact_items_are_deleted_or_anonymised_alone(register: Register, mk) -> None:
    from rekisteri.core.dto import ContactInput
    from rekisteri.core.retention import AppliesTo, CountsFrom, RuleView

    register.retention.save_rule(
        RuleView(None, "Refused contacts", AppliesTo.CONTACTS, CountsFrom.CONSENT_WITHDRAWN)
    )
    cid = mk("Iso Oy", email="eka@example.fi", events=[(D(2026, 6, 1), MEETING, "")])
    second = register.add_contact(
        cid, ContactInput(first_name="Toka", last_name="Henkilö", emails=("toka@example.fi",))
    )
    first = register.get_customer(cid).contacts[0]
    register.set_ban([first.id, second.id], occurred_on=D(2026, 9, 1))
    items = register.retention.review_list()
    assert sorted(i.id for i in items) == sorted([first.id, second.id])
    assert all(i.kind == "contact" and "Iso Oy" in i.name for i in items)
    out = register.retention.apply(
        [
            ReviewDecision("contact", first.id, "delete"),
            ReviewDecision("contact", second.id, "anonymise"),
        ]
    )
    assert out.counts == {Effect.DELETED: 1, Effect.ANONYMISED: 1}
    c = register.get_customer(cid)
    assert [x.id for x in c.contacts] == [second.id]
    left = c.contacts[0]
    assert (left.first_name, left.last_name, left.emails, left.ledger) == ("", "", (), ())
    assert register.retention.is_suppressed(email="eka@example.fi")
    assert register.retention.is_suppressed(email="toka@example.fi")


def test_delete_dialog_text_lists_what_the_law_keeps(register: Register, mk) -> None:
    from rekisteri.ui.delete_customer import deletion_preview_text

    booked = mk("Laskutettu Oy", events=[(D(2021, 5, 15), INVOICE, "2021-014")])
    text = deletion_preview_text(register, [booked], "Laskutettu Oy")
    assert (
        "• Laskutettu Oy: 1 invoice and the customer's identifying data are kept until "
        "31 Dec 2027: bookkeeping, invoice 2021-014"
    ) in text


@pytest.mark.sqlite_only  # the file itself; tests/postgres has the server's
def test_delete_customer_leaves_no_trace_in_the_file(register: Register, mk) -> None:
    """The single erasure path ("delete me") purges the search index and the WAL too."""
    for n in range(30):
        mk(f"Jäävä {n} Oy", email=f"jaava{n}@example.fi", events=[(D(2026, 1, 2), MEETING, "")])
    cid = mk(
        "Testi Poistettava",
        kind=CustomerKind.PERSON,
        first="Testi",
        last="Poistettava",
        email="poistettava@example.fi",
        events=[(D(2026, 6, 1), MEETING, "")],
    )
    folder = register.db.path.parent
    assert b"poistettava" in b"".join(p.read_bytes() for p in _files_without_backups(folder))
    register.delete_customer(cid)
    for path in _files_without_backups(folder):
        data = path.read_bytes()
        for needle in NEEDLES:
            assert needle.encode() not in data, (path.name, needle)


def test_bulk_delete_in_one_go_skips_the_already_gone(register: Register, mk) -> None:
    a = mk("Eka Oy", events=[(D(2026, 1, 2), MEETING, "")])
    b = mk("Toka Oy", events=[(D(2026, 1, 2), MEETING, "")])
    booked = mk("Laskutettu Oy", events=[(D(2021, 5, 15), INVOICE, "2021-014")])
    register.delete_customer(a)
    register.delete_customers([a, b, booked])
    with pytest.raises(NotFoundError):
        register.get_customer(b)
    assert register.get_customer(booked).contacts == ()  # bookkeeping keeps the rest
    with pytest.raises(NotFoundError):
        register.delete_customer(a)
    summary = register.audit_log(1)[0].summary
    assert "deleted: 1" in summary and "reduced: 1" in summary


def test_minutes_name_the_handler_from_settings_not_the_login(register: Register, mk) -> None:
    """The register may still act as the computer login; the minutes name the handler."""
    import io
    from dataclasses import replace

    from pypdf import PdfReader

    settings = register.get_controller()
    register.save_controller(
        replace(settings, business_name="Testi Tmi", handler_name="Aino Käsittelijä")
    )
    register.actor = "login-name"
    mk("Vanha Oy", events=[(D(2019, 2, 3), MEETING, "")])
    result = register.retention.apply(_decide(register, "delete"), lang="fi")
    assert result.review_id is not None
    assert register.retention.reviews()[0].reviewer == "Aino Käsittelijä"
    pdf = register.retention.minutes_pdf(result.review_id)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Aino Käsittelijä" in text and "login-name" not in text


def test_a_hold_that_has_ended_is_not_shown_as_keeping_anything(register, mk) -> None:  # type: ignore[no-untyped-def]
    """Vouchers of 2015 were kept until 31.12.2021: in 2026 nothing holds the record."""
    cid = mk("Vanha Laskutettu Oy", events=[(D(2015, 3, 1), INVOICE, "2015-011")])
    item = next(i for i in register.retention.review_list() if i.customer_id == cid)
    assert item.hold == ""
    assert item.reason.startswith("last contact 1 Mar 2015")
