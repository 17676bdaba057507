"""Owner and assistant on a shared register, enforced by the server itself.

``rekisteri server init`` (``core.db.server_init``) runs once as the administrator. Then an
assistant's Register can do the assistant's jobs, and every owner-only job is refused with
``RoleError`` and leaves the database as it was; and the same done by hand on the
assistant's own connection (what psql would send) is refused by the server.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "retention"))

from retention_support import make

from pg_support import PASSWORD_OF, _admin, address_of, drop_database, new_database
from rekisteri.cli import main
from rekisteri.core import demo
from rekisteri.core.db import logical
from rekisteri.core.db.server import ServerAddress, open_server
from rekisteri.core.db.server_init import init_server
from rekisteri.core.dto import ContactInput, CustomerInput, InteractionKind
from rekisteri.core.enums import Channel
from rekisteri.core.errors import OwnerMustUpgradeError, RoleError
from rekisteri.core.marketing import MarketingChannel
from rekisteri.core.register import Register
from rekisteri.core.requests.dto import RequestInput
from rekisteri.core.retention.review import ReviewDecision

pytestmark = pytest.mark.postgres_only
DB = "rk_roles"
OWNER, ASSISTANT, LATER = "rk_test_owner", "rk_test_assistant", "rk_test_assistant2"
PASSWORDS = {OWNER: "owner-pw-1", ASSISTANT: "assistant-pw-1", LATER: "assistant-pw-2"}
D = dt.date


@pytest.fixture
def office(pg_template: str, clock) -> Iterator[ServerAddress]:  # type: ignore[no-untyped-def]
    """An initialised register with demo data; the address is the administrator's."""
    drop_database(pg_template, DB)
    _admin(pg_template, *(f"DROP ROLE IF EXISTS {login}" for login in PASSWORDS))
    new_database(pg_template, DB, migrated=False)
    admin = address_of(pg_template, DB)
    init_server(admin, PASSWORD_OF["postgres"], [OWNER], [ASSISTANT], PASSWORDS.__getitem__)
    owner = Register(open_server(replace(admin, user=OWNER), PASSWORDS[OWNER], clock=clock))
    owner.save_controller(demo.DEMO_CONTROLLER)
    demo.generate(owner.db, 20, seed=4)
    owner.close()
    yield admin
    drop_database(pg_template, DB)


def _as(admin: ServerAddress, login: str, clock) -> Register:  # type: ignore[no-untyped-def]
    return Register(open_server(replace(admin, user=login), PASSWORDS[login], clock=clock))


def _sums(admin: ServerAddress) -> dict[str, logical.TableSum]:
    db = open_server(admin, PASSWORD_OF["postgres"])
    try:
        with db.engine.connect() as conn:
            return logical.checksums(conn)
    finally:
        db.dispose()


def test_the_roles_and_the_logins(office: ServerAddress, clock) -> None:  # type: ignore[no-untyped-def]
    owner, assistant = _as(office, OWNER, clock), _as(office, ASSISTANT, clock)
    assert (owner.db.role, assistant.db.role) == ("owner", "assistant")
    assert (owner.actor, assistant.actor) == (OWNER, ASSISTANT)
    owner.close()
    assistant.close()
    again = init_server(office, PASSWORD_OF["postgres"], [OWNER], [ASSISTANT], PASSWORDS.get)
    assert {outcome for _login, _role, outcome in again.logins} == {"unchanged"}


def test_the_assistant_does_the_assistants_jobs_under_its_own_name(
    office: ServerAddress, clock
) -> None:  # type: ignore[no-untyped-def]
    reg = _as(office, ASSISTANT, clock)
    cid = make(reg, "Avustajan Asiakas Oy", email="avustaja@example.fi",
               events=[(D(2026, 10, 1), InteractionKind.MEETING, "")])  # fmt: skip
    detail = reg.get_customer(cid)
    contact = detail.contacts[0]
    reg.update_customer(cid, replace(_as_input(detail), notes="Soitettu"))
    edited = ContactInput(id=contact.id, first_name="Maija", last_name="Meikäläinen",
                          emails=("avustaja@example.fi",), hetu="010190-123M")  # fmt: skip
    reg.update_customer(cid, replace(_as_input(reg.get_customer(cid)), contacts=(edited,)))
    assert reg.get_contact(contact.id).hetu_masked.startswith("010190")
    reg.set_ban([contact.id], Channel.ALL_MARKETING.value)
    reg.lift_ban(contact.id, Channel.ALL_MARKETING.value, "Asiakas pyysi")
    reg.requests.log(
        RequestInput(kind="access", contact_id=contact.id, received_on=D(2026, 11, 20))
    )
    assert reg.list_customers().total == 21
    authors = {e.actor for e in reg.audit_log()} - {OWNER, "postgres"}
    assert authors == {ASSISTANT}
    assert {e.recorded_by for e in reg.get_contact(contact.id).ledger} == {ASSISTANT}
    assert reg.get_customer(cid).updated_by == ASSISTANT
    reg.close()


