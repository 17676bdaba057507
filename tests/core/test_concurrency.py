"""Two people editing one record at once: the later save from an older copy is refused.

Two Register instances on one database (two laptops on a shared server; two windows on a
file), as the issue asks: never a silent overwrite, the refusal names who changed the
record and when, and a reload makes the save work.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from rekisteri.core.concurrency import raced_as_conflict
from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.enums import Channel, ConsentSource
from rekisteri.core.errors import ConflictError
from rekisteri.core.models import Customer
from rekisteri.core.register import Register
from rekisteri.core.settings import ControllerSettings


@pytest.fixture
def second(register: Register, engine_name: str, clock):  # type: ignore[no-untyped-def]
    """Another person's Register on the same database."""
    if engine_name == "postgresql":
        from pg_support import PASSWORD_OF
        from rekisteri.core.db.server import open_server

        db = open_server(register.db.address, PASSWORD_OF["postgres"], clock=clock)  # type: ignore[attr-defined]
    else:
        from rekisteri.core.db import open_database

        db = open_database(register.db.path, clock=clock)
    other = Register(db, actor="Ville")
    yield other
    other.close()


def _customer(register: Register) -> int:
    return register.create_customer(
        CustomerInput(
            name="Yhteinen Oy",
            contacts=(
                ContactInput(first_name="Piia", last_name="Tulisalo", emails=("p@example.fi",)),
            ),
        )
    ).id


def test_the_later_save_of_a_customer_is_refused_naming_the_first(
    register: Register, second: Register
) -> None:
    cid = _customer(register)
    mine, theirs = register.get_customer(cid), second.get_customer(cid)
    second.update_customer(cid, replace(theirs.to_input(), notes="Villen muistiinpano"))
    with pytest.raises(ConflictError) as refused:
        register.update_customer(cid, replace(mine.to_input(), notes="Minun muistiinpanoni"))
    assert refused.value.who == second.actor
    assert second.actor in refused.value.render() and "reload" in refused.value.render()
    assert register.get_customer(cid).notes == "Villen muistiinpano"  # nothing lost
    fresh = register.get_customer(cid)  # reload, and the save works
    register.update_customer(cid, replace(fresh.to_input(), notes="Minun muistiinpanoni"))
    assert register.get_customer(cid).notes == "Minun muistiinpanoni"


def test_a_contact_person_edited_meanwhile_is_not_overwritten(
    register: Register, second: Register
) -> None:
    cid = _customer(register)
    mine = register.get_customer(cid)
    theirs = second.get_customer(cid)
    changed = replace(theirs.contacts[0].to_input(), title="Toimitusjohtaja")
    second.update_customer(cid, replace(theirs.to_input(), contacts=(changed,)))
    # Only my contact is stale: a form that leaves the customer version out still conflicts.
    stale = replace(mine.to_input(), version=None)
    with pytest.raises(ConflictError):
        register.update_customer(cid, stale)
    assert register.get_customer(cid).contacts[0].title == "Toimitusjohtaja"


def test_a_ban_marked_meanwhile_does_not_block_the_form_and_is_kept(
    register: Register, second: Register
) -> None:
    """A ban goes to the ledger, which no form saves: it cannot be overwritten, so it does
    not make the other person's open form stale."""
    cid = _customer(register)
    mine = register.get_customer(cid)
    contact = mine.contacts[0].id
    second.set_ban([contact], Channel.EMAIL_MARKETING, ConsentSource.EMAIL)
    register.update_customer(cid, replace(mine.to_input(), notes="Soitettu"))
    assert "email_marketing" in register.get_contact(contact).banned_channels


def test_a_setting_saved_meanwhile(register: Register, second: Register) -> None:
    register.save_controller(ControllerSettings(business_name="Oma Tmi"))
    from rekisteri.core import settings_registry as reg

    with register.db.session() as s:
        before = s.get(reg.Setting, reg.CONTROLLER.key).version  # type: ignore[union-attr]
    second.save_controller(ControllerSettings(business_name="Villen Tmi"))
    with register.db.session() as s:
        row = s.get(reg.Setting, reg.CONTROLLER.key)
        assert row is not None and row.version == before + 1


@pytest.mark.postgres_only  # on a file, one writer at a time is the OS lock's job
def test_two_saves_racing_past_the_check_still_conflict(
    register: Register, second: Register
) -> None:
    """The check passed for both, then both UPDATE: the version in the WHERE clause lets
    only the first through, and the second is told who won."""
    cid = _customer(register)
    mine = register.get_customer(cid)
    with register.db.session() as s:  # my transaction read version 1 ...
        row = s.get(Customer, cid)
        assert row is not None and row.version == mine.version
        second.update_customer(cid, replace(second.get_customer(cid).to_input(), notes="Ville"))
        row.notes = "Minä"
        row.version = mine.version + 1
        with pytest.raises(ConflictError), raced_as_conflict(register.db, Customer, cid):
            s.flush()
        s.rollback()
    assert register.get_customer(cid).notes == "Ville"


def test_a_contact_saved_on_its_own_is_checked_too(register: Register, second: Register) -> None:
    cid = _customer(register)
    mine = register.get_customer(cid).contacts[0]
    theirs = second.get_customer(cid).contacts[0]
    second.update_contact(theirs.id, replace(theirs.to_input(), title="Yrittäjä"))
    with pytest.raises(ConflictError):
        register.update_contact(mine.id, replace(mine.to_input(), title="Myyjä"))
    assert register.get_contact(mine.id).title == "Yrittäjä"
