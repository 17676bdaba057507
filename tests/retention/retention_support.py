"""Building customers with a known history for the retention tests (clock frozen 22.11.2026)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rekisteri.core.dto import ContactInput, CustomerInput, InteractionInput
from rekisteri.core.enums import ContactKind, CustomerKind, CustomerStatus, InteractionKind
from rekisteri.core.register import Register
from rekisteri.core.retention import AppliesTo, CountsFrom, RuleView

D = dt.date
SINCE = dt.date(2015, 1, 1)


def make(
    register: Register,
    name: str = "Testi Oy",
    *,
    status: str = CustomerStatus.ACTIVE,
    kind: str = CustomerKind.ORGANISATION,
    first: str = "Maija",
    last: str = "Meikäläinen",
    email: str = "",
    phone: str = "",
    since: dt.date | None = SINCE,
    ended_on: dt.date | None = None,
    industry: str = "Valokuvaus",
    postcode: str = "60100",
    notes: str = "",
    events: Sequence[tuple[dt.date, str, str]] = (),
) -> int:
    contact = ContactInput(
        kind=ContactKind.PRIVATE if kind == CustomerKind.PERSON else ContactKind.BUSINESS,
        first_name=first,
        last_name=last,
        emails=(email,) if email else (),
        phones=(phone,) if phone else (),
    )
    detail = register.create_customer(
        CustomerInput(
            kind=kind,
            name=name,
            status=status,
            customer_since=since,
            ended_on=ended_on,
            industry=industry,
            billing_street="Kauppakatu 1",
            billing_postcode=postcode,
            billing_city="Seinäjoki",
            notes=notes,
            contacts=(contact,),
        )
    )
    for day, ikind, ref in events:
        register.add_interaction(detail.id, InteractionInput(day, ikind, "", ref))
    return detail.id


MEETING = InteractionKind.MEETING
INVOICE = InteractionKind.INVOICE


def contact_banned_under_contact_rule(register: Register) -> tuple[int, int]:
    """(customer, contact): a contact rule of one month after a ban, and a contact who
    banned marketing on 1.9.2026 at a customer met on 1.6.2026 (the contact alone is due)."""
    cid = make(register, "Iso Oy", events=[(dt.date(2026, 6, 1), MEETING, "")])
    register.retention.save_rule(
        RuleView(None, "Contacts who refused marketing", AppliesTo.CONTACTS,
                 CountsFrom.CONSENT_WITHDRAWN, period_months=1)
    )  # fmt: skip
    contact = register.get_customer(cid).contacts[0]
    register.set_ban([contact.id], occurred_on=dt.date(2026, 9, 1))
    return cid, contact.id
