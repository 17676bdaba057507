"""The demo register each size is measured on, built once per run in a temporary folder."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from rekisteri.core import demo
from rekisteri.core.register import Register

SEED = 1


@dataclass(frozen=True)
class BuiltRegister:
    path: Path
    customers: int
    contacts: int
    seconds: float


def build_register(folder: Path, customers: int) -> BuiltRegister:
    """The CLI's demo generator, exactly as `rekisteri demo --customers N` runs it."""
    path = folder / f"register-{customers}.sqlite"
    started = time.perf_counter()
    register = Register.open(path, actor="benchmark")
    try:
        register.save_controller(demo.DEMO_CONTROLLER)
        demo.generate(register.db, customers, SEED)
        counts = register.counts()
    finally:
        register.close()
    seconds = time.perf_counter() - started
    # Fold the write-ahead log into the file so every size starts from the same state.
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return BuiltRegister(path, counts.customers, counts.contacts, round(seconds, 2))
