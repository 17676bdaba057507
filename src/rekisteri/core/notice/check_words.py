"""Words the notice check looks for, in Finnish, Swedish and English.

Repealed law, transfers and their safeguards, the rights of Art. 15-21, and periods
("kaksi vuotta", "6 månader") to compare with the retention rules.
"""

from __future__ import annotations

import re

from rekisteri.core.i18n import QT_TRANSLATE_NOOP
from rekisteri.core.notice.templates import RetentionRuleLike

REPEALED_LAW = re.compile(
    r"\b523\s*/\s*(?:19)?99\b|\bhenkilötietola(?:ki|\w*)|\bpersonuppgiftslag\w*|"
    r"\bpersonal data act\b",
    re.IGNORECASE,
)
PRIVACY_SHIELD = re.compile(r"privacy\s+shield", re.IGNORECASE)

NEGATED_TRANSFER = re.compile(
    r"ei siirretä|emme siirrä|ei siirry|ei luovuteta|emme luovuta|överförs inte|"
    r"överför inte|lämnas inte ut|lämnar inte ut|överlåts inte|do not transfer|"
    r"is not transferred|are not transferred|no transfers?|not disclosed",
    re.IGNORECASE,
)
POSITIVE_TRANSFER = re.compile(
    r"voidaan siirtää|siirretään|saatetaan (siirtää|luovuttaa)|voidaan luovuttaa|"
    r"kan överföras|överförs till|may be transferred|are transferred|is transferred",
    re.IGNORECASE,
)
EXCEPTION = re.compile(r"\bellei\b|\bpaitsi\b|\bunless\b|\butom om\b|\bom inte\b", re.IGNORECASE)
SAFEGUARD = re.compile(
    r"vakiolausek|vakiosopimuslausek|mallisopimuslausek|standard contractual|"
    r"standardavtalsklausul|riittävyyspäätö|adequacy|adekvat skyddsnivå|"
    r"data privacy framework|tietosuojakehy|dataskyddsramverk|sitovat yrityssäännöt|"
    r"binding corporate|bindande företagsbestämmelser|\b46\s*art|artikla\s*46|article\s*46",
    re.IGNORECASE,
)

#: Each right of Art. 15-21 and words that show a text mentions it (fi, sv, en).
RIGHTS_VOCABULARY: dict[str, tuple[str, tuple[str, ...]]] = {
    "access": (
        QT_TRANSLATE_NOOP("NoticeCheck", "access to the data"),
        ("tarkast", "tarkist", "pääsy", "saada tietää", "kopio", "tillgång", "granska", "access"),
    ),
    "rectification": (
        QT_TRANSLATE_NOOP("NoticeCheck", "rectification"),
        ("oikais", "korja", "rätta", "rättelse", "rectif", "correct"),
    ),
    "erasure": (
        QT_TRANSLATE_NOOP("NoticeCheck", "erasure"),
        ("poist", "radera", "eras", "delet"),
    ),
    "restriction": (
        QT_TRANSLATE_NOOP("NoticeCheck", "restriction of processing"),
        ("rajoit", "begräns", "restrict"),
    ),
    "objection": (
        QT_TRANSLATE_NOOP("NoticeCheck", "objection to processing"),
        ("vastust", "invänd", "object"),
    ),
    "portability": (
        QT_TRANSLATE_NOOP("NoticeCheck", "data portability"),
        (
            "siirtää",
            "siirto-oikeus",
            "koneluettav",
            "portabilitet",
            "maskinläsbar",
            "portab",
            "machine-readable",
        ),
    ),
    "direct_marketing": (
        QT_TRANSLATE_NOOP("NoticeCheck", "objection to direct marketing"),
        ("suoramarkkin", "suoramainon", "direktmarknadsföring", "direct marketing"),
    ),
}

_NUMBER_WORDS = {
    "yksi": 1, "yhden": 1, "kaksi": 2, "kahden": 2, "kolme": 3, "kolmen": 3, "neljä": 4,
    "viisi": 5, "viiden": 5, "kuusi": 6, "kuuden": 6, "seitsemän": 7, "kahdeksan": 8,
    "yhdeksän": 9, "kymmenen": 10, "kaksitoista": 12,
    "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "tolv": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
}  # fmt: skip
_UNIT = (
    r"(?P<unit>vuorokau\w*|vrk|vuo\w*|kuukau\w*|kk|päiv\w*|år\w*|månad\w*|dag\w*|dygn\w*|"
    r"years?|months?|days?)"
)
_PERIOD = re.compile(
    r"\b(?P<num>\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\s+" + _UNIT,
    re.IGNORECASE,
)


def _unit_of(word: str) -> str:
    w = word.lower()
    if w.startswith(("vuorokau", "vrk", "päiv", "dag", "dygn", "day")):
        return "day"
    if w.startswith(("kuukau", "kk", "månad", "month")):
        return "month"
    return "year"


def stated_periods(text: str) -> dict[tuple[int, str], str]:
    """Every 'N years/months/days' a text states (any of the three languages), as written."""
    found: dict[tuple[int, str], str] = {}
    for m in _PERIOD.finditer(text):
        num = m.group("num").lower()
        value = int(num) if num.isdigit() else _NUMBER_WORDS[num]
        found.setdefault((value, _unit_of(m.group("unit"))), m.group(0))
    return found


def rule_periods(rule: RetentionRuleLike) -> set[tuple[int, str]]:
    parts = ((rule.period_years, "year"), (rule.period_months, "month"), (rule.period_days, "day"))
    return {(n, unit) for n, unit in parts if n}
