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


def test_paths_and_decision_files_the_user_gives_get_a_message(home: Path, tmp_path: Path) -> None:
    env = {"REKISTERI_HOME": str(home)}
    missing = run_cli("export", "mailing", str(tmp_path / "nodir" / "x.csv"), env=env)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert "x.csv.part" not in missing.stderr and "Traceback" not in missing.stderr
    (tmp_path / "r.zip").mkdir()
    folder = run_cli("export", "register", str(tmp_path / "r.zip"), env=env)
    assert folder.returncode == 2 and "is a folder" in folder.stderr
    bad = tmp_path / "decisions.json"
    bad.write_text('[{"id": "x"}]', encoding="utf-8")
    review = run_cli("review", "--apply", str(bad), env=env)
    assert review.returncode == 2 and "not valid (entry 1)" in review.stderr
