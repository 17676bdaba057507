"""The notification to Tietosuojavaltuutetun toimisto as text, ready to copy into its form.

The authority takes notifications through its own e-service; what the owner needs from the
register is every answer the form asks for, in one place, in the order the form asks. The
text follows GDPR Art. 33(3): the nature of the breach with the categories and approximate
numbers of people and records, the contact point, the likely consequences and the measures,
and (Art. 33(1)) the reasons when the notification comes after 72 hours.
"""

from __future__ import annotations

from typing import Any

from rekisteri.core.breaches import deadlines, texts
from rekisteri.core.breaches.dto import BreachView
from rekisteri.core.breaches.kinds import RiskLevel
from rekisteri.core.formats import format_phone
from rekisteri.core.settings import ControllerSettings


def _block(heading: str, rows: list[tuple[str, str]]) -> list[str]:
    lines = [heading, "-" * len(heading)]
    for key, value in rows:
        value = value.strip()
        if "\n" in value:
            lines.append(f"{key}:")
            lines.extend(f"  {line}" for line in value.splitlines())
        else:
            lines.append(f"{key}: {value}")
    return [*lines, ""]


def _controller(t: dict[str, Any], ctrl: ControllerSettings, lang: str) -> list[str]:
    f = t["fields"]
    town = " ".join(x for x in (ctrl.postcode, ctrl.city) if x)
    none = t["not_given"]
    return _block(
        t["controller"],
        [
            (f["name"], ctrl.business_name or none),
            (f["business_id"], ctrl.business_id or none),
            (f["address"], ", ".join(x for x in (ctrl.street, town) if x) or none),
            (f["phone"], format_phone(ctrl.phone, lang) or none),
            (f["email"], ctrl.email or none),
        ],
    ) + _block(
        t["contact"],
        [
            (f["name"], ctrl.contact_person_name or ctrl.handler_name or none),
            (f["phone"], format_phone(ctrl.contact_person_phone or ctrl.phone, lang) or none),
            (f["email"], ctrl.contact_person_email or ctrl.email or none),
        ],
    )


def _times(t: dict[str, Any], b: BreachView, lang: str) -> list[str]:
    f = t["fields"]
    m = texts.moment
    if b.occurred_until is not None:
        occurred = (f["occurred_span"], f"{m(b.occurred_at, lang)} – {m(b.occurred_until, lang)}")
    else:
        occurred = (f["occurred"], m(b.occurred_at, lang) or t["not_known"])
    rows = [
        occurred,
        (f["aware"], m(b.aware_at, lang)),
        (f["discovered_how"], b.discovered_how or t["not_given"]),
        (f["deadline"], m(b.deadline_at, lang)),
    ]
    late_at = b.authority_notified_at
    if b.delay_reason or (
        deadlines.is_overdue(b.aware_at, late_at) if late_at else b.remaining.total_seconds() < 0
    ):
        rows.append((f["delay"], b.delay_reason or t["delay_missing"]))
    return _block(t["times"], rows)


def render(b: BreachView, ctrl: ControllerSettings, lang: str = "fi") -> str:
    t = texts.load(lang)["authority"]
    f = t["fields"]
    unknown = t["not_known"]
    kinds = "\n".join(texts.label(lang, "nature", n) for n in b.nature) or t["not_given"]
    lines = [t["title"], "=" * len(t["title"]), t["intro"], ""]
    if b.authority_reference:
        lines += [f"{f['reference']}: {b.authority_reference}", ""]
    lines += _controller(t, ctrl, lang)
    lines += _times(t, b, lang)
    lines += _block(t["nature"], [(f["kinds"], kinds), (f["description"], b.description)])
    lines += _block(
        t["people"],
        [
            (f["people_categories"], b.people_categories or t["not_given"]),
            (f["people_count"], texts.count(b.people_count, b.counts_approximate, lang, unknown)),
            (f["data_categories"], b.data_categories or t["not_given"]),
            (f["records_count"], texts.count(b.records_count, b.counts_approximate, lang, unknown)),
        ],
    )
    lines += [t["consequences"], "-" * len(t["consequences"]), b.consequences or unknown, ""]
    lines += _block(
        t["measures"],
        [
            (f["taken"], b.measures_taken or t["not_given"]),
            (f["proposed"], b.measures_proposed or t["not_given"]),
        ],
    )
    assessment = [(f["risk"], texts.label(lang, "risk", b.risk))]
    if b.risk_reasons:
        assessment.append((f["reasons"], b.risk_reasons))
    if b.decided_by:
        assessment.append((f["decided"], f"{b.decided_by}, {texts.moment(b.decided_at, lang)}"))
    lines += _block(t["assessment"], assessment)
    if b.people_notified_at is not None:
        informed = t["informed_done"].format(date=texts.moment(b.people_notified_at, lang))
    elif b.risk == RiskLevel.HIGH:
        informed = t["informed_due"]
    else:
        informed = t["informed_not"]
    lines += [t["informed"], "-" * len(t["informed"]), informed]
    return "\n".join(lines).rstrip() + "\n"
