"""The headless jobs, run as a user runs them."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from rekisteri.cli import main
from rekisteri.core import demo
from rekisteri.core.db import open_database

SRC = Path(__file__).resolve().parents[2] / "src"


def test_demo_then_info(tmp_path: Path, capsys) -> None:
    db = tmp_path / "r.sqlite"
    assert main(["--db", str(db), "demo", "--customers", "25", "--quiet"]) == 0
    assert main(["--db", str(db), "info"]) == 0
    out = capsys.readouterr().out
    assert "Customers:       25" in out and str(db) in out and "Schema version:" in out


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite")
        demo.generate(db, 40, seed=5)
        db.dispose()
        con = sqlite3.connect(tmp_path / f"{name}.sqlite")
        dumps.append(
            con.execute(
                "SELECT name, business_id, search_text, ban_state FROM customer ORDER BY id"
            ).fetchall()
        )
        con.close()
    assert dumps[0] == dumps[1]


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rekisteri", "--db", str(tmp_path / "x.sqlite"), "info"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "REKISTERI_HOME": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Customers:       0" in result.stdout


def test_newer_database_gives_one_readable_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "future.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('9999')")
    con.commit()
    con.close()
    assert main(["--db", str(path), "info"]) == 2
    err = capsys.readouterr().err
    assert "newer version of Rekisteri" in err and "Traceback" not in err
