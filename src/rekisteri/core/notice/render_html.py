"""The privacy notice as HTML: a standalone page for the website, and the editor's preview."""

from __future__ import annotations

import html

from rekisteri.core.notice.document import NoticeDocument
from rekisteri.core.notice.markup import body_to_html

_CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; max-width: 46em;
       margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #222; hyphens: auto; }
h1 { color: #1f4e79; font-size: 1.6em; margin-bottom: 0; }
p.subtitle { color: #555; font-size: 1.1em; margin-top: 0.2em; }
h2 { color: #1f4e79; font-size: 1.15em; margin: 1.2em 0 0.3em; }
footer { color: #555; font-size: 0.85em; border-top: 1px solid #ccc; margin-top: 2em;
         padding-top: 0.5em; }
"""


def notice_body_html(
    doc: NoticeDocument,
    business_name: str,
    register_name: str,
    highlight_id: str | None = None,
) -> str:
    """The notice's content; `highlight_id` marks the section being edited in the preview."""
    subtitle = " – ".join(p for p in (doc.title, register_name) if p)
    parts = [
        f"<h1>{html.escape(business_name or doc.title)}</h1>",
        f'<p class="subtitle">{html.escape(subtitle)}</p>',
    ]
    for number, section in enumerate(doc.sections, start=1):
        anchor = f"s-{html.escape(section.id)}"
        title = f"{number}. {html.escape(section.title)}"
        if section.id == highlight_id:
            parts.append(
                f'<a name="{anchor}"></a><h2 id="{anchor}" style="background:#fff3c4">{title}</h2>'
            )
        else:
            parts.append(f'<a name="{anchor}"></a><h2 id="{anchor}">{title}</h2>')
        parts.append(body_to_html(section.body))
    return "\n".join(parts)


def render_notice_html(
    doc: NoticeDocument, business_name: str, register_name: str, footer: str
) -> str:
    """A complete UTF-8 HTML page to publish on the website."""
    title = f"{doc.title} – {business_name}" if business_name else doc.title
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(doc.language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{notice_body_html(doc, business_name, register_name)}\n"
        f"<footer>{html.escape(footer)}</footer>\n</body>\n</html>\n"
    )
