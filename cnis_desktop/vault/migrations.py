"""Named, ordered schema migrations; the schema version is SQLite's user_version.

A migration never edits an earlier one: a vault made by any release opens in a later one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from .connection import Connection, transaction
from .errors import VaultError


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[Connection], None]


def _script(sql: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        for statement in sql.split(";\n"):
            if statement.strip():
                conn.execute(statement)

    return run


_INITIAL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE children (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL,
    display_name TEXT NOT NULL,
    upn TEXT NOT NULL DEFAULT '',
    sort_name TEXT NOT NULL,
    search_text TEXT NOT NULL,
    date_of_birth TEXT,
    send_status TEXT NOT NULL,
    arrangement_type TEXT NOT NULL DEFAULT '',
    next_contact_due TEXT
);
CREATE INDEX children_sort ON children (sort_name);
CREATE TABLE record_versions (
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    base_version INTEGER NOT NULL,
    changes TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id, version)
);
CREATE TABLE arrangements (
    id TEXT PRIMARY KEY,
    child_id TEXT NOT NULL REFERENCES children (id),
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL,
    type TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT
);
CREATE INDEX arrangements_child ON arrangements (child_id, start_date);
CREATE TABLE visits (
    id TEXT NOT NULL UNIQUE,
    child_id TEXT NOT NULL REFERENCES children (id),
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL,
    visit_date TEXT,
    finalised_at TEXT,
    finalised_by TEXT NOT NULL DEFAULT '',
    -- Clustered by child: a child's history sits on a few adjacent pages, so opening a
    -- child decrypts a handful of pages rather than one page per visit.
    PRIMARY KEY (child_id, id)
) WITHOUT ROWID;
CREATE TRIGGER visits_final_no_update BEFORE UPDATE ON visits WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'finalised visit is immutable'); END;
CREATE TRIGGER visits_final_no_delete BEFORE DELETE ON visits WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'finalised visit is immutable'); END;
CREATE TABLE amendments (
    id TEXT PRIMARY KEY,
    visit_id TEXT NOT NULL REFERENCES visits (id),
    reason TEXT NOT NULL,
    changes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL
);
CREATE INDEX amendments_visit ON amendments (visit_id, created_at);
CREATE TRIGGER amendments_no_update BEFORE UPDATE ON amendments
BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END;
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    device_id TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL DEFAULT '',
    record_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_at ON audit_log (at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    op TEXT NOT NULL,
    base_version INTEGER,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    pushed_at TEXT
);
CREATE INDEX outbox_pending ON outbox (pushed_at, seq)
"""

_STANDARD = """
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL"""

