"""The suppression list: keyed hashes of erased people who had refused marketing.

HMAC-SHA256 with a random key kept in this register's settings: the digests cannot be
reversed, and without the key they cannot even be matched against a list of guesses taken
elsewhere. A later import asks ``is_suppressed`` and flags the person instead of re-adding them.
The privacy notice discloses the list and how long it is kept; every use purges what is older.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from typing import Any, cast

from sqlalchemy import CursorResult, delete
from sqlalchemy.orm import Session

from rekisteri.core import settings_registry as reg
from rekisteri.core.validation import normalize_email, normalize_phone


def register_key(session: Session) -> bytes:
    key = reg.read(session, reg.SUPPRESSION_KEY)
    if not key:
        key = secrets.token_hex(32)
        reg.write(session, reg.SUPPRESSION_KEY, key)
        session.flush()
    return bytes.fromhex(key)


def canonical_email(value: str) -> str:
    try:
        return normalize_email(value).casefold()
    except ValueError:
        return value.strip().casefold()


def canonical_phone(value: str) -> str:
    try:
        return normalize_phone(value)
    except ValueError:
        return "".join(ch for ch in value if ch.isdigit() or ch == "+")


def digest(key: bytes, kind: str, value: str) -> str:
    canon = canonical_email(value) if kind == "email" else canonical_phone(value)
    return hmac.new(key, f"{kind}:{canon}".encode(), hashlib.sha256).hexdigest()


# The list is kept only as long as the privacy notice says (it states this setting).
MAX_YEARS = 10


def suppression_years(session: Session) -> int:
    return max(1, min(MAX_YEARS, reg.read(session, reg.SUPPRESSION_YEARS)))


def purge_expired(session: Session, today: dt.date) -> int:
    """Drop the digests older than the period the notice promises; returns how many."""
    from rekisteri.core.models import SuppressionEntry
    from rekisteri.core.retention.rules import add_period

    cutoff = add_period(today, years=-suppression_years(session))
    result = session.execute(
        delete(SuppressionEntry)
        .where(SuppressionEntry.added_on < cutoff)
        .execution_options(synchronize_session=False)
    )
    # A DELETE gives a CursorResult, which has the row count; Session.execute says Result.
    return int(cast(CursorResult[Any], result).rowcount or 0)
