"""The dry run speaks of what would happen, in every language the app ships."""

from __future__ import annotations

import pytest

from rekisteri.core.retention import ReviewOutcome
from rekisteri.ui.review_dialogs import OutcomeDialog
from rekisteri.ui.review_models import EFFECTS, effect_label


@pytest.mark.parametrize(
    ("lang", "would_delete", "deleted"),
    [
        ("en", "Would delete", "Deleted"),
        ("fi", "Poistettaisiin", "Poistettu"),
        ("sv", "Skulle raderas", "Raderad"),
    ],
)
def test_dry_run_wording_is_conditional(qtbot, ui_language, lang, would_delete, deleted):  # type: ignore[no-untyped-def]
    if lang != "en":
        assert ui_language(lang) == lang
    assert effect_label("deleted", dry_run=True) == would_delete
    for effect in EFFECTS:
        if effect != "missing":  # "already gone" is a fact either way
            assert effect_label(effect, dry_run=True) != effect_label(effect)
    dialog = OutcomeDialog(ReviewOutcome((), counts={"deleted": 82}), "", None, dry_run=True)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == f"{would_delete}: 82"
    done = OutcomeDialog(ReviewOutcome((), counts={"deleted": 82}))
    qtbot.addWidget(done)
    assert done.summary.text().startswith(deleted)
