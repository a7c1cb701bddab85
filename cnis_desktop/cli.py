"""`cnis`: headless commands over the same vault and reports as the app. No Qt here.

Errors print one line to stderr and exit 1; usage errors exit 2. What only some commands
need (SQLCipher and the records, ReportLab, the demo data) is imported by those commands,
so that a command that needs none of it - `cnis timeline` - starts at once.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import getpass
import os
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, logs, paths
from .domain import codes
from .domain.audience import AUDIENCE, SAFEST_AUDIENCE, copy_for
from .domain.dates import DateProblem, parse_user_date
from .domain.register import FORMATS
from .domain.text_safety import for_terminal as _t
from .reports.pack_options import SECTIONS, PackOptions
from .settings import Settings
from .vault import VaultError
from .vault.files import refuse_special_output, write_private_atomically

if TYPE_CHECKING:
    from .vault import Vault


class CliError(Exception):
    pass


def _read_passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    if args.passphrase_stdin:
        line = sys.stdin.readline()
        if not line:
            raise CliError("no passphrase on standard input")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the passphrase; use --passphrase-stdin")
    first = getpass.getpass("Vault passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise CliError("the two passphrases differ; nothing was created")
    return first


def _vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else paths.default_vault_path()


def _existing_vault_path(args: argparse.Namespace) -> Path:
    """--vault, else $CNIS_VAULT, else the user's vault, else the demo vault `cnis demo`
    made; if none is there, say every place looked in."""
    from .vault.unlocking import vault_exists

    if args.vault or os.environ.get(paths.VAULT_ENV):
        path = _vault_path(args)
        if vault_exists(path):
            return path
        raise CliError(f"no vault at {path}; create one with 'cnis init' or 'cnis demo'")
    looked = [paths.default_vault_path(), paths.demo_vault_path()]
    for path in looked:
        if vault_exists(path):
            if path == paths.demo_vault_path():
                print(f"cnis: using the demo vault at {path}", file=sys.stderr)
            return path
    raise CliError(
        f"no vault at {looked[0]} or {looked[1]}; create one with 'cnis init' or 'cnis demo', or give --vault"
    )


def _open(args: argparse.Namespace) -> Vault:
    from .vault import Vault

    return Vault.open(_existing_vault_path(args), _read_passphrase(args))


def cmd_init(args: argparse.Namespace) -> int:
    from .vault import Vault

    path = _vault_path(args)
    if Vault.exists(path):
        raise CliError(f"a vault already exists at {path}; it was left untouched")
    vault = Vault.create(path, _read_passphrase(args, confirm=True), args.name, args.role)
    vault.close()
    print(f"Created an encrypted vault at {path}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import DEMO_PASSPHRASE, populate
    from .vault import Vault

    path = Path(args.vault).expanduser() if args.vault else paths.demo_vault_path()
    if Vault.exists(path):
        raise CliError(f"a vault already exists at {path}; it was left untouched")
    passphrase = _read_passphrase(args) if args.passphrase_stdin else DEMO_PASSPHRASE
    vault = Vault.create(path, passphrase, "Demo Officer", "ehe_officer")
    populate(vault, children=args.children)
    count = vault.children.count()
    vault.close()
    print(f"Created a demo vault of {count} fictional children at {path}")
    if not args.passphrase_stdin:
        print(f"Its passphrase is: {DEMO_PASSPHRASE}")
    return 0


# A name, a date of birth or a UPN is short; a longer search is a mistake (or an attack
# on SQLite's LIKE, which refuses patterns over 50,000 bytes with an error).
MAX_SEARCH = 200


def cmd_children_list(args: argparse.Namespace) -> int:
    if args.search and len(args.search) > MAX_SEARCH:
        raise CliError(f"--search is {len(args.search):,} characters; at most {MAX_SEARCH}")
    _refuse_control_characters("--search", args.search or "")
    vault = _open(args)
    try:
        rows = vault.children.caseload(search=args.search or "")
        for row in rows:
            dob = f"{row.date_of_birth:%d/%m/%Y}" if row.date_of_birth else "-"
            due = f"{row.next_contact_due:%d/%m/%Y}" if row.next_contact_due else "-"
            arrangement = row.arrangement_type or "-"
            print(f"{row.id}\t{_t(row.name)}\t{dob}\t{arrangement}\t{row.send_status}\tnext contact {due}")
    finally:
        vault.close()
    if not rows:  # as grep does: nothing found is exit 1, said on stderr (stdout stays rows only)
        raise CliError("no child matches" if args.search else "no children in this vault")
    return 0


def cmd_visits_list(args: argparse.Namespace) -> int:
    vault = _open(args)
    try:
        child_ids = [args.child_id] if args.child_id else [r.id for r in vault.children.caseload()]
        for child_id in child_ids:
            child = vault.children.get(child_id).record
            for stored in vault.visits.for_child(child_id):
                visit = stored.effective()
                day = visit.actual_date or visit.planned_date
                when = f"{day:%d/%m/%Y}" if day else "-"
                print(
                    f"{stored.id}\t{when}\t{stored.status}\t"
                    f"{codes.VISIT_TYPE.label(visit.visit_type)}\t{_t(child.display_name)}"
                )
    finally:
        vault.close()
    return 0


def cmd_visits_add(args: argparse.Namespace) -> int:
    """A visit from a JSON file of the form's fields: checked as the form checks it (one line
    per problem, nothing written), then saved as a draft, or finalised with --finalise."""
    import json
    from datetime import UTC, datetime

    from .domain.validation import validate_visit_draft, validate_visit_final
    from .domain.visit_file import visit_from_file

    path = Path(args.from_file)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from exc
    except ValueError as exc:
        raise CliError(f"{path} is not JSON: {exc}") from exc
    settings = Settings.load()
    vault = _open(args)
    try:
        vault.children.get(args.child_id)
        visit, problems = visit_from_file(data, args.child_id)
        show_procedure = visit.safeguarding_concern and visit.safeguarding_procedure_shown_at is None
        if show_procedure:  # as the form does on ticking the box: shown, and recorded
            visit.safeguarding_procedure_shown_at = datetime.now(UTC).replace(microsecond=0)
        interval = settings.timeline_rules().period("ehe_contact")
        problems = {
            **(
                validate_visit_final(visit, date.today(), interval)
                if args.finalise
                else validate_visit_draft(visit)
            ),
            **problems,
        }
        if problems:
            for name, message in problems.items():
                print(f"cnis: {name.replace('_', ' ')}: {message}", file=sys.stderr)
            print("cnis: nothing was written", file=sys.stderr)
            return 1
        if show_procedure:
            print(settings.safeguarding_procedure, file=sys.stderr)
        with vault.atomic():
            stored = vault.visits.start(visit)
            if show_procedure:
                vault.audit("safeguarding_procedure_shown", "visit", stored.id)
            if args.finalise:
                vault.visits.finalise(stored.id, contact_interval=interval)
    finally:
        vault.close()
    print(stored.id)
    return 0


def _output(args: argparse.Namespace) -> Path:
    """Checked before the passphrase is asked for: a missing folder, a folder, a device
    (/dev/full) or a pipe is refused with one line, nothing written."""
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise CliError(f"the folder {out.parent} does not exist")
    refuse_special_output(out)
    return out


def _write_audited(
    vault: Vault, out: Path, data: bytes, record_type: str, record_id: str, detail: str
) -> None:
    """Write the file whole or not at all, and audit what really happened."""
    try:
        write_private_atomically(out, data)
    except OSError:
        vault.audit("export_failed", record_type, record_id, detail=detail)
        raise
    vault.audit("export", record_type, record_id, detail=detail)
    logs.event("document_saved", kind=record_type, id=record_id, bytes=len(data))


def _third_party(args: argparse.Namespace) -> bool | None:
    if args.third_party and args.no_third_party:
        raise CliError("give --third-party or --no-third-party, not both")
    return True if args.third_party else False if args.no_third_party else None


def cmd_print_visit_summary(args: argparse.Namespace) -> int:
    from .documents import audit_detail, renderer, visit_summary

    out = _output(args)
    copy = copy_for(args.copy, _third_party(args))
    authority = Settings.load().authority_name
    vault = _open(args)
    try:
        with logs.timed("document_rendered", kind="visit_summary", id=args.visit_id, format=args.format) as f:
            document = visit_summary(vault, args.visit_id, copy, authority=authority)
            data = renderer(args.format)(document)
            f["bytes"] = len(data)
        _write_audited(
            vault, out, data, "visit", args.visit_id, audit_detail("visit summary", copy, args.format)
        )
    finally:
        vault.close()
    print(f"Wrote {out} ({len(data):,} bytes), the {copy.notice.lower()}. It is not encrypted: keep it safe.")
    return 0


def _left_out(values: list[str]) -> dict[str, str]:
    """--leave-out SECTION or SECTION=REASON, repeatable."""
    found = {}
    for value in values:
        key, _, reason = value.partition("=")
        if key.strip() not in SECTIONS:
            raise CliError(f"--leave-out: no section '{key.strip()}'; sections: {', '.join(SECTIONS)}")
        found[key.strip()] = reason.strip()
    return found


def cmd_print_review_pack(args: argparse.Namespace) -> int:
    from .documents import audit_detail, renderer, review_pack_data
    from .reports.review_pack import review_pack_document

    out = _output(args)
    _period(args)
    reasons = _left_out(args.leave_out or [])
    options = PackOptions(
        args.from_,
        args.to,
        frozenset(SECTIONS) - frozenset(reasons),
        third_party=_third_party(args),
        audience=args.copy,
        left_out_reasons=reasons,
    )
    settings = Settings.load()
    vault = _open(args)
    try:
        with logs.timed("document_rendered", kind="review_pack", id=args.child_id, format=args.format) as f:
            pack = review_pack_data(
                vault,
                args.child_id,
                options,
                rules=settings.timeline_rules(),
                authority=settings.authority_name,
            )
            data = renderer(args.format)(review_pack_document(pack, options))
            f["bytes"] = len(data)
        _write_audited(
            vault, out, data, "child", args.child_id, audit_detail("review pack", options.copy, args.format)
        )
    finally:
        vault.close()
    print(
        f"Wrote {out} ({len(data):,} bytes), the {options.copy.notice.lower()}. It is not "
        "encrypted: keep it safe."
    )
    if pack.pictures_not_here:
        many = pack.pictures_not_here != 1
        print(
            f"{pack.pictures_not_here} picture{'s' if many else ''} attached to the child's views"
            f" {'are' if many else 'is'} not on this laptop yet: the pack says so where"
            f" {'they go' if many else 'it goes'}. Sync, then make it again to include"
            f" {'them' if many else 'it'}.",
            file=sys.stderr,
        )
    return 0


# Dates a record of a child in school age can have; also keeps week arithmetic (+7 days)
# far from date's limits, 0001 and 9999.
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)
# A summary or a pack covers a school career at most.
MAX_PERIOD_DAYS = 20 * 366


def _date_arg(text: str) -> date:
    try:
        value = parse_user_date(text)
    except (DateProblem, OverflowError) as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if value is None:
        raise argparse.ArgumentTypeError("a date is needed")
    if not EARLIEST <= value <= LATEST:
        raise argparse.ArgumentTypeError(
            f"{text}: give a date between {EARLIEST:%d/%m/%Y} and {LATEST:%d/%m/%Y}"
        )
    return value


def _period(args: argparse.Namespace) -> None:
    if args.to < args.from_:
        raise CliError("--to is before --from")
    if (args.to - args.from_).days > MAX_PERIOD_DAYS:
        raise CliError("--from and --to are more than 20 years apart; give a shorter period")


def _refuse_control_characters(option: str, text: str) -> None:
    from .domain.text_safety import control_character_problem

    if problem := control_character_problem(text):
        raise CliError(f"{option}: {problem}")


def cmd_eotas_log(args: argparse.Namespace) -> int:
    status = codes.ACTIVITY_STATUS_KEYS.get(args.status, args.status)
    if status not in codes.ACTIVITY_STATUS:
        raise CliError(
            f"unknown status '{args.status}': use one of "
            f"{', '.join(codes.ACTIVITY_STATUS.codes)} (or d, p, f, n, r)"
        )
    if status != "delivered" and args.minutes:
        raise CliError("only a delivered session has minutes; give --minutes 0 or leave it out")
    if not 0 <= args.minutes <= 24 * 60:
        raise CliError("--minutes: give the minutes delivered, from 0 to 1,440")
    if args.date > date.today():
        raise CliError(
            f"--date {args.date:%d/%m/%Y} is after today: a session is logged once it has happened"
        )
    if args.date.year < 2000:
        raise CliError(f"--date {args.date:%d/%m/%Y} is before any EOTAS package")
    _refuse_control_characters("--note", args.note or "")
    vault = _open(args)
    try:
        component = vault.eotas.find_component(args.child_id, args.component)
        from .domain.eotas import ActivityEntry
        from .domain.hours import session_minutes

        entry = ActivityEntry(
            child_id=args.child_id,
            component_id=component.id,
            entry_date=args.date,
            planned_minutes=session_minutes(component.record),
            actual_minutes=args.minutes if status == "delivered" else 0,
            status=status,
            what_done=args.note or "",
        )
        entry_id = vault.eotas.log(entry)
    finally:
        vault.close()
    print(f"{entry_id}\t{args.date:%d/%m/%Y}\t{component.record.name}\t{status}\t{args.minutes} min")
    return 0


def cmd_eotas_summary(args: argparse.Namespace) -> int:
    _period(args)
    vault = _open(args)
    try:
        child = vault.children.get(args.child_id).record
        package = vault.eotas.package_for(args.child_id)
        if package is None:
            raise CliError(f"{child.display_name} has no EOTAS package")
        components = vault.eotas.components_for(args.child_id)
        weeks = vault.eotas.weekly(args.child_id, args.from_, args.to)
    finally:
        vault.close()
    print(f"{_t(child.display_name)}: EOTAS package from {package.record.start_date:%d/%m/%Y}")
    for c in components:
        print(f"  component {c.id}  {c.record.name}  {c.record.planned_hours_per_week:g} h/week")
    print("week (Mon)\tplanned h\tdelivered h\tfull-time h\tbelow plan\tnot delivered")
    for w in weeks:
        causes = (
            ", ".join(
                f"{codes.ACTIVITY_STATUS.label(k).lower()} {n}" for k, n in sorted(w.not_delivered.items())
            )
            or "-"
        )
        print(
            f"{w.start:%d/%m/%Y}\t{w.planned_minutes / 60:.1f}\t{w.delivered_minutes / 60:.1f}"
            f"\t{w.threshold_minutes / 60:.1f}\t{'yes' if w.below_plan else 'no'}\t{causes}"
        )
    planned = sum(w.planned_minutes for w in weeks) / 60
    delivered = sum(w.delivered_minutes for w in weeks) / 60
    print(f"total\t{planned:.1f}\t{delivered:.1f}")
    return 0


def cmd_dashboard(args: argparse.Namespace) -> int:
    settings = Settings.load()
    vault = _open(args)
    try:
        items = vault.oversight.dashboard(rules=settings.timeline_rules(), thresholds=settings.thresholds())
    finally:
        vault.close()
    today = date.today()
    titles = {
        "deadlines": "Deadlines overdue or due in the next 14 days",
        "consent": "Consent to home educate not yet decided",
        "absence": "Persistent or severe absence (sessions missed)",
        "health": "Arrangements not notified to health",
        "partners": "Arrangements not notified to any partner",
        "hours": "Below full time for their key stage",
        "lead": "No lead professional",
    }
    for section, title in titles.items():
        found = [i for i in items if i.section == section]
        print(f"{title}: {len(found)}")
        for i in found:
            when = f"{i.due:%d/%m/%Y} ({i.state(today)})" if i.due else ""
            print(_t("\t".join(x for x in (i.child_id, i.child_name, i.title, when, i.detail) if x)))
    return 0


# A caseload sheet of thousands of children is a few MB; far more is not one.
MAX_SHEET_BYTES = 50 * 1024 * 1024


def _read_sheet_file(path: Path) -> bytes:
    """The sheet's bytes, if it is an ordinary file of a sane size (a device such as
    /dev/zero, or a pipe, would be read for ever)."""
    import stat

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise CliError(f"{path} is not an ordinary file")
        if info.st_size > MAX_SHEET_BYTES:
            raise CliError(
                f"{path} is {info.st_size / 1e6:.0f} MB; a caseload sheet is at "
                f"most {MAX_SHEET_BYTES // 2**20} MB"
            )
        return path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from exc


def cmd_import_register(args: argparse.Namespace) -> int:
    from .domain.sheet_import import ORIGINS
    from .vault.registers import apply_import, plan_import

    path = Path(args.file)
    data = _read_sheet_file(path)
    vault = _open(args)
    try:
        try:
            plan = plan_import(vault, data, args.format, titles=Settings.load().register_columns)
        except csv.Error as exc:  # e.g. a cell over the csv module's 128 KiB
            raise CliError(f"{path} cannot be read as a spreadsheet ({exc}); nothing was imported") from exc
        if plan.missing_columns:
            raise CliError(f"the sheet has no {', '.join(plan.missing_columns)} column; nothing was imported")
        for row in plan.rows:
            detail = f" ({', '.join(row.changes)})" if row.changes else ""
            also = (
                (
                    " (also line"
                    + ("s " if len(row.lines) > 2 else " ")
                    + ", ".join(str(n) for n in row.lines[1:])
                    + ")"
                )
                if len(row.lines) > 1
                else ""
            )
            tidy = f"; {len(row.flags)} to tidy up" if row.flags else ""
            print(_t(f"line {row.line}: {row.action} {row.name}{also}{detail}{tidy}"))
        for line, reason in plan.rejected:
            print(_t(f"line {line}: rejected – {reason}"))
        if plan.values:
            # Not asked here: what each wording becomes, and why (remembered mappings apply;
            # the app's import dialog changes them, and remembers the change).
            print("Values to map (the sheet's words are kept on the child and flagged):")
            for value in plan.values:
                lines = ", ".join(str(n) for n in value.lines[:10])
                more = f" and {len(value.lines) - 10} more" if len(value.lines) > 10 else ""
                rows = f"{len(value.lines)} row{'s' if len(value.lines) != 1 else ''}"
                print(
                    f"  {value.column} '{value.text or '(blank)'}' on {rows} "
                    f"(line{'s' if len(value.lines) != 1 else ''} {lines}{more}): "
                    f"{value.describe()} [{ORIGINS[value.origin]}]"
                )
        if plan.differences:
            print(
                "Differences between lines about one child (the first line's value is used "
                "and flagged for a person to decide):"
            )
            for row, difference in plan.differences:
                said = " · ".join(f"line {n}: {text}" for n, text in difference.values)
                print(f"  {row.name}, {difference.title}: {said}")
        print(
            f"{plan.count('create')} to create, {plan.count('update')} to update, "
            f"{plan.count('unchanged')} unchanged, {len(plan.doubtful)} doubtful, "
            f"{len(plan.rejected)} rejected; {len(plan.values)} values to map, "
            f"{plan.flag_count} values flagged for tidy-up"
        )
        if args.dry_run:
            return 0
        same: set[int] = set()
        if not args.yes:
            for row in plan.doubtful:
                existing = vault.children.get(row.candidate).record
                if _ask(
                    f"line {row.line}: is {row.name} the same child as "
                    f"{existing.display_name} ({existing.date_of_birth:%d/%m/%Y})? [y/N] "
                ):
                    same.add(row.line)
            if not _ask("Import these changes? [y/N] "):
                print("Nothing was imported.")
                return 1
        done = apply_import(vault, plan, same)
    finally:
        vault.close()
    print("Imported: " + ", ".join(f"{n} {k}" for k, n in done.items()))
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    from .sync.client import HubRefused, HubUnavailable, InsecureHubAddress, hub_address_problem
    from .sync.engine import enrol

    if problem := hub_address_problem(args.hub):  # before asking for the passphrase
        raise CliError(f"enrolment failed: {problem}")
    vault = _open(args)
    try:
        device_id = enrol(vault, args.hub, args.code)
    except (HubRefused, HubUnavailable, InsecureHubAddress) as exc:
        raise CliError(f"enrolment failed: {exc}") from exc
    finally:
        if vault.is_open:
            vault.close()
    print(f"This laptop is enrolled with {args.hub} as device {device_id}.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from .sync.client import HubRefused, HubUnavailable, InsecureHubAddress
    from .sync.engine import sync_once

    vault = _open(args)
    thumbnails = 0
    try:
        report = sync_once(vault)
        if vault.is_open and report.blobs.downloaded:
            # As the app does after a sync: the new photos' thumbnails, made once, so that
            # the app's galleries open at once next time.
            thumbnails = vault.attachments.make_missing_thumbnails()
    except (HubRefused, HubUnavailable, InsecureHubAddress) as exc:
        raise CliError(f"sync failed: {exc}") from exc
    finally:
        if vault.is_open:
            vault.close()
    if report.wiped:
        print("This laptop was revoked by the hub: its vault has been wiped.")
        return 2
    print(f"Pushed {report.pushed} changes ({report.duplicates} already on the hub), pulled {report.pulled}.")
    if report.blobs.uploaded or report.blobs.downloaded:
        print(
            f"Attachments: sent {report.blobs.uploaded}, received {report.blobs.downloaded}"
            f" ({thumbnails} thumbnails made)."
        )
    for record_id, reason in report.refused:
        print(f"refused: {record_id}: {reason}")
    if report.set_aside:
        print(
            f"set aside: {report.set_aside} pulled changes named one child but were about"
            " another; not applied (see the sync problems)"
        )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Every page's authentication code (cipher_integrity_check) and structure
    (integrity_check), on a connection that refuses writes: never rewrites the vault."""
    from .vault.integrity import check_pages, check_sealed_files, note_full_check
    from .vault.unlocking import unlock_key

    path = _existing_vault_path(args)
    key = unlock_key(path, _read_passphrase(args), check=False)
    check_pages(path, key, full=True)
    note_full_check(path)
    print(f"The vault at {path} is whole: every page is intact and authentic.")
    checked, failed = check_sealed_files(path, key)
    if failed:
        raise CliError(
            f"{len(failed)} of the {checked} attachments' files beside the vault are missing or"
            " damaged. The app removes a damaged one when it next tries to show it, and a sync"
            " then fetches each again from the hub; one never sent to the hub can only come"
            " back from a backup made before the damage."
        )
    if checked:
        print(f"Its {checked} attachments' files are whole and authentic.")
    return 0


