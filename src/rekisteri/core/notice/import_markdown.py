"""Markdown and web-page constructs of imported notices, turned into the notice's markup.

The notice's own markup is small (paragraphs, "- " lists, **bold**), so an imported text
must not bring in what it cannot show: a table would print as rows of "|", a rule as "---",
inline code with its backticks. Each construct becomes what a reader of the printed notice
expects: a table's rows become list items ("column: value"), rules become paragraph breaks,
setext headings ("Title" over "===") become "#" headings, a numbered sub-heading ("4.1 …")
becomes a bold line inside its parent section, and inline code, italics and links lose
their markers.
"""

from __future__ import annotations

import re

_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")
_CODE = re.compile(r"`([^`]*)`")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_UNDERSCORE_BOLD = re.compile(r"__(.+?)__")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![*\w])|(?<!\w)_([^_\n]+?)_(?!\w)")
#: "### 4.1 Manuaalinen aineisto", "**4.2 Sähköinen aineisto**": part of section 4.
_SUB_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s+)?(?:\*\*)?\s*(\d{1,2}\.\d{1,2}\.?)\s+(.+?)(?:\*\*)?\s*$"
)
_BOLD_LINE = re.compile(r"^\s*\*\*([^*]+)\*\*\s*:?\s*$")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _table(rows: list[str]) -> list[str]:
    """A table as list items: "- first: the rest" per row; the header row names nothing."""
    body = rows
    if len(rows) >= 2 and _TABLE_RULE.match(rows[1]):
        body = rows[2:]
    out = []
    for row in body:
        if _TABLE_RULE.match(row):
            continue
        cells = [c for c in _cells(row) if c]
        if not cells:
            continue
        out.append("- " + (f"{cells[0]}: " + " – ".join(cells[1:]) if len(cells) > 1 else cells[0]))
    return ["", *out, ""]


def _inline(line: str) -> str:
    line = _CODE.sub(r"\1", line)
    line = _LINK.sub(r"\1 (\2)", line)
    line = _UNDERSCORE_BOLD.sub(r"**\1**", line)
    return _ITALIC.sub(lambda m: m.group(1) or m.group(2), line)


def normalize(text: str) -> str:
    """The text with tables, rules, setext headings and inline markers made plain."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _TABLE_ROW.match(line):
            rows = []
            while i < len(lines) and (_TABLE_ROW.match(lines[i]) or _TABLE_RULE.match(lines[i])):
                rows.append(lines[i])
                i += 1
            out.extend(_table(rows))
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            line.strip()
            and not line.lstrip().startswith(("#", "-", "*", "|"))
            and _SETEXT.match(nxt)
        ):
            out.append(("# " if nxt.strip().startswith("=") else "## ") + line.strip())
            i += 2
            continue
        if _RULE.match(line):
            out.append("")
            i += 1
            continue
        sub = _SUB_HEADING.match(line)
        if sub is not None:
            out.append(f"**{sub.group(1)} {sub.group(2).strip('* ')}**")
            i += 1
            continue
        out.append(_inline(line))
        i += 1
    return "\n".join(out)


def bold_line_heading(line: str) -> str | None:
    """The text of a line that is bold and nothing else ("**Rekisterinpitäjä**"), if it is."""
    m = _BOLD_LINE.match(line)
    return m.group(1).strip() if m else None
