"""Legal holds: a duty to keep (bookkeeping, a dispute, a decision in a review) until a date.

A bookkeeping hold is partial: it keeps the invoices and the customer's identifying data the
books need, while everything else about the customer may go. Every other hold keeps the
whole record. Bookkeeping holds are also derived from the invoices themselves, by the
bookkeeping rule, so that nobody has to remember to set them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message, translate
from rekisteri.core.retention.rules import CTX

HOLD_TEMPLATE = QT_TRANSLATE_NOOP("Retention", "kept until {until}: {what}")


class HoldKind(StrEnum):
    BOOKKEEPING = "bookkeeping"
    DISPUTE = "dispute"
    REVIEW = "review"  # "keep" decided in a review, with its reason
    OTHER = "other"

    def label(self) -> str:
        return translate(CTX, _LABELS[self.value])

    @property
    def partial(self) -> bool:
        return self is HoldKind.BOOKKEEPING


_LABELS = {
    "bookkeeping": QT_TRANSLATE_NOOP("Retention", "bookkeeping"),
    "dispute": QT_TRANSLATE_NOOP("Retention", "dispute"),
    "review": QT_TRANSLATE_NOOP("Retention", "kept in review"),
    "other": QT_TRANSLATE_NOOP("Retention", "legal duty"),
}


@dataclass(frozen=True)
class Hold:
    """A hold in force or derived. ``id`` is None for holds derived from invoices."""

    id: int | None
    customer_id: int
    contact_id: int | None
    kind: str
    reason: str
    until: dt.date

    @property
    def partial(self) -> bool:
        return HoldKind(self.kind).partial

    @property
    def derived(self) -> bool:
        """Derived from invoices by the bookkeeping rule; ``reason`` is then the invoice ref."""
        return self.id is None and self.kind == HoldKind.BOOKKEEPING

    def message(self) -> Message:
        """ "kept until 31.12.2031: bookkeeping, invoice 2021-014"."""
        from rekisteri.core.retention.dates import fmt_date

        return Message(
            CTX,
            HOLD_TEMPLATE,
            {
                "until": fmt_date(self.until),
                "what": hold_what(self.kind, self.reason, self.derived),
            },
        )


def hold_what(kind: str, reason: str, derived: bool) -> str:
    """ "bookkeeping, invoice 2021-014": a hold's kind and reason as every text words them."""
    label = HoldKind(kind).label()
    note = invoice_reason(reason) if derived else reason
    return f"{label}, {note}" if note else label


def invoice_reason(ref: str) -> str:
    if not ref:
        return translate(CTX, QT_TRANSLATE_NOOP("Retention", "invoices"))
    return translate(CTX, QT_TRANSLATE_NOOP("Retention", "invoice {ref}")).format(ref=ref)


def strongest(holds: list[Hold], today: dt.date | None = None) -> tuple[Hold | None, Hold | None]:
    """The longest full hold and the longest partial hold (optionally only those still in force)."""
    live = [h for h in holds if today is None or h.until > today]
    full = [h for h in live if not h.partial]
    part = [h for h in live if h.partial]
    return (
        max(full, key=lambda h: h.until) if full else None,
        max(part, key=lambda h: h.until) if part else None,
    )
