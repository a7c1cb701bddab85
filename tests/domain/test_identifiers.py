from hypothesis import given
from hypothesis import strategies as st

from cnis_desktop.domain.identifiers import (
    make_nhs_number,
    make_upn,
    nhs_number_problem,
    upn_problem,
)


def test_known_valid_nhs_number_passes_with_spaces() -> None:
    assert nhs_number_problem("943 476 5919") is None


def test_wrong_check_digit_is_named() -> None:
    assert "check digit" in (nhs_number_problem("9434765918") or "")


def test_wrong_length_is_named() -> None:
    assert "10 digits" in (nhs_number_problem("12345") or "")


def test_blank_nhs_number_is_allowed() -> None:
    assert nhs_number_problem("") is None


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_generated_numbers_validate_and_any_single_digit_change_is_caught(nine: str) -> None:
    number = make_nhs_number(nine)
    if number is None:
        return  # no valid check digit exists for these nine digits
    assert nhs_number_problem(number) is None
    for i in range(10):
        changed = number[:i] + str((int(number[i]) + 1) % 10) + number[i + 1 :]
        assert nhs_number_problem(changed) is not None


def test_upn_check_letter() -> None:
    upn = make_upn("820200101001")
    assert upn_problem(upn) is None
    wrong = ("A" if upn[0] != "A" else "B") + upn[1:]
    assert "check letter" in (upn_problem(wrong) or "")
    assert upn_problem("not-a-upn") is not None
