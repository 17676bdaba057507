"""The light Markdown subset section bodies are written in.

Only what a privacy notice needs: paragraphs (blank line between), bullet lists
(`- ` or `* `) and `**bold**`. One parser feeds both the HTML and the PDF
renderer so that the preview, the website and the print say the same thing.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_BULLET = re.compile(r"^\s*[-*•]\s+")


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[tuple[Span, ...], ...]


Block = Paragraph | BulletList


def parse_inline(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    pos = 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            spans.append(Span(text[pos : m.start()]))
        spans.append(Span(m.group(1), bold=True))
        pos = m.end()
    if pos < len(text):
        spans.append(Span(text[pos:]))
    return tuple(spans)


def parse_blocks(body: str) -> list[Block]:
    """Split a body into paragraphs and bullet lists.

    Consecutive non-bullet lines stay one paragraph with their line breaks kept
    (addresses are written line by line); a bullet item may continue on
    indented lines.
    """
    blocks: list[Block] = []
    para: list[str] = []
    items: list[str] = []

    def flush_para() -> None:
        if para:
            blocks.append(Paragraph(parse_inline("\n".join(para))))
            para.clear()

    def flush_items() -> None:
        if items:
            blocks.append(BulletList(tuple(parse_inline(i) for i in items)))
            items.clear()

    for raw in body.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush_para()
            flush_items()
            continue
        if _BULLET.match(raw):
            flush_para()
            items.append(_BULLET.sub("", raw).strip())
        elif items and raw[:1].isspace():
            items[-1] = f"{items[-1]} {line}"
        else:
            flush_items()
            para.append(line)
    flush_para()
    flush_items()
    return blocks


def plain_text(body: str) -> str:
    """The body without markup, as a reader would say it aloud."""
    out: list[str] = []
    for block in parse_blocks(body):
        if isinstance(block, Paragraph):
            out.append("".join(s.text for s in block.spans))
        else:
            out.extend("".join(s.text for s in item) for item in block.items)
    return "\n".join(out)


def spans_to_html(spans: tuple[Span, ...]) -> str:
    parts = []
    for s in spans:
        text = html.escape(s.text, quote=False).replace("\n", "<br>")
        parts.append(f"<strong>{text}</strong>" if s.bold else text)
    return "".join(parts)


def body_to_html(body: str) -> str:
    out: list[str] = []
    for block in parse_blocks(body):
        if isinstance(block, Paragraph):
            out.append(f"<p>{spans_to_html(block.spans)}</p>")
        else:
            lis = "".join(f"<li>{spans_to_html(item)}</li>" for item in block.items)
            out.append(f"<ul>{lis}</ul>")
    return "\n".join(out)