_EOTAS = f"""
CREATE TABLE providers ({_STANDARD},
    name TEXT NOT NULL
);
CREATE TABLE eotas_packages ({_STANDARD},
    child_id TEXT NOT NULL REFERENCES children (id),
    start_date TEXT
);
CREATE INDEX eotas_packages_child ON eotas_packages (child_id, start_date);
CREATE TABLE eotas_components ({_STANDARD},
    package_id TEXT NOT NULL REFERENCES eotas_packages (id),
    child_id TEXT NOT NULL REFERENCES children (id),
    name TEXT NOT NULL
);
CREATE INDEX eotas_components_child ON eotas_components (child_id);
CREATE TABLE activity_entries (
    id TEXT NOT NULL UNIQUE,
    child_id TEXT NOT NULL REFERENCES children (id),
    component_id TEXT NOT NULL REFERENCES eotas_components (id),
    entry_date TEXT NOT NULL,
    week_start TEXT NOT NULL,
    status TEXT NOT NULL,
    actual_minutes INTEGER NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL,
    -- Clustered by child and date: a week's grid reads a few adjacent pages.
    PRIMARY KEY (child_id, entry_date, id)
) WITHOUT ROWID;
CREATE TABLE eotas_closed_weeks (
    child_id TEXT NOT NULL REFERENCES children (id),
    week_start TEXT NOT NULL,
    closed_at TEXT NOT NULL,
    closed_by TEXT NOT NULL,
    PRIMARY KEY (child_id, week_start)
);
CREATE TRIGGER activity_closed_no_update BEFORE UPDATE ON activity_entries
WHEN EXISTS (SELECT 1 FROM eotas_closed_weeks w
             WHERE w.child_id = OLD.child_id AND w.week_start = OLD.week_start)
BEGIN SELECT RAISE(ABORT, 'the week is closed: entries are append-only'); END;
CREATE TRIGGER activity_closed_no_delete BEFORE DELETE ON activity_entries
WHEN EXISTS (SELECT 1 FROM eotas_closed_weeks w
             WHERE w.child_id = OLD.child_id AND w.week_start = OLD.week_start)
BEGIN SELECT RAISE(ABORT, 'the week is closed: entries are append-only'); END;
CREATE TRIGGER activity_closed_no_insert BEFORE INSERT ON activity_entries
WHEN EXISTS (SELECT 1 FROM eotas_closed_weeks w
             WHERE w.child_id = NEW.child_id AND w.week_start = NEW.week_start)
BEGIN SELECT RAISE(ABORT, 'the week is closed: entries are append-only'); END;
CREATE TABLE activity_amendments (
    id TEXT PRIMARY KEY,
    entry_id TEXT NOT NULL REFERENCES activity_entries (id),
    reason TEXT NOT NULL,
    changes TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL
);
CREATE INDEX activity_amendments_entry ON activity_amendments (entry_id);
CREATE TABLE qa_visits (
    id TEXT PRIMARY KEY,
    provider_id TEXT NOT NULL REFERENCES providers (id),
    child_id TEXT,
    visit_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX qa_visits_provider ON qa_visits (provider_id, visit_date);
CREATE TRIGGER qa_visits_no_update BEFORE UPDATE ON qa_visits
BEGIN SELECT RAISE(ABORT, 'QA visits are append-only'); END
"""

_VIEWS_AND_EHC = f"""
CREATE TABLE views_records (
    id TEXT NOT NULL UNIQUE,
    child_id TEXT NOT NULL REFERENCES children (id),
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL,
    record_date TEXT,
    finalised_at TEXT,
    finalised_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (child_id, id)
) WITHOUT ROWID;
CREATE TRIGGER views_final_no_update BEFORE UPDATE ON views_records WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'finalised views are immutable'); END;
CREATE TRIGGER views_final_no_delete BEFORE DELETE ON views_records WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'finalised views are immutable'); END;
CREATE TABLE ehc_plans ({_STANDARD},
    child_id TEXT NOT NULL REFERENCES children (id)
);
CREATE INDEX ehc_plans_child ON ehc_plans (child_id);
CREATE TABLE ehc_outcomes ({_STANDARD},
    plan_id TEXT NOT NULL REFERENCES ehc_plans (id),
    child_id TEXT NOT NULL REFERENCES children (id)
);
CREATE INDEX ehc_outcomes_child ON ehc_outcomes (child_id);
CREATE TABLE ehc_progress (
    id TEXT PRIMARY KEY,
    outcome_id TEXT NOT NULL REFERENCES ehc_outcomes (id),
    child_id TEXT NOT NULL REFERENCES children (id),
    recorded_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    device_id TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX ehc_progress_outcome ON ehc_progress (outcome_id, recorded_on);
CREATE TRIGGER ehc_progress_no_update BEFORE UPDATE ON ehc_progress
BEGIN SELECT RAISE(ABORT, 'progress entries are append-only'); END;
CREATE TABLE annual_reviews ({_STANDARD},
    child_id TEXT NOT NULL REFERENCES children (id),
    plan_id TEXT NOT NULL REFERENCES ehc_plans (id),
    meeting_date TEXT
);
CREATE INDEX annual_reviews_child ON annual_reviews (child_id)
"""

