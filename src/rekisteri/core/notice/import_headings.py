"""Which checklist items a heading (or a body) of an imported notice is about.

Finnish, Swedish and English wording as the seed notices write it: a heading may name
several items ("Rekisterin pitäjä ja yhteyshenkilö"); a body may settle an item its
heading does not name ("Muut oikeudet" explaining how to withdraw consent).
"""

from __future__ import annotations

import re

from rekisteri.core.notice.document import SectionKey

K = SectionKey

#: Heading vocabulary per checklist item (lower-case regular expressions, fi/sv/en).
HEADING_PATTERNS: tuple[tuple[SectionKey, str], ...] = (
    (
        K.CONTROLLER,
        r"rekisterinpitäjä\b|rekisterin pitäjä\b|personuppgiftsansvarig|"
        r"registeransvarig|\bcontroller\b",
    ),
    (
        K.CONTACT_PERSON,
        r"yhteyshenkilö|kontaktperson|contact person|^(yhteystiedot|yhteydenotot|ota yhteyttä|"
        r"kontakt|kontaktuppgifter|kontakta oss|contact|contact us|contact details)$",
    ),
    (K.DPO, r"tietosuojavastaava|dataskyddsombud|data protection officer|\bdpo\b"),
    (K.REGISTER_NAME, r"rekisterin nimi|registrets namn|name of the register|register name"),
    (
        K.PURPOSES_LEGAL_BASIS,
        r"tarkoitu|käsittelyperuste|oikeusperuste|pitämisen peruste|"
        r"käsittelyn peruste|ändamål|rättslig grund|purpose|legal basis|lawful basis",
    ),
    (
        K.LEGITIMATE_INTERESTS,
        r"oikeutettu etu|oikeutetut edut|berättigat intresse|"
        r"berättigade intressen|legitimate interest",
    ),
    (
        K.DATA_CATEGORIES,
        r"tietosisältö|tietokent|rekisteröitävät tiedot|käsiteltävät henkilötiedot|"
        r"mitä tietoja|tietoryhm|registrets innehåll|uppgifter vi behandlar|vilka uppgifter|"
        r"kategori|categories|what data|data we process|data collected",
    ),
    (
        K.DATA_SOURCES,
        r"tietolähte|mistä tiedot|varifrån|källor|uppgiftskällor|\bsources?\b|"
        r"where the data comes",
    ),
    (
        K.RECIPIENTS_PROCESSORS,
        r"luovut|vastaanottaj|käsittelijät|mottagare|utlämna|biträde|"
        r"recipient|disclos|\bprocessors\b",
    ),
    (
        K.TRANSFERS,
        r"ulkopuol|eta-alue|utanför|outside the eu|outside the eea|third countr|"
        r"tredje land|kolmansiin maihin|överföring|\btransfers?\b",
    ),
    (
        K.RETENTION,
        r"säilyt|lagringstid|bevarande|hur länge|\bsparas\b|retention|how long|"
        r"kuinka kauan|storage period",
    ),
    (
        K.SECURITY,
        r"suojau|tietoturv|suojat|skyddas|skydd av|säkerhet|security|"
        r"how the data is protected",
    ),
    (
        K.RIGHTS,
        # "oikeusperuste" (legal basis) and "oikeutettu etu" are not rights
        r"oikeu(?!sperust|tet|dellinen|dellise)|tarkastus|tarkistus|kielto|korjaa|oikais|"
        r"rättighet|rätt att|rätt till|"
        r"\brights?\b",
    ),
    (K.DIRECT_MARKETING, r"suoramarkkinoin|suoramainon|direktmarknadsför|direct marketing"),
    (K.WITHDRAW_CONSENT, r"suostumuksen peru|peruuttaa suostumu|återkalla|withdraw"),
    (
        K.COMPLAINT,
        r"valitus|valvontaviranomai|klago|klaga|tillsynsmyndighet|complain|"
        r"supervisory",
    ),
    (
        K.STATUTORY_REQUIREMENT,
        r"pakollis|lakisääteinen vaatimus|obligatorisk|required by law|"
        r"statutory|is giving the data required",
    ),
    (
        K.AUTOMATED_DECISIONS,
        r"automaattinen päätö|automaattista päätö|profilo|"
        r"automatiserat beslut|profilering|automated decision|profiling",
    ),
    (
        K.LAST_UPDATED,
        r"^päivitetty|laatimispäivä|päiväys|^päivämäärä|uppdaterad|last updated|^updated",
    ),
)
_COMPILED = tuple((key, re.compile(p, re.IGNORECASE)) for key, p in HEADING_PATTERNS)

#: A heading naming one of these items is about that item only, not also about `RIGHTS`
#: or `SECURITY` ("Oikeus tehdä valitus", "Dataskyddsombud").
_EXCLUSIVE: dict[SectionKey, tuple[SectionKey, ...]] = {
    K.LEGITIMATE_INTERESTS: (K.RIGHTS,),
    K.COMPLAINT: (K.RIGHTS,),
    K.WITHDRAW_CONSENT: (K.RIGHTS,),
    K.DIRECT_MARKETING: (K.RIGHTS,),  # Art. 21(4): the objection's own section
    K.DPO: (K.SECURITY, K.CONTACT_PERSON),
}

#: Items a section's body may settle even when its heading is about something else
#: (seed practice: "Muut oikeudet" explains withdrawing consent).
BODY_PATTERNS: tuple[tuple[SectionKey, re.Pattern[str]], ...] = (
    # "Emme siirrä tietoja EU:n ulkopuolelle" under "Tietojen luovutus" states the transfers.
    (K.TRANSFERS, re.compile(
        r"(eu|eta|ees|eea)[:\w]*\s+(?:\w+\s+){0,3}(ulkopuol|utanför)|outside the (eu|eea)|"
        r"utanför (eu|ees)", re.I)),
    (K.WITHDRAW_CONSENT, re.compile(
        r"peruuttaa suostumu|perua suostumu|suostumuksen(sa)? peru|återkalla|withdraw", re.I)),
    (K.COMPLAINT, re.compile(
        r"valvontaviranomai|tietosuojavaltuutet|tillsynsmyndighet|dataombudsman|"
        r"supervisory authority|data protection ombudsman", re.I)),
    (K.AUTOMATED_DECISIONS, re.compile(
        r"automaattiseen päätöksen|automaattisia päätöksiä|profiloi|automatiserat beslut|"
        r"automated decision", re.I)),
    (K.LEGITIMATE_INTERESTS, re.compile(
        r"oikeutettu etu|oikeutettuun etuun|berättigat intresse|legitimate interest", re.I)),
)  # fmt: skip


def classify_heading(text: str) -> tuple[SectionKey, ...]:
    """Checklist items a heading names, in the order they appear in it."""
    hits: list[tuple[int, SectionKey]] = []
    for key, pattern in _COMPILED:
        m = pattern.search(text)
        if m:
            hits.append((m.start(), key))
    keys = [key for _, key in sorted(hits, key=lambda h: h[0])]
    for winner, losers in _EXCLUSIVE.items():
        if winner in keys:
            keys = [k for k in keys if k not in losers]
    return tuple(keys)


def body_covers(body: str) -> tuple[SectionKey, ...]:
    return tuple(key for key, pattern in BODY_PATTERNS if pattern.search(body))
