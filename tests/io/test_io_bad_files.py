"""Files that cannot be imported give a clear message and write nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rekisteri.core.io.source import ImportFileError
from rekisteri.core.register import Register

FIXTURES = Path(__file__).parent / "fixtures"


def _nothing_written(register: Register) -> None:
    counts = register.counts()
    assert (counts.customers, counts.contacts) == (0, 0)
    assert register.audit_log(action_prefix="import") == []


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("wrong_encoding_cp850.csv", "encoding is not recognised"),
        ("no_header.csv", "not column names"),
        ("binary_contacts.xlsx", "not a text file"),
    ],
)
def test_malformed_fixture(register: Register, name: str, words: str) -> None:
    with pytest.raises(ImportFileError) as info:
        register.io.read(FIXTURES / name)
    assert words in info.value.render()
    _nothing_written(register)


def test_fifty_megabyte_file_is_refused_before_reading(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    line = b"Etunimi;Sukunimi;Sahkoposti\r\n" + b"Aino;Virtanen;aino@example.fi\r\n" * 10
    with path.open("wb") as handle:
        handle.write(line)
        handle.truncate(50 * 1024 * 1024)
    assert os.path.getsize(path) == 50 * 1024 * 1024
    with pytest.raises(ImportFileError) as info:
        register.io.read(path)
    assert "too large" in info.value.render() and "50.0 MB" in info.value.render()
    _nothing_written(register)


def test_empty_and_missing_files(register: Register, tmp_path: Path) -> None:
    empty = tmp_path / "tyhja.csv"
    empty.write_bytes(b"\r\n  \r\n")
    with pytest.raises(ImportFileError, match="empty"):
        register.io.read(empty)
    with pytest.raises(ImportFileError, match="cannot be opened"):
        register.io.read(tmp_path / "puuttuu.csv")


def test_vcf_without_cards(register: Register, tmp_path: Path) -> None:
    path = tmp_path / "tyhja.vcf"
    path.write_text("VERSION:3.0\nFN:Ei korttia\n", encoding="utf-8")
    src = register.io.read(path)
    with pytest.raises(ImportFileError, match="No contact cards"):
        register.io.preview(src)


def test_error_message_names_no_personal_data(register: Register) -> None:
    register.io.suppression = lambda email, phone: False
    preview = register.io.preview(register.io.read(FIXTURES / "outlook.csv"))
    bad = preview.rows[3].record
    assert all("ei-sahkoposti" not in m.render() for m in bad.errors)