_OVERSIGHT = f"""
ALTER TABLE children ADD COLUMN open_actions TEXT NOT NULL DEFAULT '[]';
CREATE TABLE notifications ({_STANDARD},
    child_id TEXT NOT NULL REFERENCES children (id),
    arrangement_id TEXT NOT NULL,
    partner TEXT NOT NULL
);
CREATE INDEX notifications_child ON notifications (child_id, arrangement_id);
CREATE TABLE sao_cases ({_STANDARD},
    child_id TEXT NOT NULL REFERENCES children (id)
);
CREATE INDEX sao_cases_child ON sao_cases (child_id)
"""


def _backfill_open_actions(conn: Connection) -> None:
    """The actions of each child's latest finalised visit, kept on the child for the
    dashboard (vaults from before this column existed)."""
    rows = conn.execute(
        "SELECT v.child_id, v.data FROM visits v WHERE v.status = 'final' AND v.visit_date = ("
        " SELECT max(visit_date) FROM visits w WHERE w.child_id = v.child_id"
        " AND w.status = 'final')"
    ).fetchall()
    for child_id, data in rows:
        actions = json.loads(data).get("actions", [])
        conn.execute("UPDATE children SET open_actions = ? WHERE id = ?", (json.dumps(actions), child_id))


def _oversight(conn: Connection) -> None:
    _script(_OVERSIGHT)(conn)
    _backfill_open_actions(conn)


_SYNC = """
CREATE TABLE sync_pulled (change_id TEXT PRIMARY KEY, child_id TEXT NOT NULL);
CREATE TABLE sync_inbox (
    seq INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    record_type TEXT NOT NULL,
    change TEXT NOT NULL
);
CREATE TABLE sync_problems (
    change_id TEXT PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    local_value TEXT NOT NULL,
    remote_value TEXT NOT NULL,
    remote_by TEXT NOT NULL,
    at TEXT NOT NULL,
    resolved_at TEXT,
    kept TEXT
);
-- The hub's sequence number for each pushed change: hub order decides which of two edits
-- to one field is the newer.
ALTER TABLE outbox ADD COLUMN hub_seq INTEGER;
-- While a child is purged (reassigned away by the hub), its append-only records may go.
CREATE TABLE sync_purging (child_id TEXT PRIMARY KEY);
DROP TRIGGER visits_final_no_delete;
CREATE TRIGGER visits_final_no_delete BEFORE DELETE ON visits
WHEN OLD.status = 'final' AND NOT EXISTS (SELECT 1 FROM sync_purging WHERE child_id = OLD.child_id)
BEGIN SELECT RAISE(ABORT, 'finalised visit is immutable'); END;
DROP TRIGGER views_final_no_delete;
CREATE TRIGGER views_final_no_delete BEFORE DELETE ON views_records
WHEN OLD.status = 'final' AND NOT EXISTS (SELECT 1 FROM sync_purging WHERE child_id = OLD.child_id)
BEGIN SELECT RAISE(ABORT, 'finalised views are immutable'); END;
DROP TRIGGER activity_closed_no_delete;
CREATE TRIGGER activity_closed_no_delete BEFORE DELETE ON activity_entries
WHEN EXISTS (SELECT 1 FROM eotas_closed_weeks w
             WHERE w.child_id = OLD.child_id AND w.week_start = OLD.week_start)
     AND NOT EXISTS (SELECT 1 FROM sync_purging WHERE child_id = OLD.child_id)
BEGIN SELECT RAISE(ABORT, 'the week is closed: entries are append-only'); END
"""

# The caseload reads these columns for every child on opening: from an index that holds them
# it decrypts a tenth of the pages the table rows (with their JSON) would take.
_CASELOAD_INDEX = """
CREATE INDEX children_caseload ON children (sort_name, id, display_name, upn, date_of_birth,
    arrangement_type, send_status, next_contact_due, search_text);
DROP INDEX children_sort
"""

