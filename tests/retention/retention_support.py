"""Building customers with a known history for the retention tests (clock frozen 22.11.2026)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rekisteri.core.dto import ContactInput, CustomerInput, InteractionInput
from rekisteri.core.enums import ContactKind, CustomerKind, CustomerStatus, InteractionKind
from rekisteri.core.register import Register

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
