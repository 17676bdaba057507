"""Counted words of the review's texts: "1 contact person", "3 contact persons".

``QT_TRANSLATE_NOOP`` cannot carry a count for lupdate, so each count has its two source
forms (one, many) and the translators give both; Finnish, Swedish and English share the
rule that picks between them (:func:`rekisteri.core.formats.plural_form`). A sentence with
two counts takes each as its own ``Message`` parameter rather than a "(s)".
"""

from __future__ import annotations

from rekisteri.core.formats import plural_form
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.retention.rules import CTX


def contacts(n: int) -> Message:
    return Message(
        CTX,
        plural_form(
            n,
            QT_TRANSLATE_NOOP("Retention", "{n} contact person"),
            QT_TRANSLATE_NOOP("Retention", "{n} contact persons"),
        ),
        {"n": n},
    )


def interactions(n: int) -> Message:
    return Message(
        CTX,
        plural_form(
            n,
            QT_TRANSLATE_NOOP("Retention", "{n} interaction"),
            QT_TRANSLATE_NOOP("Retention", "{n} interactions"),
        ),
        {"n": n},
    )


def other_interactions(n: int) -> Message:
    return Message(
        CTX,
        plural_form(
            n,
            QT_TRANSLATE_NOOP("Retention", "{n} other interaction"),
            QT_TRANSLATE_NOOP("Retention", "{n} other interactions"),
        ),
        {"n": n},
    )


def invoices(n: int) -> Message:
    return Message(
        CTX,
        plural_form(
            n,
            QT_TRANSLATE_NOOP("Retention", "{n} invoice"),
            QT_TRANSLATE_NOOP("Retention", "{n} invoices"),
        ),
        {"n": n},
    )


def interactions_removed(n: int, *, notes_only: bool) -> Message:
    """What an interaction rule removes: the entries, or only their notes."""
    if notes_only:
        text = plural_form(
            n,
            QT_TRANSLATE_NOOP("Retention", "the notes of {n} interaction are removed"),
            QT_TRANSLATE_NOOP("Retention", "the notes of {n} interactions are removed"),
        )
    else:
        text = plural_form(
            n,
            QT_TRANSLATE_NOOP("Retention", "{n} interaction is removed"),
            QT_TRANSLATE_NOOP("Retention", "{n} interactions are removed"),
        )
    return Message(CTX, text, {"n": n})
