"""Whole-file encryption: nothing readable in the bytes, wrong keys refused, no row lost."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from rekisteri.core.db import backup as backup_module
from rekisteri.core.db import cipher, open_database
from rekisteri.core.db import security as security_module
from rekisteri.core.db.backups import BackupReason
from rekisteri.core.errors import (
    PassphraseRequiredError,
    SecurityOperationError,
    ValidationError,
    WrongPassphraseError,
)
from rekisteri.core.register import Register

from .conftest import PASS, all_bytes, demo_names, fingerprints


def _without_audit(fp: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    return {k: v for k, v in fp.items() if k != "audit_event"}


def test_encrypted_file_holds_none_of_the_demo_names(demo_register: Register) -> None:
    path = demo_register.db.path
    demo_register.security.backup_now(BackupReason.MANUAL)
    names = demo_names(path)
    assert len(names) > 100
    plain = all_bytes(path)
    assert any(n.encode() in plain for n in names)  # the check can fail

    result = demo_register.security.enable_encryption(PASS)

    assert result.encrypted and result.backups_converted == 1
    assert cipher.is_encrypted(path)
    assert demo_register.counts().customers == 200
    demo_register.db.dispose()
    data = all_bytes(path)
    for backup in (path.parent / "backups").glob("*.sqlite"):
        data += backup.read_bytes()
    leaked = [n for n in names if n.encode("utf-8") in data]
    assert leaked == []
    assert not list(path.parent.glob("*-new*"))


def test_wrong_passphrase_opens_nothing_and_changes_nothing(demo_register: Register) -> None:
    path = demo_register.db.path
    demo_register.security.enable_encryption(PASS)
    demo_register.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(WrongPassphraseError) as info:
        open_database(path, passphrase="väärä salasana")
    assert "passphrase" in info.value.render()
    with pytest.raises(PassphraseRequiredError):
        open_database(path)

    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not Path(f"{path}-wal").exists()
    db = open_database(path, passphrase=PASS)
    assert Register(db).counts().customers == 200
    db.dispose()


def test_conversion_both_ways_keeps_every_row(demo_register: Register) -> None:
    path = demo_register.db.path
    demo_register.db.dispose()
    original = _without_audit(fingerprints(path))

    demo_register.security.enable_encryption(PASS)
    assert _without_audit(fingerprints(path, PASS)) == original

    demo_register.security.change_passphrase(PASS, "toinen salasana")
    assert _without_audit(fingerprints(path, "toinen salasana")) == original
    with pytest.raises(WrongPassphraseError):
        cipher.connect(path, PASS)

    demo_register.security.disable_encryption("toinen salasana")
    assert not cipher.is_encrypted(path)
    assert _without_audit(fingerprints(path)) == original
    actions = [e.action for e in demo_register.audit_log(action_prefix="security.")]
    assert set(actions) == {
        "security.encryption_enabled",
        "security.passphrase_changed",
        "security.encryption_disabled",
    }


def test_checks_before_converting(register: Register) -> None:
    with pytest.raises(ValidationError):
        register.security.enable_encryption("lyhyt")
    with pytest.raises(SecurityOperationError):
        register.security.disable_encryption(PASS)
    register.security.enable_encryption(PASS)
    with pytest.raises(WrongPassphraseError):
        register.security.disable_encryption("väärä salasana")
    with pytest.raises(WrongPassphraseError):
        register.security.change_passphrase("väärä salasana", "uusi salasana")
    assert register.db.encrypted


@pytest.mark.parametrize("where", ["export", "verify", "swap"])
def test_failure_midway_loses_nothing(
    demo_register: Register, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    path = demo_register.db.path
    demo_register.db.dispose()
    original = fingerprints(path)

    def boom(*_a: object, **_k: object) -> None:
        raise OSError("disk full")

    if where == "export":
        monkeypatch.setattr(backup_module, "fingerprint", boom)
    elif where == "verify":
        # The copy is made, then found different from the original.
        real = backup_module.fingerprint
        calls = {"n": 0}

        def lying(conn: object) -> dict[str, tuple[int, str]]:
            calls["n"] += 1
            fp = real(conn)
            if calls["n"] == 2:
                fp["customer"] = (fp["customer"][0] - 1, "x")
            return fp

        monkeypatch.setattr(backup_module, "fingerprint", lying)
    else:
        monkeypatch.setattr(security_module, "swap_in", boom)

    with pytest.raises(SecurityOperationError):
        demo_register.security.enable_encryption(PASS)

    assert not cipher.is_encrypted(path)
    assert not demo_register.db.encrypted
    assert fingerprints(path) == original
    assert demo_register.counts().customers == 200
    leftovers = [p.name for p in path.parent.iterdir() if p.is_file()]
    assert sorted(n for n in leftovers if not n.endswith(("-wal", "-shm"))) == [path.name]


def test_sub_services_follow_the_register_to_the_new_file(demo_register: Register) -> None:
    """Services made before a conversion must not keep using the closed database: they
    read it through the register's one handle, so the same objects follow."""
    names = ("requests", "retention", "io", "marketing", "notice")
    before = {name: getattr(demo_register, name) for name in names}
    old_db = demo_register.db
    demo_register.security.enable_encryption(PASS)
    assert demo_register.db is not old_db and old_db.closed
    for name, service in before.items():
        assert getattr(demo_register, name) is service
        assert service.db is demo_register.db
    demo_register.requests.counts()
    demo_register.retention.list_rules()
