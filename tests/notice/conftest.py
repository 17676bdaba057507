"""Fixtures of the notice tests: the register's facts as a notice needs them."""

from __future__ import annotations

from datetime import date

import pytest
from notice_fixtures import PROCESSORS, RULES

from rekisteri.core.notice.templates import ControllerFacts, NoticeFacts


@pytest.fixture
def facts() -> NoticeFacts:
    return NoticeFacts(
        controller=ControllerFacts(
            business_name="Valokuvaamo Äijälä Tmi",
            business_id="1234567-8",
            street="Kauppakatu 9 A 4",
            postcode="60100",
            city="Seinäjoki",
            phone="+358 40 123 4567",
            email="info@aijala.example",
            contact_person_name="Kaisa Äijälä",
            contact_person_email="kaisa@aijala.example",
            register_name="Asiakas- ja markkinointirekisteri",
        ),
        retention_rules=RULES,
        backup_retention_days=30,
        fields_in_use=("name", "business", "email", "phone", "address", "consents"),
        processors=PROCESSORS,
        today=date(2026, 11, 22),
    )
