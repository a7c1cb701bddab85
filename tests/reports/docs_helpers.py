"""Reading documents back as their readers' tools do: pdftotext for the text, its bounding
boxes for where words sit, pypdf for the file's metadata, zipfile and ElementTree for the
accessible version."""

from __future__ import annotations

import html as html_module
import re
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from cnis_desktop.vault import Vault
from cnis_desktop.vault.keyfile import KdfParams

TODAY = date.today()


def text_of(pdf: bytes, layout: bool = True) -> str:
    args = ["pdftotext", "-layout", "-", "-"] if layout else ["pdftotext", "-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()


def pages_of(pdf: bytes) -> list[str]:
    return text_of(pdf).split("\f")[:-1]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    x_max: float
    y_min: float
    y_max: float
    page: int


def words_of(pdf: bytes) -> list[Word]:
    """Every word pdftotext finds, with its box (its -bbox output)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    found = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for m in re.finditer(
            r'<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" '
            r'yMax="([0-9.]+)">([^<]*)</word>',
            page,
        ):
            text = html_module.unescape(m.group(5))
            found.append(
                Word(text, float(m.group(1)), float(m.group(3)), float(m.group(2)), float(m.group(4)), number)
            )
    return found


def lines_of(pdf: bytes) -> list[str]:
    """Text lines as pdftotext reads them without layout (one line of type each)."""
    return [line.strip() for line in text_of(pdf, layout=False).splitlines() if line.strip()]


def new_vault(folder: Path, name: str = "docs.vault") -> Vault:
    return Vault.create(
        folder / name, "granite-orchid-lantern-42", "Alex Officer", "ehe_officer", kdf=KdfParams(1, 8192, 1)
    )


def year() -> tuple[date, date]:
    return TODAY - timedelta(days=365), TODAY
