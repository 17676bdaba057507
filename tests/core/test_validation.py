"""Validators with values from real life (the seeds' own numbers) and typical mistakes."""

import pytest

from rekisteri.core.validation import (
    FieldError,
    format_phone,
    mask_hetu,
    normalize_business_id,
    normalize_email,
    normalize_hetu,
    normalize_phone,
)


@pytest.mark.parametrize(
    ("raw", "stored"),
    [("1572860-0", "1572860-0"), (" 15728600 ", "1572860-0"), ("2468114-6", "2468114-6")],
)
def test_business_id_normalised(raw: str, stored: str) -> None:
    assert normalize_business_id(raw) == stored


@pytest.mark.parametrize("raw", ["1572860-1", "157286-0", "abc", "1572860-00"])
def test_business_id_rejected_with_readable_message(raw: str) -> None:
    with pytest.raises(FieldError) as exc:
        normalize_business_id(raw)
    assert "Y-tunnus" in exc.value.message.render()


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("040 500 5634", "+358405005634"),
        ("+358 (0)44 270 8139", "+358442708139"),
        ("050-570 4969", "+358505704969"),
        ("044 3434 456", "+358443434456"),
        ("+46 8 123 456 78", "+46812345678"),
    ],
)
def test_phone_stored_in_e164(raw: str, e164: str) -> None:
    assert normalize_phone(raw) == e164


@pytest.mark.parametrize("raw", ["040 500", "hello", "+358 1", "123"])
def test_phone_rejected(raw: str) -> None:
    with pytest.raises(FieldError):
        normalize_phone(raw)


def test_phone_shown_in_national_form() -> None:
    assert format_phone("+358405005634") == "040 5005634"


def test_email_accepts_and_normalises_domain() -> None:
    assert normalize_email(" noora.ylimys@Prosist.FI ") == "noora.ylimys@prosist.fi"


@pytest.mark.parametrize("raw", ["noora ylimys@prosist.fi", "info@", "@pro.fi", "a@b"])
def test_email_rejected(raw: str) -> None:
    with pytest.raises(FieldError) as exc:
        normalize_email(raw)
    assert "e-mail" in exc.value.message.render()


def test_hetu_validated_and_masked() -> None:
    assert normalize_hetu("131052-308t") == "131052-308T"
    assert mask_hetu("131052-308T") == "131052-****"
    with pytest.raises(FieldError):
        normalize_hetu("131052-308U")
