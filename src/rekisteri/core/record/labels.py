"""The record's headings, in the record's own language (the HTML and the PDF share them)."""

from __future__ import annotations

from rekisteri.core.i18n import QT_TRANSLATE_NOOP, Message

ITEM_LABELS: dict[str, str] = {
    "purposes": QT_TRANSLATE_NOOP("Record", "Purposes and legal basis"),
    "data_subjects": QT_TRANSLATE_NOOP("Record", "Categories of data subjects"),
    "data_categories": QT_TRANSLATE_NOOP("Record", "Categories of personal data"),
    "recipients": QT_TRANSLATE_NOOP("Record", "Recipients and processors"),
    "transfers": QT_TRANSLATE_NOOP("Record", "Transfers outside the EU/EEA and safeguards"),
    "retention": QT_TRANSLATE_NOOP("Record", "Time limits for erasure"),
    "security": QT_TRANSLATE_NOOP("Record", "Further security measures"),
}

HEADINGS: dict[str, str] = {
    "subtitle": QT_TRANSLATE_NOOP("Record", "GDPR Article 30(1)"),
    "controller": QT_TRANSLATE_NOOP("Record", "Controller"),
    "contact_person": QT_TRANSLATE_NOOP("Record", "Contact person"),
    "dpo": QT_TRANSLATE_NOOP("Record", "Data protection officer"),
    "activities": QT_TRANSLATE_NOOP("Record", "Processing activities"),
    "security": QT_TRANSLATE_NOOP("Record", "General description of security measures"),
    "empty": QT_TRANSLATE_NOOP("Record", "Not stated."),
}


def item_label(key: str, language: str) -> str:
    return Message("Record", ITEM_LABELS[key]).render_for(language)


def heading(key: str, language: str) -> str:
    return Message("Record", HEADINGS[key]).render_for(language)
