"""HTML, full Markdown and plain-text layout brought down to the notice's light subset.

Hand-made notices come from web editors and wikis: they hold tables, horizontal
rules, inline code, setext underlines and numbered sub-headings. The notice's own
markup (``markup.py``) knows only paragraphs, bullets and bold, so anything else
would print literally as ``|``, ``---`` or backticks. Each construct is rewritten
into what it means before the text is split into sections.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

_RULE = re.compile(r"^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_INLINE_CODE = re.compile(r"`+([^`]+?)`+")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_UNDERSCORE_BOLD = re.compile(r"__(.+?)__")
# *italic* or _italic_: the notice's markup has no italics, so the markers go.
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![*\w])|(?<!\w)_([^_\n]+?)_(?!\w)")


def _inline(line: str) -> str:
    """Inline code, links, underscore bold and italics as the notice's markup can show them."""
    line = _INLINE_CODE.sub(r"\1", line)
    line = _LINK.sub(r"\1 (\2)", line)
    line = _UNDERSCORE_BOLD.sub(r"**\1**", line)
    return _ITALIC.sub(lambda m: m.group(1) or m.group(2), line)


#: "### 4.1 Säilytysajat": a sub-heading, numbered under its parent section.
_SUB_HEADING = re.compile(r"^\s*#{1,6}\s+(\d{1,2}\.\d{1,2}\.?\s+\S.*?)\s*#*\s*$")
#: "3.1 Asiakastiedot" on a line of its own in plain text: a sub-heading of section 3.
_PLAIN_SUB_HEADING = re.compile(r"^(\d{1,2}\.\d{1,2}\.?\s+[A-ZÅÄÖ][^.!?:;]{0,70})$")
_ATX = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?P<text>[^*_].*?)(?:\*\*|__)\s*:?\s*$")


def _cells(line: str) -> list[str]:
    inner = line.strip().strip("|")
    return [c.strip() for c in re.split(r"(?<!\\)\|", inner)]


def _table(rows: list[str]) -> list[str]:
    """A table as a document says it: its head in bold, then one bullet per row."""
    out: list[str] = []
    body = rows
    if len(rows) >= 2 and _TABLE_SEPARATOR.match(rows[1]):
        head = [c for c in _cells(rows[0]) if c]
        if head:
            out.append("**" + " – ".join(head) + "**")
        body = rows[2:]
    for row in body:
        cells = [c for c in _cells(row) if c]
        if not cells:
            continue
        text = cells[0] if len(cells) == 1 else f"{cells[0]}: " + "; ".join(cells[1:])
        out.append("- " + text)
    return ["", *out, ""]


def _setext_level(lines: list[str], i: int, out: list[str]) -> bool:
    """``Heading`` over ``===`` or ``---``: make it an ATX heading (returns True if done)."""
    mark = lines[i].strip()
    if not out or not out[-1].strip() or not mark or mark[0] not in "=-":
        return False
    if set(mark) != {mark[0]} or _TABLE_ROW.match(out[-1]) or out[-1].lstrip()[:1] in "-*#":
        return False
    out[-1] = ("# " if mark[0] == "=" else "## ") + out[-1].strip()
    return True


def _heading_levels(lines: list[str]) -> int | None:
    """The level of the section headings: the highest one used more than once."""
    levels = [len(m.group(1)) for line in lines if (m := _ATX.match(line))]
    repeated = sorted(level for level in set(levels) if levels.count(level) > 1)
    return repeated[0] if repeated else (max(levels) if levels else None)


def normalize(text: str, is_section: Callable[[str], bool] = lambda title: False) -> str:
    """The text with every construct the light markup lacks rewritten into it."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _TABLE_ROW.match(line):
            j = i
            while j < len(lines) and _TABLE_ROW.match(lines[j]):
                j += 1
            out.extend(_table(lines[i:j]))
            i = j
            continue
        if _RULE.match(line):
            if not _setext_level(lines, i, out):
                out.append("")  # a rule only separates: a blank line says the same
            i += 1
            continue
        sub = _SUB_HEADING.match(line) or _PLAIN_SUB_HEADING.match(line.strip())
        if sub:
            out.extend(["", f"**{sub.group(1).strip()}**", ""])
        else:
            out.append(_inline(line))
        i += 1
    return "\n".join(_deep_headings_to_bold(out, is_section))


def _deep_headings_to_bold(lines: list[str], is_section: Callable[[str], bool]) -> list[str]:
    """Headings below the section level stay inside their section as bold lines.

    A deeper heading that names a checklist item (`is_section`) still starts a section.
    """
    level = _heading_levels(lines)
    if level is None:
        return lines
    out = []
    for line in lines:
        m = _ATX.match(line)
        if m and len(m.group(1)) > level and m.group(2) and not is_section(m.group(2)):
            out.append(f"**{m.group(2).strip('*').strip()}**")
        else:
            out.append(line)
    return out


def bold_line_text(line: str) -> str | None:
    """The text of a line that is bold and nothing else (a heading in many notices)."""
    m = _BOLD_LINE.match(line)
    return m.group("text").strip() if m else None


class _HtmlToMarkdown(HTMLParser):
    """Headings become `#` lines, list items `- `, bold `**`; scripts and styles are dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._cells = 0
        self._head = False
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.out.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag == "tr":  # a table row as a Markdown row: normalize() makes it a list item
            self.out.append("\n| ")
            self._cells, self._head = 0, False
        elif tag in ("td", "th"):
            self._head = self._head or tag == "th"
        elif tag in ("p", "div", "ul", "ol", "table", "section"):
            self.out.append("\n\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag == "br":
            self.out.append("\n")
        elif tag in ("strong", "b"):
            self.out.append("**")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self.out.append(" | ")
            self._cells += 1
        elif tag == "tr" and self._head:
            self.out.append("\n|" + "---|" * max(1, self._cells))
        elif re.fullmatch(r"h[1-6]", tag) or tag in ("p", "div", "ul", "ol", "section", "table"):
            self.out.append("\n\n")
        elif tag in ("strong", "b"):
            self.out.append("**")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_markdown(text: str) -> str:
    parser = _HtmlToMarkdown()
    parser.feed(text)
    parser.close()
    lines = [line.strip() for line in "".join(parser.out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|h[1-6]|p|div|ul|li)\b", text, re.IGNORECASE))
