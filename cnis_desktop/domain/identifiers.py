"""Checks for identifiers that carry their own check digit."""

from __future__ import annotations

import re

_UPN = re.compile(r"^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$")
_UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def normalise_nhs_number(text: str) -> str:
    return re.sub(r"[\s-]", "", text)


def nhs_number_problem(text: str) -> str | None:
    """None when valid, else a sentence for the user. The check digit is modulus 11."""
    digits = normalise_nhs_number(text)
    if not digits:
        return None
    if not digits.isdigit() or len(digits) != 10:
        return "An NHS number has 10 digits."
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10 or check != int(digits[9]):
        return "This NHS number's check digit does not match; please check it."
    return None


def upn_problem(text: str) -> str | None:
    """A UPN is 13 characters: a check letter, LA and school numbers, a serial."""
    upn = text.strip().upper()
    if not upn:
        return None
    if not _UPN.match(upn):
        return "A UPN is a letter followed by 12 digits (the last may be a letter)."
    weights = range(2, 14)
    total = 0
    for ch, w in zip(upn[1:], weights, strict=True):
        value = int(ch) if ch.isdigit() else _UPN_CHECK_LETTERS.index(ch)
        total += value * w
    if _UPN_CHECK_LETTERS[total % 23] != upn[0]:
        return "This UPN's check letter does not match; please check it."
    return None


def make_upn(body: str) -> str:
    """Prefix 12 characters with their check letter (for fictional demo data)."""
    total = 0
    for ch, w in zip(body, range(2, 14), strict=True):
        value = int(ch) if ch.isdigit() else _UPN_CHECK_LETTERS.index(ch)
        total += value * w
    return _UPN_CHECK_LETTERS[total % 23] + body


def make_nhs_number(first_nine: str) -> str | None:
    """Complete nine digits with their check digit, or None where no valid one exists."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        return None
    return first_nine + str(check)
