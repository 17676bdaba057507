"""The list model without a view, over 10,000 demo customers: it pages, sorts and filters in
SQL and never holds every row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from rekisteri.core import demo
from rekisteri.core.clock import FrozenClock
from rekisteri.core.db import open_database
from rekisteri.core.dto import CustomerQuery
from rekisteri.core.register import Register
from rekisteri.ui.customer_model import (
    COL_LAST_CONTACT,
    COL_MARKETING,
    COL_NAME,
    COL_STATUS,
    HEADERS,
    ID_ROLE,
    PAGE_SIZE,
    CustomerTableModel,
)
from rekisteri.ui.icons import marketing_icon

N = 10_000


@pytest.fixture(scope="module")
def big_register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    db = open_database(
        tmp_path_factory.mktemp("big") / "big.sqlite", clock=FrozenClock(dt.date(2026, 11, 22))
    )
    demo.generate(db, N, seed=3)
    register = Register(db, actor="Testaaja")
    yield register
    db.dispose()


def test_first_page_only(big_register: Register) -> None:
    model = CustomerTableModel(big_register)
    assert model.total == N
    assert model.rowCount() == PAGE_SIZE
    assert model.columnCount() == len(HEADERS)
    assert model.canFetchMore()
    assert model.queries == 1


def test_fetch_more_pages_in_order_without_gaps(big_register: Register) -> None:
    model = CustomerTableModel(big_register)
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    ids = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    expected = big_register.list_customers(limit=2 * PAGE_SIZE).rows
    assert ids == [r.id for r in expected]
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == N
    assert len(set(model.index(r, 0).data(ID_ROLE) for r in range(N))) == N
    assert model.queries == N // PAGE_SIZE


def test_sort_is_done_in_sql(big_register: Register) -> None:
    model = CustomerTableModel(big_register)
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE_SIZE  # a reset to the first page, not a sort in memory
    top = big_register.list_customers(sort="name", descending=True, limit=3).rows
    assert [model.row_at(i).id for i in range(3)] == [r.id for r in top]

    model.sort(COL_LAST_CONTACT, Qt.SortOrder.AscendingOrder)
    dates = [model.row_at(i).last_contact_on for i in range(model.rowCount())]
    present = [d for d in dates if d is not None]
    assert present == sorted(present)


def test_filters_and_search(big_register: Register) -> None:
    model = CustomerTableModel(big_register)
    model.set_query(CustomerQuery(status="ended"))
    assert model.total == big_register.count_customers(CustomerQuery(status="ended"))
    assert 0 < model.total < N
    assert model.rowCount() > 0
    assert all(model.row_at(i).status == "ended" for i in range(model.rowCount()))
    assert model.index(0, COL_STATUS).data() == "Ended"

    model.set_query(CustomerQuery(marketing="banned"))
    assert 0 < model.total < N
    assert model.rowCount() > 0
    assert all(model.row_at(i).ban_state != "none" for i in range(model.rowCount()))

    first = model.row_at(0)
    model.set_query(CustomerQuery(text=first.primary_email.upper()))
    assert model.total == 1 and model.row_at(0).id == first.id

    word = first.name.split()[0]
    model.set_query(CustomerQuery(text=word))
    assert model.total == big_register.count_customers(CustomerQuery(text=word))
    assert 0 < model.total < N

    model.set_query(CustomerQuery(text="no-such-customer-anywhere"))
    assert model.total == 0 and model.rowCount() == 0 and not model.canFetchMore()


def test_marketing_column_shows_icon_and_tooltip(big_register: Register, qapp) -> None:  # type: ignore[no-untyped-def]
    model = CustomerTableModel(big_register)
    model.set_query(CustomerQuery(marketing="banned"))
    index = model.index(0, COL_MARKETING)
    state = model.row_at(0).ban_state
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    assert icon.cacheKey() == marketing_icon(state).cacheKey()
    assert "ban" in index.data(Qt.ItemDataRole.ToolTipRole).lower()
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Name"
