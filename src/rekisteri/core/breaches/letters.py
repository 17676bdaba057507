"""The letter to the people a high-risk breach affects (GDPR Art. 34), in their language.

Art. 34(2) asks for clear and plain language: what happened, whom to contact, the likely
consequences and the measures taken or proposed. The wording is data
(``resources/breach/<lang>.json``); the facts are the owner's own words from the log.
Laid out like the request letters (``requests.pdf.render_letter``, SFS 2487).
"""

from __future__ import annotations

import datetime as dt

from rekisteri.core.breaches import texts
from rekisteri.core.breaches.dto import BreachView
from rekisteri.core.dto import ContactView
from rekisteri.core.formats import format_phone
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, translate_for
from rekisteri.core.settings import ControllerSettings

#: The stem of a saved letter's file name, in the letter's own language (no person's name).
FILE_STEM = QT_TRANSLATE_NOOP("LetterFile", "breach-letter")


def file_name(breach_id: int, contact_id: int, lang: str) -> str:
    stem = translate_for(lang or "fi", "LetterFile", FILE_STEM)
    return f"{stem}-{breach_id}-{contact_id}.pdf"


def paragraphs(b: BreachView, contact: ContactView, ctrl: ControllerSettings) -> list[str]:
    lang = contact.language
    t = texts.load(lang)["letter"]
    out = [t["intro"].format(aware=texts.moment(b.aware_at, lang))]
    for key, value in (
        ("what", b.description),
        ("data", b.data_categories),
        ("consequences", b.consequences),
        ("taken", b.measures_taken),
        ("proposed", b.measures_proposed),
    ):
        if value.strip():
            out.append(f"{t[key]}:\n{value.strip()}")
    out.append(t["advice"])
    name = ctrl.contact_person_name or ctrl.handler_name or ctrl.business_name
    reach = ", ".join(
        x
        for x in (
            ctrl.contact_person_email or ctrl.email,
            format_phone(ctrl.contact_person_phone or ctrl.phone, lang),
        )
        if x
    )
    if name and reach:
        out.append(t["contact"].format(name=name, contact=reach))
    out.append(t["complaint"])
    return out


def render(b: BreachView, contact: ContactView, ctrl: ControllerSettings, today: dt.date) -> bytes:
    from rekisteri.core.requests.pdf import render_letter  # reportlab: loaded on use

    lang = contact.language if contact.language in texts.LANGUAGES else "fi"
    t = texts.load(lang)["letter"]
    person = f"{contact.first_name} {contact.last_name}".strip()
    place = " ".join(x for x in (contact.postcode, contact.city) if x)
    recipient = "\n".join(x for x in (person, contact.street, place) if x)
    body = paragraphs(b, contact, ctrl)
    if person:
        body = [t["greeting"].format(person_name=person), *body]
    sender = [
        ctrl.business_name,
        ctrl.street,
        " ".join(x for x in (ctrl.postcode, ctrl.city) if x),
        ctrl.email,
    ]
    closing = [t["closing"], ctrl.handler_name or ctrl.contact_person_name, ctrl.business_name]
    return render_letter(lang, sender, recipient, today, t["subject"], body, closing)
