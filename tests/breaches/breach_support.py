"""A clock frozen at an instant, and a logged breach to work on."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from rekisteri.core.breaches.deadlines import HELSINKI, local
from rekisteri.core.breaches.dto import BreachInput
from rekisteri.core.clock import Clock


class InstantClock(Clock):
    """``now`` is a set instant; ``today`` is its Helsinki day (the register's local day)."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def set(self, moment: dt.datetime) -> None:
        self.moment = moment

    def now(self) -> dt.datetime:
        return self.moment

    def today(self) -> dt.date:
        return local(self.moment).date()


def hki(*args: int) -> dt.datetime:
    """An aware Helsinki wall-clock moment."""
    return dt.datetime(*args, tzinfo=HELSINKI)  # type: ignore[misc]


def stolen_laptop(aware_at: dt.datetime, customer_ids: tuple[int, ...] = ()) -> BreachInput:
    return BreachInput(
        aware_at=aware_at,
        occurred_at=aware_at - dt.timedelta(hours=3),
        discovered_how="Huomasin illalla, että kannettava puuttui laukusta.",
        nature=("confidentiality",),
        description="Kannettava tietokone varastettiin junassa. Levyä ei ollut salattu.",
        data_categories="Nimet, sähköpostiosoitteet, puhelinnumerot, asiakasmuistiinpanot",
        people_categories="Asiakkaat ja asiakasyritysten yhteyshenkilöt",
        people_count=120,
        records_count=400,
        consequences="Tietojenkalastelu asiakkaiden nimissä.",
        measures_taken="Sähköpostin ja pilvipalvelun salasanat vaihdettu, rikosilmoitus tehty.",
        measures_proposed="Kaikkien laitteiden levyt salataan.",
        customer_ids=customer_ids,
    )


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join((p.extract_text() or "") for p in reader.pages).replace("\n", " ")
