"""Carrying out a request on the register, then closing it with the answer given.

Each action changes the register through the facade (so the ledger, the cached list columns
and the audit trail stay right), and records the outcome on the request in the person's
language, because that answer is what their letter says.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from rekisteri.core.dto import ConsentInput
from rekisteri.core.enums import Channel, ConsentAction, ConsentSource
from rekisteri.core.errors import ValidationError
from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message
from rekisteri.core.ledger import LedgerEvent, derive
from rekisteri.core.requests import erasure, texts
from rekisteri.core.requests.dto import RequestView
from rekisteri.core.requests.kinds import RequestChannel, RequestStatus

if TYPE_CHECKING:
    from rekisteri.core.requests.facade import RequestsFacade


class RequestService(Protocol):
    """The calls of ``register.requests`` an action makes (it is handed the service)."""

    @property
    def register(self) -> RequestsFacade: ...

    def get(self, request_id: int) -> RequestView: ...

    def close(
        self, request_id: int, status: str, answer: str, answered_on: dt.date | None = None
    ) -> RequestView: ...


_CTX = "Requests"

#: Where a ban or withdrawal came from, as the consent ledger names it.
SOURCE_OF_CHANNEL = {
    RequestChannel.EMAIL: ConsentSource.EMAIL,
    RequestChannel.LETTER: ConsentSource.LETTER,
    RequestChannel.PHONE: ConsentSource.PHONE,
    RequestChannel.IN_PERSON: ConsentSource.IN_PERSON,
    RequestChannel.FORM: ConsentSource.FORM,
    RequestChannel.OTHER: ConsentSource.LETTER,
}


def open_linked(svc: RequestService, request_id: int) -> tuple[RequestView, int]:
    r = svc.get(request_id)
    if not r.is_open:
        raise ValidationError(
            {
                "status": Message(
                    _CTX, QT_TRANSLATE_NOOP("Requests", "The request is already closed.")
                )
            }
        )
    if r.contact_id is None:
        raise ValidationError(
            {
                "contact_id": Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Requests", "Link the request to the person in the register first."
                    ),
                )
            }
        )
    return r, r.contact_id


def _outcome(lang: str, kind: str) -> str:
    return str(texts.load(lang)["letters"]["outcome"][kind])


def _evidence(r: RequestView) -> str:
    return f"Request #{r.id}, received {r.received_on.isoformat()}"


def pack_sent(svc: RequestService, request_id: int) -> RequestView:
    """Art. 15/20: the access pack went to the person; the request is answered."""
    r = svc.get(request_id)
    return svc.close(request_id, RequestStatus.DONE, _outcome(r.language, r.kind))


def restrict(svc: RequestService, request_id: int, reason: str) -> RequestView:
    """Art. 18: keep the data but stop using it; the register shows the flag everywhere."""
    r, contact_id = open_linked(svc, request_id)
    svc.register.set_restriction(contact_id, True, reason)
    letters = texts.load(r.language)["letters"]
    answer = f"{_outcome(r.language, 'restriction')} " + letters["restricted_because"].format(
        reason=reason.strip()
    )
    return svc.close(request_id, RequestStatus.DONE, answer)


def object_to_marketing(svc: RequestService, request_id: int) -> RequestView:
    """Art. 21(2-3): an objection to direct marketing is absolute — a ban on all of it."""
    r, contact_id = open_linked(svc, request_id)
    svc.register.set_ban(
        [contact_id],
        Channel.ALL_MARKETING,
        SOURCE_OF_CHANNEL[RequestChannel(r.channel)],
        _evidence(r),
        r.received_on,
    )
    return svc.close(request_id, RequestStatus.DONE, _outcome(r.language, "objection"))


def consented_channels(svc: RequestService, contact_id: int) -> list[str]:
    contact = svc.register.get_contact(contact_id)
    states = derive(LedgerEvent(e.id, e.channel, e.action, e.occurred_on) for e in contact.ledger)
    return [ch for ch, st in states.items() if st.consent]


def withdraw_consent(
    svc: RequestService, request_id: int, channels: tuple[str, ...] | None = None
) -> RequestView:
    """Art. 7(3): record a withdrawal for each channel (default: every consent in force)."""
    r, contact_id = open_linked(svc, request_id)
    chosen = list(channels) if channels else consented_channels(svc, contact_id)
    if not chosen:
        raise ValidationError(
            {
                "channels": Message(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "Requests", "No consent is in force; choose the channels to withdraw."
                    ),
                )
            }
        )
    source = SOURCE_OF_CHANNEL[RequestChannel(r.channel)]
    for channel in chosen:
        svc.register.record_consent(
            contact_id,
            ConsentInput(
                channel, ConsentAction.CONSENT_WITHDRAWN, source, r.received_on, _evidence(r)
            ),
        )
    names = ", ".join(texts.label(r.language, "channel", c) for c in chosen)
    letters = texts.load(r.language)["letters"]
    answer = (
        f"{_outcome(r.language, 'consent_withdrawal')} "
        f"{letters['withdrawn_channels'].format(channels=names)}"
    )
    return svc.close(request_id, RequestStatus.DONE, answer)


def erase(svc: RequestService, request_id: int) -> RequestView:
    """Art. 17: erase through the retention path; a legal hold keeps what it must.

    When a hold keeps everything (a dispute, say), nothing is erased and the request is
    refused with the hold as its reason (Art. 17(3)); otherwise it is done, and the answer
    names what the law still keeps and until when.
    """
    r, contact_id = open_linked(svc, request_id)
    result = erasure.erase(svc.register, contact_id)
    text = erasure.answer(result, r.language)
    status = RequestStatus.DONE if result.removes_anything else RequestStatus.REFUSED
    return svc.close(request_id, status, text)
