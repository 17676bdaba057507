"""The breach log through the facade: logging, the decision record, notifications, links."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from breach_support import hki, stolen_laptop

from rekisteri.core import demo
from rekisteri.core.breaches.deadlines import ClockState
from rekisteri.core.breaches.dto import BreachInput, DecisionInput
from rekisteri.core.breaches.kinds import BreachStage
from rekisteri.core.dto import ContactInput, CustomerInput, InteractionInput
from rekisteri.core.enums import ContactKind, CustomerKind, InteractionKind
from rekisteri.core.errors import ValidationError


def _person(register, first: str, last: str, **extra):  # type: ignore[no-untyped-def]
    return register.create_customer(
        CustomerInput(
            kind=CustomerKind.PERSON,
            name=f"{first} {last}",
            contacts=(
                ContactInput(kind=ContactKind.PRIVATE, first_name=first, last_name=last, **extra),
            ),
        )
    )


def test_log_starts_the_clock_from_awareness(register, clock) -> None:
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15)))
    assert b.stage == BreachStage.UNDECIDED
    assert b.clock == ClockState.RUNNING
    assert b.deadline_local == hki(2026, 11, 25, 20, 15)
    assert b.remaining == dt.timedelta(hours=59, minutes=15)  # the clock reads 23.11. 09.00
    clock.set(hki(2026, 11, 25, 20, 16))
    later = register.breaches.get(b.id)
    assert later.clock == ClockState.OVERDUE and later.overdue
    assert register.breaches.clock().overdue == 1


def test_facts_are_checked_together(register) -> None:
    bad = BreachInput(
        aware_at=hki(2026, 11, 24, 9, 0),  # tomorrow on the frozen clock
        description="  ",
        occurred_at=hki(2026, 11, 24, 10, 0),
        people_count=-1,
        nature=("gossip",),
    )
    with pytest.raises(ValidationError) as exc:
        register.breaches.log(bad)
    assert set(exc.value.errors) == {
        "aware_at",
        "description",
        "occurred_at",
        "people_count",
        "nature",
    }
    with pytest.raises(ValidationError) as exc:
        register.breaches.log(BreachInput(description="x"))
    assert set(exc.value.errors) == {"aware_at"}
    assert register.breaches.list_all() == ()


def test_a_decision_not_to_notify_needs_its_reasons(register) -> None:
    register.save_controller(demo.DEMO_CONTROLLER)
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15)))
    with pytest.raises(ValidationError) as exc:
        register.breaches.decide(b.id, DecisionInput("none", "   "))
    assert set(exc.value.errors) == {"reasons"}
    with pytest.raises(ValidationError):
        register.breaches.decide(b.id, DecisionInput("undecided", "whatever"))
    assert register.breaches.get(b.id).risk == "undecided"

    reasons = "The disk was encrypted with a strong passphrase that was not with the laptop."
    d = register.breaches.decide(b.id, DecisionInput("none", reasons))
    assert (d.risk, d.risk_reasons, d.stage) == ("none", reasons, BreachStage.DECIDED)
    assert d.decided_by == "Aino Virtanen"  # the handler named in the settings
    assert d.decided_at == register.clock.now()
    assert d.clock == ClockState.STOPPED
    assert register.breaches.clock().ticking == 0
    closed = register.breaches.close(b.id)
    assert closed.stage == BreachStage.CLOSED
    with pytest.raises(ValidationError):
        register.breaches.decide(b.id, DecisionInput("risk", ""))


def test_decided_by_the_named_person_when_given(register) -> None:
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15)))
    d = register.breaches.decide(b.id, DecisionInput("risk", "", decided_by="Aino Virtanen"))
    assert d.decided_by == "Aino Virtanen"
    assert d.stage == BreachStage.NOTIFY_AUTHORITY and d.clock == ClockState.RUNNING


def test_a_late_notification_needs_the_reasons_for_the_delay(register, clock) -> None:
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 19, 8, 0)))
    register.breaches.decide(b.id, DecisionInput("high", "Unencrypted customer notes."))
    with pytest.raises(ValidationError) as exc:
        register.breaches.close(b.id)
    assert set(exc.value.errors) == {"stage"}
    sent = hki(2026, 11, 22, 8, 1)  # a minute past the 72 hours
    with pytest.raises(ValidationError) as exc:
        register.breaches.authority_notified(b.id, sent, "TSV/123/2026")
    assert set(exc.value.errors) == {"delay_reason"}
    n = register.breaches.authority_notified(b.id, sent, "TSV/123/2026", "Found on a weekend.")
    assert n.clock == ClockState.LATE and n.authority_reference == "TSV/123/2026"
    assert n.stage == BreachStage.NOTIFY_PEOPLE
    assert register.breaches.clock().people_due == 1
    p = register.breaches.people_notified(b.id, hki(2026, 11, 23, 8, 30))
    assert p.stage == BreachStage.DECIDED
    assert register.breaches.close(b.id).closed_at == clock.now()


def test_notified_in_time_needs_no_delay_reason(register) -> None:
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 20, 9, 0)))
    register.breaches.decide(b.id, DecisionInput("risk", ""))
    n = register.breaches.authority_notified(b.id, hki(2026, 11, 23, 9, 0))
    assert n.clock == ClockState.MET and n.delay_reason == ""
    with pytest.raises(ValidationError):
        register.breaches.people_notified(b.id, hki(2026, 11, 23, 9, 0))  # not a high risk


def test_audit_names_the_breach_never_its_text_or_people(register) -> None:
    c = _person(register, "Aino", "Virtanen")
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15), (c.id,)))
    register.breaches.decide(b.id, DecisionInput("none", "Salattu levy, avain tallessa."))
    register.breaches.authority_text(b.id, "fi")
    events = register.audit_log(action_prefix="breach.")
    assert [e.action for e in events] == [
        "breach.notification_text",
        "breach.decided",
        "breach.logged",
    ]
    text = " ".join(f"{e.summary}" for e in events)
    for word in ("Aino", "Virtanen", "Kannettava", "Salattu"):
        assert word not in text


def test_erasing_a_customer_removes_the_links_even_when_invoices_are_kept(register) -> None:
    kept = _person(register, "Aino", "Virtanen")
    register.add_interaction(
        kept.id, InteractionInput(dt.date(2025, 6, 10), InteractionKind.INVOICE, "", "2025-031")
    )
    gone = _person(register, "Eero", "Laine")
    other = _person(register, "Liisa", "Koski")
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15), (kept.id, gone.id)))
    register.breaches.link_customers(b.id, (kept.id, gone.id, other.id))
    assert register.breaches.get(b.id).customer_ids == (kept.id, gone.id, other.id)

    register.delete_customer(kept.id)  # the bookkeeping hold keeps the customer and invoice
    assert register.get_customer(kept.id).interactions  # the invoice stays...
    assert register.breaches.for_customer(kept.id) == ()  # ...the link does not
    register.delete_customers([gone.id])
    assert register.breaches.get(b.id).customer_ids == (other.id,)
    with register.db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT customer_id FROM breach_customer").all()
    assert rows == [(other.id,)]


def test_linking_an_unknown_customer_is_refused(register) -> None:
    from rekisteri.core.errors import NotFoundError

    with pytest.raises(NotFoundError):
        register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15), (999,)))
    assert register.breaches.list_all() == ()


def test_update_keeps_the_decision_and_only_a_mistaken_draft_is_deleted(register) -> None:
    b = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 20, 15)))
    register.breaches.decide(b.id, DecisionInput("risk", ""))
    data = dataclasses.replace(stolen_laptop(hki(2026, 11, 22, 19, 0)), people_count=80)
    u = register.breaches.update(b.id, data)
    assert (u.people_count, u.risk, u.aware_local) == (80, "risk", hki(2026, 11, 22, 19, 0))
    with pytest.raises(ValidationError):  # assessed: it stays as evidence (Art. 33(5))
        register.breaches.delete(b.id)
    register.breaches.authority_notified(b.id, hki(2026, 11, 23, 9, 0))
    with pytest.raises(ValidationError):  # notified on this assessment: it stands
        register.breaches.decide(b.id, DecisionInput("none", "Ei sittenkään"))
    assert register.breaches.get(b.id).risk == "risk"
    mistake = register.breaches.log(stolen_laptop(hki(2026, 11, 22, 21, 0)))
    register.breaches.delete(mistake.id)
    assert [x.id for x in register.breaches.list_all()] == [b.id]
    assert register.audit_log(action_prefix="breach.deleted")[0].entity_id == mistake.id


@pytest.mark.parametrize(
    ("answers", "level"),
    [
        ({"protected": True, "harm": True, "sensitive": True}, "high"),
        ({"contained": True, "harm": True}, "risk"),
        ({"protected": True}, "none"),
        ({"contained": True}, "none"),
        ({}, "risk"),
        ({"harm": True}, "risk"),
        ({"sensitive": True}, "risk"),
        ({"harm": True, "sensitive": True}, "high"),
        ({"harm": True, "vulnerable": True}, "high"),
    ],
)
def test_the_guided_assessment_suggests_a_level(answers, level) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.core.breaches.assessment import Answers, suggest

    assert suggest(Answers(**answers)) == level
