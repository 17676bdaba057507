"""The stored basis of a due date: which rule, counted from which day, and which hold.

A due date's reason used to be stored only as rendered text, so the review had to gather
every fact again to know the rule and hold of each due record (over a second at 100,000
customers). The basis is the same reason as language-neutral data, written beside
``due_on`` whenever the date is computed: the review reads it back, renders it in the
user's language of the day, and never recomputes. An empty or stale basis (a rule deleted
since, a register from before the column) decodes to None and the caller recomputes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rekisteri.core.retention.holds import Hold
from rekisteri.core.retention.rules import RuleView

# Keys mirror ``due.ReasonKey``: ("rule", rule, start, due, start_kind) | ("hold", hold) |
# ("joined", a, b)
# The text is one line of "|"-separated fields, the hold's free-text reason last so that it
# may hold anything: a split is several times faster than JSON on the review's 20,000 rows.
#   r|rule|start|due    h|rule|hold|customer|contact|kind|until|reason
#   j|rule|start|due|hold|customer|contact|kind|until|reason
_SEP = "|"
_KIND_MARK = "~"  # "2015-02-20~s": the start was the customer-since day, not a contact
_HOLD_FIELDS = 6

Decoded = tuple[RuleView | None, tuple[Any, ...], Hold | None]


def encode(rule: RuleView | None, key: tuple[Any, ...] | None) -> str:
    """The basis of one due date; "" when there is no due date."""
    if key is None:
        return ""
    rid = "" if rule is None or rule.id is None else str(rule.id)
    if key[0] == "rule":
        return _SEP.join(("r", rid, _start_field(key), key[3].isoformat()))
    if key[0] == "hold":
        return _SEP.join(("h", rid, *_hold_fields(key[1])))
    a, b = key[1], key[2]
    if a[0] != "rule" or b[0] != "hold":
        raise ValueError("a joined reason is a rule and a hold")
    return _SEP.join(("j", rid, _start_field(a), a[3].isoformat(), *_hold_fields(b[1])))


def _start_field(key: tuple[Any, ...]) -> str:
    """The start day, marked when it is not the rule's own (``due.START_SINCE``...)."""
    kind = key[4] if len(key) > 4 else ""
    return f"{key[2].isoformat()}{_KIND_MARK}{kind}" if kind else key[2].isoformat()


def split_start(field: str) -> tuple[dt.date, str]:
    """(day, start kind) from a stored start field."""
    day, _, kind = field.partition(_KIND_MARK)
    return _day(day), kind


def _hold_fields(h: Hold) -> tuple[str, ...]:
    def num(x: int | None) -> str:
        return "" if x is None else str(x)

    return (
        num(h.id),
        num(h.customer_id),
        num(h.contact_id),
        str(h.kind),
        h.until.isoformat(),
        h.reason,
    )


def decode(text: str, rules: dict[int, RuleView]) -> Decoded | None:
    """(rule, key, hold) as the computation made them, or None when it must be redone."""
    if not text:
        return None
    try:
        tag, rid, rest = text.split(_SEP, 2)
        rule = rules.get(int(rid)) if rid else None
        if rid and rule is None:
            return None  # the rule is gone: the stored reason no longer holds
        if tag == "r" and rule is not None:
            start, due = rest.split(_SEP)
            day, kind = split_start(start)
            key: tuple[Any, ...] = ("rule", rule, day, _day(due), kind)
            return rule, key, None
        if tag == "h":
            hold = _hold(rest)
            return rule, ("hold", hold), hold
        if tag == "j" and rule is not None:
            start, due, rest = rest.split(_SEP, 2)
            hold = _hold(rest)
            day, kind = split_start(start)
            inner = ("rule", rule, day, _day(due), kind)
            return rule, ("joined", inner, ("hold", hold)), hold
    except ValueError:
        return None
    return None


def _hold(text: str) -> Hold:
    hid, cid, xid, kind, until, reason = text.split(_SEP, _HOLD_FIELDS - 1)
    return Hold(
        int(hid) if hid else None,
        int(cid),
        int(xid) if xid else None,
        kind,
        reason,
        _day(until),
    )


_day = dt.date.fromisoformat


def key_due(key: tuple[Any, ...]) -> dt.date:
    """The due date a key stands for (a joined key's is its rule's)."""
    if key[0] == "rule":
        due: dt.date = key[3]
        return due
    if key[0] == "hold":
        hold: Hold = key[1]
        return hold.until
    return key_due(key[1])
