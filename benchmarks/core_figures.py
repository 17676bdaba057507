"""Figures of the customer register itself: search, open, save, ban (the foundation's facade).

Searches are measured through the facade and, for the same SQL on the same file, through a
bare ``sqlite3`` connection, so the ratio shows what the layers above SQLite cost.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.dialects import sqlite as sqlite_dialect

from benchmarks.timing import Figure, NotAvailable, repeat, timed
from rekisteri.core.dto import CustomerQuery
from rekisteri.core.register import Register

PAGE = 200  # the facade's default page: what the list asks for on each keystroke


@dataclass(frozen=True)
class SearchCase:
    label: str  # "common" or "rare"
    text: str
    hits: int


def search_cases(register: Register) -> list[SearchCase]:
    """A common prefix (the most frequent name start) and a rare one (one person's e-mail)."""
    with sqlite3.connect(register.db.path) as conn:
        common = conn.execute(
            "SELECT substr(name_key, 1, 3) AS k FROM customer GROUP BY k "
            "ORDER BY count(*) DESC, k LIMIT 1"
        ).fetchone()[0]
        middle = conn.execute(
            "SELECT primary_email FROM customer WHERE primary_email != '' "
            "ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM customer)"
        ).fetchone()[0]
    conn.close()
    cases = []
    for label, text in (("common", common), ("rare", middle.split("@")[0])):
        hits = register.count_customers(CustomerQuery(text=text))
        cases.append(SearchCase(label, text, hits))
    return cases


def _raw_sql(register: Register, text: str) -> tuple[str, str]:
    """The facade's own page and count statements, compiled to plain SQL."""
    from rekisteri.core import convert, listing

    query = CustomerQuery(text=text)
    today = register.db.clock.today()
    kwargs: dict[str, Any] = {
        "dialect": sqlite_dialect.dialect(),
        "compile_kwargs": {"literal_binds": True},
    }
    page = listing.page_select(convert.ROW_COLUMNS, query, today, "name", False, 0, PAGE)
    count = listing.count_select(query, today)
    return str(page.compile(**kwargs)), str(count.compile(**kwargs))


def search_figures(register: Register, case: SearchCase, reps: int) -> list[Figure]:
    query = CustomerQuery(text=case.text)
    facade = repeat(lambda: register.list_customers(query, limit=PAGE), reps)
    detail = {"query_length": len(case.text), "hits": case.hits, "page": PAGE}
    figures = [timed(f"search_{case.label}_facade", facade, **detail)]
    page_sql, count_sql = _raw_sql(register, case.text)
    conn = sqlite3.connect(register.db.path)
    try:

        def raw() -> None:
            conn.execute(page_sql).fetchall()
            conn.execute(count_sql).fetchone()

        raw_runs = repeat(raw, reps)
    finally:
        conn.close()
    raw_figure = timed(f"search_{case.label}_raw_sqlite", raw_runs, **detail)
    figures.append(raw_figure)
    assert figures[0].value is not None and raw_figure.value is not None
    ratio = figures[0].value / max(raw_figure.value, 1e-6)
    figures.append(Figure(f"search_{case.label}_ratio", round(ratio, 2), "x"))
    return figures


def sample_ids(db_path: Path, table: str, count: int, where: str = "1") -> list[int]:
    """Ids spread evenly over the table, so repetitions do not hit one cached row."""
    with sqlite3.connect(db_path) as conn:
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE {where} ORDER BY id")]
    conn.close()
    if not ids:
        raise NotAvailable(f"no rows in {table} where {where}")
    step = max(len(ids) // count, 1)
    return ids[::step][:count]


def open_customer(register: Register, reps: int) -> Figure:
    ids = iter(sample_ids(register.db.path, "customer", reps + 1) * 2)
    runs = repeat(lambda: register.get_customer(next(ids)), reps)
    return timed("open_customer", runs, note="customer with contacts, ledger and interactions")


def save_edit(register: Register, reps: int) -> Figure:
    ids = iter(sample_ids(register.db.path, "customer", reps + 1) * 2)
    stamp = dt.datetime.now().isoformat(timespec="seconds")

    def edit() -> None:
        detail = register.get_customer(next(ids))
        data = replace(detail.to_input(False), notes=f"{detail.notes}\nbenchmark {stamp}")
        register.update_customer(detail.id, data)

    return timed("save_edit", repeat(edit, reps), note="read, change the notes, save")


def mark_ban(register: Register, reps: int) -> Figure:
    from rekisteri.core.enums import Channel, ConsentSource

    ids = iter(sample_ids(register.db.path, "contact", reps + 1, "banned_channels = ''"))
    runs = repeat(
        lambda: register.set_ban([next(ids)], Channel.ALL_MARKETING, ConsentSource.PHONE), reps
    )
    return timed("mark_ban", runs, note="one contact, all marketing")
