"""Fill the catalogues' unfinished entries from a pending JSON file (after `make lupdate`).

Feature branches cannot all edit the .ts files without conflicts (lupdate rewrites every
location line), so a branch ships its translations here: {context: {source: [fi, sv]}}.
A plural message (`tr("%n file(s)", "", n)`) takes a list of forms instead of a string:
{context: {source: [[fi_one, fi_many], [sv_one, sv_many]]}}.
A third column fills the English catalogue, which holds only plural messages
("%n customer(s)" → ["%n customer", "%n customers"]); null skips a column.
Usage: python translations/pending/fill.py translations/pending/*.json
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUES = {"fi": 0, "sv": 1, "en": 2}
ROOT = Path(__file__).resolve().parents[1]


def put(translation: ET.Element, text: str | list[str]) -> None:
    """A plural message holds one <numerusform> per form; a plain one holds its text."""
    for old in list(translation):
        translation.remove(old)
    if isinstance(text, str):
        translation.text = text
        return
    translation.text = None
    for form in text:
        ET.SubElement(translation, "numerusform").text = form


def fill(ts: Path, column: int, texts: dict[str, dict[str, list]]) -> int:
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        known = texts.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or translation.get("type") != "unfinished":
                continue
            columns = known.get(source or "")
            if columns is not None and len(columns) > column and columns[column] is not None:
                put(translation, columns[column])
                del translation.attrib["type"]
                filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return filled


def main(paths: list[str]) -> int:
    texts: dict[str, dict[str, list[str]]] = {}
    for path in paths:
        for context, entries in json.loads(Path(path).read_text(encoding="utf-8")).items():
            texts.setdefault(context, {}).update(entries)
    for lang, column in CATALOGUES.items():
        ts = ROOT / f"rekisteri_{lang}.ts"
        if not ts.exists():
            continue
        print(f"{ts.name}: {fill(ts, column, texts)} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
