"""Which marketing rule governs a customer's contact persons: the legal form decides.

917/2014 § 201 lets a trader e-mail the contact person of a *legal person* about their role
unless they opt out; a sole trader (toiminimi) is a natural person, for whom § 200 asks for
consent or a soft opt-in. A Y-tunnus does not tell the two apart (sole traders have one
too), so the form is recorded; when the user has not chosen one, the suffix of the name
("Oy", "Ky", "Tmi", "ry"...) is a good first guess, and no suffix means "not known", which
the rules treat as the stricter § 200.
"""

from __future__ import annotations

import re

from rekisteri.core.enums import BusinessForm, CustomerKind

# Suffixes and prefixes as they appear in Finnish and Swedish trade names, with the form each
# implies. Matched as whole words, case-insensitively.
_MARKERS: tuple[tuple[str, BusinessForm], ...] = (
    (r"oyj|oy|ab|abp|osakeyhtiö|aktiebolag|ltd|limited|gmbh|as|a/s", BusinessForm.OY),
    (r"ky|kb|kommandiittiyhtiö|kommanditbolag", BusinessForm.KY),
    (r"ay|öb|avoin yhtiö|öppet bolag", BusinessForm.AY),
    (r"osk|osuuskunta|andelslag|anl", BusinessForm.OSK),
    (r"ry|r\.y\.|rf|r\.f\.|yhdistys|förening", BusinessForm.ASSOCIATION),
    (r"sr|s\.r\.|säätiö|stiftelse|sr\.", BusinessForm.FOUNDATION),
    (r"kunta|kaupunki|seurakunta|kommun|stad|församling", BusinessForm.PUBLIC),
    (r"tmi|toiminimi|t:mi|firma", BusinessForm.SOLE_TRADER),
)
_PATTERNS = tuple(
    (re.compile(rf"(?<![\w/.:]){pattern}(?![\w/])", re.IGNORECASE), form)
    for pattern, form in ((f"(?:{alternatives})", form) for alternatives, form in _MARKERS)
)


def infer(name: str) -> BusinessForm:
    """The form a trade name announces ("Virtanen Oy", "Tmi Laine"), or UNKNOWN."""
    for pattern, form in _PATTERNS:
        if pattern.search(name):
            return form
    return BusinessForm.UNKNOWN


def effective_form(kind: str, form: str, name: str) -> BusinessForm:
    """The form the rules use: a private customer has none; an unset form is guessed."""
    if kind != CustomerKind.ORGANISATION:
        return BusinessForm.UNKNOWN
    try:
        chosen = BusinessForm(form or "")
    except ValueError:
        chosen = BusinessForm.UNKNOWN
    return chosen if chosen is not BusinessForm.UNKNOWN else infer(name)


def is_legal_person(kind: str, form: str, name: str) -> bool:
    """§ 201 applies to this customer's contact persons (a legal person, known to be one)."""
    return effective_form(kind, form, name).legal_person
