"""Console accounts, second factors and sessions, kept in the hub's own database.

A console account belongs to a hub user (users.id). Passwords are Argon2id hashes; the
second factor is TOTP (RFC 6238) with ten single-use recovery codes, stored as SHA-256
hashes (they are random, 48 bits each: a slow hash adds nothing). Sessions are random ids
kept only as hashes, with an idle and an absolute expiry; each carries its own CSRF token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.exceptions import InvalidTag

from ..storage import HubError, HubStore, _audit, _now, default_location
from .secret_box import SecretBox, is_sealed, key_from_file, key_from_secret

ROLES = {
    "administrator": "Administrator",
    "team_manager": "Team manager",
    "send_lead": "SEND/EHE lead",
    "auditor": "Auditor",
}
MIN_PASSWORD = 12
IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=12)
PENDING = timedelta(minutes=5)  # between the password and the second factor
RECOVERY_CODES = 10
ISSUER = "CNIS hub"

SCHEMA = """
CREATE TABLE IF NOT EXISTS console_accounts (user_id TEXT PRIMARY KEY REFERENCES users (id),
    username TEXT NOT NULL UNIQUE, roles TEXT NOT NULL, password_hash TEXT,
    totp_secret TEXT, recovery TEXT NOT NULL DEFAULT '', oidc_subject TEXT UNIQUE,
    created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS console_sessions (id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id), stage TEXT NOT NULL, csrf TEXT NOT NULL,
    created_at TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS console_sessions_user ON console_sessions (user_id)
"""
TOTP_STEP = 30  # seconds (RFC 6238's default, as every authenticator app uses)

_hasher = PasswordHasher()  # Argon2id, the library's (RFC 9106) defaults


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _at(delta: timedelta) -> str:
    return (datetime.now(UTC) + delta).replace(microsecond=0).isoformat()


def password_problem(password: str) -> str | None:
    if len(password) < MIN_PASSWORD:
        return f"Use at least {MIN_PASSWORD} characters."
    if len(password) > 256:
        return "Use at most 256 characters."
    return None


def roles_problem(roles: list[str]) -> str | None:
    if not roles:
        return "Choose at least one role."
    unknown = [r for r in roles if r not in ROLES]
    return f"Unknown role: {', '.join(unknown)}." if unknown else None


@dataclass(frozen=True)
class Account:
    user_id: str
    username: str
    name: str
    roles: frozenset[str]
    disabled: bool
    has_second_factor: bool


@dataclass(frozen=True)
class Session:
    user_id: str
    stage: str  # "password" (second factor still to come) or "signed_in"
    csrf: str
    account: Account


@dataclass(frozen=True)
class NewSecondFactor:
    secret: str
    uri: str
    recovery_codes: list[str]


def new_recovery_codes() -> list[str]:
    codes = [secrets.token_hex(6) for _ in range(RECOVERY_CODES)]  # 48 bits each
    return [f"{c[:6]}-{c[6:]}" for c in codes]


def totp_key(store: HubStore) -> bytes:
    """The key of the TOTP secrets, when the console's settings gave none: from the hub's
    settings (its secret, or its key file), else a key file beside the SQLite file (or in
    the hub's data folder, for PostgreSQL), so that every process of one hub finds the same."""
    from ..config import load_settings  # here: the settings module imports the console

    settings = load_settings()
    if settings.secret is not None:
        return key_from_secret(settings.secret.get_secret_value().encode())
    if settings.totp_key_file:
        return key_from_file(Path(settings.totp_key_file))
    if store.sqlite is not None:
        with store.db() as conn:
            row = conn.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()
        database = Path(row["file"])
        return key_from_file(database.with_name(database.name + ".totp-key"))
    return key_from_file(default_location().parent / "console-totp.key")


def _add_last_step(conn: Any, postgres: bool) -> None:
    """The column a console database made before TOTP codes were single-use lacks."""
    if postgres:
        conn.execute("ALTER TABLE console_accounts ADD COLUMN IF NOT EXISTS totp_last_step BIGINT")
        return
    columns = {row["name"] for row in conn.execute("PRAGMA table_info(console_accounts)").fetchall()}
    if "totp_last_step" not in columns:
        conn.execute("ALTER TABLE console_accounts ADD COLUMN totp_last_step INTEGER")


class Accounts:
    def __init__(self, store: HubStore, key: bytes | None = None) -> None:
        """`key`: the key of the TOTP secrets (the console's settings), else totp_key()'s."""
        self.store = store
        self.box = SecretBox(key or totp_key(store))
        with store.db() as conn:
            if store.postgres:
                conn.execute("SELECT pg_advisory_lock(4711)")
            conn.executescript(SCHEMA)
            _add_last_step(conn, store.postgres)
            if store.postgres:
                conn.execute("SELECT pg_advisory_unlock(4711)")

    # --- accounts -----------------------------------------------------------------------

    def _row_account(self, row: Any) -> Account:
        return Account(
            row["user_id"],
            row["username"],
            row["name"],
            frozenset(r for r in row["roles"].split(",") if r),
            row["disabled_at"] is not None,
            bool(row["totp_secret"]),
        )

    _SELECT = (
        "SELECT a.user_id, a.username, u.name, a.roles, a.totp_secret, a.password_hash,"
        " a.recovery, d.at AS disabled_at FROM console_accounts a"
        " JOIN users u ON u.id = a.user_id"
        " LEFT JOIN disabled_users d ON d.user_id = a.user_id"
    )

    def get(self, user_id: str) -> Account | None:
        with self.store.db() as conn:
            row = conn.execute(self._SELECT + " WHERE a.user_id = ?", (user_id,)).fetchone()
        return self._row_account(row) if row else None

    def by_username(self, username: str) -> tuple[Account, Any] | None:
        with self.store.db() as conn:
            row = conn.execute(self._SELECT + " WHERE a.username = ?", (username.strip().lower(),)).fetchone()
        return (self._row_account(row), row) if row else None

    def create(self, actor: str, user_id: str, username: str, roles: list[str], password: str | None) -> None:
        """A console sign-in for an existing hub user."""
        problem = roles_problem(roles) or (password_problem(password) if password else None)
        if problem:
            raise HubError(problem)
        with self.store.db() as conn:
            if conn.execute(
                "SELECT 1 AS one FROM console_accounts WHERE username = ?", (username.strip().lower(),)
            ).fetchone():
                raise HubError("That sign-in name is taken.")
            conn.execute(
                "INSERT INTO console_accounts (user_id, username, roles, password_hash,"
                " created_at) VALUES (?, ?, ?, ?, ?)",
                (
                    user_id,
                    username.strip().lower(),
                    ",".join(sorted(roles)),
                    _hasher.hash(password) if password else None,
                    _now(),
                ),
            )
            _audit(conn, actor, "", "console_account_add", f"{user_id} {','.join(roles)}")

    def set_roles(self, actor: str, user_id: str, roles: list[str]) -> None:
        problem = roles_problem(roles)
        if problem:
            raise HubError(problem)
        with self.store.db() as conn:
            conn.execute(
                "UPDATE console_accounts SET roles = ? WHERE user_id = ?", (",".join(sorted(roles)), user_id)
            )
            _audit(conn, actor, "", "console_set_roles", f"{user_id} {','.join(roles)}")

    def set_disabled(self, actor: str, user_id: str, disabled: bool) -> None:
        """A disabled user can neither sign in nor sync: their devices are refused (not
        wiped: enabling them again lets the laptops carry on)."""
        with self.store.db() as conn:
            if disabled:
                conn.execute(
                    "INSERT INTO disabled_users VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING",
                    (user_id, _now()),
                )
                conn.execute("DELETE FROM console_sessions WHERE user_id = ?", (user_id,))
            else:
                conn.execute("DELETE FROM disabled_users WHERE user_id = ?", (user_id,))
            _audit(conn, actor, "", "user_disable" if disabled else "user_enable", user_id)

    def reset_second_factor(self, actor: str, user_id: str) -> None:
        """The user sets up a new authenticator at their next sign-in."""
        with self.store.db() as conn:
            conn.execute(
                "UPDATE console_accounts SET totp_secret = NULL, recovery = '' WHERE user_id = ?", (user_id,)
            )
            conn.execute("DELETE FROM console_sessions WHERE user_id = ?", (user_id,))
            _audit(conn, actor, "", "console_reset_second_factor", user_id)

    def set_password(self, actor: str, user_id: str, password: str) -> None:
        problem = password_problem(password)
        if problem:
            raise HubError(problem)
        with self.store.db() as conn:
            conn.execute(
                "UPDATE console_accounts SET password_hash = ? WHERE user_id = ?",
                (_hasher.hash(password), user_id),
            )
            _audit(conn, actor, "", "console_set_password", user_id)

    def oidc_account(self, subject: str, name: str, username: str, roles: frozenset[str]) -> Account | None:
        """The account of the identity provider's `subject` (made at its first sign-in, as a
        hub user with no laptop), its roles set to what its groups give now; None if it is
        disabled. It has no password: it signs in through the provider only."""
        with self.store.db() as conn:
            row = conn.execute(
                "SELECT user_id, roles FROM console_accounts WHERE oidc_subject = ?", (subject,)
            ).fetchone()
        if row is None:
            user_id = self.store.add_user((name or username or "Unnamed")[:100], "administrator")
            base = (username or subject).strip().lower()[:90] or "user"
            with self.store.db() as conn:
                chosen, n = base, 1
                while conn.execute(  # a second "a.jones" at the provider is "a.jones-2" here
                    "SELECT 1 AS one FROM console_accounts WHERE username = ?", (chosen,)
                ).fetchone():
                    n += 1
                    chosen = f"{base}-{n}"
                conn.execute(
                    "INSERT INTO console_accounts (user_id, username, roles, oidc_subject, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (user_id, chosen, ",".join(sorted(roles)), subject, _now()),
                )
                _audit(
                    conn,
                    "oidc",
                    "",
                    "console_account_add",
                    f"{user_id} {','.join(sorted(roles))} (OpenID Connect)",
                )
        elif row["roles"] != ",".join(sorted(roles)):
            self.set_roles("oidc", row["user_id"], sorted(roles))
        account = self.get(row["user_id"] if row is not None else user_id)
        return account if account is not None and not account.disabled else None

    # --- sign-in ------------------------------------------------------------------------

    def check_password(self, username: str, password: str) -> Account | None:
        found = self.by_username(username)
        if found is None or not found[1]["password_hash"]:
            _hasher.hash(password)  # the same time whether or not the account exists
            return None
        account, row = found
        try:
            _hasher.verify(row["password_hash"], password)
        except (VerificationError, InvalidHashError):
            return None
        if account.disabled:
            return None
        if _hasher.check_needs_rehash(row["password_hash"]):
            self.set_password(account.username, account.user_id, password)
        return account

    def new_second_factor(self, user_id: str, username: str) -> NewSecondFactor:
        """A TOTP secret and recovery codes, stored (codes hashed) and shown once."""
        secret = pyotp.random_base32()
        codes = new_recovery_codes()
        with self.store.db() as conn:
            conn.execute(
                "UPDATE console_accounts SET totp_secret = ?, recovery = ?, totp_last_step = NULL"
                " WHERE user_id = ?",
                (self.box.seal(secret, user_id), ",".join(_sha(c) for c in codes), user_id),
            )
            _audit(conn, username, "", "console_second_factor_set", user_id)
        uri = pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=ISSUER)
        return NewSecondFactor(secret, uri, codes)

    def check_second_factor(self, user_id: str, code: str) -> bool:
        """A current TOTP code, or an unused recovery code (then spent)."""
        code = code.strip().replace(" ", "").lower()
        with self.store.db() as conn:
            row = conn.execute(
                "SELECT totp_secret, recovery FROM console_accounts WHERE user_id = ?", (user_id,)
            ).fetchone()
            if row is None or not row["totp_secret"]:
                return False
            if code.isdigit() and len(code) == 6:
                return self._check_totp(conn, user_id, row["totp_secret"], code)
            hashes = [h for h in row["recovery"].split(",") if h]
            wanted = _sha(code)
            if not any(hmac.compare_digest(h, wanted) for h in hashes):
                return False
            hashes.remove(wanted)
            conn.execute(
                "UPDATE console_accounts SET recovery = ? WHERE user_id = ?", (",".join(hashes), user_id)
            )
            _audit(conn, user_id, "", "console_recovery_code_used", f"{len(hashes)} left")
            return True

    def _check_totp(self, conn: Any, user_id: str, stored: str, code: str) -> bool:
        """A code of the current time step or either next to it (a clock a little out), and
        of a later step than the last code accepted: each code works once, so one seen over
        a shoulder or in a proxy's log cannot be used again."""
        try:
            secret = self.box.open(stored, user_id)
        except InvalidTag:  # sealed with another key (the hub's secret changed): set up again
            return False
        if not is_sealed(stored):
            conn.execute(
                "UPDATE console_accounts SET totp_secret = ? WHERE user_id = ?",
                (self.box.seal(secret, user_id), user_id),
            )
        totp = pyotp.TOTP(secret)
        now = int(time.time()) // TOTP_STEP
        step = next(
            (s for s in (now - 1, now, now + 1) if hmac.compare_digest(totp.at(s * TOTP_STEP), code)), None
        )
        if step is None:
            return False
        # One statement decides: of two requests with the same code, one updates the row.
        taken = conn.execute(
            "UPDATE console_accounts SET totp_last_step = ? WHERE user_id = ?"
            " AND (totp_last_step IS NULL OR totp_last_step < ?)",
            (step, user_id, step),
        )
        return bool(taken.rowcount == 1)

    # --- sessions -----------------------------------------------------------------------

    def start_session(self, user_id: str, stage: str) -> str:
        """A new session id (the cookie's value; only its hash is kept)."""
        session_id = secrets.token_urlsafe(32)
        with self.store.db() as conn:
            conn.execute("DELETE FROM console_sessions WHERE expires_at < ?", (_now(),))
            conn.execute(
                "INSERT INTO console_sessions VALUES (?, ?, ?, ?, ?, ?)",
                (
                    _sha(session_id),
                    user_id,
                    stage,
                    secrets.token_urlsafe(32),
                    _now(),
                    _at(PENDING if stage == "password" else IDLE),
                ),
            )
        return session_id

    def session(self, session_id: str) -> Session | None:
        if not session_id:
            return None
        with self.store.db() as conn:
            row = conn.execute(
                "SELECT user_id, stage, csrf, created_at, expires_at FROM console_sessions WHERE id_hash = ?",
                (_sha(session_id),),
            ).fetchone()
            if row is None:
                return None
            limit = (datetime.fromisoformat(row["created_at"]) + ABSOLUTE).isoformat()
            if row["expires_at"] < _now() or limit < _now():
                conn.execute("DELETE FROM console_sessions WHERE id_hash = ?", (_sha(session_id),))
                return None
            if row["stage"] == "signed_in":
                conn.execute(
                    "UPDATE console_sessions SET expires_at = ? WHERE id_hash = ?",
                    (_at(IDLE), _sha(session_id)),
                )
        account = self.get(row["user_id"])
        if account is None or account.disabled:
            return None
        return Session(row["user_id"], row["stage"], row["csrf"], account)

    def end_session(self, session_id: str) -> None:
        with self.store.db() as conn:
            conn.execute("DELETE FROM console_sessions WHERE id_hash = ?", (_sha(session_id),))


def add_first_administrator(
    store: HubStore, name: str, username: str, password: str, key: bytes | None = None
) -> NewSecondFactor:
    """`cnis-hub admin-add`: a hub user with an administrator's console account, its
    second factor set up at once (printed once by the command)."""
    problem = password_problem(password)
    if problem:
        raise HubError(problem)
    accounts = Accounts(store, key)
    if accounts.by_username(username):
        raise HubError("That sign-in name is taken.")
    user_id = store.add_user(name, "administrator")
    accounts.create("cli", user_id, username, ["administrator"], password)
    return accounts.new_second_factor(user_id, username)
