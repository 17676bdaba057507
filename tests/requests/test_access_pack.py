import datetime as dt
import json
import os
import stat
from io import BytesIO

from pypdf import PdfReader

from rekisteri.core.dto import ConsentInput, InteractionInput
from rekisteri.core.enums import Channel, ConsentAction, ConsentSource
from rekisteri.core.formats import format_date
from rekisteri.core.requests import texts
from rekisteri.core.requests.dto import RequestInput


def _richest_contact(register):
    """A demo contact with both ledger events and interactions."""
    best = None
    for row in register.list_customers(limit=200).rows:
        detail = register.get_customer(row.id)
        for c in detail.contacts:
            score = (len(c.ledger) > 0) + (len(detail.interactions) > 0)
            if best is None or score > best[0]:
                best = (score, c.id)
            if score == 2:
                return c.id
    assert best is not None
    return best[1]


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return " ".join((page.extract_text() or "") for page in reader.pages).replace("\n", " ")


def test_pack_holds_every_ledger_event_and_interaction(demo_register):
    reg = demo_register
    cid = _richest_contact(reg)
    contact = reg.get_contact(cid)
    # Add events of our own so the test knows exactly what must appear.
    reg.add_interaction(
        contact.customer_id,
        InteractionInput(dt.date(2026, 11, 3), "call", "Soitti tarjouksesta", "", cid),
    )
    reg.record_consent(
        cid,
        ConsentInput(
            Channel.NEWSLETTER,
            ConsentAction.CONSENT_WITHDRAWN,
            ConsentSource.EMAIL,
            None,
            "s-posti",
        ),
    )
    reg.set_ban([cid], Channel.PHONE_MARKETING, ConsentSource.PHONE, "soitti itse")
    reg.requests.log(RequestInput(kind="access", contact_id=cid, received_on=dt.date(2026, 11, 2)))
    contact = reg.get_contact(cid)
    detail = reg.get_customer(contact.customer_id)

    pack = reg.requests.access_pack(cid)
    data = json.loads(pack.json)

    expected_ledger = [
        {
            "id": e.id,
            "channel": e.channel,
            "action": e.action,
            "occurred_on": e.occurred_on.isoformat(),
            "source": e.source,
            "evidence": e.evidence,
            "recorded_by": e.recorded_by,
            "recorded_at": e.recorded_at.isoformat(),
        }
        for e in sorted(contact.ledger, key=lambda e: (e.occurred_on, e.id))
    ]
    assert data["consent_ledger"] == expected_ledger
    assert len(expected_ledger) >= 2
    expected_interactions = [
        {
            "id": i.id,
            "occurred_on": i.occurred_on.isoformat(),
            "kind": i.kind,
            "note": i.note,
            "invoice_ref": i.invoice_ref,
            "concerns": "person" if i.contact_id == cid else "customer",
            "created_by": i.created_by,
        }
        for i in sorted(detail.interactions, key=lambda i: (i.occurred_on, i.id))
        if i.contact_id in (cid, None)
    ]
    assert data["interactions"] == expected_interactions
    assert len(expected_interactions) >= 2
    assert data["person"]["contact_id"] == cid
    assert data["person"]["emails"] == list(contact.emails)
    assert data["customer"]["customer_id"] == contact.customer_id
    assert [r["kind"] for r in data["requests"]] == ["access"]

    lang = contact.language
    text = _pdf_text(pack.pdf)
    assert contact.last_name in text
    for e in contact.ledger:
        assert texts.label(lang, "consent_action", e.action) in text
        assert format_date(e.occurred_on, lang) in text
    for i in detail.interactions:
        if i.note:
            assert i.note in text
        assert format_date(i.occurred_on, lang) in text
    assert "Soitti tarjouksesta" in text and "soitti itse" in text

    csv_text = pack.csv.decode("utf-8-sig")
    assert "consent_ledger" in csv_text and "Soitti tarjouksesta" in csv_text

    audit = reg.audit_log(action_prefix="request.access_pack")
    assert audit and audit[0].entity_id == cid
    assert contact.last_name not in audit[0].summary


