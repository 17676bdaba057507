"""Random text, bytes and encodings against the importers and the facade's inputs: no crash,
no half-written import, every failure a message for the user."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rekisteri.core.dto import ContactInput, CustomerInput
from rekisteri.core.errors import RekisteriError, ValidationError
from rekisteri.core.io.preview import RowStatus
from rekisteri.core.register import Register
from rekisteri.core.validation import LIMITS

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "mac_roman")

# Text that looks like the files people really import, with hostile bits mixed in.
cell = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["Aino", "Äijälä", "=cmd|'/C calc'!A0", "a@example.fi", "040 123 4567",
                     '"', '""', ";", "\x00", "\r", "\u2028", "BEGIN:VCARD", "=C3=A4"]),
)  # fmt: skip
csv_text = st.lists(st.lists(cell, min_size=1, max_size=6), min_size=1, max_size=8).map(
    lambda rows: "\n".join(
        [
            "Etunimi;Sukunimi;Sähköposti;Puhelin;Yritys",
            *(";".join(r) for r in rows),
        ]
    )
)
vcard_line = st.one_of(
    st.sampled_from(
        [
            "FN:Aino Virtanen",
            "N:Virtanen;Aino;;;",
            "EMAIL:aino@example.fi",
            "TEL;CELL:040 1234567",
            "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:H=C3=A4nni=",
            "=C3=A4l=C3=A4",
            "ORG;ENCODING=QUOTED-PRINTABLE:=",
            "PHOTO;ENCODING=BASE64:AAAA",
            "END:VCARD",
            "BEGIN:VCARD",
            "",
            " folded",
        ]
    ),
    st.text(max_size=30),
)
vcard_text = st.lists(vcard_line, max_size=12).map(
    lambda lines: "\r\n".join(["BEGIN:VCARD", "VERSION:2.1", *lines, "END:VCARD"])
)


def _import_or_message(register: Register, data: bytes, suffix: str) -> None:
    """Read, preview and commit ``data``: it works, or a typed error says why; then the
    register holds all of it or none of it."""
    before = register.counts()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"tuonti{suffix}"
        path.write_bytes(data)
        try:
            src = register.io.read(path)
            preview = register.io.preview(src)
        except RekisteriError as exc:
            assert exc.render()
            assert register.counts() == before
            return
    new = [r for r in preview.rows if r.status is RowStatus.NEW]
    try:
        result = register.io.commit(preview)
    except RekisteriError as exc:
        assert exc.render()
        assert register.counts() == before  # nothing half-written
        return
    after = register.counts()
    assert after.contacts - before.contacts == result.contacts_added <= len(new)


@SETTINGS
@given(text=csv_text, encoding=st.sampled_from(ENCODINGS))
def test_csv_files_in_any_encoding(register: Register, text: str, encoding: str) -> None:
    _import_or_message(register, text.encode(encoding, "replace"), ".csv")


@SETTINGS
@given(text=vcard_text, encoding=st.sampled_from(ENCODINGS))
def test_vcard_files_in_any_encoding(register: Register, text: str, encoding: str) -> None:
    _import_or_message(register, text.encode(encoding, "replace"), ".vcf")


@SETTINGS
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".vcf", ".txt"]))
def test_random_bytes(register: Register, data: bytes, suffix: str) -> None:
    _import_or_message(register, data, suffix)


@SETTINGS
@given(
    name=st.text(max_size=260),
    first=st.text(max_size=130),
    city=st.text(max_size=130),
    notes=st.text(max_size=300),
    email=st.one_of(st.just(""), st.emails(), st.text(max_size=30)),
)
def test_the_facade_takes_any_text(
    register: Register, name: str, first: str, city: str, notes: str, email: str
) -> None:
    before = register.counts()
    data = CustomerInput(
        name=name,
        notes=notes,
        contacts=(ContactInput(first_name=first, last_name="Virtanen", city=city,
                               emails=(email,) if email else ()),),
    )  # fmt: skip
    try:
        saved = register.create_customer(data)
    except ValidationError as exc:
        assert exc.errors and all(m.render() for m in exc.errors.values())
        assert register.counts() == before
        return
    stored = register.get_customer(saved.id)
    assert stored.name == name.strip() and len(stored.name) <= LIMITS["name"]
    assert "\x00" not in stored.name + stored.notes + stored.contacts[0].first_name
