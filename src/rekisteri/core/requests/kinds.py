"""The closed vocabularies of data-subject requests (stored as their string values)."""

from __future__ import annotations

from rekisteri.core.enums import Labelled
from rekisteri.core.i18n import QT_TRANSLATE_NOOP


class RequestKind(Labelled):
    """The rights of GDPR Art. 15-22 a person may invoke, plus a catch-all."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    PORTABILITY = "portability"
    CONSENT_WITHDRAWAL = "consent_withdrawal"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "access": QT_TRANSLATE_NOOP("Enums", "Access to data"),
            "rectification": QT_TRANSLATE_NOOP("Enums", "Rectification"),
            "erasure": QT_TRANSLATE_NOOP("Enums", "Erasure"),
            "restriction": QT_TRANSLATE_NOOP("Enums", "Restriction of processing"),
            "objection": QT_TRANSLATE_NOOP("Enums", "Objection"),
            "portability": QT_TRANSLATE_NOOP("Enums", "Data portability"),
            "consent_withdrawal": QT_TRANSLATE_NOOP("Enums", "Consent withdrawal"),
            "other": QT_TRANSLATE_NOOP("Enums", "Other request"),
        }


class RequestStatus(Labelled):
    OPEN = "open"
    EXTENDED = "extended"
    DONE = "done"
    REFUSED = "refused"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "open": QT_TRANSLATE_NOOP("Enums", "Open"),
            "extended": QT_TRANSLATE_NOOP("Enums", "Extended"),
            "done": QT_TRANSLATE_NOOP("Enums", "Done"),
            "refused": QT_TRANSLATE_NOOP("Enums", "Refused"),
        }

    @property
    def is_open(self) -> bool:
        return self in (RequestStatus.OPEN, RequestStatus.EXTENDED)


OPEN_STATUSES = (RequestStatus.OPEN.value, RequestStatus.EXTENDED.value)


class RequestChannel(Labelled):
    """How the request arrived."""

    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"
    IN_PERSON = "in_person"
    FORM = "form"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "email": QT_TRANSLATE_NOOP("Enums", "E-mail"),
            "letter": QT_TRANSLATE_NOOP("Enums", "Letter"),
            "phone": QT_TRANSLATE_NOOP("Enums", "Phone"),
            "in_person": QT_TRANSLATE_NOOP("Enums", "In person"),
            "form": QT_TRANSLATE_NOOP("Enums", "Form"),
            "other": QT_TRANSLATE_NOOP("Enums", "Other"),
        }
