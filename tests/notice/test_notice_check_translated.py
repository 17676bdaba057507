"""The completeness check speaks the user's language: its texts are in the catalogues."""

from __future__ import annotations

import pytest

from rekisteri.core.i18n import set_translator, translate_for
from rekisteri.core.notice.check import RIGHTS_VOCABULARY, Severity, check_notice
from rekisteri.core.notice.document import SectionKey


@pytest.fixture
def findings(register):
    doc = register.notice.new_from_template("fi")
    rights = doc.find(SectionKey.RIGHTS)
    doc = doc.with_body(rights.id, "Ota yhteyttä.").removed(doc.find(SectionKey.COMPLAINT).id)
    return check_notice(doc)


def test_findings_have_finnish_and_swedish_texts(findings) -> None:
    # A template from a register with no business e-mail prints a blank: an error too.
    assert {f.severity for f in findings} == {Severity.ERROR, Severity.MISSING, Severity.WARNING}
    for finding in findings:
        message = finding.message
        for lang in ("fi", "sv"):
            assert translate_for(lang, message.context, message.text) != message.text, (
                lang,
                message.text,
            )
    for label, _words in RIGHTS_VOCABULARY.values():
        assert translate_for("fi", "NoticeCheck", label) != label


def test_right_named_in_the_ui_language(register) -> None:
    """The right inside the sentence is translated too, not left in English."""
    set_translator(lambda ctx, text: translate_for("fi", ctx, text))
    try:
        doc = register.notice.new_from_template("fi")
        rights = doc.find(SectionKey.RIGHTS)
        found = check_notice(doc.with_body(rights.id, "Ota yhteyttä."))
        texts = [f.message.render() for f in found if f.code == "right_erasure"]
    finally:
        set_translator(None)
    assert texts == ["Oikeuksista kertovasta osiosta puuttuu oikeus tietojen poistamiseen."]
