"""Import of notices in the shapes web editors produce: tables, rules, sub-headings."""

from __future__ import annotations

from rekisteri.core.notice.document import SectionKey as K
from rekisteri.core.notice.import_markdown import normalize
from rekisteri.core.notice.importer import import_notice
from rekisteri.core.notice.markup import body_to_html

MARKDOWN_FI = """# Tietosuojaseloste

Päivitetty viimeksi: 3.2.2025

## 1. Rekisterinpitäjä

Valokuvaamo Kuusela, Y-tunnus `1234567-8`
Rantakatu 4, 90100 Oulu

---

## 2. Mitä tietoja käsittelemme

| Tieto | Mistä saadaan |
|-------|---------------|
| Nimi | asiakkaalta |
| Sähköposti | asiakkaalta |

## 3. Tietojen säilyttäminen

### 3.1 Asiakastiedot

Säilytämme asiakkaan tiedot kaksi vuotta viimeisestä kuvauksesta.

### 3.2 Kirjanpito

Laskut säilytetään kuusi vuotta.

**Huomio**

Varmuuskopiot tyhjenevät 30 päivässä.

## 4. Rekisteröidyn oikeudet

Sinulla on oikeus tarkastaa tietosi.
"""


def _placed(result) -> list[tuple[str, tuple[K, ...]]]:
    return [(s.title, s.all_keys()) for s in result.document.sections]


def test_markdown_tables_rules_code_and_sub_headings() -> None:
    result = import_notice(MARKDOWN_FI, language="fi")
    assert _placed(result) == [
        ("Rekisterinpitäjä", (K.CONTROLLER,)),
        ("Mitä tietoja käsittelemme", (K.DATA_CATEGORIES,)),
        ("Tietojen säilyttäminen", (K.RETENTION,)),
        ("Rekisteröidyn oikeudet", (K.RIGHTS,)),
        ("Päivitetty viimeksi: 3.2.2025", (K.LAST_UPDATED,)),
    ]
    assert result.preamble.startswith("Tietosuojaseloste")
    assert result.left_out == ""  # title and date are both accounted for
    assert result.unplaced == ()
    everything = "\n".join(s.body for s in result.document.sections)
    for raw in ("|", "---", "`", "###"):
        assert raw not in everything
    data = result.document.find(K.DATA_CATEGORIES).body
    assert "- Nimi: asiakkaalta" in data
    assert "<strong>Tieto – Mistä saadaan</strong>" in body_to_html(data)
    retention = result.document.find(K.RETENTION).body
    assert "**3.1 Asiakastiedot**" in retention and "**3.2 Kirjanpito**" in retention
    assert "kuusi vuotta" in retention and "30 päivässä" in retention
    assert K.PURPOSES_LEGAL_BASIS in result.missing and K.COMPLAINT in result.missing
    assert K.RETENTION not in result.missing and K.RIGHTS not in result.missing


PLAIN_SV = """Dataskyddsbeskrivning

Personuppgiftsansvarig
Översättningsbyrå Lind, Storgatan 2, 65100 Vasa. E-post: info@lind.example.

Ändamål och rättslig grund
Vi behandlar uppgifterna för att fullgöra avtalet med kunden och för att skicka fakturor.

Hur länge uppgifterna sparas
Kunduppgifterna sparas i två år efter det senaste uppdraget, fakturorna i sex år.

Kontakt
Frågor om behandlingen besvaras av Anna Lind, telefon 040 123 4567, vardagar.

Datum: 12.5.2024
"""


def test_plain_unnumbered_swedish_with_date_line() -> None:
    result = import_notice(PLAIN_SV, language="sv")
    titles = _placed(result)
    assert titles[:3] == [
        ("Personuppgiftsansvarig", (K.CONTROLLER,)),
        ("Ändamål och rättslig grund", (K.PURPOSES_LEGAL_BASIS,)),
        ("Hur länge uppgifterna sparas", (K.RETENTION,)),
    ]
    assert ("Kontakt", (K.CONTACT_PERSON,)) in titles  # the closing contact paragraph
    assert "Anna Lind" in result.document.find(K.CONTACT_PERSON).body
    assert "Anna Lind" not in result.document.find(K.RETENTION).body
    assert ("Datum: 12.5.2024", (K.LAST_UPDATED,)) in titles
    assert result.preamble == "Dataskyddsbeskrivning"
    assert "Dataskyddsbeskrivning" not in [t for t, _ in titles]
    assert K.RIGHTS in result.missing and K.COMPLAINT in result.missing
    # Nothing is dropped: each line of the text is in a section or the preamble.
    kept = result.preamble + "\n".join(f"{s.title}\n{s.body}" for s in result.document.sections)
    assert "vardagar" in kept and "sex år" in kept


def test_bold_only_lines_are_headings_in_plain_text() -> None:
    text = (
        "**Rekisterinpitäjä**\n\nKäännöstoimisto Lind, Oulu.\n\n"
        "**Rekisteröidyn oikeudet**\n\nVoit pyytää tietojesi poistamista.\n"
    )
    result = import_notice(text, language="fi")
    assert _placed(result) == [
        ("Rekisterinpitäjä", (K.CONTROLLER,)),
        ("Rekisteröidyn oikeudet", (K.RIGHTS,)),
    ]


