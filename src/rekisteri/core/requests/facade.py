"""What the requests need from the register: its customer calls, the notice, the log.

A structural type (``typing.Protocol``) that ``Register`` satisfies without naming it, so
the requests act through the facade's checks and audit without importing the facade.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from rekisteri.core.context import CustomerAccess

if TYPE_CHECKING:
    from rekisteri.core.breaches.dto import BreachView
    from rekisteri.core.db.engine import Database
    from rekisteri.core.notice.service import NoticeService
    from rekisteri.core.requests.dto import RequestView


class RequestLog(Protocol):
    def for_contact(self, contact_id: int) -> tuple[RequestView, ...]: ...


class BreachLog(Protocol):
    """What the access pack asks the breach log: the breaches that concerned a customer."""

    def for_customer(self, customer_id: int) -> Sequence[BreachView]: ...


class RequestsFacade(CustomerAccess, Protocol):
    @property
    def db(self) -> Database: ...

    @property
    def actor(self) -> str: ...

    @property
    def notice(self) -> NoticeService: ...

    @property
    def requests(self) -> RequestLog: ...

    @property
    def breaches(self) -> BreachLog: ...
