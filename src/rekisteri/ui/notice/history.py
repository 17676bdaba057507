"""Undo/redo over whole notice documents.

Documents are immutable, so a snapshot per edit is cheap and undo can never
leave the notice half changed. Typing in one section's body coalesces into one
step, as in a word processor.
"""

from __future__ import annotations

from rekisteri.core.notice.document import NoticeDocument


class DocumentHistory:
    LIMIT = 200

    def __init__(self, doc: NoticeDocument) -> None:
        self._undo: list[NoticeDocument] = []
        self._redo: list[NoticeDocument] = []
        self.current = doc
        self._merge_key: str | None = None

    def reset(self, doc: NoticeDocument) -> None:
        self._undo.clear()
        self._redo.clear()
        self.current = doc
        self._merge_key = None

    def push(self, doc: NoticeDocument, merge_key: str | None = None) -> None:
        """Record an edit; consecutive edits with the same merge_key make one undo step."""
        if doc == self.current:
            return
        if merge_key is None or merge_key != self._merge_key:
            self._undo.append(self.current)
            del self._undo[: -self.LIMIT]
        self._redo.clear()
        self.current = doc
        self._merge_key = merge_key

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> NoticeDocument:
        if self._undo:
            self._redo.append(self.current)
            self.current = self._undo.pop()
        self._merge_key = None
        return self.current

    def redo(self) -> NoticeDocument:
        if self._redo:
            self._undo.append(self.current)
            self.current = self._redo.pop()
        self._merge_key = None
        return self.current
