"""Consents, withdrawals, bans and lifts a user records: checked, then written to the ledger.

The facade's ledger methods (``record_consent``, ``set_ban``, ``lift_ban``,
``ban_customers``) all come here; the row itself is written by ``ledger_writer.append``,
as every other writer of the ledger does.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rekisteri.core import ledger_writer
from rekisteri.core.customer_records import Recorder
from rekisteri.core.denorm import refresh_customer
from rekisteri.core.dto import ConsentInput
from rekisteri.core.enums import Channel, ConsentAction, ConsentSource
from rekisteri.core.errors import NotFoundError, ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.models import Contact

_CTX = "Validation"


def check_input(data: ConsentInput, today: dt.date) -> dt.date:
    """The day the event happened (today if not given), or a ValidationError per field."""
    errors: dict[str, Message] = {}
    if data.channel not in {c.value for c in Channel}:
        errors["channel"] = Message(_CTX, QT_TRANSLATE_NOOP("Validation", "Choose a channel."))
    if data.action not in {a.value for a in ConsentAction}:
        errors["action"] = Message(_CTX, QT_TRANSLATE_NOOP("Validation", "Choose an action."))
    if data.source not in {c.value for c in ConsentSource}:
        errors["source"] = Message(_CTX, QT_TRANSLATE_NOOP("Validation", "Choose a source."))
    on = data.occurred_on or today
    if on > today:
        errors["occurred_on"] = Message(
            _CTX, QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.")
        )
    if errors:
        raise ValidationError(errors)
    return on


def applies(data: ConsentInput, active: set[str]) -> bool:
    """Whether the event changes anything given the bans in force; raises when it may not
    be recorded at all (a consent under a ban, lifting a ban that is not there)."""
    if data.action == ConsentAction.CONSENT_GIVEN and (
        data.channel in active or Channel.ALL_MARKETING in active
    ):
        raise ValidationError(
            {
                "channel": Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "A marketing ban is in force on this channel. Lift the ban "
                        "first, with its reason.",
                    ),
                )
            }
        )
    if data.action == ConsentAction.BAN_SET and data.channel in active:
        return False  # already banned: the first ban's date stands
    if data.action == ConsentAction.BAN_LIFTED and data.channel not in active:
        raise ValidationError(
            {
                "channel": Message(
                    _CTX,
                    QT_TRANSLATE_NOOP("Validation", "There is no ban on this channel to lift."),
                )
            }
        )
    return True


def record_events(
    register: Recorder,
    s: Session,
    contact_ids: list[int],
    data: ConsentInput,
    on: dt.date,
    now: dt.datetime,
) -> int:
    """Record ``data`` (checked: ``check_input``) for each contact; how many were written."""
    touched: set[int] = set()
    recorded = 0
    contacts = list(
        s.scalars(
            select(Contact)
            .where(Contact.id.in_(contact_ids))
            .options(selectinload(Contact.consent_events))
        )
    )
    if len(contacts) != len(set(contact_ids)):
        missing = set(contact_ids) - {c.id for c in contacts}
        raise NotFoundError("contact", min(missing))
    for x in contacts:
        if not applies(data, ledger_writer.active_bans(x)):
            continue
        ledger_writer.append(
            s,
            x,
            channel=data.channel,
            action=data.action,
            occurred_on=on,
            source=data.source,
            evidence=data.evidence,
            recorded_by=register.actor,
            recorded_at=now,
        )
        touched.add(x.customer_id)
        recorded += 1
        register.record_audit(s, f"consent.{data.action}", "contact", x.id, data.channel)
    s.flush()
    for customer_id in touched:
        refresh_customer(s, customer_id)
    return recorded


def lift_input(channel: str, reason: str, source: str, occurred_on: dt.date | None) -> ConsentInput:
    """Lifting a ban needs its reason: the lift stays on record next to the ban."""
    if not reason.strip():
        raise ValidationError(
            {
                "evidence": Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Validation", "Say why the ban is lifted: it stays on record."
                    ),
                )
            }
        )
    return ConsentInput(channel, ConsentAction.BAN_LIFTED, source, occurred_on, reason)


def contacts_of(s: Session, customer_ids: list[int]) -> list[int]:
    return list(s.scalars(select(Contact.id).where(Contact.customer_id.in_(customer_ids))))
