"""What the facade and its feature services share: the open database, the actor, the audit.

Every service holds the register's one ``Handle`` instead of the ``Register`` itself or a
``Database`` of its own. Unlocking, an encryption change or a restore swaps ``Handle.db``
once and every service follows on its next call; and no service needs to import the
facade, so ``core/register.py`` sits above the features, never beside them in a cycle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol, TypeVar

from rekisteri.core import audit
from rekisteri.core import settings_registry as reg
from rekisteri.core.clock import Clock
from rekisteri.core.settings import ControllerSettings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rekisteri.core.db.engine import Database
    from rekisteri.core.dto import ConsentInput, ContactView, CustomerDetail

T = TypeVar("T")


class Handle:
    def __init__(self, db: Database, actor: str = "") -> None:
        self.db = db
        self._actor = actor
        # Called after a write that moves a reminder's date (``reminders.hook``); the facade
        # points it at its calendar file.
        self.on_dates_changed: Callable[[], object] | None = None

    @property
    def actor(self) -> str:
        """Who writes: on a shared server the database user the server checked (its triggers
        stamp the same name), on a laptop the handler's name from Settings."""
        return self.db.login or self._actor

    @actor.setter
    def actor(self, actor: str) -> None:
        self._actor = actor

    @property
    def clock(self) -> Clock:
        return self.db.clock

    def now(self) -> dt.datetime:
        return self.db.clock.now()

    def reopen(self, db: Database) -> None:
        """Continue on ``db``; the old database is closed (after unlocking, a conversion, a
        restore)."""
        old, self.db = self.db, db
        if old is not db:
            old.close()

    def record_audit(
        self, s: Session, action: str, kind: str = "", ident: int | None = None, summary: str = ""
    ) -> None:
        """Every feature writes its events in its own session with this actor and clock, so
        the audit trail has one voice."""
        audit.record(s, self.actor, action, kind, ident, summary, at=self.now())

    # --- settings ------------------------------------------------------------------------

    def setting(self, spec: reg.SettingSpec[T]) -> T:
        with self.db.session() as s:
            return reg.read(s, spec)

    def set_setting(self, spec: reg.SettingSpec[T], value: T) -> None:
        """Stored and audited (the key only: a value may be personal, like the controller)."""
        with self.db.session() as s:
            reg.write(s, spec, value)
            self.record_audit(s, "setting.changed", "setting", None, spec.key)

    def controller(self) -> ControllerSettings:
        return ControllerSettings.from_json(self.setting(reg.CONTROLLER))


class CustomerAccess(Protocol):
    """The facade's customer calls a feature service may make (the requests use them to act
    on a data subject's request through the same checks and audit as the UI)."""

    def get_contact(self, contact_id: int) -> ContactView: ...

    def get_customer(self, customer_id: int) -> CustomerDetail: ...

    def get_controller(self) -> ControllerSettings: ...

    def delete_customer(self, customer_id: int) -> None: ...

    def set_restriction(
        self, contact_id: int, restricted: bool, reason: str = ""
    ) -> ContactView: ...

    def set_ban(
        self,
        contact_ids: Iterable[int],
        channel: str = ...,
        source: str = ...,
        evidence: str = ...,
        occurred_on: dt.date | None = None,
    ) -> int: ...

    def record_consent(self, contact_id: int, data: ConsentInput) -> ContactView: ...
