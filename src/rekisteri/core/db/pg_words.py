"""The customer search's word-prefix index on PostgreSQL: one row per word of a customer.

PostgreSQL has no FTS5. A trigram index serves ``LIKE``/regular expressions, but a search for
a word *prefix* still had to check each trigram hit against the pattern, and one or two
letters (the first keystrokes) have no trigram at all: the whole table was scanned. So the
words of ``customer.search_text`` are kept in ``customer_word`` by a trigger, in a B-tree
with ``text_pattern_ops``: "ke" is a range scan of the words starting with ke, counted from
the index alone. The words are split as SQLite's FTS5 ``unicode61`` tokenizer and
``fts.word_tokens`` split them (letters, digits and the underscore), so both engines find the
same customers. Erasure needs nothing more: the rows go with their customer (ON DELETE
CASCADE), and the server's VACUUM after an erasure covers this table too.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, column, func, select, table
from sqlalchemy.orm import InstrumentedAttribute

TABLE = "customer_word"
INDEX = "ix_customer_word_word"
_SPLIT = "[^[:alnum:]_]+"

CREATE = [
    f"CREATE TABLE IF NOT EXISTS {TABLE} ("
    " customer_id integer NOT NULL REFERENCES customer (id) ON DELETE CASCADE,"
    " word text NOT NULL, name_key text NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} (word text_pattern_ops, name_key, customer_id)",
    f"CREATE INDEX IF NOT EXISTS ix_customer_word_customer_id ON {TABLE} (customer_id)",
    f"""
    CREATE OR REPLACE FUNCTION rekisteri_customer_words() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF NEW.search_text IS NOT DISTINCT FROM OLD.search_text
               AND NEW.name_key IS NOT DISTINCT FROM OLD.name_key THEN
                RETURN NULL;
            END IF;
            DELETE FROM {TABLE} WHERE customer_id = NEW.id;
        END IF;
        INSERT INTO {TABLE} (customer_id, word, name_key)
        SELECT DISTINCT NEW.id, w, NEW.name_key
        FROM regexp_split_to_table(NEW.search_text, '{_SPLIT}') AS w
        WHERE w <> '';
        RETURN NULL;
    END $$
    """,
    f"DROP TRIGGER IF EXISTS {TABLE}_write ON customer",
    f"CREATE TRIGGER {TABLE}_write AFTER INSERT OR UPDATE OF search_text, name_key ON customer "
    "FOR EACH ROW EXECUTE FUNCTION rekisteri_customer_words()",
    # The words of the customers already there (idempotent: only those without any yet).
    f"INSERT INTO {TABLE} (customer_id, word, name_key) "
    f"SELECT DISTINCT c.id, w, c.name_key "
    f"FROM customer c, regexp_split_to_table(c.search_text, '{_SPLIT}') w "
    f"WHERE w <> '' AND NOT EXISTS (SELECT 1 FROM {TABLE} x WHERE x.customer_id = c.id)",
]

DROP = [
    f"DROP TRIGGER IF EXISTS {TABLE}_write ON customer",
    "DROP FUNCTION IF EXISTS rekisteri_customer_words()",
    f"DROP TABLE IF EXISTS {TABLE}",
]


# Hits at most this many: a page sorted by name is read from the word index. Beyond it the
# hits are dense enough that walking the customers in name order finds a page at once.
SPARSE_HITS = 20_000

WORDS = table(TABLE, column("customer_id"), column("word"), column("name_key"))


def _pattern(token: str) -> str:
    """A word starting with ``token`` (``_`` is a word character, and a LIKE wildcard)."""
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _starts(token: str) -> ColumnElement[bool]:
    return WORDS.c.word.like(_pattern(token), escape="\\")


def _words(token: str) -> Select[Any]:
    return select(WORDS.c.customer_id).where(_starts(token))


def match_conditions(
    id_column: InstrumentedAttribute[int], tokens: list[str]
) -> list[ColumnElement[bool]]:
    """Each word of the query must start a word of the customer's search text."""
    return [id_column.in_(_words(token)) for token in dict.fromkeys(tokens)]


def count_matches(tokens: list[str]) -> Select[int] | None:
    """A one-word search counted from the index alone (no customer row is read)."""
    if len(set(tokens)) != 1:
        return None
    return select(func.count(func.distinct(WORDS.c.customer_id))).where(_starts(tokens[0]))


def page_ids(
    tokens: list[str],
    filters: list[ColumnElement[bool]],
    id_column: InstrumentedAttribute[int],
    descending: bool,
    offset: int,
    limit: int,
) -> Any:
    """One page of the hits in name order, as (customer id, name key) from the word index.

    The longest word drives (the fewest rows); the others must also start a word of the
    same customer; ``filters`` (status, kind, ...) are checked on the customer rows of the
    hits alone."""
    tokens = list(dict.fromkeys(tokens))
    driver = max(tokens, key=len)
    key = func.min(WORDS.c.name_key).label("nk")
    cid = WORDS.c.customer_id.label("cid")
    inner = select(cid, key).where(_starts(driver))
    for token in tokens:
        if token != driver:
            inner = inner.where(WORDS.c.customer_id.in_(_words(token)))
    if filters:
        inner = inner.where(WORDS.c.customer_id.in_(select(id_column).where(*filters)))
    order = (key.desc(), cid.desc()) if descending else (key.asc(), cid.asc())
    return (
        inner.group_by(WORDS.c.customer_id)
        .order_by(*order)
        .offset(max(offset, 0))
        .limit(max(limit, 0))
        .subquery("hits")
    )
