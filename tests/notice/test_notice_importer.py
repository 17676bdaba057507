"""Import of hand-made notices: the five seeds, Markdown and HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from rekisteri.core.notice.document import SectionKey as K
from rekisteri.core.notice.importer import classify_heading, import_notice

REPO_ROOT = Path(__file__).resolve().parents[2]


def _seeds_dir() -> Path | None:
    """`shared/seeds` beside the clone (CI), or beside any folder above it (worktrees)."""
    for parent in REPO_ROOT.parents:
        candidate = parent / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


SEEDS = _seeds_dir()


def _seed(prefix: str) -> str:
    if SEEDS is None:
        pytest.skip("shared/seeds is not beside the repository; the seed notices are not ours")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _placed(result) -> list[tuple[str, tuple[K, ...]]]:
    return [(s.title, s.all_keys()) for s in result.document.sections]


def _codes(result) -> set[str]:
    return {f.code for f in result.findings if f.severity == "warning"}


def test_seed_000_two_registers_in_one() -> None:
    result = import_notice(_seed("000"))
    keys = [keys for _, keys in _placed(result)]
    assert keys[:11] == [
        (K.CONTROLLER,), (K.CONTACT_PERSON,), (K.REGISTER_NAME,), (K.PURPOSES_LEGAL_BASIS,),
        (K.DATA_CATEGORIES,), (K.RETENTION,), (K.DATA_SOURCES,), (K.RECIPIENTS_PROCESSORS,),
        (K.TRANSFERS,), (K.SECURITY,), (K.RIGHTS,),
    ]  # fmt: skip
    titles = dict(_placed(result))
    assert titles["Rekisteröidyn oikeus tehdä valitus valvontaviranomaiselle"] == (K.COMPLAINT,)
    assert titles["Muut oikeudet"] == (K.RIGHTS, K.WITHDRAW_CONSENT)
    assert titles["Rekisterin suojaus ja tietojen säilytysaika"] == (K.SECURITY, K.RETENTION)
    assert titles["Päivitetty 6.4.2018"] == (K.LAST_UPDATED,)
    assert len(result.document.sections) == 28
    # The closing "Yhteydenotot" paragraph is the contact section, not unplaced text.
    assert titles["Yhteydenotot"] == (K.CONTACT_PERSON,)
    assert result.unplaced == ("Pro-Stories Oy:n väliaikainen markkinointirekisteri",)
    assert result.missing == (
        K.LEGITIMATE_INTERESTS,
        K.DIRECT_MARKETING,
        K.STATUTORY_REQUIREMENT,
        K.AUTOMATED_DECISIONS,
    )
    assert "repealed_law" not in _codes(result)
    # The body keeps its bullets as the light markup's list items.
    purposes = result.document.find(K.PURPOSES_LEGAL_BASIS)
    assert purposes.body.count("\n- ") == 3


COOKIES = "Automaattinen tiedonkeräys ja tunnistetietojen käsittely nettisivulla"


def test_seed_001_unnumbered_with_cookie_section() -> None:
    result = import_notice(_seed("001"))
    assert _placed(result) == [
        ("Rekisterinpitäjä", (K.CONTROLLER,)),
        ("Yhteyshenkilö rekisteriä koskevassa asiassa", (K.CONTACT_PERSON,)),
        ("Rekisterin nimi", (K.REGISTER_NAME,)),
        ("Rekisterin pitämisen peruste", (K.PURPOSES_LEGAL_BASIS,)),
        ("Henkilötietojen käsittelyn ja asiakasrekisterin käyttötarkoitus",
         (K.PURPOSES_LEGAL_BASIS,)),
        ("Asiakasrekisterin tietosisältö", (K.DATA_CATEGORIES,)),
        ("Asiakasrekisterin säännönmukaiset tietolähteet", (K.DATA_SOURCES,)),
        ("Säännönmukaiset tietojen luovutukset", (K.RECIPIENTS_PROCESSORS,)),
        ("Tietojen siirto EU:n tai Euroopan talousalueen ulkopuolelle", (K.TRANSFERS,)),
        ("Kielto- ja tarkastusoikeus", (K.RIGHTS,)),
        ("Asiakasrekisterin suojauksen periaatteet", (K.SECURITY,)),
        (COOKIES, (K.CUSTOM,)),
    ]  # fmt: skip
    assert result.unplaced == (
        "Automaattinen tiedonkeräys ja tunnistetietojen käsittely nettisivulla",
    )
    assert result.missing == (
        K.LEGITIMATE_INTERESTS, K.RETENTION, K.DIRECT_MARKETING, K.WITHDRAW_CONSENT,
        K.COMPLAINT, K.STATUTORY_REQUIREMENT, K.AUTOMATED_DECISIONS,
    )  # fmt: skip
    assert {"repealed_law", "transfer_text_no_safeguard", "right_portability"} <= _codes(result)
    assert "523/99" in result.preamble


def test_seed_002_web_page_with_banner_and_date() -> None:
    result = import_notice(_seed("002"))
    assert [keys for _, keys in _placed(result)] == [
        (K.CONTROLLER,), (K.CONTACT_PERSON,), (K.REGISTER_NAME,), (K.PURPOSES_LEGAL_BASIS,),
        (K.DATA_CATEGORIES,), (K.RETENTION,), (K.DATA_SOURCES,), (K.RECIPIENTS_PROCESSORS,),
        (K.TRANSFERS,), (K.SECURITY,), (K.RIGHTS,), (K.RIGHTS,), (K.LAST_UPDATED,),
    ]  # fmt: skip
    titles = [t for t, _ in _placed(result)]
    assert titles[1] == "Rekisteriasioista vastaava yhteyshenkilö"
    assert titles[5] == "Säilytys"
    assert titles[-1] == "24.5.2018"
    # One-line list items of the data section stay body text.
    categories = result.document.find(K.DATA_CATEGORIES)
    assert "Koulutustodistukset" in categories.body
    assert "Kalenterimerkinnät (outlook, puhelin)" in categories.body
    assert result.unplaced == ()
    assert result.missing == (
        K.LEGITIMATE_INTERESTS, K.DIRECT_MARKETING, K.WITHDRAW_CONSENT, K.COMPLAINT,
        K.STATUTORY_REQUIREMENT, K.AUTOMATED_DECISIONS,
    )  # fmt: skip
    assert {"repealed_law", "transfer_text_no_safeguard", "right_direct_marketing"} <= _codes(
        result
    )


def test_seed_003_numbered_with_unnumbered_transfer_heading() -> None:
    result = import_notice(_seed("003"))
    assert [keys for _, keys in _placed(result)] == [
        (K.CONTROLLER,), (K.CONTACT_PERSON,), (K.REGISTER_NAME,), (K.PURPOSES_LEGAL_BASIS,),
        (K.DATA_CATEGORIES,), (K.DATA_SOURCES,), (K.RECIPIENTS_PROCESSORS,), (K.TRANSFERS,),
        (K.SECURITY,), (K.RIGHTS,), (K.LAST_UPDATED,),
    ]  # fmt: skip
    security = result.document.find(K.SECURITY)
    assert security.body.startswith("Manuaalinen aineisto")  # a sub-heading stays inside
    assert result.unplaced == ()
    assert result.missing == (
        K.LEGITIMATE_INTERESTS, K.RETENTION, K.DIRECT_MARKETING, K.WITHDRAW_CONSENT,
        K.COMPLAINT, K.STATUTORY_REQUIREMENT, K.AUTOMATED_DECISIONS,
    )  # fmt: skip
    assert {"repealed_law", "transfer_text_no_safeguard"} <= _codes(result)


def test_seed_004_combined_controller_heading() -> None:
    result = import_notice(_seed("004"))
    assert _placed(result)[:2] == [
        ("Rekisterinpitäjä ja yhteyshenkilö", (K.CONTROLLER, K.CONTACT_PERSON)),
        (
            "Henkilötietojen käsittelyn tarkoitus ja käsittelyperuste",
            (K.PURPOSES_LEGAL_BASIS, K.AUTOMATED_DECISIONS),
        ),
    ]
    assert [keys[0] for _, keys in _placed(result)][2:] == [
        K.DATA_CATEGORIES, K.DATA_SOURCES, K.RECIPIENTS_PROCESSORS, K.TRANSFERS, K.RETENTION,
        K.SECURITY, K.RIGHTS, K.RIGHTS, K.RIGHTS,
    ]  # fmt: skip
    assert result.unplaced == ()
    assert result.missing == (
        K.LEGITIMATE_INTERESTS, K.DIRECT_MARKETING, K.WITHDRAW_CONSENT, K.COMPLAINT,
        K.STATUTORY_REQUIREMENT,
    )  # fmt: skip
    assert "privacy_shield" in _codes(result)


def test_markdown_and_html_headings() -> None:
    md = (
        "# Tietosuojaseloste\n\n## 1. Personuppgiftsansvarig\n\nFöretaget Ab\n\n"
        "## Cookies on our site\n\nWe use none.\n\n## Your rights\n\n- access\n- erasure\n"
    )
    result = import_notice(md, language="sv")
    assert _placed(result) == [
        ("Personuppgiftsansvarig", (K.CONTROLLER,)),
        ("Cookies on our site", (K.CUSTOM,)),
        ("Your rights", (K.RIGHTS,)),
    ]
    assert result.preamble == "Tietosuojaseloste"
    assert result.document.find(K.RIGHTS).body == "- access\n- erasure"

    html = (
        "<html><body><h1>Privacy notice</h1><h2>Controller</h2><p>Firm &amp; Co</p>"
        "<h2>How long the data is kept</h2><ul><li>5 <b>years</b></li></ul>"
        "<script>var x = 1;</script></body></html>"
    )
    result = import_notice(html, language="en")
    assert _placed(result) == [
        ("Controller", (K.CONTROLLER,)),
        ("How long the data is kept", (K.RETENTION,)),
    ]
    assert result.document.find(K.CONTROLLER).body == "Firm & Co"
    assert result.document.find(K.RETENTION).body == "- 5 **years**"


@pytest.mark.parametrize(
    ("heading", "keys"),
    [
        ("Oikeus tehdä valitus valvontaviranomaiselle", (K.COMPLAINT,)),
        ("Käsittelyn oikeusperuste", (K.PURPOSES_LEGAL_BASIS,)),  # not "oikeudet"
        ("Oikeus kieltää suoramarkkinointi", (K.DIRECT_MARKETING,)),
        ("Rätt att förbjuda direktmarknadsföring", (K.DIRECT_MARKETING,)),
        ("Rekisteröidyn oikeudet", (K.RIGHTS,)),
        ("Dataskyddsombud", (K.DPO,)),
        ("Rätt att återkalla samtycke", (K.WITHDRAW_CONSENT,)),
        ("Automated decision-making and profiling", (K.AUTOMATED_DECISIONS,)),
        ("Koulutustodistukset", ()),
    ],
)
def test_heading_vocabulary(heading, keys) -> None:
    assert classify_heading(heading) == keys
