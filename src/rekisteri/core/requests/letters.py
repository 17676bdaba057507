"""Answer letters (confirmation, extension, outcome) in the person's language, as PDF.

The wording is data (``resources/letters/<lang>.json``, section ``letters``) so that it can be
corrected without touching code; this module only fills it in from the controller settings
and the request.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from rekisteri.core.errors import ValidationError
from rekisteri.core.formats import format_date, format_phone
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.requests import texts
from rekisteri.core.requests.dto import RequestView
from rekisteri.core.requests.kinds import RequestStatus
from rekisteri.core.settings import ControllerSettings

if TYPE_CHECKING:
    from rekisteri.core.requests.facade import RequestsFacade


class LetterKind(StrEnum):
    CONFIRMATION = "confirmation"
    EXTENSION = "extension"
    OUTCOME = "outcome"


def available(r: RequestView) -> tuple[LetterKind, ...]:
    """The letters that make sense for the request as it stands."""
    kinds = [LetterKind.CONFIRMATION]
    if r.told_on is not None:
        kinds.append(LetterKind.EXTENSION)
    if r.status in (RequestStatus.DONE, RequestStatus.REFUSED):
        kinds.append(LetterKind.OUTCOME)
    return tuple(kinds)


def body(r: RequestView, kind: LetterKind) -> tuple[str, list[str]]:
    """The subject line and paragraphs of one letter."""
    lang = r.language
    t = texts.load(lang)["letters"]
    d = format_date
    values = {
        "kind": texts.label(lang, "request_kind", r.kind).lower()
        if lang != "en"
        else texts.label(lang, "request_kind", r.kind),
        "received_on": d(r.received_on, lang),
        "due_on": d(r.due_on, lang),
        "extension_reason": r.extension_reason,
    }
    paragraphs: list[str] = []
    if kind == LetterKind.CONFIRMATION:
        paragraphs.extend(t["confirmation"].format(**values).split("\n\n"))
    elif kind == LetterKind.EXTENSION:
        paragraphs.extend(t["extension"].format(**values).split("\n\n"))
    elif r.status == RequestStatus.REFUSED:
        paragraphs.append(t["refused"].format(**values))
        paragraphs.append(f"{t['refused_heading']}\n{r.answer}")
        # Art. 12(4): a refusal names both the complaint and the judicial remedy.
        paragraphs.append(t["refused_remedy"])
    else:
        outcome = str(t["outcome"][r.kind]).strip()
        paragraphs.extend(outcome.split("\n\n"))
        # Answers composed by an action open with the same sentence: say it once.
        extra = r.answer.strip().removeprefix(outcome).strip()
        if extra:
            paragraphs.append(f"{t['answer_heading']}\n{extra}")
        paragraphs.append(t["complaint"])
    return str(t["subject"][kind.value]), paragraphs


def _recipient(register: RequestsFacade, r: RequestView) -> str:
    if r.contact_id is None:
        return r.person_name
    c = register.get_contact(r.contact_id)
    place = " ".join(x for x in (c.postcode, c.city) if x)
    return "\n".join(x for x in (r.person_name, c.street, place) if x)


def render(register: RequestsFacade, r: RequestView, kind: LetterKind) -> bytes:
    if kind not in available(r):
        raise ValidationError(
            {
                "letter": Message(
                    "Requests",
                    QT_TRANSLATE_NOOP("Requests", "This letter does not fit the request yet."),
                )
            }
        )
    ctrl: ControllerSettings = register.get_controller()
    lang = r.language
    t = texts.load(lang)["letters"]
    subject, paragraphs = body(r, kind)
    greeting = t["greeting"].format(person_name=r.person_name) if r.person_name else ""
    contact = ", ".join(
        x
        for x in (
            ctrl.contact_person_email or ctrl.email,
            format_phone(ctrl.contact_person_phone or ctrl.phone, lang),
        )
        if x
    )
    closing = [t["closing"], ctrl.handler_name or ctrl.contact_person_name, ctrl.business_name]
    if contact:
        paragraphs = [*paragraphs, t["contact"].format(contact=contact)]
    sender = [
        ctrl.business_name,
        ctrl.street,
        " ".join(x for x in (ctrl.postcode, ctrl.city) if x),
        ctrl.email,
    ]
    from rekisteri.core.requests import pdf  # reportlab: loaded when a letter is made

    return pdf.render_letter(
        lang,
        sender,
        _recipient(register, r),
        register.db.clock.today(),
        subject,
        [greeting, *paragraphs] if greeting else paragraphs,
        closing,
    )
