import datetime as dt

import pytest

from rekisteri.core.errors import ValidationError
from rekisteri.core.requests import deadlines
from rekisteri.core.requests.dto import RequestInput
from rekisteri.core.requests.kinds import RequestKind, RequestStatus

D = dt.date


# The rules table of deadlines: (received, calendar target, legal due date, provision).
# GDPR Art 12(3) gives one month; Regulation 1182/71 Art 3(2)(c) ends a month on the same
# day number (or the month's last day); Art 3(4) moves a last day that is a Saturday, a
# Sunday or a public holiday to the end of the next working day.
FIRST_PERIOD = [
    (D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 2), "3(2)(c) short month; 28.2. is a Saturday"),
    (D(2028, 1, 31), D(2028, 2, 29), D(2028, 2, 29), "3(2)(c) leap year, a Tuesday"),
    (D(2026, 4, 30), D(2026, 5, 30), D(2026, 6, 1), "3(4) Saturday 30.5. -> Monday"),
    (D(2026, 3, 31), D(2026, 4, 30), D(2026, 4, 30), "3(2)(c) 30 days in April, a Thursday"),
    (D(2026, 12, 15), D(2027, 1, 15), D(2027, 1, 15), "12(3) one month, a Friday"),
    (D(2026, 12, 31), D(2027, 1, 31), D(2027, 2, 1), "3(4) Sunday 31.1. -> Monday"),
    (D(2026, 5, 1), D(2026, 6, 1), D(2026, 6, 1), "12(3) one month, a Monday"),
    (
        D(2026, 11, 24),
        D(2026, 12, 24),
        D(2026, 12, 28),
        "3(4) jouluaatto, joulu, tapaninpäivä, Sunday",
    ),
    (D(2026, 5, 19), D(2026, 6, 19), D(2026, 6, 22), "3(4) juhannusaatto, juhannus, Sunday"),
    (D(2026, 11, 6), D(2026, 12, 6), D(2026, 12, 7), "3(4) itsenäisyyspäivä (a Sunday)"),
    (D(2026, 3, 3), D(2026, 4, 3), D(2026, 4, 7), "3(4) pitkäperjantai to 2. pääsiäispäivä"),
    (D(2026, 4, 14), D(2026, 5, 14), D(2026, 5, 15), "3(4) helatorstai"),
    (D(2026, 3, 31), D(2026, 4, 30), D(2026, 4, 30), "3(4) vappuaatto is a working day"),
    (D(2025, 12, 1), D(2026, 1, 1), D(2026, 1, 2), "3(4) uudenvuodenpäivä"),
    (D(2025, 12, 6), D(2026, 1, 6), D(2026, 1, 7), "3(4) loppiainen"),
    (D(2026, 9, 30), D(2026, 10, 30), D(2026, 10, 30), "12(3) Friday before pyhäinpäivä"),
    (D(2026, 10, 31), D(2026, 11, 30), D(2026, 11, 30), "3(2)(c) 30 days in November"),
]


@pytest.mark.parametrize(
    ("received", "target", "due", "provision"), FIRST_PERIOD, ids=[r[3] for r in FIRST_PERIOD]
)
def test_first_period(received, target, due, provision):
    assert deadlines.first_target(received) == target
    assert deadlines.first_due(received) == due
    assert deadlines.is_working_day(due)
    assert due >= target and (due - target).days <= 4


# Art 12(3): "extended by two further months", counted from the first period's calendar end.
EXTENDED = [
    (D(2026, 1, 31), D(2026, 4, 28), D(2026, 4, 28), "12(3) two months from 28.2., a Tuesday"),
    (D(2026, 4, 30), D(2026, 7, 30), D(2026, 7, 30), "12(3) a Thursday"),
    (D(2026, 11, 30), D(2027, 2, 28), D(2027, 3, 1), "3(4) Sunday 28.2. -> Monday"),
    (D(2027, 11, 30), D(2028, 2, 29), D(2028, 2, 29), "12(3) leap year, a Tuesday"),
    (D(2026, 10, 24), D(2027, 1, 24), D(2027, 1, 25), "3(4) Sunday -> Monday"),
    (D(2026, 9, 24), D(2026, 12, 24), D(2026, 12, 28), "3(4) over Christmas"),
]


@pytest.mark.parametrize(
    ("received", "target", "due", "provision"), EXTENDED, ids=[r[3] for r in EXTENDED]
)
def test_extended_period(received, target, due, provision):
    assert deadlines.extended_target(received) == target
    assert deadlines.extended_due(received) == due


def test_every_day_of_two_years_gets_a_working_due_date_within_five_days():
    day = D(2026, 1, 1)
    while day < D(2028, 1, 1):
        due = deadlines.first_due(day)
        assert deadlines.is_working_day(due)
        assert 0 <= (due - deadlines.first_target(day)).days <= 5
        day += dt.timedelta(days=1)


def test_overdue_only_after_the_legal_due_date(register, clock):
    clock.set(D(2026, 12, 1))
    r = _log(register, D(2026, 11, 1))  # due Tuesday 1.12.
    assert (r.target_on, r.due_on) == (D(2026, 12, 1), D(2026, 12, 1))
    assert not r.overdue
    clock.set(D(2026, 12, 2))
    assert register.requests.get(r.id).overdue


