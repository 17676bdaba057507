"""The rules a breach's facts and its decision must meet before they are stored.

Kept apart from the service so that each rule reads on its own; every check returns the
messages per field, and the service raises them together so a form shows them all at once.
"""

from __future__ import annotations

import datetime as dt

from rekisteri.core.breaches import deadlines
from rekisteri.core.breaches.dto import BreachInput, DecisionInput
from rekisteri.core.breaches.kinds import BreachNature, RiskLevel
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.validation import text_errors

CTX = "Breaches"


def _m(text: str, **params: object) -> Message:
    return Message(CTX, text, params)


def facts(data: BreachInput, now: dt.datetime) -> dict[str, Message]:
    errors = text_errors(
        [
            ("description", "details", data.description),
            ("discovered_how", "details", data.discovered_how),
            ("data_categories", "details", data.data_categories),
            ("people_categories", "details", data.people_categories),
            ("consequences", "details", data.consequences),
            ("measures_taken", "details", data.measures_taken),
            ("measures_proposed", "details", data.measures_proposed),
        ]
    )
    if not data.description.strip() and "description" not in errors:
        errors["description"] = _m(
            QT_TRANSLATE_NOOP("Breaches", "Describe what happened (no names of people).")
        )
    if data.aware_at is None:
        errors["aware_at"] = _m(
            QT_TRANSLATE_NOOP("Breaches", "Give the moment you became aware of the breach.")
        )
    elif deadlines.utc(data.aware_at) > now:
        errors["aware_at"] = _m(
            QT_TRANSLATE_NOOP("Breaches", "The moment cannot be in the future.")
        )
    start, end = data.occurred_at, data.occurred_until
    if start is not None and data.aware_at is not None and start > data.aware_at:
        errors["occurred_at"] = _m(
            QT_TRANSLATE_NOOP("Breaches", "The breach cannot have happened after you learnt of it.")
        )
    if end is not None and (start is None or end < start):
        errors["occurred_until"] = _m(
            QT_TRANSLATE_NOOP("Breaches", "The end of the span must follow its start.")
        )
    if any(n not in {k.value for k in BreachNature} for n in data.nature):
        errors["nature"] = _m(QT_TRANSLATE_NOOP("Breaches", "Choose what kind of breach it was."))
    for key, value in (("people_count", data.people_count), ("records_count", data.records_count)):
        if value is not None and value < 0:
            errors[key] = _m(QT_TRANSLATE_NOOP("Breaches", "A number cannot be negative."))
    return errors


def decision(data: DecisionInput) -> dict[str, Message]:
    errors = text_errors(
        [("reasons", "details", data.reasons), ("decided_by", "person_name", data.decided_by)]
    )
    if data.risk not in {r.value for r in RiskLevel} or data.risk == RiskLevel.UNDECIDED:
        errors["risk"] = _m(QT_TRANSLATE_NOOP("Breaches", "Choose the level of risk."))
    elif data.risk == RiskLevel.NONE and not data.reasons.strip():
        # Art. 33(5): a breach left unreported is documented with why it was judged safe.
        errors["reasons"] = _m(
            QT_TRANSLATE_NOOP(
                "Breaches",
                "A decision not to notify must give its reasons: why the breach is unlikely "
                "to put anyone at risk.",
            )
        )
    return errors


def authority_notice(
    aware_at: dt.datetime, risk: str, at: dt.datetime, delay_reason: str, now: dt.datetime
) -> dict[str, Message]:
    errors = text_errors([("delay_reason", "details", delay_reason)])
    if not RiskLevel(risk).notify_authority:
        errors["risk"] = _m(
            QT_TRANSLATE_NOOP("Breaches", "Decide first that the breach puts people at risk.")
        )
    if deadlines.utc(at) > now:
        errors["notified_at"] = _m(
            QT_TRANSLATE_NOOP("Breaches", "The moment cannot be in the future.")
        )
    elif deadlines.utc(at) < deadlines.utc(aware_at):
        errors["notified_at"] = _m(
            QT_TRANSLATE_NOOP("Breaches", "The notification cannot predate the breach's discovery.")
        )
    elif deadlines.is_overdue(aware_at, at) and not delay_reason.strip():
        # Art. 33(1): a notification after 72 hours comes with the reasons for the delay.
        errors["delay_reason"] = _m(
            QT_TRANSLATE_NOOP(
                "Breaches", "The notification came after 72 hours: give the reasons for the delay."
            )
        )
    return errors
