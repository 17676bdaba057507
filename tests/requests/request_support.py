"""Building a private customer with a known history for the erasure tests (22.11.2026)."""

import datetime as dt

from rekisteri.core.dto import ConsentInput, ContactInput, CustomerInput, InteractionInput
from rekisteri.core.enums import (
    Channel,
    ConsentAction,
    ConsentSource,
    ContactKind,
    CustomerKind,
    InteractionKind,
)
from rekisteri.core.requests.dto import RequestInput

D = dt.date


def one_person(register, first: str, last: str, **contact):  # type: ignore[no-untyped-def]
    """A private customer who is one person; ``contact`` fills the person's details."""
    return register.create_customer(
        CustomerInput(
            kind=CustomerKind.PERSON,
            name=f"{first} {last}",
            contacts=(
                ContactInput(kind=ContactKind.PRIVATE, first_name=first, last_name=last, **contact),
            ),
        )
    )


def private_customer(register, *, invoice: bool) -> tuple[int, int]:
    c = register.create_customer(
        CustomerInput(
            kind=CustomerKind.PERSON,
            name="Aino Virtanen",
            billing_street="Rantakatu 5",
            billing_postcode="60100",
            billing_city="Seinäjoki",
            notes="Asiakas toivoo iltapäivätapaamisia",
            customer_since=D(2019, 1, 1),
            contacts=(
                ContactInput(
                    kind=ContactKind.PRIVATE,
                    first_name="Aino",
                    last_name="Virtanen",
                    emails=("aino.virtanen@example.fi",),
                    phones=("040 123 4567",),
                ),
            ),
        )
    )
    contact_id = c.contacts[0].id
    register.add_interaction(
        c.id, InteractionInput(D(2024, 3, 1), InteractionKind.MEETING, "Kuvaus")
    )
    register.add_interaction(c.id, InteractionInput(D(2025, 6, 2), InteractionKind.CALL, "Soitto"))
    if invoice:
        register.add_interaction(
            c.id, InteractionInput(D(2025, 6, 10), InteractionKind.INVOICE, "", "2025-031")
        )
    register.record_consent(
        contact_id,
        ConsentInput(
            Channel.NEWSLETTER, ConsentAction.CONSENT_GIVEN, ConsentSource.FORM, D(2024, 1, 2)
        ),
    )
    return c.id, contact_id


def erasure_request(register, contact_id):
    return register.requests.log(
        RequestInput(kind="erasure", contact_id=contact_id, received_on=D(2026, 11, 20))
    )
