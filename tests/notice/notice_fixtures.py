"""Data shared by the notice tests: a stand-in retention rule, rules and processors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rekisteri.core.notice.templates import Processor


@dataclass(frozen=True)
class Rule:
    """Same fields as the retention service's rule dataclass."""

    name: str
    applies_to: str
    counts_from: str
    period_years: int = 0
    period_months: int = 0
    period_days: int = 0
    action: str = "delete"
    enabled: bool = True


RULES = (
    Rule("Asiakassuhde", "customers", "last_contact", period_years=5),
    Rule("Markkinointirekisteri", "prospects", "last_contact", period_years=2, action="anonymise"),
    Rule("Kirjanpito", "invoices", "financial_year_end", period_years=10),
    Rule("Vanha sääntö", "customers", "last_contact", period_years=7, enabled=False),
)

PROCESSORS = (
    Processor(
        "Tilitoimisto Numero Oy",
        "kirjanpito ja palkat",
        data_categories="laskutustiedot",
        country="Suomi",
        agreement_signed=date(2024, 3, 1),
        agreement_location="Sopimuskansio",
    ),
    Processor(
        "Postiljooni Mail Inc.",
        "uutiskirjeen lähetys",
        outside_eea=True,
        safeguard="EU:n komission vakiolausekkeet",
        data_categories="sähköpostiosoitteet",
        country="Yhdysvallat",
        agreement_link="https://postiljooni.example/dpa",
    ),
)