def test_pack_in_the_persons_language(demo_register):
    cid = _richest_contact(demo_register)
    headings = (("sv", "Dina uppgifter"), ("en", "Your details"), ("fi", "Sinun tietosi"))
    for lang, heading in headings:
        pack = demo_register.requests.access_pack(cid, lang)
        assert heading in _pdf_text(pack.pdf)
        assert json.loads(pack.json)["language"] == lang


def test_saved_files_are_private_and_leave_no_parts(demo_register, tmp_path):
    cid = _richest_contact(demo_register)
    pack = demo_register.requests.access_pack(cid)
    out = tmp_path / "chosen"
    out.mkdir()
    paths = demo_register.requests.save_documents(out, pack.files())
    assert sorted(p.name for p in out.iterdir()) == sorted(pack.files())
    for p in paths:
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
    assert (out / f"{pack.stem}.json").read_bytes() == pack.json
    assert demo_register.audit_log(action_prefix="request.documents_saved")


def test_pack_states_recipients_and_retention_from_the_published_notice(demo_register):
    from rekisteri.core.notice.document import SectionKey

    reg = demo_register
    cid = _richest_contact(reg)
    lang = reg.get_contact(cid).language
    doc = reg.notice.get_draft(lang)
    section = doc.find(SectionKey.RECIPIENTS_PROCESSORS)
    assert section is not None
    reg.notice.publish(doc.with_body(section.id, "Kirjanpitäjä Tili-Apu Oy saa laskutustiedot."))
    pack = reg.requests.access_pack(cid)
    data = json.loads(pack.json)
    assert data["notice"]["recipients"].startswith("Kirjanpitäjä Tili-Apu Oy saa laskutustiedot.")
    assert data["notice"]["retention"]
    text = _pdf_text(pack.pdf)
    assert "Tili-Apu Oy saa laskutustiedot." in text


def test_pack_and_letters_never_touch_temp_files(demo_register, monkeypatch, tmp_path):
    """Personal data is built in memory and written only where the user chose."""
    import tempfile

    def refuse(*_a, **_k):
        raise AssertionError("a temporary file was created")

    for name in (
        "mkstemp",
        "mkdtemp",
        "NamedTemporaryFile",
        "TemporaryFile",
        "SpooledTemporaryFile",
    ):
        monkeypatch.setattr(tempfile, name, refuse)
    cid = _richest_contact(demo_register)
    pack = demo_register.requests.access_pack(cid)
    r = demo_register.requests.log(RequestInput(kind="access", contact_id=cid))
    letter = demo_register.requests.letter(r.id, "confirmation")
    out = tmp_path / "out"
    out.mkdir()
    demo_register.requests.save_documents(out, {**pack.files(), "letter.pdf": letter})
    assert sorted(p.name for p in out.iterdir()) == sorted([*pack.files(), "letter.pdf"])


# GDPR Art 15(1)(a)-(h) and 15(2): each item's key in the pack's notice facts.
ART_15 = [
    ("purposes", "(a) purposes"),
    ("categories", "(b) categories"),
    ("recipients", "(c) recipients"),
    ("retention", "(d) retention"),
    ("rights", "(e) the rights"),
    ("complaint", "(f) complaint"),
    ("sources", "(g) source"),
    ("automated_decisions", "(h) automated decisions"),
    ("transfers", "15(2) transfers and safeguards"),
]


def test_the_pack_holds_every_item_of_article_15(demo_register) -> None:
    reg = demo_register
    pack = reg.requests.access_pack(_richest_contact(reg))
    notice = json.loads(pack.json)["notice"]
    text = " ".join(_pdf_text(pack.pdf).split())
    for key, item in ART_15:
        assert notice.get(key), item
        if key == "sources":
            continue  # the PDF names this person's own sources (tested above)
        opening = " ".join(notice[key].split()[:2])  # the paragraph's first words, unhyphenated
        assert opening in text, item


def test_a_pack_in_another_language_quotes_the_notice_in_that_language(demo_register) -> None:
    reg = demo_register
    cid = _richest_contact(reg)
    for lang, words in (("sv", "Vi använder personuppgifter"), ("fi", "Käytämme henkilötietoja")):
        pack = reg.requests.access_pack(cid, lang)
        notice = json.loads(pack.json)["notice"]
        assert notice["purposes"].startswith(words), lang
        assert pack.language == lang
