"""One registry of settings, and the upgrade of an older register's settings at start-up."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import text

from rekisteri.core import settings_registry as reg
from rekisteri.core import settings_upgrade
from rekisteri.core.clock import FrozenClock
from rekisteri.core.db import list_backups, open_database
from rekisteri.core.db.backups import BackupReason
from rekisteri.core.db.engine import Database
from rekisteri.core.register import Register
from rekisteri.core.settings_registry import UnknownSettingError

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "rekisteri"
RETIRED_DAYS = "retention.backup_retention_days"


def _raw(db: Database, key: str) -> str | None:
    with db.engine.connect() as conn:
        return conn.execute(
            text("SELECT value FROM setting WHERE key = :k"), {"k": key}
        ).scalar_one_or_none()


def _store_raw(db: Database, key: str, value: object) -> None:
    """As an older version (or a hand edit) left it, past the registry."""
    with db.engine.begin() as conn:  # portable: SQLite and PostgreSQL alike
        conn.execute(text("DELETE FROM setting WHERE key = :k"), {"k": key})
        conn.execute(
            text("INSERT INTO setting (key, value) VALUES (:k, :v)"),
            {"k": key, "v": json.dumps(value)},
        )


def _forget_version(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM setting WHERE key = 'settings.version'"))


# --- the registry -------------------------------------------------------------------------


def test_an_undefined_key_is_refused(register: Register) -> None:
    with pytest.raises(UnknownSettingError):
        register.get_setting("retention.review_intervall_months")
    with pytest.raises(UnknownSettingError):
        register.set_setting("no.such.key", 1)


def test_a_value_of_the_wrong_type_is_refused(register: Register) -> None:
    with pytest.raises(TypeError):
        register.set_setting("security.autolock_minutes", "10")
    with pytest.raises(TypeError):
        register.set_setting("security.autolock_minutes", True)
    assert register.get_setting("security.autolock_minutes") == 10


def test_a_register_that_never_stored_a_setting_reads_the_default(register: Register) -> None:
    for key, spec in reg.REGISTRY.items():
        if spec.who is not reg.Who.APP and key != "controller":
            assert register.get_setting(key) == spec.default, key
    assert register.security.autolock_minutes() == reg.AUTOLOCK_MINUTES.default
    assert register.marketing.soft_opt_in_months() == reg.SOFT_OPT_IN_MONTHS.default


def test_a_damaged_value_reads_as_the_default(register: Register) -> None:
    _store_raw(register.db, "security.autolock_minutes", {"not": "a number"})
    assert register.security.autolock_minutes() == 10
    with register.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE setting SET value = '{oops' WHERE key = 'security.autolock_minutes'")
        )
    assert register.security.autolock_minutes() == 10


def test_a_default_list_is_never_shared(register: Register) -> None:
    first = register.get_setting("notice.processors")
    first.append({"name": "X"})
    assert register.get_setting("notice.processors") == []


def test_a_change_is_audited_by_key_only(register: Register) -> None:
    register.set_setting("security.autolock_minutes", 5)
    event = register.audit_log(1, "setting.")[0]
    assert event.summary == "security.autolock_minutes"


def test_a_setting_is_defined_once() -> None:
    with pytest.raises(ValueError):
        reg.define("security.autolock_minutes", int, 3)
    with pytest.raises(ValueError):
        reg.define(RETIRED_DAYS, int, 3)


def test_every_setting_says_who_may_change_it() -> None:
    assert reg.REGISTRY
    for spec in reg.REGISTRY.values():
        assert isinstance(spec.who, reg.Who)
        assert isinstance(spec.default, spec.kind), spec.key


# --- no key outside the registry -----------------------------------------------------------

_KEY_CALLS = {"get_setting", "set_setting", "spec_for", "read_raw", "delete"}


def _literal_keys(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        first = node.args[0]
        if name in _KEY_CALLS and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.append((node.lineno, first.value))
    return found


def test_every_key_the_code_and_the_tests_name_is_registered() -> None:
    unknown = [
        f"{path.relative_to(ROOT)}:{line}: {key}"
        for folder in (SRC, ROOT / "tests")
        for path in folder.rglob("*.py")
        if path != Path(__file__)
        for line, key in _literal_keys(path)
        if key not in reg.REGISTRY and key not in reg.RETIRED
    ]
    assert unknown == []


def test_settings_are_read_only_through_the_registry() -> None:
    """The ``Setting`` row is the registry's own: no module reads or writes it directly."""
    offenders = []
    for path in (SRC / "core").rglob("*.py"):
        if path.name == "settings_registry.py" or "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "Setting":
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []


