"""Side-by-side comparison of two notice versions, section by section.

Sections keep their id through edits, so versions descended from the same draft
line up by id; sections of unrelated documents (an import, another language's
draft) line up by checklist key and title instead.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import StrEnum

from rekisteri.core.notice.document import NoticeDocument, Section, SectionKey


class Change(StrEnum):
    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class SectionDiff:
    change: Change
    left: Section | None
    right: Section | None

    @property
    def key(self) -> SectionKey:
        section = self.right or self.left
        assert section is not None
        return section.key


def _identity(section: Section) -> tuple[str, str]:
    if section.key == SectionKey.CUSTOM:
        return (section.key.value, section.title.strip().lower())
    return (section.key.value, "")


def _match(left: NoticeDocument, right: NoticeDocument) -> dict[str, Section]:
    """For each right-side section id, the left-side section it corresponds to."""
    by_id = {s.id: s for s in left.sections}
    by_identity: dict[tuple[str, str], list[Section]] = {}
    for s in left.sections:
        by_identity.setdefault(_identity(s), []).append(s)
    used: set[str] = set()
    matched: dict[str, Section] = {}
    for s in right.sections:
        if s.id in by_id and s.id not in used:
            matched[s.id] = by_id[s.id]
            used.add(s.id)
    for s in right.sections:
        if s.id in matched:
            continue
        candidates = [c for c in by_identity.get(_identity(s), []) if c.id not in used]
        if candidates:
            matched[s.id] = candidates[0]
            used.add(candidates[0].id)
    return matched


def compare_documents(left: NoticeDocument, right: NoticeDocument) -> list[SectionDiff]:
    """Rows in the right document's order; removed sections appear where they stood."""
    matched = _match(left, right)
    used = {s.id for s in matched.values()}
    rows: list[SectionDiff] = []
    left_order = [s for s in left.sections]
    pending_removed = [s for s in left_order if s.id not in used]
    for s in right.sections:
        old = matched.get(s.id)
        if old is None:
            rows.append(SectionDiff(Change.ADDED, None, s))
            continue
        # Removed sections that stood before this one in the old order come first.
        old_index = left_order.index(old)
        while pending_removed and left_order.index(pending_removed[0]) < old_index:
            rows.append(SectionDiff(Change.REMOVED, pending_removed.pop(0), None))
        same = old.title == s.title and old.body == s.body
        rows.append(SectionDiff(Change.SAME if same else Change.CHANGED, old, s))
    rows.extend(SectionDiff(Change.REMOVED, s, None) for s in pending_removed)
    return rows


_BACKGROUND = {
    Change.SAME: "",
    Change.CHANGED: "#fff3c4",
    Change.ADDED: "#dff5dd",
    Change.REMOVED: "#f9dcdc",
}


def _cell(section: Section | None, change: Change) -> str:
    from rekisteri.core.notice.markup import body_to_html

    colour = _BACKGROUND[change]
    style = f' style="background:{colour}"' if colour else ""
    if section is None:
        return f'<td width="50%"{style}></td>'
    return (
        f'<td width="50%" valign="top"{style}><b>{html.escape(section.title)}</b>'
        f"{body_to_html(section.body)}</td>"
    )


def diff_html(
    rows: list[SectionDiff], left_label: str, right_label: str, only_changed: bool = False
) -> str:
    """Two columns, one row per section; changed, added and removed rows are coloured.

    The first difference carries the anchor `first-change` so a viewer can scroll to it.
    """
    out = [
        '<table width="100%" cellspacing="0" cellpadding="6" border="1" '
        'style="border-collapse:collapse">',
        f"<tr><th>{html.escape(left_label)}</th><th>{html.escape(right_label)}</th></tr>",
    ]
    anchored = False
    for row in rows:
        if only_changed and row.change == Change.SAME:
            continue
        anchor = ""
        if row.change != Change.SAME and not anchored:
            anchor = '<a name="first-change"></a>'
            anchored = True
        left = _cell(row.left, row.change).replace(">", ">" + anchor, 1)
        out.append(f"<tr>{left}{_cell(row.right, row.change)}</tr>")
    out.append("</table>")
    return "\n".join(out)
