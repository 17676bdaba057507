"""A shared register on a PostgreSQL server: its address, password and open connection.

The laptop file stays the default; a small office points every laptop at one server. The
password never sits in a file or on a command line: it comes from the environment
(``REKISTERI_DB_PASSWORD``, for scripts), the operating system's keyring, or a prompt, in
that order. TLS is required unless the user chose otherwise (``verify-full`` with the
server's CA; ``require`` encrypts without checking who answers, and the UI warns).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import URL, Connection, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from rekisteri.core.clock import Clock
from rekisteri.core.db.engine import Database
from rekisteri.core.db.roles import apply_grants, hand_to_owner, session_role
from rekisteri.core.db.server_errors import as_user_errors
from rekisteri.core.errors import (
    FileOnlyError,
    OwnerMustUpgradeError,
    RekisteriError,
    ServerError,
    ServerLoginError,
    ServerSecurityError,
    ServerUnreachableError,
)
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message

PASSWORD_ENV = "REKISTERI_DB_PASSWORD"
KEYRING_SERVICE = "Rekisteri shared register"
DEFAULT_PORT = 5432
SSL_MODES = ("verify-full", "require", "disable")
CONNECT_TIMEOUT_S = 10
# Serialises schema upgrades between laptops that open the register at the same moment.
MIGRATION_LOCK = 0x52454B49  # "REKI"


class AddressError(RekisteriError):
    """A server address the user typed that cannot be used as it is."""


def _address_error(text_: str) -> NoReturn:
    raise AddressError(Message("Errors", text_))


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "verify-full"
    sslrootcert: str = ""  # the server's CA certificate (a file path); "" = the system's

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        """``postgresql://user@host:port/db?sslmode=require``; a password in it is refused."""
        parts = urlsplit(url.strip())
        if parts.scheme not in ("postgresql", "postgres", "postgresql+psycopg"):
            _address_error(
                QT_TRANSLATE_NOOP("Errors", "A shared register's address starts postgresql://.")
            )
        if parts.password is not None:
            _address_error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Leave the password out of the address: it would stay in the shell's "
                    "history. Rekisteri asks for it, reads REKISTERI_DB_PASSWORD or uses "
                    "the keyring.",
                )
            )
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        address = cls(
            host=parts.hostname or "",
            database=unquote(parts.path.lstrip("/")),
            user=unquote(parts.username or ""),
            port=parts.port or DEFAULT_PORT,
            sslmode=query.get("sslmode", "verify-full"),
            sslrootcert=query.get("sslrootcert", ""),
        )
        return address.checked()

    def checked(self) -> ServerAddress:
        if not (self.host and self.database and self.user):
            _address_error(
                QT_TRANSLATE_NOOP("Errors", "Give the server, the database and the user name.")
            )
        if self.sslmode not in SSL_MODES:
            _address_error(
                QT_TRANSLATE_NOOP("Errors", "TLS must be verify-full, require or disable.")
            )
        if self.sslrootcert and not Path(self.sslrootcert).is_file():
            _address_error(QT_TRANSLATE_NOOP("Errors", "The CA certificate file does not exist."))
        return self

    @property
    def verified(self) -> bool:
        """Only verify-full proves the server is the one meant; the UI warns otherwise."""
        return self.sslmode == "verify-full"

    def display(self) -> str:
        """``user@host:port/db``: what the window and the logs may show (no password)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self) -> str:
        """The address as the user would type it again (no password)."""
        query = f"?sslmode={self.sslmode}"
        if self.sslrootcert:
            query += f"&sslrootcert={self.sslrootcert}"
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.database}{query}"

    def keyring_key(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"

    def sqlalchemy_url(self, password: str | None) -> URL:
        query = {"sslmode": self.sslmode}
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        )

    def with_user(self, user: str) -> ServerAddress:
        return replace(self, user=user)


# --- the password ------------------------------------------------------------------------


def stored_password(address: ServerAddress) -> str | None:
    """The keyring's password for this user and server; None when there is no keyring."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_key())
    except (KeyringError, RuntimeError):
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the keyring; False when this computer has none to offer."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_key(), password)
    except (KeyringError, RuntimeError):
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError
    except ImportError:
        return
    with contextlib.suppress(PasswordDeleteError, KeyringError, RuntimeError):
        keyring.delete_password(KEYRING_SERVICE, address.keyring_key())


