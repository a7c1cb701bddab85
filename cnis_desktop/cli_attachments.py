"""`cnis attachments add | list | export`: files kept with a child's record, headless.

Registered by `cli.build_parser`; the helpers (opening the vault, the checked output, the
all-or-nothing audited write) are cli.py's own, so an attachment is saved exactly as a PDF is.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .cli import CliError, _open, _output, _write_audited
from .domain.text_safety import for_terminal as _t
from .settings import Settings

if TYPE_CHECKING:
    from .vault.attachment_import import ImportLimits


def _read_source(path: Path, limits: ImportLimits) -> bytes:
    """The file's bytes, refusing one over the authority's size before reading it."""
    if not path.is_file():
        raise CliError(f"no file at {path}")
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise CliError(
            f"{path.name} is {size / 1048576:.1f} MB; the largest file your authority allows is "
            f"{limits.max_bytes / 1048576:.0f} MB. Nothing was saved."
        )
    with path.open("rb") as source:
        return source.read(limits.max_bytes + 1)


def cmd_add(args: argparse.Namespace) -> int:
    from .vault.attachment_import import import_file

    limits = Settings.load().attachment_limits()
    source = Path(args.file).expanduser()
    data = _read_source(source, limits)
    prepared = import_file(data, source.name, limits)  # refused before the passphrase is asked
    vault = _open(args)
    try:
        record_type, child_id = vault.attachments.find_record(args.record_id)
        added = vault.attachments.add_prepared(
            child_id, record_type, args.record_id, prepared, caption=args.caption, restricted=args.restricted
        )
    finally:
        vault.close()
    print(added.id)
    if args.delete_source:
        os.remove(source)
        print(f"Deleted {source}: the copy in the vault is the only one kept by the app.", file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        vault.children.get(args.child_id)  # NotFound: a clear line rather than an empty list
        found = vault.attachments.list_for_child(args.child_id)
    finally:
        vault.close()
    for a in found:
        mark = "restricted" if a.restricted else "-"
        print(
            "\t".join(
                (
                    a.id,
                    a.record_type,
                    a.record_id,
                    a.added_at[:10],
                    a.media_type,
                    str(a.size),
                    mark,
                    _t(a.caption),
                )
            )
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = _output(args)
    vault = _open(args)
    try:
        attachment = vault.attachments.get(args.attachment_id)
        data = vault.attachments.data(attachment.sha256)
        if data is None:
            raise CliError("this attachment's file has not arrived on this laptop yet; sync, then try again")
        detail = "attachment" + (" (restricted)" if attachment.restricted else "")
        _write_audited(vault, out, data, "attachment", attachment.id, detail)
    finally:
        vault.close()
    print(f"Wrote {out} ({len(data):,} bytes). It is not encrypted: keep it safe.")
    return 0


def add_commands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    attachments = sub.add_parser("attachments", help="photos, drawings and letters kept with a record")
    asub = attachments.add_subparsers(dest="action", required=True)
    p = asub.add_parser(
        "add",
        parents=[common],
        help="attach a file (photos are stripped of location and camera details and scaled)",
    )
    p.add_argument(
        "record_id", metavar="RECORD_OR_CHILD_ID", help="a child, visit, views, session or QA visit"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--caption", default="", help="what it shows (the text alternative in documents)")
    p.add_argument("--restricted", action="store_true", help="only in record copies of documents")
    p.add_argument("--delete-source", action="store_true", help="delete FILE once it is safely in the vault")
    p.set_defaults(func=cmd_add)
    p = asub.add_parser("list", parents=[common], help="a child's attachments, one a line, id first")
    p.add_argument("child_id")
    p.set_defaults(func=cmd_list)
    p = asub.add_parser("export", parents=[common], help="save a copy of an attachment (not encrypted)")
    p.add_argument("attachment_id")
    p.add_argument("--out", required=True, help="file to write (not encrypted)")
    p.set_defaults(func=cmd_export)