# The children not in school register (CWSA 2026), consent to home educate, and the
# authority's remembered import mappings (kept in the vault, encrypted; never synced).
_REGISTER_AND_CONSENT = f"""
CREATE TABLE register_entries ({_STANDARD},
    child_id TEXT NOT NULL REFERENCES children (id)
);
CREATE INDEX register_entries_child ON register_entries (child_id);
CREATE TABLE consent_requests ({_STANDARD},
    child_id TEXT NOT NULL REFERENCES children (id),
    requested_on TEXT,
    decision TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_requests_child ON consent_requests (child_id, requested_on);
CREATE TABLE import_mappings (
    field TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (field, source)
)
"""

# Attachments (issue 19): the metadata is a synced record; the bytes (already stripped and
# re-encoded) live in the encrypted vault, content-addressed by sha256 so that the same photo
# attached twice is kept and sent once. A download in progress keeps its bytes so far in
# `partial`, inside the vault, so that a cut connection resumes and nothing reaches disk outside.
_ATTACHMENTS = """
CREATE TABLE attachments (
    id TEXT PRIMARY KEY, child_id TEXT NOT NULL, record_type TEXT NOT NULL,
    record_id TEXT NOT NULL, caption TEXT NOT NULL DEFAULT '', taken_on TEXT,
    added_by TEXT NOT NULL, added_at TEXT NOT NULL, restricted INTEGER NOT NULL DEFAULT 0,
    media_type TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL,
    size INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT);
CREATE INDEX attachments_child ON attachments (child_id);
CREATE INDEX attachments_record ON attachments (record_type, record_id);
CREATE TABLE attachment_blobs (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL,
    thumbnail BLOB, uploaded_at TEXT);
CREATE TABLE blob_transfers (sha256 TEXT PRIMARY KEY, direction TEXT NOT NULL,
    size INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0, partial BLOB);
-- A draft visit or views record enters the outbox when it is finalised, and the hub refuses
-- an attachment to a record it does not hold: the draft's attachments follow it into the
-- outbox right after it, in the finalising transaction. (The payload is Attachment.payload.)
CREATE TRIGGER attachments_follow_record AFTER INSERT ON outbox
WHEN NEW.record_type IN ('visit', 'views') AND NEW.op = 'create'
BEGIN INSERT INTO outbox (change_id, record_type, record_id, op, base_version, payload, created_at)
SELECT 'att.' || lower(hex(randomblob(16))), 'attachment', a.id, 'upsert', NULL,
    json_object('child_id', a.child_id, 'record_type', a.record_type, 'record_id', a.record_id,
        'caption', a.caption, 'taken_on', a.taken_on, 'added_by', a.added_by,
        'added_at', a.added_at, 'restricted', json(CASE WHEN a.restricted THEN 'true' ELSE 'false' END),
        'media_type', a.media_type, 'file_name', a.file_name, 'sha256', a.sha256, 'size', a.size,
        'version', a.version, 'deleted_at', a.deleted_at),
    NEW.created_at
FROM attachments a WHERE a.record_type = NEW.record_type AND a.record_id = NEW.record_id
    AND a.deleted_at IS NULL ORDER BY a.added_at, a.id; END
"""

