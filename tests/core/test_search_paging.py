"""Search pages: the same customers in the same order on both engines, however they cluster.

On PostgreSQL a search sorted by name is paged from the word index when the hits are few and
by walking the name order when they are many (``listing.fetch``); both must give exactly the
page SQLite's FTS5 gives, and the expectation here is computed from the names alone.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from rekisteri.core import listing
from rekisteri.core.dto import CustomerInput, CustomerQuery, CustomerStatus
from rekisteri.core.register import Register

# Hits of "kes" cluster at the end of the alphabet (the case the planner got wrong).
NAMES = [f"Aalto {n:02d} Oy" for n in range(30)] + [
    "Kesäranta Tmi",
    "Öljy Kesanto Ky",
    "Kestilä & Poika Oy",
    "Zeta Kesä Oy",
    "Keski_Suomi Oy",
    "Väli 100% Kes Oy",
    "Kes Oy",
    "Ylä-Kesola Oy",
]


def _expected(register: Register, text: str, status: str | None = None) -> list[int]:
    """Every word of ``text`` starts a word of the name, in the register's own name order."""
    everyone = register.list_customers(CustomerQuery(status=status), limit=500).rows
    tokens = re.findall(r"\w+", text.casefold())
    return [
        row.id
        for row in everyone
        if all(
            any(w.startswith(t) for w in re.findall(r"\w+", row.name.casefold())) for t in tokens
        )
    ]


@pytest.fixture
def named(register: Register) -> Register:
    for i, name in enumerate(NAMES):
        ended = i % 3 == 0
        register.create_customer(
            CustomerInput(
                name=name,
                status=CustomerStatus.ENDED if ended else CustomerStatus.ACTIVE,
                ended_on=dt.date(2025, 6, 1) if ended else None,
            )
        )
    return register


@pytest.mark.parametrize("sparse_limit", [20_000, 0], ids=["word-index", "name-walk"])
@pytest.mark.parametrize("text", ["kes", "ke", "k", "kes oy", "keski_", "100", "aalto 1", "zz"])
def test_every_page_in_name_order(
    named: Register, monkeypatch: pytest.MonkeyPatch, text: str, sparse_limit: int
) -> None:
    monkeypatch.setattr(listing, "SPARSE_HITS", sparse_limit)
    want = _expected(named, text)
    query = CustomerQuery(text=text)
    whole = named.list_customers(query, limit=500)
    assert [r.id for r in whole.rows] == want and whole.total == len(want)
    paged = [
        r.id
        for off in range(0, 40, 3)
        for r in named.list_customers(query, offset=off, limit=3).rows
    ]
    assert paged == want
    backwards = named.list_customers(query, descending=True, limit=500)
    assert [r.id for r in backwards.rows] == want[::-1]


def test_filters_apply_to_the_hits(named: Register) -> None:
    query = CustomerQuery(text="kes", status=CustomerStatus.ACTIVE)
    page = named.list_customers(query, limit=500)
    assert [r.id for r in page.rows] == _expected(named, "kes", CustomerStatus.ACTIVE)
    assert page.total == len(page.rows) > 0


def test_a_renamed_customer_moves_in_the_order_and_the_index(named: Register) -> None:
    first = named.list_customers(CustomerQuery(text="kesäran"), limit=1).rows[0]
    named.update_customer(first.id, CustomerInput(name="Ööpiä Kesäkoti Oy"))
    ids = [r.id for r in named.list_customers(CustomerQuery(text="kes"), limit=500).rows]
    assert ids[-1] == first.id and ids == _expected(named, "kes")
    assert named.list_customers(CustomerQuery(text="kesäran")).total == 0
    assert named.list_customers(CustomerQuery(text="ööpi")).total == 1


@pytest.mark.postgres_only
def test_the_word_index_holds_nothing_of_a_deleted_customer(named: Register) -> None:
    from sqlalchemy import text

    target = named.list_customers(CustomerQuery(text="kestilä")).rows[0]
    named.delete_customer(target.id)
    with named.db.engine.connect() as conn:
        left = conn.execute(
            text("SELECT count(*) FROM customer_word WHERE customer_id = :i OR word = 'kestilä'"),
            {"i": target.id},
        ).scalar_one()
    assert left == 0
