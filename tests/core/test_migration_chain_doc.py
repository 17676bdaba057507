"""The migrations README tells the chain in the order Alembic runs it, and stays true.

The file numbers are not the chain order (branches merged in another order than they
were numbered), so a reader relies on the README; a new migration that is not added there,
or added in the wrong place, fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

VERSIONS = (
    Path(__file__).resolve().parents[2] / "src" / "rekisteri" / "core" / "db" / "migrations"
) / "versions"


def _chain_from_files() -> list[str]:
    """Revision ids oldest first, following ``down_revision`` from the one with none."""
    parent: dict[str | None, str] = {}
    for path in VERSIONS.glob("[0-9]*.py"):
        text = path.read_text(encoding="utf-8")
        revision = re.search(r'^revision = "(\w+)"', text, re.MULTILINE)
        down = re.search(r'^down_revision = (?:"(\w+)"|None)', text, re.MULTILINE)
        assert revision and down, path.name
        assert down.group(1) not in parent, f"two migrations follow {down.group(1)}"
        parent[down.group(1)] = revision.group(1)
    chain, current = [], parent.get(None)
    while current is not None:
        chain.append(current)
        current = parent.get(current)
    assert len(chain) == len(parent), "a migration is not on the chain from the first"
    return chain


def _chain_in_readme() -> list[str]:
    text = (VERSIONS / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^ {4}(\d{4}) \w+", text, re.MULTILINE)


def test_the_readme_lists_the_chain_in_order() -> None:
    chain = _chain_from_files()
    assert len(chain) >= 7
    assert _chain_in_readme() == chain


def test_the_readme_marks_the_head() -> None:
    text = (VERSIONS / "README.md").read_text(encoding="utf-8")
    head = _chain_from_files()[-1]
    assert re.search(rf"^ {{4}}{head} .*\(head\)$", text, re.MULTILINE)