# A blob's thumbnail and upload mark, apart from its bytes: SQLite rewrites a whole row to
# change one column, so writing either into attachment_blobs rewrote (and, with secure_delete,
# zeroed) the photo's pages too, 15 ms a photo. Two tables, not one state table with two
# nullable columns: a row in each is one fact, written once by an INSERT and never updated
# (a thumbnail made; the hub holds the bytes), so marking an upload does not rewrite a
# thumbnail and "missing" is no row. Deleting a blob deletes both (CASCADE, foreign_keys is
# on), so no purge or removal can leave a thumbnail of a photo that has gone. The upload
# marks are a few dozen bytes: WITHOUT ROWID keeps them in one b-tree, not a table and index.
# DROP COLUMN (SQLite 3.35+) only rewrites the table: no row is deleted, so the side rows
# copied first stay, and nothing else in the schema names the two columns.
_BLOB_STATE = """
CREATE TABLE attachment_thumbnails (
    sha256 TEXT PRIMARY KEY REFERENCES attachment_blobs (sha256) ON DELETE CASCADE,
    thumbnail BLOB NOT NULL);
CREATE TABLE blob_uploads (
    sha256 TEXT PRIMARY KEY REFERENCES attachment_blobs (sha256) ON DELETE CASCADE,
    uploaded_at TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO attachment_thumbnails (sha256, thumbnail)
SELECT sha256, thumbnail FROM attachment_blobs WHERE thumbnail IS NOT NULL;
INSERT INTO blob_uploads (sha256, uploaded_at)
SELECT sha256, uploaded_at FROM attachment_blobs WHERE uploaded_at IS NOT NULL;
ALTER TABLE attachment_blobs DROP COLUMN thumbnail;
ALTER TABLE attachment_blobs DROP COLUMN uploaded_at
"""

# Attachments' bytes as sealed files beside the vault (vault/blob_files.py): a blob's row keeps
# the file's random name and its AES-256-GCM key, and `data` is empty. Rows from before keep
# their bytes in `data` and are read from there. A deleted row leaves its file's name in
# blob_files_gone, in the deleting transaction (so a rollback keeps the file too); the file is
# removed after the commit, and any left by a crash are removed at the next opening.
_BLOB_FILES = """
ALTER TABLE attachment_blobs ADD COLUMN file_name TEXT;
ALTER TABLE attachment_blobs ADD COLUMN file_key BLOB;
CREATE UNIQUE INDEX attachment_blobs_file ON attachment_blobs (file_name) WHERE file_name IS NOT NULL;
CREATE TABLE blob_files_gone (file_name TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TRIGGER attachment_blob_file_gone AFTER DELETE ON attachment_blobs
WHEN OLD.file_name IS NOT NULL
BEGIN INSERT OR IGNORE INTO blob_files_gone (file_name) VALUES (OLD.file_name); END
"""

# A session cleared before the fix was queued for the hub with no child (its row was gone by
# the push), and the hub refused it: "the change names no child". The session stayed on every
# other laptop, its hours still counted there. The hub now takes such a removal's child from
# its own link: these removals go back in the queue, their problem cleared.
_RESEND_SESSION_REMOVALS = """
UPDATE outbox SET pushed_at = NULL
WHERE record_type = 'activity_entry' AND op = 'delete' AND pushed_at LIKE 'refused %'
    AND change_id IN (SELECT change_id FROM sync_problems WHERE reason = 'the change names no child');
DELETE FROM sync_problems WHERE reason = 'the change names no child'
    AND change_id IN (SELECT change_id FROM outbox WHERE pushed_at IS NULL)
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", _script(_INITIAL)),
    Migration("0002_eotas", _script(_EOTAS)),
    Migration("0003_views_and_ehc", _script(_VIEWS_AND_EHC)),
    Migration("0004_oversight", _oversight),
    Migration("0005_sync", _script(_SYNC)),
    Migration("0006_caseload_index", _script(_CASELOAD_INDEX)),
    Migration("0007_register_and_consent", _script(_REGISTER_AND_CONSENT)),
    Migration("0008_attachments", _script(_ATTACHMENTS)),
    Migration("0009_blob_state", _script(_BLOB_STATE)),
    Migration("0010_blob_files", _script(_BLOB_FILES)),
    Migration("0011_resend_session_removals", _script(_RESEND_SESSION_REMOVALS)),
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[str]:
    """Apply what is missing, each migration in its own transaction; return their names."""
    applied: list[str] = []
    current = schema_version(conn)
    if current > len(migrations):
        raise VaultError(
            f"This vault was written by a newer CNIS Desktop (schema {current}); update the app."
        )
    for number, migration in enumerate(migrations[current:], start=current + 1):
        with transaction(conn):
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {number}")
        applied.append(migration.name)
    return applied
