"""The suppression list: keyed hashes of erased people who had refused marketing.

HMAC-SHA256 with a random key kept in this register's settings: the digests cannot be
reversed, and without the key they cannot even be matched against a list of guesses taken
elsewhere. A later import asks ``is_suppressed`` and flags the person instead of re-adding them.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets

from sqlalchemy.orm import Session

from rekisteri.core.models import Setting
from rekisteri.core.validation import normalize_email, normalize_phone

KEY_SETTING = "retention.suppression_key"


def register_key(session: Session) -> bytes:
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        key = secrets.token_hex(32)
        session.add(Setting(key=KEY_SETTING, value=json.dumps(key)))
        session.flush()
        return bytes.fromhex(key)
    return bytes.fromhex(json.loads(row.value))


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