def test_weekend_target_is_shown_beside_the_legal_date(register, clock):
    clock.set(D(2026, 12, 1))
    r = _log(register, D(2026, 11, 24))
    assert r.target_on == D(2026, 12, 24) and r.due_on == D(2026, 12, 28)
    assert r.first_due_on == D(2026, 12, 28)
    clock.set(D(2026, 12, 28))
    assert not register.requests.get(r.id).overdue
    done = register.requests.close(r.id, RequestStatus.DONE, "Sent the access pack.")
    assert not done.overdue
    audit = register.audit_log(action_prefix="request.done")[0]
    assert "late" not in audit.summary
    clock.set(D(2026, 12, 29))
    r2 = _log(register, D(2026, 11, 24))
    late = register.requests.close(r2.id, RequestStatus.DONE, "Sent the access pack.")
    assert late.answered_on == D(2026, 12, 29)
    assert "late" in register.audit_log(action_prefix="request.done")[0].summary


def test_add_months_negative_and_across_years():
    assert deadlines.add_months(D(2026, 3, 31), -1) == D(2026, 2, 28)
    assert deadlines.add_months(D(2026, 1, 15), -13) == D(2024, 12, 15)
    assert deadlines.add_months(D(2024, 2, 29), 12) == D(2025, 2, 28)


def _log(register, received, kind=RequestKind.ACCESS):
    return register.requests.log(
        RequestInput(kind=kind, received_on=received, person_name="Aino Virtanen")
    )


def test_logged_request_gets_its_due_date(register):
    r = _log(register, D(2026, 10, 31))
    assert r.status == RequestStatus.OPEN
    assert r.due_on == D(2026, 11, 30)
    assert r.first_due_on == D(2026, 11, 30)


def test_extension_needs_reason_and_telling_within_first_month(register, clock):
    r = _log(register, D(2026, 10, 31))
    with pytest.raises(ValidationError) as exc:
        register.requests.extend(r.id, "  ", D(2026, 11, 10))
    assert set(exc.value.errors) == {"extension_reason"}
    with pytest.raises(ValidationError) as exc:
        register.requests.extend(r.id, "Many records", D(2026, 10, 30))  # before receipt
    assert set(exc.value.errors) == {"told_on"}
    with pytest.raises(ValidationError) as exc:
        register.requests.extend(r.id, "Many records", D(2026, 11, 23))  # in the future
    assert set(exc.value.errors) == {"told_on"}
    extended = register.requests.extend(r.id, "Many records", D(2026, 11, 20))
    assert extended.status == RequestStatus.EXTENDED
    assert extended.due_on == D(2027, 2, 1)  # 30.1.2027 is a Saturday
    assert extended.target_on == D(2027, 1, 30)
    assert extended.first_due_on == D(2026, 11, 30)
    with pytest.raises(ValidationError):
        register.requests.extend(r.id, "Again", D(2026, 11, 21))


def test_extension_too_late_once_first_month_is_over(register, clock):
    r = _log(register, D(2026, 9, 30))  # first due 30.10.
    with pytest.raises(ValidationError) as exc:
        register.requests.extend(r.id, "Many records", D(2026, 11, 2))
    assert set(exc.value.errors) == {"told_on"}
    assert register.requests.get(r.id).status == RequestStatus.OPEN


def test_open_list_is_sorted_and_flagged(register, clock):
    late = _log(register, D(2026, 10, 1))  # due 1.11.: overdue on 22.11.
    soon = _log(register, D(2026, 10, 25))  # due 25.11.: within the week
    later = _log(register, D(2026, 11, 20))  # due 20.12.
    closed = _log(register, D(2026, 10, 2))
    register.requests.close(closed.id, RequestStatus.DONE, "Sent the access pack.")
    rows = register.requests.list_open()
    assert [r.id for r in rows] == [late.id, soon.id, later.id]
    assert [(r.overdue, r.due_soon) for r in rows] == [(True, False), (False, True), (False, False)]
    counts = register.requests.counts()
    assert (counts.open, counts.overdue, counts.due_soon) == (3, 1, 1)


def test_close_requires_answer_and_audits(register):
    r = _log(register, D(2026, 11, 2))
    with pytest.raises(ValidationError):
        register.requests.close(r.id, RequestStatus.REFUSED, "")
    done = register.requests.close(r.id, RequestStatus.REFUSED, "Identity could not be verified.")
    assert done.status == RequestStatus.REFUSED and done.answered_on == D(2026, 11, 22)
    assert not done.overdue
    with pytest.raises(ValidationError):
        register.requests.close(r.id, RequestStatus.DONE, "again")
    actions = [a.action for a in register.audit_log(action_prefix="request.")]
    assert actions[:2] == ["request.refused", "request.logged"]
    assert all("Aino" not in a.summary for a in register.audit_log())


def test_future_received_date_refused(register):
    with pytest.raises(ValidationError) as exc:
        _log(register, D(2026, 11, 23))
    assert "received_on" in exc.value.errors


def test_name_blanked_when_request_retention_ends(register, clock):
    r = _log(register, D(2023, 1, 10))
    clock.set(D(2023, 1, 20))
    register.requests.close(r.id, RequestStatus.DONE, "Answered by e-mail.")
    clock.set(D(2026, 1, 20))
    assert register.requests.anonymise_expired() == 0
    clock.set(D(2026, 1, 21))
    assert register.requests.anonymise_expired() == 1
    after = register.requests.get(r.id)
    assert after.person_name == "" and after.answer == "" and after.anonymised
    assert after.kind == RequestKind.ACCESS and after.received_on == D(2023, 1, 10)
