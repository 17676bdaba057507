"""The shipped Linguist catalogues: complete, tidy, placeholders intact, readable without Qt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rekisteri.core import i18n
from rekisteri.core.catalog import load_catalog, parse_ts
from rekisteri.core.enums import Channel
from rekisteri.core.i18n import Message, translate_for

REPO = Path(__file__).resolve().parents[2]
TS_FILES = sorted((REPO / "translations").glob("rekisteri_*.ts"))
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}|%n|%L?\d+")


def _messages(path: Path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def test_catalogues_for_finnish_and_swedish_exist() -> None:
    assert {p.name for p in TS_FILES} >= {"rekisteri_fi.ts", "rekisteri_sv.ts"}


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_obsolete_or_empty_entries(path: Path) -> None:
    bad = []
    for context, message in _messages(path):
        translation = message.find("translation")
        source = message.findtext("source")
        kind = translation.get("type") if translation is not None else "missing"
        forms = (
            [f.text for f in translation.iter("numerusform")]
            if translation is not None and message.get("numerus") == "yes"
            else [translation.text if translation is not None else None]
        )
        if kind or not all(forms):
            bad.append(f"{context}: {source!r} ({kind or 'empty'})")
    assert not bad, f"{len(bad)} entries to translate in {path.name}:\n" + "\n".join(bad[:40])


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_placeholders_match(path: Path) -> None:
    bad = []
    for context, message in _messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if not form:
                continue
            got = sorted(PLACEHOLDER.findall(form))
            # A numerus singular may spell the number out ("yksi asiakas"): %n is optional there.
            if message.get("numerus") == "yes" and form is forms[0]:
                got = [p for p in got if p != "%n"]
                wanted_here = [p for p in wanted if p != "%n"]
            else:
                wanted_here = wanted
            if got != wanted_here:
                bad.append(f"{context}: {source!r} -> {form!r}")
    assert not bad, "placeholders differ:\n" + "\n".join(bad)


def test_placeholder_pattern_sees_all_kinds() -> None:
    assert PLACEHOLDER.findall("{name} has %n items, %1 and {x:>3}") == [
        "{name}",
        "%n",
        "%1",
        "{x:>3}",
    ]


def test_translate_for_renders_a_document_language_without_qt() -> None:
    label = "E-mail marketing"
    assert translate_for("fi", "Enums", label) == "Sähköpostimarkkinointi"
    assert translate_for("sv", "Enums", label) == "Marknadsföring per e-post"
    assert translate_for("en", "Enums", label) == label
    # Unknown entries and languages fall back to the English source, as Qt does.
    assert translate_for("fi", "Enums", "No such text") == "No such text"
    assert translate_for("de", "Enums", label) == label
    # The UI language does not leak into a document's language.
    assert Channel.EMAIL_MARKETING.label() == label


def test_message_render_for() -> None:
    message = Message("Errors", "The {kind} no longer exists (id {id}).", {"kind": "x", "id": 7})
    assert "7" in message.render_for("sv") and message.render_for("sv") != message.render()


def test_catalog_skips_unfinished_and_reads_plurals(tmp_path: Path) -> None:
    path = tmp_path / "rekisteri_fi.ts"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="fi_FI">
<context><name>C</name>
<message><source>Done</source><translation>Valmis</translation></message>
<message><source>Half</source><translation type="unfinished">Puoli</translation></message>
<message><source>Gone</source><translation type="vanished">Poissa</translation></message>
<message numerus="yes"><source>%n customer(s)</source><translation>
<numerusform>%n asiakas</numerusform><numerusform>%n asiakasta</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    catalog = parse_ts(path, "fi")
    assert catalog.lookup("C", "Done") == "Valmis"
    assert catalog.lookup("C", "Half") == ""
    assert catalog.lookup("C", "Gone") == ""
    assert catalog.lookup("C", "%n customer(s)", n=1) == "%n asiakas"
    assert catalog.lookup("C", "%n customer(s)", n=3) == "%n asiakasta"


def test_translate_for_fills_in_n(monkeypatch: pytest.MonkeyPatch) -> None:
    assert translate_for("en", "C", "%n customer(s)", n=3) == "3 customer(s)"


def test_shipped_catalogue_is_cached() -> None:
    assert load_catalog("fi") is load_catalog("fi")
    assert load_catalog("xx") is None


def test_core_translate_unaffected_by_translate_for() -> None:
    assert i18n.translate("Enums", "Banned") == "Banned"
