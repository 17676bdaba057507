"""The one writer of the consent ledger: every consent, withdrawal, ban and lift goes here.

The facade (a user marking a ban), the importer (a "no marketing" column) and the request
actions all append through ``append``, so the cached ``contact.banned_channels`` column is
recomputed the same way after every event and nothing writes a ``ConsentEvent`` around it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from rekisteri.core.ledger import LedgerEvent, banned_channels
from rekisteri.core.models import ConsentEvent, Contact


def append(
    session: Session,
    contact: Contact,
    *,
    channel: str,
    action: str,
    occurred_on: dt.date,
    source: str,
    evidence: str,
    recorded_by: str,
    recorded_at: dt.datetime,
) -> ConsentEvent:
    """Append one event to ``contact``'s ledger and refresh its cached ban column."""
    event = ConsentEvent(
        channel=channel,
        action=action,
        occurred_on=occurred_on,
        source=source,
        evidence=evidence.strip(),
        recorded_by=recorded_by,
        recorded_at=recorded_at,
    )
    contact.consent_events.append(event)
    session.flush()
    contact.banned_channels = ",".join(
        banned_channels(
            LedgerEvent(e.id, e.channel, e.action, e.occurred_on) for e in contact.consent_events
        )
    )
    return event


def active_bans(contact: Contact) -> set[str]:
    """The channels under a ban now, from the cached column ``append`` keeps."""
    return set(contact.banned_channels.split(",")) - {""}


def new_contact_events(
    contact_id: int,
    events: list[tuple[str, str]],
    *,
    occurred_on: dt.date,
    source: str,
    evidence: str,
    recorded_by: str,
    recorded_at: dt.datetime,
) -> tuple[list[dict[str, object]], str]:
    """Rows for a bulk insert of a *new* contact's first events, and its ban column.

    The importer writes thousands of new contacts with one INSERT per table; this keeps
    that path's events and cached bans computed by the same rules as ``append``.
    """
    rows = [
        dict(
            contact_id=contact_id,
            channel=channel,
            action=action,
            occurred_on=occurred_on,
            source=source,
            evidence=evidence.strip(),
            recorded_by=recorded_by,
            recorded_at=recorded_at,
        )
        for channel, action in events
    ]
    ledger = [LedgerEvent(i, ch, action, occurred_on) for i, (ch, action) in enumerate(events)]
    return rows, ",".join(banned_channels(ledger))