def test_the_keys_migrations_write_are_registered() -> None:
    versions = SRC / "core" / "db" / "migrations" / "versions"
    keys = {
        m.group(1)
        for path in versions.glob("*.py")
        for m in re.finditer(r'_KEY\s*=\s*"([a-z0-9_.]+)"', path.read_text(encoding="utf-8"))
    }
    assert "migration.0009" in keys
    assert keys <= reg.REGISTRY.keys()


# --- upgrades at start-up -------------------------------------------------------------------


def _old_register(tmp_path: Path, clock: FrozenClock, days: object = 45) -> Path:
    """A register as the version before the settings registry left it."""
    path = tmp_path / "old.sqlite"
    db = open_database(path, clock=clock)
    Register(db, "t").set_setting("security.autolock_minutes", 3)
    _store_raw(db, RETIRED_DAYS, days)
    _forget_version(db)
    db.dispose()
    for info in list_backups(path):  # none of the set-up's own
        info.path.unlink()
    return path


def test_a_new_register_starts_at_the_current_version_without_a_backup(
    tmp_path: Path, clock: FrozenClock
) -> None:
    path = tmp_path / "new.sqlite"
    db = open_database(path, clock=clock)
    assert settings_upgrade.stored_version(db) == settings_upgrade.VERSION
    db.dispose()
    assert list_backups(path) == []


def test_an_old_register_keeps_its_backup_period_under_the_shared_key(
    tmp_path: Path, clock: FrozenClock
) -> None:
    path = _old_register(tmp_path, clock)
    register = Register.open(path, clock=clock)
    try:
        assert register.retention.backup_retention_days() == 45
        assert register.security.status().rotation.keep_days == 45
        assert register.get_setting("security.autolock_minutes") == 3
        assert _raw(register.db, RETIRED_DAYS) is None
        assert settings_upgrade.stored_version(register.db) == settings_upgrade.VERSION
        assert register.audit_log(1, "settings.")[0].summary == f"0->{settings_upgrade.VERSION}"
    finally:
        register.close()


def test_the_backup_is_taken_before_the_upgrade(tmp_path: Path, clock: FrozenClock) -> None:
    path = _old_register(tmp_path, clock)
    Register.open(path, clock=clock).close()
    backups = list_backups(path)
    assert [b.reason for b in backups] == [BackupReason.MIGRATION]
    before = Database(backups[0].path, clock)
    try:
        assert _raw(before, RETIRED_DAYS) == "45"
        assert _raw(before, "settings.version") is None
    finally:
        before.dispose()


def test_a_current_register_opens_without_another_backup(
    tmp_path: Path, clock: FrozenClock
) -> None:
    path = _old_register(tmp_path, clock)
    Register.open(path, clock=clock).close()
    Register.open(path, clock=clock).close()
    assert len(list_backups(path)) == 1


def test_the_period_the_user_set_under_the_new_key_wins(tmp_path: Path, clock: FrozenClock) -> None:
    path = _old_register(tmp_path, clock)
    db = Database(path, clock)
    _store_raw(db, "security.backup_keep_days", 14)
    db.dispose()
    register = Register.open(path, clock=clock)
    try:
        assert register.retention.backup_retention_days() == 14
        assert _raw(register.db, RETIRED_DAYS) is None
    finally:
        register.close()


def test_an_old_number_written_as_text_is_kept(tmp_path: Path, clock: FrozenClock) -> None:
    path = _old_register(tmp_path, clock, days="60")
    register = Register.open(path, clock=clock)
    try:
        assert register.retention.backup_retention_days() == 60
    finally:
        register.close()


def test_a_failed_upgrade_leaves_the_register_as_it_was(tmp_path: Path, clock: FrozenClock) -> None:
    path = _old_register(tmp_path, clock)
    db = Database(path, clock)

    def breaks(_session: object) -> None:
        raise RuntimeError("a step that fails half-way")

    steps = [*settings_upgrade.STEPS, (settings_upgrade.VERSION + 1, breaks)]
    with pytest.raises(settings_upgrade.SettingsUpgradeError) as failed:
        settings_upgrade.upgrade_settings(db, steps=steps)
    assert "RuntimeError" in str(failed.value) and "half-way" not in str(failed.value)
    # The first step's move was rolled back with the failing one: nothing changed.
    assert _raw(db, RETIRED_DAYS) == "45"
    assert _raw(db, "security.backup_keep_days") is None
    assert settings_upgrade.stored_version(db) == 0
    assert [b.reason for b in list_backups(path)] == [BackupReason.MIGRATION]
    db.dispose()
    # The next start tries again with the real steps, and succeeds.
    register = Register.open(path, clock=clock)
    try:
        assert register.retention.backup_retention_days() == 45
    finally:
        register.close()
