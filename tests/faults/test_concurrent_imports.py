"""Two imports at once: the second waits for the first, says so, and both land whole."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from .conftest import SRC, Holder


def _csv(path: Path, prefix: str, n: int) -> Path:
    lines = ["Etunimi;Sukunimi;Sähköposti;Yritys"]
    lines += [f"Testi{i};{prefix}nen;{prefix.lower()}{i}@example.fi;{prefix} Oy" for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _start(home: Path, file: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "import sys; from rekisteri.cli import main; sys.exit(main())",
         "import", str(file), "--yes"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": SRC, "REKISTERI_HOME": str(home)},
    )  # fmt: skip


def _contacts(home: Path) -> int:
    with sqlite3.connect(home / "rekisteri.sqlite") as conn:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])


def test_an_import_behind_another_job_waits_and_says_so(home: Path) -> None:
    before = _contacts(home)
    job = Holder(home / "rekisteri.sqlite", "cli:import")
    proc = _start(home, _csv(home / "a.csv", "Alanko", 50))
    assert proc.stderr is not None
    assert "waiting" in proc.stderr.readline()  # blocks until the waiting line is written
    assert proc.poll() is None and _contacts(home) == before  # nothing written while waiting
    job.release()
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert _contacts(home) == before + 50


def test_two_real_imports_at_once_both_land(home: Path) -> None:
    before = _contacts(home)
    procs = [_start(home, _csv(home / f"{name}.csv", name, 300)) for name in ("Alanko", "Berg")]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err
        assert "@" not in err
    assert _contacts(home) == before + 600