def test_html_table_and_sub_heading() -> None:
    html = (
        "<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Toiminimi Koski</p>"
        "<h2>Tietojen säilytys</h2><h3>5.1 Laskut</h3><p>Kuusi vuotta.</p>"
        "<h2>Oikeutesi</h2><p>Voit tarkastaa tietosi.</p>"
    )
    result = import_notice(html, language="fi")
    assert _placed(result) == [
        ("Rekisterinpitäjä", (K.CONTROLLER,)),
        ("Tietojen säilytys", (K.RETENTION,)),
        ("Oikeutesi", (K.RIGHTS,)),
    ]
    assert result.document.find(K.RETENTION).body.startswith("**5.1 Laskut**")


def test_setext_headings_and_a_lone_rule() -> None:
    assert normalize("Rekisterinpitäjä\n================\nteksti") == "# Rekisterinpitäjä\nteksti"
    assert normalize("kappale.\n\n***\n\nseuraava") == "kappale.\n\n\n\nseuraava"


NUMBERED_FI = """TIETOSUOJASELOSTE
Päivämäärä: 1.3.2024

1. Rekisterinpitäjä
Toiminimi Vainio, Kauppakatu 1, Jyväskylä

2. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste
Käsittelemme tietoja asiakassuhteen hoitamiseksi.

3. Säilytysaika
3.1 Asiakastiedot
Kaksi vuotta.
3.2 Laskut
Kuusi vuotta.

4. Rekisteröidyn oikeudet
Voit tarkastaa tietosi.
"""


def test_numbered_plain_text_with_sub_headings_and_title() -> None:
    result = import_notice(NUMBERED_FI, language="fi")
    assert _placed(result) == [
        ("Rekisterinpitäjä", (K.CONTROLLER,)),
        # "oikeusperuste" is the legal basis, not the rights
        ("Henkilötietojen käsittelyn tarkoitus ja oikeusperuste", (K.PURPOSES_LEGAL_BASIS,)),
        ("Säilytysaika", (K.RETENTION,)),
        ("Rekisteröidyn oikeudet", (K.RIGHTS,)),
        ("Päivämäärä: 1.3.2024", (K.LAST_UPDATED,)),
    ]
    assert result.preamble.startswith("TIETOSUOJASELOSTE")
    retention = result.document.find(K.RETENTION).body
    assert "**3.1 Asiakastiedot**" in retention and "**3.2 Laskut**" in retention
    assert K.COMPLAINT in result.missing and K.DIRECT_MARKETING in result.missing


def test_unnumbered_heading_after_a_list_and_a_closing_contact() -> None:
    text = (
        "Rekisterinpitäjä\n\nTmi Sara Niemi, Oulu.\n\n"
        "Käsiteltävät henkilötiedot\n\nKäsittelemme seuraavia tietoja:\n\n- nimi\n- sähköposti\n\n"
        "Uutiskirjeen tilaajat\n\n"
        "Uutiskirjettä varten tallennamme sähköpostiosoitteen ja tilauspäivän, kunnes tilaus "
        "perutaan.\n\n"
        "Yhteystiedot\n\nTietosuoja-asioissa vastaa Sara Niemi, sara@niemi.example, 040 111 2222.\n"
    )
    result = import_notice(text, language="fi")
    assert _placed(result) == [
        ("Rekisterinpitäjä", (K.CONTROLLER,)),
        ("Käsiteltävät henkilötiedot", (K.DATA_CATEGORIES,)),
        ("Uutiskirjeen tilaajat", (K.CUSTOM,)),
        ("Yhteystiedot", (K.CONTACT_PERSON,)),
    ]
    assert result.unplaced == ("Uutiskirjeen tilaajat",)  # shown for the user's decision
    assert result.document.find(K.DATA_CATEGORIES).body.endswith("- nimi\n- sähköposti")


def test_a_closing_contact_paragraph_becomes_the_contact_section() -> None:
    text = (
        "## Personuppgiftsansvarig\n\nCoachning Berg, Åbo.\n\n"
        "## Dina rättigheter\n\nDu har rätt att få tillgång till dina uppgifter.\n\n"
        "Frågor om dataskyddet besvaras av Eva Berg, eva@berg.example.\n"
    )
    result = import_notice(text, language="sv")
    assert _placed(result) == [
        ("Personuppgiftsansvarig", (K.CONTROLLER,)),
        ("Dina rättigheter", (K.RIGHTS,)),
        ("Kontaktperson i ärenden som gäller registret", (K.CONTACT_PERSON,)),
    ]
    assert "Eva Berg" not in result.document.find(K.RIGHTS).body
    assert result.document.find(K.CONTACT_PERSON).body.startswith("Frågor om dataskyddet")
    recommended = {f.section_key for f in result.findings if f.code == "recommended"}
    assert K.CONTACT_PERSON not in recommended and K.REGISTER_NAME in recommended


def test_unnumbered_sub_heading_in_a_numbered_notice_stays_inside_bold() -> None:
    text = (
        "1. Rekisterinpitäjä\nKuvaamo Aalto, Turku.\n\n"
        "2. Tietojen suojaus\nPaperit ovat lukitussa kaapissa.\n\n"
        "Sähköiset tiedot\n\n"
        "Asiakastiedot ovat salasanalla suojatulla tietokoneella, jota käyttää vain yrittäjä.\n\n"
        "Tietoja käytetään\n\n"
        "- laskutukseen, joka tehdään kerran kuukaudessa kaikille asiakkaille\n\n"
        "3. Rekisteröidyn oikeudet\nVoit tarkastaa tietosi.\n"
    )
    result = import_notice(text, language="fi")
    assert [k for _, k in _placed(result)] == [(K.CONTROLLER,), (K.SECURITY,), (K.RIGHTS,)]
    security = result.document.find(K.SECURITY).body
    assert "**Sähköiset tiedot**" in security
    assert "**Tietoja käytetään**" not in security and "Tietoja käytetään" in security
