"""Which marketing rule governs a customer's contact persons: the legal form decides.

917/2014 § 201 lets a trader e-mail the contact person of a *legal person* about their role
unless they opt out; a sole trader (toiminimi) is a natural person, for whom § 200 asks for
consent or a soft opt-in. A Y-tunnus does not tell the two apart (sole traders have one
too), so the form is recorded; when the user has not chosen one, the suffix of the name
("Oy", "Ky", "Tmi", "ry"...) is a good first guess, and no suffix means "not known", which
the rules treat as the stricter § 200.
"""

from __future__ import annotations

from rekisteri.core.enums import BusinessForm, CustomerKind

# The words trade names put first or last ("Virtanen Oy", "Oy Nord Ab", "Tmi Laine",
# "Kuoro ry"), with the form each announces. The sole trader comes first: when a name
# announces both ("Tmi Laine (ent. Laine Oy)"), the stricter § 200 reading wins. Only the
# first and the last word count, so "Design As Art" or "Tmi Ab Initio" announce nothing
# else, and short words that are also ordinary words (as, sr) are left out.
_MARKERS: tuple[tuple[frozenset[str], BusinessForm], ...] = (
    (frozenset({"tmi", "t:mi", "toiminimi"}), BusinessForm.SOLE_TRADER),
    (frozenset({"oy", "oyj", "ab", "abp", "osakeyhtiö", "aktiebolag", "ltd", "gmbh"}),
     BusinessForm.OY),
    (frozenset({"ky", "kb", "kommandiittiyhtiö", "kommanditbolag"}), BusinessForm.KY),
    (frozenset({"ay", "öb"}), BusinessForm.AY),
    (frozenset({"osk", "osuuskunta", "andelslag"}), BusinessForm.OSK),
    (frozenset({"ry", "r.y.", "rf", "r.f.", "yhdistys", "förening"}), BusinessForm.ASSOCIATION),
    (frozenset({"säätiö", "stiftelse"}), BusinessForm.FOUNDATION),
    (frozenset({"kunta", "kaupunki", "seurakunta", "kommun", "stad", "församling"}),
     BusinessForm.PUBLIC),
)  # fmt: skip


def infer(name: str) -> BusinessForm:
    """The form a trade name announces by its first or last word, or UNKNOWN."""
    words = [w.strip(",;()[]").lower() for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return BusinessForm.UNKNOWN
    ends = {words[0], words[-1]}
    for markers, form in _MARKERS:
        if ends & markers:
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
