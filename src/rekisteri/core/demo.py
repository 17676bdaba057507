"""Realistic, deterministic Finnish demo data for screenshots, trials and benchmarks.

Rows are written with bulk Core inserts (no ORM objects) so that 100,000 customers take
seconds, and the cached list columns are computed with the same functions ``denorm`` uses.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import insert
from stdnum.fi import ytunnus

from rekisteri.core import audit
from rekisteri.core.business_form import effective_form
from rekisteri.core.db import Database
from rekisteri.core.denorm import ContactSummary, list_fields
from rekisteri.core.enums import (
    Channel,
    ConsentAction,
    ConsentSource,
    ContactKind,
    CustomerKind,
    CustomerStatus,
    DataSource,
    InteractionKind,
)
from rekisteri.core.models import (
    ConsentEvent,
    Contact,
    ContactEmail,
    ContactPhone,
    Customer,
    Interaction,
)
from rekisteri.core.retention.due import recompute
from rekisteri.core.settings import ControllerSettings

FIRST = [
    "Aino",
    "Eino",
    "Helmi",
    "Juhani",
    "Kaisa",
    "Lauri",
    "Liisa",
    "Matti",
    "Mikko",
    "Noora",
    "Onni",
    "Pekka",
    "Riikka",
    "Sanna",
    "Taru",
    "Tuomas",
    "Veera",
    "Ville",
    "Elina",
    "Antti",
    "Hanna",
    "Jussi",
    "Katja",
    "Ilkka",
    "Päivi",
    "Jyrki",
    "Sirpa",
    "Väinö",
    "Anneli",
    "Åsa",
    "Björn",
    "Sofia",
    "Oskari",
    "Emilia",
    "Leevi",
    "Iida",
    "Kalle",
    "Minna",
    "Heikki",
    "Tiina",
]
LAST = [
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Lehtinen",
    "Saarinen",
    "Salminen",
    "Heinonen",
    "Niemi",
    "Heikkilä",
    "Kinnunen",
    "Salonen",
    "Turunen",
    "Salo",
    "Laitinen",
    "Tuominen",
    "Rantanen",
    "Karjalainen",
    "Jokinen",
    "Mattila",
    "Savolainen",
    "Lahtinen",
    "Ahonen",
    "Lindqvist",
    "Grönroos",
    "Åberg",
    "Söderholm",
    "Ylimys",
    "Pitkänen",
    "Luomajoki",
    "Tulisalo",
    "Uhrman",
    "Kivelä",
]
PREFIX = [
    "Pohjolan",
    "Saimaan",
    "Lapin",
    "Kaakon",
    "Länsi",
    "Itä",
    "Etelä",
    "Keski",
    "Rannikon",
    "Järvi",
    "Tunturi",
    "Metsä",
]
TRADE = [
    "Rakennus",
    "Konsultointi",
    "Viestintä",
    "Tilitoimisto",
    "Kuljetus",
    "Puutarha",
    "Valokuvaus",
    "Koulutus",
    "Kiinteistöhuolto",
    "Ohjelmisto",
    "Käännöstoimisto",
    "Sähkö",
    "LVI",
    "Catering",
    "Kampaamo",
    "Hieroja",
]
FORM = ["Oy", "Oy", "Oy", "Ky", "Tmi", "Ay", "Osk"]
INDUSTRY = [
    "Rakentaminen",
    "Liikkeenjohdon konsultointi",
    "Viestintä ja markkinointi",
    "Kirjanpito",
    "Kuljetus ja logistiikka",
    "Valokuvaus",
    "Koulutus",
    "Ohjelmistot",
    "Kiinteistöpalvelut",
    "Kauneudenhoito",
]
STREETS = [
    "Hämeenkatu",
    "Aleksanterinkatu",
    "Kauppakatu",
    "Rantatie",
    "Koulukatu",
    "Puistotie",
    "Kirkkokatu",
]
CITIES = [
    ("00100", "Helsinki"),
    ("33100", "Tampere"),
    ("20100", "Turku"),
    ("90100", "Oulu"),
    ("40100", "Jyväskylä"),
    ("60100", "Seinäjoki"),
    ("28100", "Pori"),
    ("06100", "Porvoo"),
    ("04300", "Tuusula"),
    ("65100", "Vaasa"),
]
NOTES = [
    "Tapasimme messuilla.",
    "Toivoo yhteydenottoa syksyllä.",
    "Laskutus sähköpostiin.",
    "Tilasi kevään koulutuksen.",
    "Soitettiin tarjouksesta.",
    "Kiitos palautteesta.",
]


def _ascii(s: str) -> str:
    return (
        s.lower()
        .replace("ä", "a")
        .replace("ö", "o")
        .replace("å", "a")
        .replace(" ", "")
        .replace("-", "")
    )


def _business_id(rng: random.Random, used: set[str]) -> str:
    while True:
        body = f"{rng.randint(1000000, 3299999):07d}"
        # Bodies whose checksum would need a remainder of 1 have no valid check digit.
        valid = [f"{body}-{d}" for d in range(10) if ytunnus.is_valid(f"{body}-{d}")]
        if valid and valid[0] not in used:
            used.add(valid[0])
            return valid[0]


def _phone(rng: random.Random) -> str:
    prefix = rng.choice(["40", "44", "45", "50", "41", "46"])
    return f"+358{prefix}{rng.randint(1000000, 9999999)}"


def generate(
    db: Database,
    customers: int = 200,
    seed: int = 1,
    *,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 5000,
    actor: str = "demo",
) -> None:
    """Append ``customers`` demo customers (with ~1.5 contacts each) to the register."""
    rng = random.Random(seed)
    today = db.clock.today()
    now = db.clock.now()
    used: set[str] = set()
    with db.session() as s:
        start_id = (
            s.execute(
                Customer.__table__.select()
                .with_only_columns(Customer.__table__.c.id)
                .order_by(Customer.__table__.c.id.desc())
                .limit(1)
            ).scalar()
            or 0
        ) + 1
        start_contact = (
            s.execute(
                Contact.__table__.select()
                .with_only_columns(Contact.__table__.c.id)
                .order_by(Contact.__table__.c.id.desc())
                .limit(1)
            ).scalar()
            or 0
        ) + 1
    cust_id, contact_id = start_id, start_contact
    done = 0
    while done < customers:
        n = min(batch, customers - done)
        cust_rows, contact_rows, email_rows, phone_rows, inter_rows, consent_rows = (
            [],
            [],
            [],
            [],
            [],
            [],
        )
        for _ in range(n):
            is_org = rng.random() < 0.7
            status = rng.choices(
                [CustomerStatus.ACTIVE, CustomerStatus.PROSPECT, CustomerStatus.ENDED],
                [0.6, 0.2, 0.2],
            )[0]
            since = today - dt.timedelta(days=rng.randint(30, 12 * 365))
            n_contacts = rng.choice([1, 1, 2, 2, 3]) if is_org else 1
            summaries: list[ContactSummary] = []
            postcode, city = rng.choice(CITIES)
            for pos in range(n_contacts):
                first, last = rng.choice(FIRST), rng.choice(LAST)
                emails = [f"{_ascii(first)}.{_ascii(last)}{contact_id}@example.fi"]
                phones = [_phone(rng)]
                banned: list[str] = []
                ledger_day = since + dt.timedelta(days=rng.randint(0, max(1, (today - since).days)))
                if rng.random() < 0.3:
                    consent_rows.append(
                        dict(
                            contact_id=contact_id,
                            channel=Channel.NEWSLETTER,
                            action=ConsentAction.CONSENT_GIVEN,
                            occurred_on=since,
                            source=ConsentSource.FORM,
                            evidence="",
                            recorded_by=actor,
                            recorded_at=now,
                        )
                    )
                if rng.random() < 0.08:
                    channel = rng.choice([Channel.ALL_MARKETING, Channel.EMAIL_MARKETING])
                    consent_rows.append(
                        dict(
                            contact_id=contact_id,
                            channel=channel,
                            action=ConsentAction.BAN_SET,
                            occurred_on=ledger_day,
                            source=rng.choice(
                                [
                                    ConsentSource.EMAIL,
                                    ConsentSource.PHONE,
                                    ConsentSource.UNSUBSCRIBE_LINK,
                                ]
                            ),
                            evidence="",
                            recorded_by=actor,
                            recorded_at=now,
                        )
                    )
                    banned.append(channel.value)
                contact_rows.append(
                    dict(
                        id=contact_id,
                        customer_id=cust_id,
                        position=pos,
                        kind=ContactKind.BUSINESS if is_org else ContactKind.PRIVATE,
                        first_name=first,
                        last_name=last,
                        title=rng.choice(
                            ["Toimitusjohtaja", "Myyntipäällikkö", "Yrittäjä", "Asiantuntija", ""]
                        )
                        if is_org
                        else "",
                        street=f"{rng.choice(STREETS)} {rng.randint(1, 80)}",
                        postcode=postcode,
                        city=city,
                        country="FI",
                        language=rng.choices(["fi", "sv", "en"], [0.88, 0.1, 0.02])[0],
                        hetu=None,
                        # Customers mostly gave their address when they bought (no rng draw:
                        # the rest of the demo stays the same for a given seed).
                        data_source=DataSource.PURCHASE
                        if status != CustomerStatus.PROSPECT and contact_id % 10 < 7
                        else DataSource.PERSON,
                        data_source_detail="",
                        opt_out_informed=True,
                        restricted=rng.random() < 0.005,
                        restricted_on=None,
                        restriction_reason="",
                        banned_channels=",".join(sorted(banned)),
                        due_on=None,
                        due_reason="",
                        created_at=now,
                        created_by=actor,
                        updated_at=now,
                        updated_by=actor,
                    )
                )
                email_rows += [
                    dict(contact_id=contact_id, position=i, address=a) for i, a in enumerate(emails)
                ]
                phone_rows += [
                    dict(contact_id=contact_id, position=i, number=p) for i, p in enumerate(phones)
                ]
                summaries.append(
                    ContactSummary(
                        first, last, emails, phones, banned, bool(contact_rows[-1]["restricted"])
                    )
                )
                contact_id += 1
            if is_org:
                name = f"{rng.choice(PREFIX)} {rng.choice(TRADE)} {rng.choice(FORM)}"
                bid: str | None = _business_id(rng, used)
            else:
                name = f"{summaries[0].first_name} {summaries[0].last_name}"
                bid = None
            last_contact = None
            for _k in range(rng.randint(0, 6)):
                day = since + dt.timedelta(days=rng.randint(0, max(1, (today - since).days)))
                kind = rng.choice(list(InteractionKind))
                inter_rows.append(
                    dict(
                        customer_id=cust_id,
                        contact_id=None,
                        occurred_on=day,
                        kind=kind,
                        note=rng.choice(NOTES),
                        invoice_ref=f"{day.year}-{rng.randint(1, 400):03d}"
                        if kind == InteractionKind.INVOICE
                        else "",
                        created_at=now,
                        created_by=actor,
                    )
                )
                if InteractionKind(kind).counts_as_contact:
                    last_contact = max(last_contact or day, day)
            row = dict(
                id=cust_id,
                kind=CustomerKind.ORGANISATION if is_org else CustomerKind.PERSON,
                name=name,
                business_id=bid,
                business_form=effective_form(
                    CustomerKind.ORGANISATION if is_org else CustomerKind.PERSON, "", name
                ).value,
                industry=rng.choice(INDUSTRY) if is_org else "",
                billing_street=f"{rng.choice(STREETS)} {rng.randint(1, 80)}",
                billing_postcode=postcode,
                billing_city=city,
                billing_country="FI",
                notes="",
                status=status,
                ended_on=(last_contact or since) if status == CustomerStatus.ENDED else None,
                customer_since=since,
                last_contact_on=last_contact,
                data_source=rng.choice(
                    [
                        DataSource.PERSON,
                        DataSource.PERSON,
                        DataSource.EMPLOYER,
                        DataSource.PUBLIC_REGISTER,
                        DataSource.BUSINESS_CARD,
                    ]
                ),
                data_source_detail="",
                due_on=None,
                due_reason="",
                created_at=now,
                created_by=actor,
                updated_at=now,
                updated_by=actor,
            )
            row.update(list_fields(name, bid, summaries))
            cust_rows.append(row)
            cust_id += 1
        with db.session() as s:
            s.execute(insert(Customer), cust_rows)
            s.execute(insert(Contact), contact_rows)
            s.execute(insert(ContactEmail), email_rows)
            s.execute(insert(ContactPhone), phone_rows)
            if inter_rows:
                s.execute(insert(Interaction), inter_rows)
            if consent_rows:
                s.execute(insert(ConsentEvent), consent_rows)
        done += n
        if progress:
            progress(done, customers)
    with db.session() as s:
        recompute(s)  # due dates depend on the interactions and ledger written above
        audit.record(s, actor, "demo.generated", "", None, f"{customers} customers", at=now)


DEMO_CONTROLLER = ControllerSettings(
    business_name="Valokuvaamo Revontuli Tmi",
    business_id="1572860-0",
    street="Kauppakatu 9 A 4",
    postcode="60100",
    city="Seinäjoki",
    phone="+358405005634",
    email="info@revontuli.example.fi",
    contact_person_name="Aino Virtanen",
    contact_person_email="aino@revontuli.example.fi",
    contact_person_phone="+358405005634",
    register_name="Asiakas- ja markkinointirekisteri",
    handler_name="Aino Virtanen",
)
