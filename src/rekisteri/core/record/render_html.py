"""The record of processing activities as a standalone HTML page (and the pane's preview)."""

from __future__ import annotations

import html

from rekisteri.core.record.document import RecordDocument
from rekisteri.core.record.labels import heading, item_label

_CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; max-width: 50em;
       margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #222; hyphens: auto; }
h1 { color: #1f4e79; font-size: 1.6em; margin-bottom: 0; }
p.subtitle { color: #555; font-size: 1.1em; margin-top: 0.2em; }
h2 { color: #1f4e79; font-size: 1.2em; margin: 1.3em 0 0.3em; }
h3 { color: #1f4e79; font-size: 1em; margin: 0.9em 0 0.2em; }
ul { margin: 0.2em 0 0.5em; }
footer { color: #555; font-size: 0.85em; border-top: 1px solid #ccc; margin-top: 2em;
         padding-top: 0.5em; }
"""


def _list(lines: tuple[str, ...], language: str) -> str:
    if not lines:
        return f"<p>{html.escape(heading('empty', language))}</p>"
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f"<ul>{items}</ul>"


def _block(lines: tuple[str, ...]) -> str:
    return "<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>"


def record_body_html(doc: RecordDocument) -> str:
    """The record's content, without page chrome (Qt's rich text shows it as the preview)."""
    lang = doc.language
    subtitle = f"{doc.title} – {heading('subtitle', lang)}"
    parts = [
        f"<h1>{html.escape(doc.business_name or doc.title)}</h1>",
        f'<p class="subtitle">{html.escape(subtitle)}</p>',
        f"<h2>1. {html.escape(heading('controller', lang))}</h2>",
        _block(doc.controller),
        f"<h2>2. {html.escape(heading('contact_person', lang))}</h2>",
        _block(doc.contact_person),
        f"<h2>3. {html.escape(heading('dpo', lang))}</h2>",
        f"<p>{html.escape(doc.dpo)}</p>",
        f"<h2>4. {html.escape(heading('activities', lang))}</h2>",
    ]
    for number, activity in enumerate(doc.activities, start=1):
        parts.append(f"<h2>4.{number}. {html.escape(activity.name)}</h2>")
        for key, lines in activity.items():
            if key == "security" and not lines:
                continue  # the general measures below cover it
            parts.append(f"<h3>{html.escape(item_label(key, lang))}</h3>")
            parts.append(_list(lines, lang))
    parts.append(f"<h2>5. {html.escape(heading('security', lang))}</h2>")
    parts.append(_list(doc.security, lang))
    return "\n".join(parts)


def render_record_html(doc: RecordDocument, footer: str) -> str:
    """A complete UTF-8 page to keep with the business's papers or send to the authority."""
    title = f"{doc.title} – {doc.business_name}" if doc.business_name else doc.title
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(doc.language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{record_body_html(doc)}\n"
        f"<footer>{html.escape(footer)}</footer>\n</body>\n</html>\n"
    )
