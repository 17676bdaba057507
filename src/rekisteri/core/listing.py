"""The customer list's query: search, filters, sort and paging, all in SQL.

Only customer-row columns are read (see ``denorm``), so a page costs one indexed query
whatever the register's size; ORM objects are never loaded on this path.

Every value enters the statements as a named parameter, so the statements of one *shape*
(which filters are on, the sort) are built once and reused with each keystroke's values
(``prepared``): building and keying a statement cost three times the query itself for a
rare prefix at 100,000 customers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Hashable
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Date,
    Integer,
    Select,
    and_,
    bindparam,
    func,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute

from rekisteri.core.db.fts import count_matches, match_condition, match_expression, word_tokens
from rekisteri.core.db.pg_words import SPARSE_HITS, page_ids
from rekisteri.core.db.pg_words import count_matches as count_words
from rekisteri.core.db.pg_words import match_conditions as word_conditions
from rekisteri.core.dto import CustomerQuery
from rekisteri.core.enums import BanState
from rekisteri.core.models import Customer
from rekisteri.core.validation import digits

SORT_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "name": Customer.name_key,
    "kind": Customer.kind,
    "business_id": Customer.business_id,
    "primary_contact": Customer.primary_contact,
    "primary_email": Customer.primary_email,
    "primary_phone": Customer.primary_phone,
    "status": Customer.status,
    "last_contact_on": Customer.last_contact_on,
    "ban_state": Customer.ban_state,
    "due_on": Customer.due_on,
}


def search_terms(text: str) -> list[str]:
    """Every whitespace-separated word must match; "040 500" also matches as digits."""
    terms = [t.casefold() for t in text.split() if t.strip()]
    joined = digits(text)
    if len(terms) > 1 and all(digits(t) == t for t in terms) and joined:
        return [joined]
    return terms


def conditions(query: CustomerQuery, today: dt.date, fts: bool = True) -> list[ColumnElement[bool]]:
    """``fts`` uses the SQLite full-text index (see ``core.db.fts``); else a regular
    expression (PostgreSQL's ``~``, see ``core.db.search_index``)."""
    conds: list[ColumnElement[bool]] = []
    terms = search_terms(query.text)
    if terms and fts:
        conds.append(match_condition(Customer.id, terms))
    elif terms:
        # The same word-prefix match without FTS5 (PostgreSQL): each word of the query
        # must start a word of the search text, found in the table of words.
        conds.extend(word_conditions(Customer.id, word_tokens(terms)))
    if query.status:
        conds.append(Customer.status == bindparam("b_status", query.status))
    if query.kind:
        conds.append(Customer.kind == bindparam("b_kind", query.kind))
    if query.marketing == "allowed":
        conds.append(Customer.ban_state == BanState.NONE)
    elif query.marketing == "banned":
        conds.append(Customer.ban_state != BanState.NONE)
    if query.restricted is not None:
        conds.append(Customer.restricted == bindparam("b_restricted", query.restricted, Boolean))
    day = bindparam("b_today", today, Date)
    if query.due is True:
        conds.append(and_(Customer.due_on.is_not(None), Customer.due_on <= day))
    elif query.due is False:
        conds.append((Customer.due_on.is_(None)) | (Customer.due_on > day))
    return conds


def page_select(
    columns: tuple[Any, ...],
    query: CustomerQuery,
    today: dt.date,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
    fts: bool = True,
) -> Select[*tuple[Any, ...]]:
    key = SORT_COLUMNS.get(sort, Customer.name_key)
    order = [key.desc() if descending else key.asc()]
    order.append(Customer.id.desc() if descending else Customer.id.asc())
    return (
        select(*columns)
        .where(*conditions(query, today, fts))
        .order_by(*order)
        .offset(bindparam("b_offset", max(offset, 0), Integer))
        .limit(bindparam("b_limit", max(limit, 0), Integer))
    )


def count_select(query: CustomerQuery, today: dt.date, fts: bool = True) -> Select[int]:
    conds = conditions(query, today, fts)
    terms = search_terms(query.text)
    if terms and len(conds) == 1:  # the search alone: the index knows the count
        direct = count_matches(terms) if fts else count_words(word_tokens(terms))
        if direct is not None:
            return direct
    return select(func.count(Customer.id)).where(*conds)


_PREPARED: dict[Hashable, tuple[Select[*tuple[Any, ...]], Select[int]]] = {}
_PREPARED_MAX = 256


def prepared(
    columns: tuple[Any, ...],
    query: CustomerQuery,
    today: dt.date,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
    fts: bool = True,
) -> tuple[Select[*tuple[Any, ...]], Select[int], dict[str, Any]]:
    """The page and count statements for ``query``'s shape, and this call's values."""
    terms = search_terms(query.text)
    expression = match_expression(terms) if fts else ""
    params: dict[str, Any] = {
        "fts_query": expression,
        "b_status": query.status,
        "b_kind": query.kind,
        "b_restricted": query.restricted,
        "b_today": today,
        "b_offset": max(offset, 0),
        "b_limit": max(limit, 0),
    }
    if terms and not fts:  # LIKE terms are literals: built afresh each time (no index)
        return (
            page_select(columns, query, today, sort, descending, offset, limit, fts),
            count_select(query, today, fts),
            params,
        )
    shape = (
        columns,
        sort if sort in SORT_COLUMNS else "name",
        descending,
        fts,
        bool(expression),
        bool(query.status),
        bool(query.kind),
        query.marketing if query.marketing in ("allowed", "banned") else None,
        query.restricted is not None,
        query.due,
    )
    found = _PREPARED.get(shape)
    if found is None:
        if len(_PREPARED) >= _PREPARED_MAX:
            _PREPARED.clear()
        found = _PREPARED[shape] = (
            page_select(columns, query, today, sort, descending, offset, limit, fts),
            count_select(query, today, fts),
        )
    return found[0], found[1], params


def word_page(
    columns: tuple[Any, ...],
    query: CustomerQuery,
    today: dt.date,
    descending: bool,
    offset: int,
    limit: int,
) -> Select[*tuple[Any, ...]]:
    """A page of a search sorted by name, read from PostgreSQL's word index (``pg_words``)."""
    tokens = word_tokens(search_terms(query.text))
    filters = conditions(dataclasses.replace(query, text=""), today, fts=False)
    hits = page_ids(tokens, filters, Customer.id, descending, offset, limit)
    order = (hits.c.nk.desc(), Customer.id.desc()) if descending else (hits.c.nk, Customer.id)
    return select(*columns).join(hits, hits.c.cid == Customer.id).order_by(*order)


def fetch(
    conn: Connection,
    columns: tuple[Any, ...],
    query: CustomerQuery,
    today: dt.date,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
    fts: bool,
    with_total: bool = True,
) -> tuple[list[Any], int]:
    """The rows of one page and the number of hits (-1 when not asked for).

    On PostgreSQL a search sorted by name counts first: few hits (a common name, a rare
    word) are paged from the word index, many are found by walking the name order."""
    page, count, params = prepared(columns, query, today, sort, descending, offset, limit, fts)
    if not fts and sort == "name" and word_tokens(search_terms(query.text)):
        total = int(conn.execute(count, params).scalar_one())
        if total <= SPARSE_HITS:
            page = word_page(columns, query, today, descending, offset, limit)
        return list(conn.execute(page, params).all()), total
    rows = list(conn.execute(page, params).all())
    return rows, int(conn.execute(count, params).scalar_one()) if with_total else -1