def _as_input(detail):  # type: ignore[no-untyped-def]
    return CustomerInput(
        name=detail.name,
        kind=detail.kind,
        status=detail.status,
        customer_since=detail.customer_since,
        contacts=tuple(
            ContactInput(
                id=c.id,
                kind=c.kind,
                first_name=c.first_name,
                last_name=c.last_name,
                emails=c.emails,
                phones=c.phones,
            )
            for c in detail.contacts
        ),
    )


def _owner_jobs(reg: Register, tmp: Path) -> dict[str, object]:
    first = reg.list_customers(limit=1).rows[0].id
    contact = reg.get_customer(first).contacts[0].id
    rule = reg.retention.list_rules()[0]
    doc = reg.notice.new_from_template("fi")
    return {
        "review": lambda: reg.retention.apply([ReviewDecision("customer", first, "delete")]),
        "delete": lambda: reg.delete_customer(first),
        "rules": lambda: reg.retention.save_rule(replace(rule, period_years=rule.period_years + 1)),
        "reveal": lambda: reg.reveal_hetu(contact),
        "export register": lambda: reg.io.export_register(tmp / "all.json"),
        "export mailing": lambda: reg.io.export_mailing(MarketingChannel.EMAIL, tmp / "m.csv"),
        "notice": lambda: reg.notice.save_draft(doc),
        "settings": lambda: reg.save_controller(demo.DEMO_CONTROLLER),
    }


def test_every_owner_job_is_refused_to_the_assistant_and_changes_nothing(
    office: ServerAddress, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    before = _sums(office)
    reg = _as(office, ASSISTANT, clock)
    for name, job in _owner_jobs(reg, tmp_path).items():
        with pytest.raises(RoleError):
            job()
        assert _sums(office) == before, name
    assert list(tmp_path.iterdir()) == []  # no export file was left behind
    reg.close()
    owner = _as(office, OWNER, clock)  # the owner may do each of them
    owner.reveal_hetu(owner.get_customer(owner.list_customers(limit=1).rows[0].id).contacts[0].id)
    owner.io.export_register(tmp_path / "all.json")
    owner.close()


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT hetu FROM contact",
        "SELECT * FROM contact",
        "DELETE FROM customer",
        "DELETE FROM consent_event",
        "UPDATE retention_rule SET period_years = 1",
        "DELETE FROM notice_version",
        "UPDATE setting SET value = '1'",
        "INSERT INTO audit_event (at, actor, action, entity_kind, summary) "
        "VALUES (now(), '', 'export.register', 'export', '')",
        "UPDATE audit_event SET summary = ''",
        "DELETE FROM audit_event",
        "ALTER TABLE customer ADD COLUMN x int",
        "DROP TABLE breach",
    ],
)
def test_by_hand_the_server_refuses_the_assistant(office: ServerAddress, statement: str) -> None:
    url = replace(office, user=ASSISTANT).sqlalchemy_url(PASSWORDS[ASSISTANT])
    engine = create_engine(url)
    try:
        with engine.begin() as conn, pytest.raises(DBAPIError) as refused:
            conn.execute(text(statement))
        assert getattr(refused.value.orig, "sqlstate", "") == "42501"
        with engine.connect() as conn:  # while the assistant's own jobs' reads work
            conn.execute(text("SELECT id, first_name, hetu_mask FROM contact")).all()
    finally:
        engine.dispose()


def test_an_assistant_added_later_and_an_upgrade_keep_the_rights(
    office: ServerAddress, pg_template: str, clock
) -> None:  # type: ignore[no-untyped-def]
    report = init_server(office, PASSWORD_OF["postgres"], [OWNER], [ASSISTANT, LATER],
                         PASSWORDS.__getitem__)  # fmt: skip
    assert (LATER, "assistant", "created") in report.logins
    admin = open_server(office, PASSWORD_OF["postgres"])
    with admin.engine.begin() as conn:  # as if this app were newer than the register
        conn.execute(text("UPDATE alembic_version SET version_num = '0012'"))
    admin.dispose()
    with pytest.raises(OwnerMustUpgradeError):
        _as(office, LATER, clock)
    _as(office, OWNER, clock).close()  # the owner's app upgrades, and grants again
    later = _as(office, LATER, clock)
    assert later.db.role == "assistant" and later.list_customers().total == 20
    with pytest.raises(RoleError):
        later.reveal_hetu(
            later.get_customer(later.list_customers(limit=1).rows[0].id).contacts[0].id
        )
    later.close()