def cmd_diagnostics(args: argparse.Namespace) -> int:
    """Logs, versions, settings and the vault's shape in a zip for the support desk. No
    passphrase needed; with --passphrase-stdin the vault's schema and row counts are added."""
    from . import diagnostics

    out = _output(args)
    path = _vault_path(args)
    if not args.vault and not os.environ.get(paths.VAULT_ENV) and not path.exists():
        path = paths.demo_vault_path() if paths.demo_vault_path().exists() else path
    vault = _open(args) if args.passphrase_stdin else None
    try:
        size = diagnostics.save(out, path, vault)
    finally:
        if vault is not None:
            vault.close()
    print(f"Wrote {out} ({size:,} bytes): logs, versions, settings and the vault's size; no record content.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """An encrypted backup now (the app makes one a day), the last seven kept."""
    vault = _open(args)
    try:
        made = vault.make_backup()
        vault.audit("backup", "vault", vault.profile.vault_id, detail=made.name)
    finally:
        vault.close()
    print(f"Backed the vault up to {made} (encrypted, same passphrase).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Put a backup in the vault's place after a confirmation; the current vault is kept
    aside. Works when the vault itself is damaged: the passphrase is checked on the backup."""
    from .vault.backup import describe, list_backups, unlock_backup
    from .vault.session import restore_and_audit

    path = _vault_path(args)
    backup = Path(args.backup).expanduser()
    if not backup.is_file():
        known = list_backups(path)
        names = ", ".join(str(b.path) for b in known[:3]) or "none"
        raise CliError(f"no backup at {backup}; this vault's latest backups: {names}")
    key = unlock_backup(path, backup, _read_passphrase(args))
    made = next((b for b in list_backups(path) if b.path.resolve() == backup.resolve()), None)
    when = describe(made) if made else backup.name
    if not args.yes and not _ask(
        f"Restore the backup of {when} over {path}? Changes made since then that were not synced will "
        "not be in it; the current vault is kept aside. [y/N] "
    ):
        print("Nothing was restored.")
        return 1
    vault, aside = restore_and_audit(path, backup, key)
    vault.close()
    print(f"Restored {backup} to {path}. The previous vault is kept as {aside}.")
    return 0


def cmd_recovery_key_init(args: argparse.Namespace) -> int:
    """For the authority, once: the recovery key pair. The private key goes offline."""
    from .vault.files import ensure_private_dir
    from .vault.recovery import fingerprint, new_keypair

    outs = [Path(args.out_private).expanduser(), Path(args.out_public).expanduser()]
    for out in outs:
        if out.exists():
            raise CliError(f"{out} already exists; it was left untouched")
        if not out.parent.is_dir():
            raise CliError(f"the folder {out.parent} does not exist")
    private_pem, public_pem = new_keypair()
    ensure_private_dir(outs[0].parent)
    write_private_atomically(outs[0], private_pem)
    write_private_atomically(outs[1], public_pem)
    from cryptography.hazmat.primitives import serialization

    public = serialization.load_pem_public_key(public_pem).public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    print(f"Wrote the recovery private key to {outs[0]}: keep it offline, never on a laptop.")
    print(f"Wrote the recovery public key to {outs[1]} (fingerprint {fingerprint(public)}).")
    return 0


def _read_key_file(path_text: str) -> bytes:
    from .vault.keyfile import read_small_regular_file

    path = Path(path_text).expanduser()
    if not path.exists():
        raise CliError(f"no file at {path}")
    return read_small_regular_file(path)


def cmd_recovery_key_set(args: argparse.Namespace) -> int:
    public_pem = _read_key_file(args.public_file)
    vault = _open(args)
    try:
        found = vault.set_recovery_key(public_pem)
    finally:
        vault.close()
    print(f"The vault's key is also wrapped to the authority's recovery key {found}.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """A forgotten passphrase: a new one, set with the authority's recovery private key."""
    from .vault.recovery import recover

    private_pem = _read_key_file(args.recovery_key)
    path = _existing_vault_path(args)
    if args.passphrase_stdin:
        new = _read_passphrase(args)
    else:
        if not sys.stdin.isatty():
            raise CliError("no terminal to ask for the new passphrase; use --passphrase-stdin")
        new = getpass.getpass("New passphrase: ")
        if getpass.getpass("Repeat the new passphrase: ") != new:
            raise CliError("the two passphrases differ; nothing was changed")
    vault = recover(path, private_pem, new)
    vault.close()
    print(f"A new passphrase is set for {path}; the recovery was audited and is reported at the next sync.")
    return 0


def _ask(prompt: str) -> bool:
    try:
        return input(prompt).strip().lower().startswith("y")
    except EOFError:
        print("\n(no answer on standard input: taken as no; use --yes to import without asking)")
        return False


def cmd_export_register(args: argparse.Namespace) -> int:
    from .domain.register import write_sheet
    from .vault.registers import export_table

    out = _output(args)
    vault = _open(args)
    try:
        # export_table + write_sheet rather than export_sheet, which audits the export as
        # done before the file is written: here the audit follows the write.
        text = write_sheet(*export_table(vault, args.format, titles=Settings.load().register_columns))
        _write_audited(vault, out, text.encode("utf-8-sig"), "register", "", f"{args.format} CSV")
    finally:
        vault.close()
    print(f"Wrote {out}. It is not encrypted: keep it safe.")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    """Statutory dates for a process: no vault, no passphrase; the authority's settings
    (timescales, term dates, attendance order process) apply."""
    from .domain.processes import PROCESSES
    from .domain.timeline import InputProblems, tab_lines
    from .holiday_cache import use_cache

    process = PROCESSES[args.timeline_process]
    raw = {spec.name: getattr(args, spec.name) for spec in process.fields}
    use_cache(paths.cache_dir())  # the bank holidays without loading the library each call
    try:
        found = process.calculate(raw, Settings.load().timeline_rules(), date.today())
    except InputProblems as exc:
        name, message = next(iter(exc.problems.items()))
        option = next((spec.option for spec in process.fields if spec.name == name), name)
        raise CliError(f"{option}: {message}") from exc
    finally:
        use_cache(None)  # for whoever calls main() next in this process (the tests)
    print("\n".join(tab_lines(found)))
    return 0


_METAVARS = {"date": "DD/MM/YYYY", "count": "N", "school_year": "YYYY/YY"}


def _add_timeline(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from .domain.processes import PROCESSES

    timeline = sub.add_parser(
        "timeline", help="statutory dates for a process, each with its rule (no vault needed)"
    )
    # Not "process": the attendance order has a field of that name.
    tsub = timeline.add_subparsers(dest="timeline_process", required=True)
    for process in PROCESSES.values():
        p = tsub.add_parser(process.code, help=process.title)
        for spec in process.fields:
            codes_ = [code for code, _ in spec.choices if code]
            metavar = "|".join(codes_) if codes_ else _METAVARS[spec.kind]
            wanted = " (needed)" if spec.required else ""
            p.add_argument(
                spec.option,
                dest=spec.name,
                metavar=metavar,
                help=f"{spec.label.lower()}{wanted}" + (f"; {spec.hint}" if spec.hint else ""),
            )
        p.set_defaults(func=cmd_timeline)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cnis", description="CNIS Desktop, headless.")
    parser.add_argument("--version", action="version", version=f"cnis {__version__}")
    # Accepted before the command (`cnis --vault V children list`) and after it; after it
    # SUPPRESS keeps the subcommand from overwriting a value given before it.
    vault_help = (
        "vault file (default: $CNIS_VAULT, the user's data folder, or the demo vault made by 'cnis demo')"
    )
    stdin_help = "read the passphrase from the first line of standard input"
    parser.add_argument("--vault", help=vault_help)
    parser.add_argument("--passphrase-stdin", action="store_true", help=stdin_help)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", default=argparse.SUPPRESS, help=vault_help)
    common.add_argument("--passphrase-stdin", action="store_true", default=argparse.SUPPRESS, help=stdin_help)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", parents=[common], help="create an encrypted vault")
    p.add_argument("--name", required=True, help="your name as it appears on records")
    p.add_argument("--role", required=True, choices=codes.ROLE.codes)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="create a demo vault of fictional children")
    p.add_argument("--children", type=int, default=40)
    p.set_defaults(func=cmd_demo)

    children = sub.add_parser("children", help="children on the caseload")
    csub = children.add_subparsers(dest="action", required=True)
    p = csub.add_parser("list", parents=[common], help="one child a line, id first")
    p.add_argument("--search", help="name, date of birth or UPN")
    p.set_defaults(func=cmd_children_list)

    visits = sub.add_parser("visits", help="visit records")
    vsub = visits.add_subparsers(dest="action", required=True)
    p = vsub.add_parser("list", parents=[common], help="one visit a line, id first")
    p.add_argument("child_id", nargs="?")
    p.set_defaults(func=cmd_visits_list)
    p = vsub.add_parser(
        "add", parents=[common], help="a visit from a JSON file of the form's fields; prints its id"
    )
    p.add_argument("child_id")
    p.add_argument("--from", dest="from_file", required=True, metavar="VISIT.json")
    p.add_argument(
        "--finalise",
        action="store_true",
        help="finalise it (checked as Finalise checks it); without: a draft",
    )
    p.set_defaults(func=cmd_visits_add)

    eotas = sub.add_parser("eotas", help="EOTAS packages: the activity log and hours")
    esub = eotas.add_subparsers(dest="action", required=True)
    p = esub.add_parser("log", parents=[common], help="log one session")
    p.add_argument("child_id")
    p.add_argument("--date", required=True, type=_date_arg, help="dd/mm/yyyy")
    p.add_argument("--component", required=True, help="the component's id or name")
    p.add_argument("--minutes", type=int, default=0, help="minutes delivered")
    p.add_argument(
        "--status",
        default="delivered",
        help="delivered, cancelled_provider, cancelled_family, dna, rescheduled (or d, p, f, n, r)",
    )
    p.add_argument("--note", help="what was done")
    p.set_defaults(func=cmd_eotas_log)
    p = esub.add_parser("summary", parents=[common], help="hours week by week")
    p.add_argument("child_id")
    p.add_argument("--from", dest="from_", required=True, type=_date_arg)
    p.add_argument("--to", required=True, type=_date_arg)
    p.set_defaults(func=cmd_eotas_summary)

    _add_timeline(sub)
    p = sub.add_parser("dashboard", parents=[common], help="what needs doing, for the caseload")
    p.set_defaults(func=cmd_dashboard)
    imports = sub.add_parser("import", help="import a caseload from a spreadsheet (CSV)")
    isub = imports.add_subparsers(dest="what", required=True)
    p = isub.add_parser("register", parents=[common], help="Annex B or register columns")
    p.add_argument("file")
    p.add_argument("--format", choices=sorted(FORMATS), default="annex-b")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    p.add_argument("--yes", action="store_true", help="do not ask (doubtful matches are then left out)")
    p.set_defaults(func=cmd_import_register)
    exports = sub.add_parser("export", help="export the caseload as a spreadsheet (CSV)")
    xsub = exports.add_subparsers(dest="what", required=True)
    p = xsub.add_parser("register", parents=[common], help="Annex B or register columns")
    p.add_argument("--format", choices=sorted(FORMATS), required=True)
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_export_register)

    p = sub.add_parser("enrol", parents=[common], help="enrol this laptop with the hub")
    p.add_argument("--hub", required=True, help="the hub's address, e.g. https://hub.example")
    p.add_argument("--code", required=True, help="the one-time enrolment code")
    p.set_defaults(func=cmd_enrol)
    p = sub.add_parser("sync", parents=[common], help="push changes to the hub and pull new ones")
    p.set_defaults(func=cmd_sync)
    p = sub.add_parser(
        "check", parents=[common], help="check every page of the vault (read only; the app does this daily)"
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="an encrypted backup of the vault now")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "restore", parents=[common], help="put a backup in the vault's place (the current one kept aside)"
    )
    p.add_argument("backup", help="the backup file (in the vault's backups folder)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser(
        "recovery-key-init", help="for the authority: make the recovery key pair (private key kept offline)"
    )
    p.add_argument("--out-private", required=True, help="where to write the private key (keep offline)")
    p.add_argument("--out-public", required=True, help="where to write the public key (for laptops)")
    p.set_defaults(func=cmd_recovery_key_init)
    p = sub.add_parser(
        "recovery-key-set", parents=[common], help="also wrap the vault's key to the authority's recovery key"
    )
    p.add_argument("public_file", help="the authority's recovery public key (PEM)")
    p.set_defaults(func=cmd_recovery_key_set)
    p = sub.add_parser(
        "recover", parents=[common], help="set a new passphrase with the authority's recovery private key"
    )
    p.add_argument("--recovery-key", required=True, help="the recovery private key (PEM)")
    p.set_defaults(func=cmd_recover)
    p = sub.add_parser(
        "diagnostics", parents=[common], help="logs, versions and settings in a zip for the support desk"
    )
    p.add_argument("--out", required=True, help="the zip to write")
    p.set_defaults(func=cmd_diagnostics)

    printing = sub.add_parser("print", help="documents as PDF")
    psub = printing.add_subparsers(dest="document", required=True)
    copies = argparse.ArgumentParser(add_help=False)
    copies.add_argument(
        "--copy",
        choices=AUDIENCE.codes,
        default=SAFEST_AUDIENCE,
        help="family (the default: safeguarding and third-party information "
        "withheld), professional (safeguarding withheld) or record "
        "(everything)",
    )
    copies.add_argument(
        "--third-party", action="store_true", help="include third-party information in a family copy"
    )
    copies.add_argument(
        "--no-third-party",
        action="store_true",
        help="withhold third-party information (parents' views, others "
        "present, provider names) from any copy",
    )
    copies.add_argument(
        "--format",
        choices=("pdf", "odt"),
        default="pdf",
        help="pdf (printable) or odt (the accessible version, for a screen reader)",
    )
    p = psub.add_parser("visit-summary", parents=[common, copies], help="a visit summary")
    p.add_argument("visit_id")
    p.add_argument("--out", required=True, help="file to write (not encrypted)")
    p.set_defaults(func=cmd_print_visit_summary)
    p = psub.add_parser(
        "review-pack",
        parents=[common, copies],
        help="a review pack (an EHC annual review for a child with a plan)",
    )
    p.add_argument("child_id")
    p.add_argument("--from", dest="from_", required=True, type=_date_arg)
    p.add_argument("--to", required=True, type=_date_arg)
    p.add_argument("--out", required=True, help="file to write (not encrypted)")
    p.add_argument(
        "--leave-out",
        action="append",
        metavar="SECTION[=REASON]",
        help="a section to leave out, and why (repeatable): " + ", ".join(SECTIONS),
    )
    p.set_defaults(func=cmd_print_review_pack)
    from .cli_attachments import add_commands as add_attachment_commands  # needs this module loaded

    add_attachment_commands(sub, common)
    return parser


