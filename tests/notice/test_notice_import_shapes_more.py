"""More imported notices of our own: a Markdown table, Swedish plain text, a web page.

Markdown with a table, rules, bold-only lines, inline code and numbered sub-headings;
unnumbered plain text with a title line, a date line and a closing contact paragraph;
a web page. Finnish and Swedish. Each heading's place and each missing item is asserted.
"""

from __future__ import annotations

from rekisteri.core.notice.document import SectionKey as K
from rekisteri.core.notice.importer import import_notice

MARKDOWN_FI = """Tietosuojaseloste
=================

Päivitetty viimeksi: 3.3.2025

## 1. Rekisterinpitäjä

Kuvaamo Lahtinen Tmi, `kuvaamo@example.fi`

---

## Käsittelyn tarkoitus ja oikeusperuste

**Tarkoitukset:**

- Asiakassuhde: sopimus
- Uutiskirje: suostumus

## 3. Säilytysaika

| Tieto | Kuinka kauan |
|---|---|
| Asiakastiedot | 5 vuotta asiakkuuden päättymisestä |
| Laskut | 6 vuotta |

### 3.1 Varmuuskopiot

Varmuuskopiot poistuvat *kuukauden* kuluessa.

## 4. Sinun oikeutesi

Voit pyytää tietojesi poistamista ja oikaisua.
"""


def _placed(result) -> list[tuple[str, tuple[K, ...]]]:
    return [(s.title, s.all_keys()) for s in result.document.sections]


def test_markdown_with_a_table_rules_bold_headings_and_sub_headings() -> None:
    result = import_notice(MARKDOWN_FI, "fi")
    assert _placed(result) == [
        ("Rekisterinpitäjä", (K.CONTROLLER,)),
        ("Käsittelyn tarkoitus ja oikeusperuste", (K.PURPOSES_LEGAL_BASIS,)),
        ("Säilytysaika", (K.RETENTION,)),
        ("Sinun oikeutesi", (K.RIGHTS,)),
        ("Päivitetty viimeksi: 3.3.2025", (K.LAST_UPDATED,)),
    ]
    doc = result.document
    text = "\n".join(s.body for s in doc.sections)
    for raw in ("|", "---", "`", "==="):
        assert raw not in text, raw
    retention = doc.find(K.RETENTION).body
    assert "- Asiakastiedot: 5 vuotta asiakkuuden päättymisestä" in retention
    assert "- Laskut: 6 vuotta" in retention
    assert "**Tarkoitukset:**" in doc.find(K.PURPOSES_LEGAL_BASIS).body  # bold, not raw
    assert "**3.1 Varmuuskopiot**" in retention  # the sub-heading stays inside section 3
    assert "kuukauden kuluessa" in retention and "*kuukauden*" not in retention
    assert doc.find(K.CONTROLLER).body == "Kuvaamo Lahtinen Tmi, kuvaamo@example.fi"
    assert result.preamble.startswith("# Tietosuojaseloste") or "Tietosuojaseloste" in (
        result.preamble
    )
    assert result.unplaced == ()
    assert K.DIRECT_MARKETING in result.missing and K.COMPLAINT in result.missing
    assert K.RETENTION not in result.missing and K.LAST_UPDATED not in result.missing


PLAIN_SV = """Dataskyddsbeskrivning

Senast uppdaterad: 12.2.2025

Personuppgiftsansvarig
Tolkbyrå Nyström Ab, Storgatan 4, 65100 Vasa.

Ändamål och rättslig grund
Vi behandlar uppgifterna för att sköta kundrelationen (avtal) och för bokföringen (lag).

Hur länge uppgifterna sparas
Kunduppgifter sparas fem år efter senaste kontakt.

Mer om våra tjänster

Vi översätter juridiska och tekniska texter mellan svenska, finska och engelska för företag.

Frågor om dataskyddet besvarar Anna Nyström, anna@example.fi, tfn 040 123 4567.
"""


def test_unnumbered_plain_text_with_title_date_and_contact_paragraph() -> None:
    result = import_notice(PLAIN_SV, "sv")
    assert _placed(result) == [
        ("Personuppgiftsansvarig", (K.CONTROLLER,)),
        ("Ändamål och rättslig grund", (K.PURPOSES_LEGAL_BASIS,)),
        ("Hur länge uppgifterna sparas", (K.RETENTION,)),
        ("Mer om våra tjänster", (K.CUSTOM,)),
        ("Kontaktperson i ärenden som gäller registret", (K.CONTACT_PERSON,)),
        ("Senast uppdaterad: 12.2.2025", (K.LAST_UPDATED,)),
    ]
    assert "anna@example.fi" in result.document.find(K.CONTACT_PERSON).body
    assert "anna@example.fi" not in result.document.sections[3].body
    assert result.unplaced == ("Mer om våra tjänster",)  # shown to the user, not dropped
    assert result.missing == (
        K.LEGITIMATE_INTERESTS, K.DATA_CATEGORIES, K.DATA_SOURCES, K.RECIPIENTS_PROCESSORS,
        K.TRANSFERS, K.RIGHTS, K.DIRECT_MARKETING, K.WITHDRAW_CONSENT, K.COMPLAINT,
        K.STATUTORY_REQUIREMENT, K.AUTOMATED_DECISIONS,
    )  # fmt: skip


WEB_PAGE_FI = """<html><body><nav>Etusivu » Tietosuoja</nav>
<h1>Tietosuojaseloste</h1>
<p>Tämä seloste koskee verkkokauppamme asiakkaita.</p>
<h2>Rekisterinpitäjä</h2><p>Puoti Oy</p>
<h2>Mitä tietoja käsittelemme</h2>
<table><tr><th>Tieto</th><th>Miksi</th></tr><tr><td>Nimi</td><td>Toimitus</td></tr></table>
<h2>Oikeus kieltää suoramarkkinointi</h2><p>Voit kieltää markkinoinnin milloin tahansa.</p>
</body></html>"""


def test_web_page_shows_its_introduction_and_finds_the_objection_section() -> None:
    result = import_notice(WEB_PAGE_FI, "fi")
    placed = _placed(result)
    assert "verkkokauppamme" in result.preamble  # shown in the import dialog, not dropped
    assert placed[0:2] == [
        ("Rekisterinpitäjä", (K.CONTROLLER,)),
        ("Mitä tietoja käsittelemme", (K.DATA_CATEGORIES,)),
    ]
    assert placed[2][0] == "Oikeus kieltää suoramarkkinointi"
    assert K.DIRECT_MARKETING in placed[2][1]
    assert K.DIRECT_MARKETING not in result.missing
    body = result.document.find(K.DATA_CATEGORIES).body
    assert "|" not in body and "Nimi" in body


def test_an_html_table_keeps_its_cells_apart() -> None:
    html = (
        "<html><body><h2>Käsittelyn tarkoitus</h2><table><tr><th>Tarkoitus</th>"
        "<th>Peruste</th></tr><tr><td>Asiakkuus</td><td>sopimus</td></tr></table></body></html>"
    )
    body = import_notice(html, "fi").document.sections[0].body
    assert "- Asiakkuus: sopimus" in body and "Asiakkuussopimus" not in body


def test_a_denied_transfer_under_a_disclosure_heading_covers_transfers() -> None:
    for text, lang in (
        ("# Utlämnande och överföring\n\nUppgifter överförs inte utanför EU.\n", "sv"),
        ("# Tietojen luovutus\n\nEmme siirrä tietoja EU:n ulkopuolelle.\n", "fi"),
    ):
        result = import_notice(text, lang)
        assert K.TRANSFERS not in result.missing, lang
