"""Figures of the feature services behind the facade: review, export, import, notice, access.

Each service lands in its own module; until it is merged its figure is "not available".
"""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

from benchmarks.timing import Figure, NotAvailable, repeat, timed
from benchmarks.vcards import vcards
from rekisteri.core.register import Register

VCARDS = 10_000


def _require(module: str, feature: str) -> None:
    try:
        found = importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # a parent package is missing too
        found = False
    if not found:
        raise NotAvailable(f"{feature} ({module}) is not merged yet")


def review_list(register: Register, reps: int) -> list[Figure]:
    _require("rekisteri.core.retention", "retention review")
    service = register.retention
    runs = repeat(service.review_list, reps)
    items = service.review_list()
    figure = timed("review_list", runs, items=len(items))
    raw = raw_review(register, reps)
    return [figure, raw, _ratio("review_list_ratio", figure, raw)]


def raw_review(register: Register, reps: int) -> Figure:
    """The same selection in one SQL statement: customers due, and customers with a contact due
    on its own, each with its contacts and the stored due dates and reasons."""
    today = register.db.clock.today().isoformat()
    sql = """
        WITH due(id) AS (
            SELECT id FROM customer WHERE due_on IS NOT NULL AND due_on <= :t
            UNION
            SELECT x.customer_id FROM contact x JOIN customer o ON o.id = x.customer_id
            WHERE x.due_on IS NOT NULL AND x.due_on <= :t AND (o.due_on IS NULL OR o.due_on > :t)
        )
        SELECT c.id, c.name, c.due_on, c.due_reason,
               x.id, x.first_name, x.last_name, x.due_on, x.due_reason
        FROM due JOIN customer c ON c.id = due.id LEFT JOIN contact x ON x.customer_id = c.id
        ORDER BY c.id, x.position
    """
    conn = sqlite3.connect(register.db.path)
    try:
        runs = repeat(lambda: conn.execute(sql, {"t": today}).fetchall(), reps)
        customers = len({row[0] for row in conn.execute(sql, {"t": today})})
    finally:
        conn.close()
    return timed("review_list_raw_sqlite", runs, customers=customers)


def _ratio(name: str, figure: Figure, raw: Figure) -> Figure:
    assert figure.value is not None and raw.value is not None
    return Figure(name, round(figure.value / max(raw.value, 1e-6), 2), "x")


def export_mailing_list(register: Register, reps: int, folder: Path) -> Figure:
    """The e-mail newsletter list as the File menu writes it (to the benchmark's own folder)."""
    _require("rekisteri.core.io.service", "mailing-list export")
    from rekisteri.core.marketing import MarketingChannel

    service = register.io
    dest = folder / "mailing-list.csv"
    runs = repeat(lambda: service.export_mailing(MarketingChannel.EMAIL, dest), reps)
    result = service.export_mailing(MarketingChannel.EMAIL, dest)
    dest.unlink()
    return timed("export_mailing_list", runs, recipients=result.rows)


def import_vcards(register: Register, count: int) -> Figure:
    _require("rekisteri.core.io.service", "import/export")
    text = vcards(count)
    service = register.io
    results = []
    # Once: a second import of the same cards would update rather than add.
    runs = repeat(lambda: results.append(service.import_vcards(text)), 1, warmup=0)
    added = results[0]
    return timed(
        "import_vcards",
        runs,
        cards=count,
        customers_added=added.customers_added,
        contacts_added=added.contacts_added,
    )


def notice_pdf(register: Register, reps: int) -> Figure:
    _require("rekisteri.core.notice.service", "privacy notice")
    service = register.notice
    runs = repeat(service.render_pdf, reps)
    return timed("notice_pdf", runs, bytes=len(service.render_pdf()))


def access_pack(register: Register, reps: int) -> Figure:
    _require("rekisteri.core.requests", "data-subject requests")
    service = register.requests
    with sqlite3.connect(register.db.path) as conn:
        contact_id = conn.execute("SELECT id FROM contact ORDER BY id LIMIT 1").fetchone()[0]
    conn.close()
    runs = repeat(lambda: service.access_pack(contact_id), reps)
    return timed("access_pack", runs)