def _start_logging() -> None:
    # A log folder that cannot be made (a read-only home) must not stop the command.
    with contextlib.suppress(OSError):
        logs.setup_logging()


def _command_name(args: argparse.Namespace) -> str:
    """`children list`, `print visit-summary`...: the words of the command, no arguments."""
    words = [args.command]
    for attribute in ("action", "what", "document", "timeline_process"):
        value = getattr(args, attribute, None)
        if isinstance(value, str):
            words.append(value)
    return ".".join(words)


def main(argv: Sequence[str] | None = None) -> int:
    from .hardening import disable_core_dumps

    disable_core_dumps()  # before any passphrase or key is in this process
    args = build_parser().parse_args(argv)
    _start_logging()
    command = _command_name(args)
    start = time.perf_counter()
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # a closed pipe shows here, not at exit as a stray traceback
        logs.event("command", command=command, exit=code, ms=round((time.perf_counter() - start) * 1000))
        return code
    except BrokenPipeError:
        # The reader (e.g. `head`) has all it wanted: stop quietly. Later writes (the
        # interpreter's flush at exit) go nowhere rather than raising again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except ValueError as exc:
        # The records' validation is loaded only when one fails, not by every command.
        from .domain.validation import ValidationFailed

        logs.warning("command_failed", command=command, error=type(exc))
        if not isinstance(exc, ValidationFailed):
            print(f"cnis: {_t(str(exc))}", file=sys.stderr)
            return 1
        for name, message in exc.errors.items():
            print(f"cnis: {name.replace('_', ' ')}: {_t(message)}", file=sys.stderr)
        return 1
    except (CliError, VaultError, OSError, OverflowError, csv.Error) as exc:
        # Expected failures (a wrong passphrase, a missing file): the class, no traceback.
        logs.warning("command_failed", command=command, error=type(exc))
        print(f"cnis: {_t(str(exc))}", file=sys.stderr)
        return 1
    except BaseException as exc:
        logs.error("command_crashed", exc, command=command)
        raise
    except KeyboardInterrupt:
        print("cnis: interrupted; nothing half-written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
