"""The completeness check on templates and on broken notices."""

from __future__ import annotations

from dataclasses import replace

import pytest
from notice_fixtures import PROCESSORS, RULES, Rule

from rekisteri.core.notice.check import Severity, check_notice, missing_keys
from rekisteri.core.notice.document import REQUIRED_KEYS, SectionKey
from rekisteri.core.notice.templates import Processor, build_notice


def _check(doc, facts):
    return check_notice(
        doc,
        facts.retention_rules,
        facts.processors,
        facts.backup_retention_days,
        review_months=facts.review_interval_months,
    )


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_each_template_is_complete(language, facts) -> None:
    doc = build_notice(language, facts)
    findings = _check(doc, facts)
    assert findings == [], [f.message for f in findings]


@pytest.mark.parametrize("key", REQUIRED_KEYS)
def test_removing_a_required_section_reports_it(key, facts) -> None:
    doc = build_notice("fi", facts)
    section = doc.find(key)
    assert section is not None
    findings = _check(doc.removed(section.id), facts)
    assert missing_keys(findings) == [key]


def test_emptied_section_reports_it(facts) -> None:
    doc = build_notice("en", facts)
    section = doc.find(SectionKey.COMPLAINT)
    findings = _check(doc.with_body(section.id, "  \n"), facts)
    assert [(f.code, f.section_id) for f in findings] == [("empty", section.id)]


@pytest.mark.parametrize(
    "text", ["Henkilötietolain (523/1999) 10 §", "seloste (523/99)", "henkilötietolain mukaan"]
)
def test_repealed_act_warns(text, facts) -> None:
    doc = build_notice("fi", facts)
    section = doc.find(SectionKey.PURPOSES_LEGAL_BASIS)
    findings = _check(doc.with_body(section.id, section.body + "\n\n" + text), facts)
    assert [(f.severity, f.code, f.section_id) for f in findings] == [
        (Severity.WARNING, "repealed_law", section.id)
    ]


def test_retention_text_that_disagrees_with_rules_warns(facts) -> None:
    doc = build_notice("fi", facts)
    section = doc.find(SectionKey.RETENTION)
    wrong = section.body.replace("5 vuotta", "kolme vuotta")
    findings = _check(doc.with_body(section.id, wrong), facts)
    codes = sorted(f.code for f in findings)
    # "kolme vuotta" also replaced the check values' five years: that promise is off too.
    assert codes == ["retention_rule_absent", "retention_unknown_period", "suppression_period"]
    assert any(f.message.params.get("rule") == "Asiakassuhde" for f in findings)
    # A new rule the notice does not yet state is found too.
    more = (*RULES, Rule("Tarjoukset", "prospects", "interaction_date", period_months=6))
    findings = check_notice(build_notice("fi", facts), more, PROCESSORS, 30)
    assert [f.message.params.get("rule") for f in findings] == ["Tarjoukset"]


def test_transfer_without_safeguard_and_absent_processor_warn(facts) -> None:
    doc = build_notice("fi", facts)
    risky = Processor(
        "Pilvi Backup LLC",
        "varmuuskopiot",
        outside_eea=True,
        agreement_link="https://pilvi.example",
    )
    processors = (*PROCESSORS, risky)
    findings = check_notice(doc, RULES, processors, 30)
    codes = sorted(f.code for f in findings)
    assert codes == ["processor_absent", "transfer_no_safeguard"]
    # Regenerated from the settings, the notice names it; the missing safeguard still warns.
    fresh = build_notice("fi", replace(facts, processors=processors))
    assert [f.code for f in check_notice(fresh, RULES, processors, 30)] == ["transfer_no_safeguard"]


def test_transfer_text_without_safeguard_warns(facts) -> None:
    doc = build_notice("en", facts)
    section = doc.find(SectionKey.TRANSFERS)
    doc = doc.with_body(section.id, "Some data may be transferred to the United States.")
    findings = check_notice(doc, RULES, (), 30)
    assert [f.code for f in findings] == ["transfer_text_no_safeguard"]
    doc = doc.with_body(section.id, "Data is transferred under Privacy Shield.")
    assert [f.code for f in check_notice(doc, RULES, (), 30)] == ["privacy_shield"]


def test_rights_section_missing_a_right_warns(facts) -> None:
    doc = build_notice("fi", facts)
    section = doc.find(SectionKey.RIGHTS)
    body = "\n".join(line for line in section.body.split("\n") if "koneluettav" not in line)
    findings = _check(doc.with_body(section.id, body), facts)
    assert [f.code for f in findings] == ["right_portability"]


def test_a_new_kind_of_finding_is_one_entry(monkeypatch, facts) -> None:
    """Other checks (processor agreements) hook in by adding one finder to the list."""
    from rekisteri.core.i18n import Message
    from rekisteri.core.notice import check

    def unsigned(doc, ctx):
        return [
            check.Finding(Severity.WARNING, "no_agreement", Message("NoticeCheck", p.name))
            for p in ctx.processors
        ]

    monkeypatch.setattr(check, "FINDERS", [*check.FINDERS, unsigned])
    findings = _check(build_notice("fi", facts), facts)
    assert [f.code for f in findings] == ["no_agreement"] * len(facts.processors)
    assert facts.processors
