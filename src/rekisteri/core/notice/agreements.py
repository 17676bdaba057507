"""Copies of processing agreements (GDPR Art. 28) kept beside the register.

The owner attaches the signed PDF; a copy goes to the ``agreements`` folder next to the
register file (so a moved register keeps its papers), written owner-only and atomically.
Only the copy's file name is stored with the processor, and a stored name is resolved
inside that folder alone, so a hand-edited setting cannot point the app elsewhere.
"""

from __future__ import annotations

import re
from pathlib import Path

from rekisteri.core.paths import write_private

FOLDER = "agreements"
MAX_BYTES = 50 * 1024 * 1024  # a scanned contract, not a video
_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def agreements_dir(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER


def safe_name(name: str) -> str:
    """A file name without folders, control or shell characters: "DPA (2024).pdf" stays
    readable as "DPA 2024.pdf"."""
    stem, dot, suffix = Path(name).name.rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    stem = " ".join(_UNSAFE.sub(" ", stem).split()).strip(". ") or "agreement"
    suffix = _UNSAFE.sub("", suffix)[:10]
    return f"{stem[:120]}.{suffix}" if suffix else stem[:120]


def store_copy(db_path: Path, source: Path) -> str:
    """Copy ``source`` into the agreements folder under a name not yet taken; its name."""
    data = Path(source).read_bytes()
    if len(data) > MAX_BYTES:
        raise ValueError("agreement file too large")
    folder = agreements_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    name = safe_name(source.name)
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    n = 1
    while (folder / name).exists():
        n += 1
        name = f"{stem}-{n}.{suffix}" if suffix else f"{name}-{n}"
    write_private(folder / name, data)
    return name


def copy_path(db_path: Path, name: str) -> Path | None:
    """The stored copy called ``name``, or None when there is none (or the name escapes)."""
    if not name or safe_name(name) != name:
        return None
    path = agreements_dir(db_path) / name
    return path if path.is_file() else None