def resolve_password(
    address: ServerAddress, prompt: Callable[[ServerAddress], str | None] | None = None
) -> str | None:
    """The environment first (scripts), then the keyring, then the user."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    kept = stored_password(address)
    if kept:
        return kept
    return prompt(address) if prompt is not None else None


# --- the connection ----------------------------------------------------------------------


def classify(exc: BaseException) -> ServerError:
    """A driver error as the user's message: login, TLS, or not reachable."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    text_ = str(orig).lower()
    if state in ("28P01", "28000") or "password authentication failed" in text_:
        return ServerLoginError()
    if "ssl" in text_ or "certificate" in text_ or "tls" in text_:
        return ServerSecurityError()
    return ServerUnreachableError()


class ServerDatabase(Database):
    """The same interface as a register file's ``Database``, kept by a PostgreSQL server.

    Whatever works on the file itself (encryption, the SQLite backup API, the integrity
    check) raises ``FileOnlyError`` here instead of touching a path that does not exist.
    """

    is_server = True

    def __init__(
        self, address: ServerAddress, password: str | None, clock: Clock | None = None
    ) -> None:
        self.address = address
        self.clock = clock or Clock()
        self.passphrase = None
        self._closed = False
        self.engine = create_engine(
            address.sqlalchemy_url(password),
            future=True,
            hide_parameters=True,  # an error's text never carries a row's values
            pool_pre_ping=True,  # a dropped connection is replaced, not handed out
            connect_args={
                "connect_timeout": CONNECT_TIMEOUT_S,
                "application_name": "Rekisteri",
            },
        )
        event.listen(self.engine, "connect", _session_settings)
        self._probe()
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    def _probe(self) -> None:
        try:
            with self.engine.connect() as conn:
                self.login = str(conn.execute(text("SELECT session_user")).scalar_one())
                self.role = session_role(conn)
        except DBAPIError as exc:
            self.engine.dispose()
            raise classify(exc) from None

    @property
    def path(self) -> Path:  # type: ignore[override]  # a server has no file: refuse loudly
        raise FileOnlyError()

    @property
    def location(self) -> str:
        return self.address.display()

    @property
    def encrypted(self) -> bool:
        return False

    def secure_files(self) -> None:
        """Nothing on this computer to protect: the server keeps the data."""

    def raw_connect(self, *, readonly: bool = False) -> Any:
        raise FileOnlyError()

    def ping(self) -> None:
        try:
            super().ping()
        except DBAPIError as exc:  # not even a connection: the server's still gone
            raise classify(exc) from None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with as_user_errors(), super().read() as conn:
            yield conn

    @contextmanager
    def session(self) -> Iterator[Session]:
        with as_user_errors(), super().session() as s:
            yield s


def _session_settings(dbapi_connection: Any, _record: Any) -> None:
    """Dates are compared as dates and texts as UTF-8 whatever the server's defaults are."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET TIME ZONE 'UTC'")
        cursor.execute("SET client_encoding TO 'UTF8'")
        cursor.execute("SET DateStyle TO ISO, YMD")
    dbapi_connection.commit()


def open_server(
    address: ServerAddress,
    password: str | None,
    *,
    clock: Clock | None = None,
    migrate: bool = True,
) -> ServerDatabase:
    """Connect and bring the schema to head; a second laptop waits for the first's upgrade."""
    from rekisteri.core import settings_upgrade
    from rekisteri.core.db.migrate import current_revision, head_revision, upgrade
    from rekisteri.core.rule_changes import apply_pending

    db = ServerDatabase(address, password, clock)
    try:
        if migrate and current_revision(db.engine) != head_revision():
            if db.role == "assistant":
                db.dispose()
                raise OwnerMustUpgradeError()
            with db.engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
                try:
                    revision = current_revision(db.engine)
                    if revision != head_revision():
                        upgrade(db.engine)
                        if revision is None:  # a new register: nothing of old to upgrade
                            settings_upgrade.stamp_new(db)
                        with db.engine.begin() as grants:  # the new tables' rights
                            hand_to_owner(grants)
                            apply_grants(grants)
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
                    conn.commit()
        if db.role == "owner":  # an assistant may not write rules or settings
            apply_pending(db)
            if migrate:  # settings an older version stored, after a snapshot of them
                settings_upgrade.upgrade_settings(db)
    except DBAPIError as exc:
        db.dispose()
        raise classify(exc) from None
    return db
