import datetime as dt

import pytest

from rekisteri.core.errors import ValidationError
from rekisteri.core.requests import deadlines
from rekisteri.core.requests.dto import RequestInput
from rekisteri.core.requests.kinds import RequestKind, RequestStatus

D = dt.date


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2026, 1, 31), D(2026, 2, 28)),
        (D(2028, 1, 31), D(2028, 2, 29)),  # leap year
        (D(2026, 4, 30), D(2026, 5, 30)),
        (D(2026, 3, 31), D(2026, 4, 30)),
        (D(2026, 12, 15), D(2027, 1, 15)),
        (D(2026, 12, 31), D(2027, 1, 31)),
        (D(2026, 5, 1), D(2026, 6, 1)),
    ],
)
def test_first_due_is_one_calendar_month(received, due):
    assert deadlines.first_due(received) == due


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2026, 1, 31), D(2026, 4, 28)),  # two months from 28.2., never later than the law
        (D(2026, 4, 30), D(2026, 7, 30)),
        (D(2026, 11, 30), D(2027, 2, 28)),
        (D(2027, 11, 30), D(2028, 2, 29)),
    ],
)
def test_extended_due_adds_two_months_to_the_first_deadline(received, due):
    assert deadlines.extended_due(received) == due


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
    assert extended.due_on == D(2027, 1, 30)
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
