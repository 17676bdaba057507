"""vCard 2.1 quoted-printable soft breaks decode right in every property; an error names the
card's real line and what is wrong."""

from __future__ import annotations

import pytest

from rekisteri.core.io.records import clean
from rekisteri.core.io.source import ImportFileError
from rekisteri.core.io.vcard_import import parse_vcards

QP = "CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE"


def _card(*lines: str, newline: str = "\r\n") -> str:
    return newline.join(["BEGIN:VCARD", "VERSION:2.1", *lines, "END:VCARD", ""])


@pytest.mark.parametrize(
    "broken",
    [
        "H=C3=A4nnisen-=C3=84ij=\r\n=C3=A4l=C3=A4",  # break between two letters
        "H=C3=A4nnisen-=C3=84ij=C3=\r\n=A4l=C3=A4",  # break inside one letter
        "H=C3=A4nnisen-=C3=84ij=\r\n =C3=A4l=C3=A4",  # continuation folded with a blank
        "H=C3=A4nnisen-=C3=84ij==C3=A4l=C3=A4",  # the line end itself was lost
        "H=C3=A4nni=\r\nsen-=C3=84ij=  \r\n=C3=A4l=C3=A4",  # three lines, trailing blanks
    ],
)
def test_fn_without_n_decodes_across_soft_breaks(broken: str) -> None:
    [raw] = parse_vcards(_card(f"FN;{QP}:{broken}", "EMAIL:h@example.fi"))
    assert raw.full_name == "Hännisen-Äijälä"
    assert clean(raw).last_name == "Hännisen-Äijälä"


def test_every_property_decodes() -> None:
    text = _card(
        f"N;{QP}:Virt=C3=A4=\r\nnen;=C3=84i=\r\nno;;;",
        f"ORG;{QP}:Py=C3=B6r=C3=A4=\r\nkorjaamo Oy",
        f"TITLE;{QP}:Yritt=C3=A4j=\r\n=C3=A4",
        f"ADR;{QP}:;;Kes=C3=A4katu 1=\r\n;H=C3=A4meenlinna;;13100;Suomi",
        f"NOTE;{QP}:Tapaaminen =\r\nsyyskuussa, ty=C3=B6paja",
        "TEL;CELL:040 1234567",
    )
    [raw] = parse_vcards(text)
    assert (raw.last_name, raw.first_name) == ("Virtänen", "Äino")
    assert raw.company == "Pyöräkorjaamo Oy" and raw.title == "Yrittäjä"
    assert (raw.street, raw.city, raw.postcode) == ("Kesäkatu 1", "Hämeenlinna", "13100")
    assert raw.notes == "Tapaaminen syyskuussa, työpaja"


def test_errors_name_the_cards_real_line() -> None:
    text = _card("FN:Aino Virtanen", "EMAIL:aino@example") + _card(
        "FN:Matti Meikäläinen", "this line has no colon", "EMAIL:matti@example.fi"
    )
    first, second = parse_vcards(text)
    assert first.line == 1 and second.line == 6
    errors = [m.render() for m in clean(second).errors]
    assert errors == ["Line 9 of this card could not be read (it is not NAME:value)."]
    assert [m.render() for m in clean(first).errors] == ["An e-mail address is not valid."]


def test_blank_lines_do_not_shift_the_numbers() -> None:
    text = "\n\n" + _card("FN:Aino Virtanen", newline="\n")
    [raw] = parse_vcards(text)
    assert raw.line == 3


def test_a_card_without_end_says_so_with_its_line() -> None:
    text = _card("FN:Aino Virtanen") + "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Matti\r\n"
    with pytest.raises(ImportFileError) as caught:
        parse_vcards(text)
    message = caught.value.render()
    assert "starts on line 5 has no END:VCARD" in message
    assert "BEGIN:VCARD is missing" not in message and "Matti" not in message
