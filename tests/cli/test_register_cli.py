"""`cnis import register` shows its mapping decisions without asking: each unrecognised value
with its rows and the mapping used; remembered mappings apply."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import cnis
from tests.conftest import PASSPHRASE
from tests.vault.test_register_import import MESSY_ANNEX_B, csv_text


def test_import_lists_the_mapping_used_and_remembers_it(tmp_path: Path) -> None:
    vault = str(tmp_path / "cli.vault")
    made = cnis(
        "init",
        "--vault",
        vault,
        "--name",
        "Alex Officer",
        "--role",
        "ehe_officer",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert made.returncode == 0, made.stderr
    sheet = tmp_path / "messy.csv"
    sheet.write_bytes(MESSY_ANNEX_B)
    dry = cnis(
        "import",
        "register",
        str(sheet),
        "--dry-run",
        "--vault",
        vault,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert dry.returncode == 0, dry.stderr
    out = dry.stdout
    assert "line 3: create Ayla Dunmere (also line 4); 8 to tidy up" in out
    assert "line 7: rejected – the name needs a first name and a last name" in out
    assert (
        "  SEND 'SEN support - SLCN' on 2 rows (lines 3, 4): SEN support, primary need SLCN [proposed]"
    ) in out
    assert (
        "  Arrangement (from Reasons) '(blank)' on 1 row (line 5): Not clear: no arrangement recorded; "
        "flagged for tidy-up [not clear: please choose]"
    ) in out
    assert "  Ayla Dunmere, Hours: line 3: fifty · line 4: 8" in out
    assert "4 to create, 0 to update, 0 unchanged, 0 doubtful, 3 rejected; 12 values to map" in out
    done = cnis(
        "import",
        "register",
        str(sheet),
        "--yes",
        "--vault",
        vault,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert done.returncode == 0 and "4 created" in done.stdout
    later = tmp_path / "later.csv"
    later.write_bytes(
        csv_text([["Name", "Date of birth", "SEND"], ["Tamsin Reedwell", "11/01/2014", "sen support - slcn"]])
    )
    again = cnis(
        "import",
        "register",
        str(later),
        "--dry-run",
        "--vault",
        vault,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert (
        "  SEND 'sen support - slcn' on 1 row (line 2): SEN support, primary need SLCN [remembered]"
    ) in again.stdout
    exported = tmp_path / "out.csv"
    written = cnis(
        "export",
        "register",
        "--format",
        "register",
        "--out",
        str(exported),
        "--vault",
        vault,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert written.returncode == 0, written.stderr
    header = exported.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith("Officer,RAG")  # the authority's own columns come back
