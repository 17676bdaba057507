"""The part of the register the reminders read, as a structural type.

``core.reminders`` names no class of the facade or of its services: ``Register`` satisfies
these protocols as it is. So the reminders stay a leaf below the facade, outside the knot of
the facade and its feature services (``tests/test_import_cycles.py``), while the services
that move a date can still call back into them through ``hook.refreshes_reminders``.
A new source of reminders adds what it reads here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rekisteri.core.breaches.dto import BreachView
    from rekisteri.core.clock import Clock
    from rekisteri.core.requests.dto import RequestView
    from rekisteri.core.retention.views import ReviewRecordView


class RetentionReader(Protocol):
    def next_review_on(self) -> dt.date: ...

    def reviews(self) -> list[ReviewRecordView]: ...


class RequestReader(Protocol):
    def list_open(self) -> Sequence[RequestView]: ...


class BreachReader(Protocol):
    def list_all(self, *, open_only: bool = False) -> Sequence[BreachView]: ...


class SessionMaker(Protocol):
    def session(self) -> AbstractContextManager[Session]: ...


class RegisterPort(Protocol):
    @property
    def actor(self) -> str: ...

    @property
    def db(self) -> SessionMaker: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def retention(self) -> RetentionReader: ...

    @property
    def requests(self) -> RequestReader: ...

    @property
    def breaches(self) -> BreachReader: ...

    def get_setting(self, key: str) -> Any: ...

    def set_setting(self, key: str, value: Any) -> None: ...
