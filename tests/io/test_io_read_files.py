"""Each import format and encoding read from the project's own fixture files."""

from __future__ import annotations

from pathlib import Path

import pytest

from rekisteri.core.io.csv_import import guess_mapping
from rekisteri.core.io.preview import RowStatus
from rekisteri.core.io.records import ImportField
from rekisteri.core.register import Register

FIXTURES = Path(__file__).parent / "fixtures"


def _preview(register: Register, name: str):
    register.io.suppression = lambda email, phone: False
    src = register.io.read(FIXTURES / name)
    return src, register.io.preview(src)


def test_outlook_csv(register: Register) -> None:
    src, preview = _preview(register, "outlook.csv")
    assert (src.kind, src.encoding) == ("csv", "utf-8-sig")
    first, second, third, bad = (r.record for r in preview.rows)
    assert (first.first_name, first.last_name) == ("Päivi", "Kärkkäinen")
    assert first.title == "Toimitusjohtaja"  # Job Title, not Outlook's "Title" (Ms.)
    assert first.company == "Kuusamon Kirjapaino Oy" and first.kind == "business"
    assert first.phones == ("+358401234567",)
    assert (first.street, first.postcode, first.city, first.country) == (
        "Torikatu 4",
        "93600",
        "Kuusamo",
        "FI",
    )
    assert second.emails == ("oskari@kuusamonpaino.example.fi", "oskari.heikkila@example.com")
    assert third.kind == "private" and third.country == "SE"
    assert preview.rows[3].status is RowStatus.ERROR
    assert [m.text for m in bad.errors] == ["An e-mail address is not valid."]


def test_google_csv(register: Register) -> None:
    _src, preview = _preview(register, "google.csv")
    eino = preview.rows[0].record
    assert eino.emails == ("eino@lapinluontomatkat.example.fi", "eino.l@example.com")
    assert eino.phones == ("+358507654321", "+35816123456")
    assert (eino.company, eino.title, eino.city) == ("Lapin Luontomatkat Ky", "Opas", "Rovaniemi")
    assert preview.rows[1].record.language == "sv"
    assert preview.rows[2].record.emails == ()
    assert preview.count(RowStatus.NEW) == 3


def test_semicolon_cp1252_finnish_headers(register: Register) -> None:
    src, preview = _preview(register, "excel_fi_cp1252.csv")
    assert (src.encoding, src.table.delimiter) == ("cp1252", ";")
    aija, soren, tiina, pekka = (r.record for r in preview.rows)
    assert (aija.first_name, aija.last_name, aija.city) == ("Äijä", "Mäkelä", "Seinäjoki")
    assert aija.consent is True and soren.consent is False and tiina.consent is None
    assert soren.business_id == "2468114-6" and soren.language == "sv"
    assert soren.company == "Österbottens Måleri Ab"
    assert preview.rows[3].status is RowStatus.ERROR
    assert len(pekka.errors) == 3  # e-mail, phone and business ID


def test_vcard_21_quoted_printable(register: Register) -> None:
    src, preview = _preview(register, "phone_v21_qp.vcf")
    assert src.kind == "vcard"
    vaino, kaisa = (r.record for r in preview.rows)
    assert (vaino.first_name, vaino.last_name) == ("Väinö", "Mäkelä")
    assert vaino.company == "Sähkötyö Mäkelä Oy" and vaino.title == "Yrittäjä"
    assert vaino.phones == ("+358407651111", "+35898765432")
    assert kaisa.kind == "private" and kaisa.phones == ("+358502223333",)


def test_vcard_30_folded_lines_and_several_emails(register: Register) -> None:
    _, preview = _preview(register, "contacts_v30.vcf")
    liisa = preview.rows[0].record
    assert liisa.title == "Projektipäällikkö ja asennustöiden vastaava työnjohtaja"
    assert liisa.company == "Saimaan Sähkötyö Oy"
    assert len(liisa.emails) == 2 and len(liisa.phones) == 2
    assert liisa.street == "Satamakatu 5, 2. krs" and liisa.postcode == "57100"


def test_vcard_40(register: Register) -> None:
    _, preview = _preview(register, "contacts_v40.vcf")
    asa = preview.rows[0].record
    assert (asa.first_name, asa.last_name, asa.title) == ("Åsa", "Lindqvist", "VD")
    assert asa.phones == ("+358501234567",) and asa.language == "sv"
    assert asa.city == "Vasa" and asa.country == "FI"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Yritys", "Y-tunnus", "Kieli"],
            ["first_name", "last_name", "email", "phone", "company", "business_id", "language"],
        ),
        (
            ["Förnamn", "Efternamn", "E-post", "Telefon", "Företag", "Postnummer", "Postort"],
            ["first_name", "last_name", "email", "phone", "company", "postcode", "city"],
        ),
        (
            ["Name", "E-mail 1 - Type", "E-mail 1 - Value", "Address 1 - Formatted"],
            ["full_name", "ignore", "email", "ignore"],
        ),
        (
            ["Title", "First Name", "Job Title", "Home Postal Code", "Business Country/Region"],
            ["ignore", "first_name", "title", "postcode", "country"],
        ),
        (["Markkinointilupa", "Lisätiedot", "Postitoimipaikka"], ["consent", "notes", "city"]),
    ],
)
def test_header_guesses(headers: list[str], expected: list[str]) -> None:
    assert [f.value for f in guess_mapping(headers)] == expected


def test_user_corrected_mapping_is_used(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "oma.csv"
    path.write_text("Kuka;Minne\nAino Virtanen;aino@example.fi\n", encoding="utf-8")
    src = register.io.read(path)
    assert set(src.mapping) == {ImportField.IGNORE}
    register.io.suppression = lambda email, phone: False
    preview = register.io.preview(src, [ImportField.FULL_NAME, ImportField.EMAIL])
    rec = preview.rows[0].record
    assert (rec.first_name, rec.last_name, rec.emails) == ("Aino", "Virtanen", ("aino@example.fi",))


@pytest.mark.parametrize(
    "address",
    [
        "Aino.Virtanen@Example.FI",
        "a+b@sub.example.fi",
        "o'brien@example.com",
        "äiti@example.fi",
        "x@bücher.example",
        '"quoted name"@example.fi',
        "bad..dots@example.fi",
        "no-at-sign",
        "trailing.@example.fi",
        "a@-bad-.fi",
        "a@localhost",
    ],
)
def test_fast_email_agrees_with_the_validator(address: str) -> None:
    from rekisteri.core.io.records import fast_email
    from rekisteri.core.validation import FieldError, normalize_email

    try:
        expected: str | None = normalize_email(address)
    except FieldError:
        expected = None
    try:
        got: str | None = fast_email(address)
    except FieldError:
        got = None
    assert got == expected


def test_line_numbers_and_google_multi_values(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "google_multi.csv"
    path.write_text(
        "Given Name,Family Name,Notes,E-mail 1 - Value,Phone 1 - Value\n"
        '\n"Aino","Virtanen","two\nlines","a@example.fi ::: b@example.fi",'
        '"040 111 2222 ::: 050 333 4444"\n'
        "Eino,Laine,,eino@example.fi,\n",
        encoding="utf-8",
    )
    register.io.suppression = lambda email, phone: False
    preview = register.io.preview(register.io.read(path))
    aino, eino = (r.record for r in preview.rows)
    assert aino.emails == ("a@example.fi", "b@example.fi")
    assert aino.phones == ("+358401112222", "+358503334444")
    assert (aino.line, eino.line) == (3, 5)
