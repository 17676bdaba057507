"""A shared register's driver errors that are the user's to read, not a fault of ours.

The server refuses what an assistant's login may not do (SQLSTATE 42501, also a row-level
policy), and a connection can die mid-call (a restarted server, a dropped network); both
become the user's message. Anything else stays the exception it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from rekisteri.core.errors import RekisteriError, RoleError, ServerConnectionLostError

_LOST_STATES = ("57P01", "57P02", "57P03")


def user_error(exc: DBAPIError) -> RekisteriError | None:
    """A refusal by the server's rights or a connection lost mid-call, as the user's
    message; None for anything else (a fault of ours, left as it is)."""
    orig = getattr(exc, "orig", None)
    state = str(getattr(orig, "sqlstate", None) or "")
    if state == "42501":  # insufficient privilege, or a row-level policy
        return RoleError()
    if exc.connection_invalidated or state in _LOST_STATES or state.startswith("08"):
        return ServerConnectionLostError()
    return None


@contextmanager
def as_user_errors() -> Iterator[None]:
    try:
        yield
    except DBAPIError as exc:
        typed = user_error(exc)
        if typed is None:
            raise
        raise typed from None