def test_server_init_from_the_command_line(
    office: ServerAddress, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REKISTERI_DB_PASSWORD", PASSWORD_OF["postgres"])
    monkeypatch.setenv("REKISTERI_LANG", "en")
    code = main(
        ["--db", office.url(), "server", "init", "--owner", OWNER, "--assistant", ASSISTANT]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"{OWNER}: already owner" in out and f"{ASSISTANT}: already assistant" in out
    # A new login cannot be made without a terminal to type its password on.
    code = main(
        ["--db", office.url(), "server", "init", "--owner", OWNER, "--assistant", "rk_nobody_yet"]
    )
    assert code != 0


def test_the_window_offers_an_assistant_only_the_assistants_jobs(
    office: ServerAddress, clock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.ui.contact_editor import ContactEditor
    from rekisteri.ui.mainwindow import MainWindow

    reg = _as(office, ASSISTANT, clock)
    window = MainWindow(reg)
    qtbot.addWidget(window)
    for key in ("review", "notice", "breaches", "record", "settings"):
        assert not window.nav_actions[key].isEnabled(), key
        assert "owner" in window.nav_actions[key].toolTip()
    for key in ("register", "requests"):
        assert window.nav_actions[key].isEnabled()
    from rekisteri.ui.banners import collect_banners

    assert all(b.pane not in ("review", "settings") for b in collect_banners(reg))
    assert window.owner_actions and not any(a.isEnabled() for a in window.owner_actions)
    who = window.statusBar().findChild(type(window.counts_label), "sharedLogin")
    assert who is not None and ASSISTANT in who.text() and "assistant" in who.text()
    cid = make(reg, "Tunnus Oy")
    contact = reg.get_customer(cid).contacts[0]
    edited = ContactInput(id=contact.id, first_name="Maija", last_name="Meikäläinen",
                          hetu="010190-123M")  # fmt: skip
    reg.update_customer(cid, replace(_as_input(reg.get_customer(cid)), contacts=(edited,)))
    editor = ContactEditor(reg, reg.get_contact(contact.id))
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.reveal_button.isVisible()  # the code is masked and stays so
    reg.close()


def test_a_refusal_in_the_window_is_a_message_not_a_crash_report(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from rekisteri.ui import crash, user_errors

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(crash, "show_report", lambda text: pytest.fail("crash report"))
    crash.handle(RoleError, RoleError(), None)
    assert shown == [RoleError().render()]
    assert user_errors is not None


def test_settings_saved_meanwhile_by_someone_else_are_not_saved_over(
    office: ServerAddress, clock
) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.core.concurrency import check_settings, settings_stamp
    from rekisteri.core.errors import ConflictError

    admin = ServerAddress(office.host, office.database, OWNER, office.port, office.sslmode)
    first, second = (
        _as(office, OWNER, clock),
        Register(
            open_server(replace(admin, user="postgres"), PASSWORD_OF["postgres"], clock=clock)
        ),
    )
    loaded = settings_stamp(first.db)
    first.save_controller(replace(first.get_controller(), phone="040 123 4567"))
    check_settings(first.db, loaded)  # my own save is no conflict
    loaded = settings_stamp(first.db)
    second.save_controller(replace(second.get_controller(), phone="040 765 4321"))
    with pytest.raises(ConflictError) as refused:
        check_settings(first.db, loaded)
    assert refused.value.who == "postgres"
    check_settings(first.db, settings_stamp(first.db))  # after a reload it saves
    first.close()
    second.close()


def test_the_notice_and_the_record_describe_a_server_not_a_laptop(
    office: ServerAddress, clock
) -> None:  # type: ignore[no-untyped-def]
    from rekisteri.core.notice.templates import fill_values
    from rekisteri.core.record.build import security

    owner = _as(office, OWNER, clock)
    facts = owner.notice.facts()
    assert facts.shared
    record = " ".join(security(facts, "en"))
    assert "PostgreSQL server" in record and "own computer" not in record
    notice = fill_values(facts, "fi")["security_text"]
    assert "palvelimella" in notice and "tietokoneella" not in notice
    owner.close()


def test_an_assistant_is_told_who_runs_an_import_and_since_when(
    office: ServerAddress, clock
) -> None:  # type: ignore[no-untyped-def]
    """Other logins cannot read a session's times in pg_stat_activity; the holder's
    application name carries the start instead."""
    from rekisteri.core.db.shared_lock import LockHeldError, exclusive

    owner, assistant = _as(office, OWNER, clock), _as(office, ASSISTANT, clock)
    with (
        exclusive(owner.db, "review"),
        pytest.raises(LockHeldError) as held,
        exclusive(assistant.db, "review"),
    ):
        pytest.fail("two reviews at once")
    text_ = held.value.render()
    assert held.value.who == OWNER and OWNER in text_
    assert "(since )" not in text_ and "(since ?)" not in text_
    owner.close()
    assistant.close()
