"""Passphrase strength: a score for the meter and the reasons a weak one is refused."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

MIN_LENGTH = 12
MIN_BITS = 60.0

# The handful that people pick most often; long ones pass the length rule otherwise.
_COMMON = {
    "password",
    "passw0rd",
    "password1",
    "password123",
    "qwertyuiop",
    "letmein",
    "iloveyou",
    "welcome",
    "123456789",
    "1234567890",
    "qwerty123",
    "trustno1",
    "correcthorsebatterystaple",
    "administrator",
    "changeme",
}


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) to 4 (strong)
    bits: float
    problems: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return not self.problems

    @property
    def label(self) -> str:
        return ("Very weak", "Weak", "Fair", "Good", "Strong")[self.score]


def _alphabet_size(text: str) -> int:
    size = 0
    if any(c in string.ascii_lowercase for c in text):
        size += 26
    if any(c in string.ascii_uppercase for c in text):
        size += 26
    if any(c in string.digits for c in text):
        size += 10
    if any(c in string.punctuation or c == " " for c in text):
        size += 33
    if any(ord(c) > 127 for c in text):
        size += 100
    return max(size, 1)


def _effective_length(text: str) -> int:
    """Length with runs and repeated chunks collapsed, so 'aaaa…' or 'abcabc…' earn little."""
    collapsed: list[str] = []
    for c in text:
        if not collapsed or collapsed[-1] != c:
            collapsed.append(c)
    core = "".join(collapsed)
    for size in range(1, len(core) // 2 + 1):
        chunk = core[:size]
        if chunk * (len(core) // size) == core[: size * (len(core) // size)]:
            return size + len(core) % size
    return len(core)


def assess(passphrase: str) -> Strength:
    problems: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        problems.append(f"Use at least {MIN_LENGTH} characters (a few unrelated words work well).")
    if passphrase.lower().replace(" ", "") in _COMMON:
        problems.append("This is one of the most commonly used passwords.")
    effective = _effective_length(passphrase)
    if effective < len(passphrase) / 2:
        problems.append("Avoid repeating the same characters or pattern.")
    bits = effective * math.log2(_alphabet_size(passphrase))
    if not problems and bits < MIN_BITS:
        problems.append("Make it longer or mix in words, numbers or symbols.")
    score = min(4, int(bits // 20))
    if problems:
        score = min(score, 1)
    return Strength(score=score, bits=bits, problems=tuple(problems))
