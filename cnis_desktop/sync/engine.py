"""One sync: push the outbox in batches, then pull what is new for this user's caseload.

Push is safe to repeat: every change carries its id, and an outbox row is marked pushed
only after the hub has said it holds it. Pull saves the hub's sequence number in the same
transaction as what it pulled, so a cut at any point resumes cleanly. Pulled changes are
kept in the vault's inbox (encrypted) for the merge step.
"""

from __future__ import annotations

import hashlib
import json
import platform
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .. import logs
from ..vault import Vault
from ..vault.connection import transaction
from .blobs import BlobReport, download_blobs, upload_blobs
from .client import HubClient, HubRefused
from .merge import apply_inbox
from .purge import purge_reassigned
from .scope import child_of
from .wire import Change

BATCH = 200


@dataclass
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)
    pulled: int = 0
    applied: int = 0
    conflicts: int = 0
    set_aside: int = 0  # pulled changes about another child than they name: not applied
    purged: int = 0
    caseload: set[str] = field(default_factory=set)
    checked: bool = False  # the count and hash matched the hub's
    wiped: bool = False
    blobs: BlobReport = field(default_factory=BlobReport)  # attachments' bytes


def enrol(vault: Vault, hub_url: str, code: str, client: HubClient | None = None) -> str:
    """Exchange a one-time code for this laptop's token, kept inside the encrypted vault."""
    own = client or HubClient(hub_url)
    try:
        device_id, token = own.enrol(code, f"{vault.profile.user_name} on {platform.node()}")
    finally:
        if client is None:
            own.close()
    with transaction(vault.conn):
        for key, value in (
            ("hub_url", hub_url),
            ("hub_device_id", device_id),
            ("hub_token", token),
            ("pull_seq", "0"),
        ):
            vault.conn.execute(
                "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
        vault.ctx.audit("enrol", "vault", vault.profile.vault_id, detail=hub_url)
    return device_id


def _meta(vault: Vault, key: str) -> str:
    row = vault.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


def client_for(vault: Vault) -> HubClient:
    url, token = _meta(vault, "hub_url"), _meta(vault, "hub_token")
    if not (url and token):
        raise HubRefused(0, "This laptop is not enrolled with a hub yet.")
    return HubClient(url, token)


def push(vault: Vault, client: HubClient, report: SyncReport) -> None:
    while True:
        rows = vault.conn.execute(
            "SELECT seq, change_id, record_type, record_id, op, base_version, payload"
            " FROM outbox WHERE pushed_at IS NULL ORDER BY seq LIMIT ?",
            (BATCH,),
        ).fetchall()
        if not rows:
            return
        changes: list[Change] = []
        for row in rows:
            payload = json.loads(row["payload"])
            changes.append(
                {
                    "change_id": row["change_id"],
                    "record_type": row["record_type"],
                    "record_id": row["record_id"],
                    "child_id": child_of(vault, row["record_type"], row["record_id"], payload),
                    "op": row["op"],
                    "base_version": row["base_version"],
                    "payload": payload,
                }
            )
        result = client.push(changes)
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        done = set(result["accepted"]) | set(result["duplicates"])
        with transaction(vault.conn):
            for change in changes:
                if change["change_id"] in done:
                    vault.conn.execute(
                        "UPDATE outbox SET pushed_at = ?, hub_seq = ? WHERE change_id = ?",
                        (now, result["seqs"].get(change["change_id"]), change["change_id"]),
                    )
            for refusal in result["refused"]:
                # Kept for a person to see; the change leaves the queue so others still flow.
                change = next(c for c in changes if c["change_id"] == refusal["change_id"])
                vault.conn.execute(
                    "INSERT OR REPLACE INTO sync_problems VALUES (?, ?, ?, ?, ?)",
                    (change["change_id"], change["record_type"], change["record_id"], refusal["reason"], now),
                )
                vault.conn.execute(
                    "UPDATE outbox SET pushed_at = ? WHERE change_id = ?",
                    ("refused " + now, change["change_id"]),
                )
                report.refused.append((change["record_id"], refusal["reason"]))
        report.pushed += len(result["accepted"])
        report.duplicates += len(result["duplicates"])


def pull(vault: Vault, client: HubClient, report: SyncReport) -> None:
    since = int(_meta(vault, "pull_seq") or 0)
    while True:
        batch = client.pull(since)
        with transaction(vault.conn):
            for change in batch["changes"]:
                fresh = vault.conn.execute(
                    "INSERT OR IGNORE INTO sync_pulled VALUES (?, ?)",
                    (change["change_id"], change["child_id"]),
                ).rowcount
                if fresh:  # a change pulled again (after a check) is not applied twice
                    vault.conn.execute(
                        "INSERT OR IGNORE INTO sync_inbox VALUES (?, ?, ?, ?)",
                        (
                            change["seq"],
                            change["change_id"],
                            change["record_type"],
                            json.dumps(change, sort_keys=True),
                        ),
                    )
            vault.conn.execute(
                "INSERT INTO meta VALUES ('pull_seq', ?) ON CONFLICT (key)"
                " DO UPDATE SET value = excluded.value",
                (str(batch["last_seq"]),),
            )
        report.pulled += len(batch["changes"])
        if batch["caseload"] is not None:  # sent with the last page only
            report.caseload = set(batch["caseload"])
        since = int(batch["last_seq"])
        if not batch["more"]:
            return


def check(vault: Vault, client: HubClient, report: SyncReport) -> None:
    """Compare what this laptop pulled with what the hub says it should hold; on a
    mismatch pull everything again from the start (pulling is idempotent)."""
    upto = int(_meta(vault, "pull_seq") or 0)
    expected = client.digest(upto)
    ids = sorted(r[0] for r in vault.conn.execute("SELECT change_id FROM sync_pulled"))
    digest = hashlib.sha256("\n".join(ids).encode()).hexdigest()
    if (len(ids), digest) == (expected["count"], expected["hash"]):
        report.checked = True
        return
    with transaction(vault.conn):
        vault.conn.execute("UPDATE meta SET value = '0' WHERE key = 'pull_seq'")
    pull(vault, client, report)
    report.checked = False


def recover(vault: Vault, client: HubClient, report: SyncReport) -> None:
    """Get back children this laptop had pushed, purged when they were reassigned away, and
    now has on its caseload again. The hub leaves a device's own changes out of its pulls,
    so the ordinary pull never brings them back; they come from a pull that includes them,
    into the inbox only (the cursor and the pulled list stay as the hub counts them)."""
    held = {r[0] for r in vault.conn.execute("SELECT id FROM children")}
    missing = {
        child
        for child in report.caseload - held
        if vault.conn.execute(
            "SELECT 1 FROM outbox WHERE record_type = 'child' AND record_id = ?", (child,)
        ).fetchone()
    }
    if not missing:
        return
    since = 0
    while True:
        batch = client.pull(since, own=True)
        with transaction(vault.conn):
            for change in batch["changes"]:
                if change["child_id"] in missing:
                    vault.conn.execute(
                        "INSERT OR IGNORE INTO sync_inbox VALUES (?, ?, ?, ?)",
                        (
                            change["seq"],
                            change["change_id"],
                            change["record_type"],
                            json.dumps(change, sort_keys=True),
                        ),
                    )
        since = int(batch["last_seq"])
        if not batch["more"]:
            return


def sync_once(vault: Vault, client: HubClient | None = None) -> SyncReport:
    """Push then pull. A revoked laptop wipes its vault and key file and stops."""
    report = SyncReport()
    with logs.timed("sync") as fields:
        _sync_once(vault, client, report)
        fields.update(
            pushed=report.pushed,
            duplicates=report.duplicates,
            refused=len(report.refused),
            pulled=report.pulled,
            applied=report.applied,
            conflicts=report.conflicts,
            set_aside=report.set_aside,
            purged=report.purged,
            wiped=report.wiped,
            attachments_sent=report.blobs.uploaded,
            attachments_received=report.blobs.downloaded,
        )
    return report


def _sync_once(vault: Vault, client: HubClient | None, report: SyncReport) -> SyncReport:
    own = client or client_for(vault)
    try:
        push(vault, own, report)
        # Attachments' bytes once their records are at the hub (it refuses bytes no record names).
        upload_blobs(vault, own, report.blobs)
        pull(vault, own, report)
        check(vault, own, report)
        recover(vault, own, report)
        merged = apply_inbox(vault)
        report.applied, report.conflicts = merged.applied, merged.conflicts
        report.set_aside = merged.set_aside
        report.purged = purge_reassigned(vault, report.caseload)
        # The files of bytes the pulled records and the purge let go (their keys went with
        # their rows, committed above).
        vault.attachments.remove_gone_files()
        # After the purge: no bytes are fetched for a child who has just gone.
        download_blobs(vault, own, report.blobs)
    except HubRefused as exc:
        if exc.wipe:
            vault.wipe()
            report.wiped = True
            return report
        raise
    finally:
        if client is None:
            own.close()
    with transaction(vault.conn):
        vault.ctx.audit(
            "sync",
            "vault",
            vault.profile.vault_id,
            detail=f"pushed {report.pushed}, pulled {report.pulled},"
            f" attachments sent {report.blobs.uploaded}, received {report.blobs.downloaded}",
        )
    return report
