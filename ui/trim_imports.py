"""Trim the import lists pyside6-uic writes to the names a form uses.

uic imports the same long list of Qt classes into every form; with PySide6 each imported
class (QLocale and its enums above all) is built when first imported, about 8 ms of the
app's start-up. Run by `./dev forms` after uic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

IMPORT = re.compile(r"^from (PySide6\.\w+) import (?:\(([^)]*)\)|([^\n(]*))\n", re.M)


def trim(source: str) -> str:
    # Names are looked for in the code only: uic's header comment mentions "Qt", and
    # importing PySide's Qt namespace builds its 94 enums (14 ms).
    body = "\n".join(
        line for line in IMPORT.sub("", source).splitlines() if not line.lstrip().startswith("#")
    )

    def keep_used(match: re.Match[str]) -> str:
        module = match.group(1)
        listed = match.group(2) if match.group(2) is not None else match.group(3)
        names = [n.strip() for n in listed.replace("\n", " ").split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", body)]
        return f"from {module} import {', '.join(used)}\n" if used else ""

    return IMPORT.sub(keep_used, source)


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        path.write_text(trim(path.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
