"""Every command's own output, not only its errors, reads in the user's language."""

from __future__ import annotations

from pathlib import Path

from .conftest import run_cli


def test_export_review_and_requests_speak_finnish(home: Path, tmp_path: Path) -> None:
    env = {"REKISTERI_HOME": str(home), "REKISTERI_LANG": "fi"}
    out = tmp_path / "posti.csv"
    done = run_cli("export", "mailing", "--purpose", "post_marketing", str(out), env=env)
    assert done.returncode == 0, done.stderr
    assert "vastaanottajaa (Postimarkkinointi)" in done.stdout and "Pois jätetty" in done.stdout
    assert "ASML" in done.stdout and "Robinson" in done.stdout
    listed = run_cli("requests", "--list", env=env)
    assert listed.returncode == 0 and "Ei avoimia pyyntöjä." in listed.stdout
    checked = run_cli("notice", "check", env=env)
    assert "Wrote" not in checked.stdout and "warning:" not in checked.stdout
