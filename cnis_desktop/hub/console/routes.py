"""The console's pages: server-rendered HTML (Jinja2, autoescaped), one role per page,
checked by a dependency on every route; every form carries the session's CSRF token and
every action is audited with who, what and when."""

# No "from __future__ import annotations": FastAPI reads these annotations at runtime.

import asyncio
import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import qrcode  # type: ignore[import-untyped]
import qrcode.image.svg  # type: ignore[import-untyped]
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from ...domain.codes import ROLE, SEND_STATUS
from ..storage import CODE_DAYS, HubError, HubStore, _audit, audit_text
from . import picture
from .accounts import ROLES, Account, Accounts, Session
from .csv_safe import csv_text
from .oidc import OidcProvider, OidcRefused, OidcSettings

HERE = Path(__file__).parent
COOKIE = "cnis_console"
PRE_COOKIE = "cnis_console_pre"  # the sign-in form's CSRF token, before there is a session
OIDC_COOKIE = "cnis_console_oidc"  # the state of a sign-in gone to the identity provider
PAGES = (
    ("users", "Users", "administrator"),
    ("devices", "Devices", "administrator"),
    ("caseloads", "Caseloads", "team_manager"),
    ("picture", "Authority picture", "send_lead"),
    ("audit", "Audit", "auditor"),
)
AUDIT_LIMIT = 500
SECURITY_HEADERS = {
    # No script at all; styles and images from the hub itself (the QR code and charts are
    # inline SVG); no framing; forms post only back to the hub.
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:;"
    " form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class ConsoleSettings:
    authority: str = "Fictional County Council"
    failure_delay: float = 0.5
    totp_key: bytes | None = None  # the TOTP secrets' key; None: accounts.totp_key() finds it
    oidc: OidcSettings | None = None  # sign-in with the authority's identity provider


class _Redirect(Exception):
    def __init__(self, to: str) -> None:
        self.to = to


def _loopback(request: Request) -> bool:
    try:
        return ipaddress.ip_address(request.client.host if request.client else "").is_loopback
    except ValueError:
        return False


def console_router(store: HubStore, settings: ConsoleSettings) -> APIRouter:
    accounts = Accounts(store, settings.totp_key)
    pictures = picture.PictureCache(store)
    provider = OidcProvider(settings.oidc, store) if settings.oidc is not None else None
    templates = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    router = APIRouter(prefix="/console", include_in_schema=False)

    def page(
        request: Request, name: str, session: Session | None, status: int = 200, **values: Any
    ) -> HTMLResponse:
        account = session.account if session and session.stage == "signed_in" else None
        nav = [(path, title) for path, title, role in PAGES if account is not None and role in account.roles]
        html = templates.get_template(name).render(
            authority=settings.authority,
            oidc_name=settings.oidc.provider_name if settings.oidc is not None else "",
            account=account,
            nav=nav,
            roles=ROLES,
            csrf=session.csrf if session else "",
            path=request.url.path,
            **values,
        )
        return HTMLResponse(html, status, headers=SECURITY_HEADERS)

    def set_cookie(
        request: Request, response: Response, name: str, value: str, max_age: int | None = None
    ) -> None:
        # Secure whenever the console is served over https; plain http only on loopback
        # (the tests, or a TLS proxy on the same machine).
        response.set_cookie(
            name,
            value,
            max_age=max_age,
            path="/console",
            secure=request.url.scheme == "https",
            httponly=True,
            samesite="strict",
        )

    def audit(actor: str, action: str, detail: str = "") -> None:
        with store.db() as conn:
            _audit(conn, actor, "", f"console_{action}", detail)

    async def current(request: Request) -> Session | None:
        return await run_in_threadpool(accounts.session, request.cookies.get(COOKIE, ""))

    async def signed_in(request: Request) -> Session:
        session = await current(request)
        if session is None or session.stage != "signed_in":
            raise _Redirect("/console/sign-in")
        return session

    def role(name: str) -> Callable[..., Awaitable[Session]]:
        """A dependency that lets through only an account with the role `name`."""

        async def check(request: Request, session: Annotated[Session, Depends(signed_in)]) -> Session:
            if name not in session.account.roles:
                await run_in_threadpool(
                    audit, session.account.username, "refused", f"{request.method} {request.url.path}"
                )
                raise HTTPException(403, f"This page is for the {ROLES[name]} role.")
            return session

        return check

    async def form_of(request: Request, session: Session | None) -> dict[str, Any]:
        """The posted form, once its CSRF token has been checked against the session's (or,
        before there is one, the sign-in cookie's)."""
        form = await request.form()
        expected = session.csrf if session else request.cookies.get(PRE_COOKIE, "")
        given = str(form.get("csrf", ""))
        if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
            raise HTTPException(
                403,
                "The form had expired or did not come from this hub: go back, reload the page and try again.",
            )
        return {key: form.getlist(key) if len(form.getlist(key)) > 1 else form.get(key) for key in form}

    Admin = Annotated[Session, Depends(role("administrator"))]
    Manager = Annotated[Session, Depends(role("team_manager"))]
    Lead = Annotated[Session, Depends(role("send_lead"))]
    Auditor = Annotated[Session, Depends(role("auditor"))]

    @router.get("/static/console.css")
    async def stylesheet() -> Response:
        return Response(
            (HERE / "static" / "console.css").read_text(),
            media_type="text/css",
            headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"},
        )

    # --- signing in -----------------------------------------------------------------------

    @router.get("/sign-in")
    async def sign_in_form(request: Request) -> HTMLResponse:
        token = secrets.token_urlsafe(32)
        response = page(request, "sign_in.html", None, pre_csrf=token, errors={})
        set_cookie(request, response, PRE_COOKIE, token, max_age=3600)
        return response

    def refuse_plain_http(request: Request) -> None:
        if request.url.scheme != "https" and not _loopback(request):
            raise HTTPException(400, "Sign in over https: put TLS in front of the hub.")

    @router.post("/sign-in")
    async def sign_in(request: Request) -> Response:
        refuse_plain_http(request)
        form = await form_of(request, None)
        username = str(form.get("username") or "").strip().lower()[:100]
        password = str(form.get("password") or "")[:256]
        address = request.client.host if request.client else ""

        def attempt() -> Account | str:
            if store.locked("console", address) or store.locked("console_account", username):
                return "locked"
            account = accounts.check_password(username, password)
            if account is None:
                store.failed("console", address, f"sign-in as {audit_text(username, 100)}")
                locked = store.failed("console_account", username, "wrong password")
                return "locked" if locked else "wrong"
            return account

        outcome = await run_in_threadpool(attempt)
        if isinstance(outcome, str):
            await asyncio.sleep(settings.failure_delay)
            message = (
                "Too many failed attempts: try again in 15 minutes."
                if outcome == "locked"
                else "That sign-in name and password do not match an account."
            )
            return page(
                request,
                "sign_in.html",
                None,
                429 if outcome == "locked" else 400,
                pre_csrf=request.cookies.get(PRE_COOKIE, ""),
                errors={"password": message},
                username=username,
            )
        session_id = await run_in_threadpool(accounts.start_session, outcome.user_id, "password")
        response = RedirectResponse("/console/second-factor", 303)
        set_cookie(request, response, COOKIE, session_id)
        return response

    async def pending(request: Request) -> Session:
        session = await current(request)
        if session is None or session.stage != "password":
            raise _Redirect("/console/sign-in")
        return session

    @router.get("/second-factor")
    async def second_factor_form(request: Request, session: Annotated[Session, Depends(pending)]) -> Response:
        if not session.account.has_second_factor:
            new = await run_in_threadpool(
                accounts.new_second_factor, session.user_id, session.account.username
            )
            return page(
                request,
                "second_factor_setup.html",
                session,
                secret=new.secret,
                uri=new.uri,
                qr=_qr_svg(new.uri, "QR code for your authenticator app"),
                recovery=new.recovery_codes,
                errors={},
            )
        return page(request, "second_factor.html", session, errors={})

    @router.post("/second-factor")
    async def second_factor(request: Request, session: Annotated[Session, Depends(pending)]) -> Response:
        form = await form_of(request, session)
        code = str(form.get("code") or "")[:40]
        address = request.client.host if request.client else ""

        def attempt() -> str:
            name = session.account.username
            if store.locked("console", address) or store.locked("console_account", name):
                return "locked"
            if not accounts.check_second_factor(session.user_id, code):
                store.failed("console", address, f"second factor for {name}")
                return "locked" if store.failed("console_account", name, "wrong second factor") else "wrong"
            accounts.end_session(request.cookies.get(COOKIE, ""))
            audit(name, "sign_in", "password and second factor")
            return accounts.start_session(session.user_id, "signed_in")

        outcome = await run_in_threadpool(attempt)
        if outcome in ("locked", "wrong"):
            await asyncio.sleep(settings.failure_delay)
            message = (
                "Too many failed attempts: try again in 15 minutes."
                if outcome == "locked"
                else "That code is not right: enter the 6 digits your app shows now, or a recovery code."
            )
            return page(
                request,
                "second_factor.html",
                session,
                429 if outcome == "locked" else 400,
                errors={"code": message},
            )
        # A new session id once signed in: one seen before signing in is worth nothing.
        response = RedirectResponse("/console/", 303)
        set_cookie(request, response, COOKIE, outcome)
        return response

    # --- signing in with the identity provider (OpenID Connect) ---------------------------

    @router.get("/oidc/start")
    async def oidc_start(request: Request) -> Response:
        if provider is None:
            raise HTTPException(404, "Sign-in with an identity provider is not set up on this hub.")
        refuse_plain_http(request)
        try:
            pending, to = await run_in_threadpool(provider.begin)
        except OidcRefused as refused:
            return oidc_refused(request, str(refused))
        response = RedirectResponse(to, 303)
        # Lax, not Strict: the provider sends the browser back here from its own site.
        response.set_cookie(
            OIDC_COOKIE,
            pending.state,
            max_age=600,
            path="/console/oidc",
            secure=request.url.scheme == "https",
            httponly=True,
            samesite="lax",
        )
        return response

    def oidc_refused(request: Request, message: str, status: int = 400) -> HTMLResponse:
        audit("oidc", "oidc_refused", audit_text(message, 200))
        token = secrets.token_urlsafe(32)
        response = page(request, "sign_in.html", None, status, pre_csrf=token, errors={"oidc": message})
        set_cookie(request, response, PRE_COOKIE, token, max_age=3600)
        return response

    @router.get("/oidc/callback")
    async def oidc_callback(request: Request, code: str = "", state: str = "", error: str = "") -> Response:
        if provider is None:
            raise HTTPException(404, "Sign-in with an identity provider is not set up on this hub.")
        refuse_plain_http(request)
        browser_state = request.cookies.get(OIDC_COOKIE, "")

        def finish() -> Account | str:
            try:
                pending = provider.take_pending(state[:200], browser_state)
                if error or not code:
                    raise OidcRefused("The identity provider did not sign you in: start again.")
                claims = provider.verify(provider.exchange(code[:2000], pending), pending.nonce)
            except OidcRefused as refused:
                return str(refused)
            roles = provider.roles(claims)
            who = audit_text(str(claims.get("preferred_username") or claims.get("sub")), 100)
            if not roles:
                return f"{who} is in no group that has a role on this console: ask an administrator."
            account = accounts.oidc_account(
                f"{claims['iss']}|{claims['sub']}",
                str(claims.get("name") or ""),
                str(claims.get("preferred_username") or claims.get("email") or ""),
                roles,
            )
            if account is None:
                return "This account is disabled: ask an administrator."
            audit(account.username, "sign_in", "OpenID Connect")
            return account

        outcome = await run_in_threadpool(finish)
        if isinstance(outcome, str):
            await asyncio.sleep(settings.failure_delay)
            response = oidc_refused(request, outcome, 403)
            response.delete_cookie(OIDC_COOKIE, path="/console/oidc")
            return response
        session_id = await run_in_threadpool(accounts.start_session, outcome.user_id, "signed_in")
        # A page that moves on by itself, not a redirect: the browser came here from the
        # provider's site, and a SameSite=Strict cookie is sent only once a same-site page
        # asks for the next one.
        response = page(request, "signed_in.html", None)
        set_cookie(request, response, COOKIE, session_id)
        response.delete_cookie(OIDC_COOKIE, path="/console/oidc")
        return response

    @router.post("/sign-out")
    async def sign_out(request: Request, session: Annotated[Session, Depends(signed_in)]) -> Response:
        await form_of(request, session)
        await run_in_threadpool(accounts.end_session, request.cookies.get(COOKIE, ""))
        await run_in_threadpool(audit, session.account.username, "sign_out")
        response = RedirectResponse("/console/sign-in", 303)
        response.delete_cookie(COOKIE, path="/console")
        return response

    @router.get("/")
    async def home(request: Request, session: Annotated[Session, Depends(signed_in)]) -> HTMLResponse:
        return page(request, "home.html", session)

    # --- users (administrator) --------------------------------------------------------------

    def users_page(
        request: Request,
        session: Session,
        status: int = 200,
        errors: dict[str, str] | None = None,
        values: dict[str, Any] | None = None,
        done: str = "",
    ) -> HTMLResponse:
        with store.db() as conn:
            rows = conn.execute(
                "SELECT u.id, u.name, u.role, a.username, a.roles, a.totp_secret,"
                " x.at AS disabled_at, (SELECT count(*) FROM devices d WHERE d.user_id = u.id"
                " AND d.revoked_at IS NULL) AS devices FROM users u"
                " LEFT JOIN console_accounts a ON a.user_id = u.id"
                " LEFT JOIN disabled_users x ON x.user_id = u.id ORDER BY u.name"
            ).fetchall()
        return page(
            request,
            "users.html",
            session,
            status,
            users=[dict(r) for r in rows],
            worker_roles=[*ROLE, ("administrator", "Administrator (no laptop)")],
            errors=errors or {},
            values=values or {},
            done=done,
        )

    @router.get("/users")
    async def users(request: Request, session: Admin) -> HTMLResponse:
        return await run_in_threadpool(users_page, request, session)

    @router.post("/users")
    async def add_user(request: Request, session: Admin) -> HTMLResponse:
        form = await form_of(request, session)
        name = str(form.get("name") or "").strip()
        worker_role = str(form.get("role") or "")
        username = str(form.get("username") or "").strip().lower()
        password = str(form.get("password") or "")
        console_roles = _as_list(form.get("console_roles"))
        errors: dict[str, str] = {}
        if not name or len(name) > 100:
            errors["name"] = "Enter the person's name (up to 100 characters)."
        if worker_role not in {code for code, _ in ROLE} | {"administrator"}:
            errors["role"] = "Choose a role."
        if username or console_roles or password:
            if (
                not username
                or len(username) > 100
                or not username.replace(".", "").replace("-", "").replace("_", "").replace("@", "").isalnum()
            ):
                errors["username"] = "Enter a sign-in name: letters, digits and . - _ @ (up to 100)."
            from .accounts import password_problem, roles_problem

            problem = roles_problem(console_roles)
            if problem:
                errors["console_roles"] = problem
            problem = password_problem(password)
            if problem:
                errors["password"] = (
                    problem + " The person changes nothing: they set up"
                    " their second factor when they first sign in."
                )

        def add() -> HTMLResponse:
            if not errors and username and accounts.by_username(username):
                errors["username"] = "That sign-in name is taken."
            if errors:
                return users_page(
                    request,
                    session,
                    400,
                    errors,
                    {"name": name, "role": worker_role, "username": username, "console_roles": console_roles},
                )
            user_id = store.add_user(audit_text(name, 100), worker_role)
            audit(session.account.username, "user_add", f"{user_id} {worker_role}")
            if username:
                accounts.create(session.account.username, user_id, username, console_roles, password)
            return users_page(request, session, done=f"{name} was added.")

        return await run_in_threadpool(add)

    @router.post("/users/{user_id}/roles")
    async def set_roles(request: Request, user_id: str, session: Admin) -> HTMLResponse:
        form = await form_of(request, session)
        roles = _as_list(form.get("console_roles"))

        def change() -> HTMLResponse:
            try:
                accounts.set_roles(session.account.username, user_id, roles)
            except HubError as exc:
                return users_page(request, session, 400, {f"roles-{user_id}": str(exc)})
            return users_page(request, session, done="The roles were changed.")

        return await run_in_threadpool(change)

    @router.post("/users/{user_id}/{action}")
    async def user_action(request: Request, user_id: str, action: str, session: Admin) -> HTMLResponse:
        await form_of(request, session)
        if action not in ("disable", "enable", "reset-second-factor"):
            raise HTTPException(404, "No such action.")

        def act() -> HTMLResponse:
            if action == "reset-second-factor":
                accounts.reset_second_factor(session.account.username, user_id)
                return users_page(
                    request,
                    session,
                    done="Their second factor was reset: they set up a new one when they next sign in.",
                )
            if user_id == session.user_id:
                return users_page(
                    request, session, 400, {f"user-{user_id}": "You cannot disable your own account."}
                )
            accounts.set_disabled(session.account.username, user_id, action == "disable")
            return users_page(
                request,
                session,
                done="Disabled: their laptops stop syncing." if action == "disable" else "Enabled again.",
            )

        return await run_in_threadpool(act)

    # --- devices (administrator) ------------------------------------------------------------

    def devices_page(
        request: Request,
        session: Session,
        status: int = 200,
        code: dict[str, Any] | None = None,
        done: str = "",
        errors: dict[str, str] | None = None,
    ) -> HTMLResponse:
        with store.db() as conn:
            rows = conn.execute(
                "SELECT d.id, d.name, d.enrolled_at, d.revoked_at, u.name AS user_name,"
                " s.at AS last_sync, s.version FROM devices d JOIN users u ON u.id = d.user_id"
                " LEFT JOIN device_seen s ON s.device_id = d.id ORDER BY u.name, d.enrolled_at"
            ).fetchall()
            people = conn.execute(
                "SELECT u.id, u.name FROM users u LEFT JOIN disabled_users x"
                " ON x.user_id = u.id WHERE x.user_id IS NULL"
                " ORDER BY u.name"
            ).fetchall()
        return page(
            request,
            "devices.html",
            session,
            status,
            devices=[dict(r) for r in rows],
            people=[dict(r) for r in people],
            code=code,
            done=done,
            errors=errors or {},
        )

    @router.get("/devices")
    async def devices(request: Request, session: Admin) -> HTMLResponse:
        return await run_in_threadpool(devices_page, request, session)

    @router.post("/devices/{device_id}/revoke")
    async def revoke(request: Request, device_id: str, session: Admin) -> HTMLResponse:
        await form_of(request, session)

        def act() -> HTMLResponse:
            store.revoke(device_id)
            audit(session.account.username, "revoke", device_id)
            return devices_page(
                request,
                session,
                done="Revoked: the laptop wipes its vault the next time it contacts the hub.",
            )

        return await run_in_threadpool(act)

    @router.post("/codes")
    async def new_code(request: Request, session: Admin) -> HTMLResponse:
        form = await form_of(request, session)
        user_id = str(form.get("user_id") or "")

        def act() -> HTMLResponse:
            try:
                code = store.new_code(user_id)
            except HubError:
                return devices_page(
                    request, session, 400, errors={"user_id": "Choose whose laptop it is for."}
                )
            audit(session.account.username, "new_code", user_id)
            expires = (datetime.now(UTC) + timedelta(days=CODE_DAYS)).strftime("%d %B %Y at %H:%M UTC")
            return devices_page(
                request,
                session,
                code={
                    "code": code,
                    "expires": expires,
                    "qr": _qr_svg(code, f"QR code of the enrolment code {code}"),
                },
            )

        return await run_in_threadpool(act)

    # --- caseloads (team manager) -----------------------------------------------------------

    def caseloads_page(
        request: Request,
        session: Session,
        worker: str,
        status: int = 200,
        done: str = "",
        errors: dict[str, str] | None = None,
    ) -> HTMLResponse:
        with store.db() as conn:
            workers = conn.execute(
                "SELECT u.id, u.name, u.role, count(c.child_id) AS children FROM users u"
                " LEFT JOIN caseload c ON c.user_id = u.id WHERE u.role != 'administrator'"
                " GROUP BY u.id, u.name, u.role ORDER BY u.name"
            ).fetchall()
            children = (
                conn.execute(
                    "SELECT c.child_id, s.fields FROM caseload c LEFT JOIN record_state s"
                    " ON s.record_id = c.child_id WHERE c.user_id = ? ORDER BY c.child_id",
                    (worker,),
                ).fetchall()
                if worker
                else []
            )
        listed = []
        for row in children:
            fields = picture._fields(row["fields"]) if row["fields"] is not None else {}
            first = fields.get("preferred_name") or fields.get("legal_first_name") or ""
            listed.append(
                {
                    "id": row["child_id"],
                    "name": f"{first} {fields.get('legal_last_name') or ''}".strip() or "(not yet synced)",
                    "case": fields.get("case_number") or "",
                    "send": SEND_STATUS.label(fields.get("send_status") or ""),
                }
            )
        listed.sort(key=lambda c: c["name"].lower())
        return page(
            request,
            "caseloads.html",
            session,
            status,
            workers=[dict(w) for w in workers],
            worker=worker,
            children=listed,
            done=done,
            errors=errors or {},
        )

    @router.get("/caseloads")
    async def caseloads(request: Request, session: Manager, worker: str = "") -> HTMLResponse:
        return await run_in_threadpool(caseloads_page, request, session, worker[:40])

    @router.post("/caseloads/assign")
    async def assign(request: Request, session: Manager) -> HTMLResponse:
        form = await form_of(request, session)
        worker = str(form.get("worker") or "")
        to = str(form.get("to") or "")
        chosen = _as_list(form.get("child"))
        everyone = form.get("whole") == "yes"

        def act() -> HTMLResponse:
            with store.db() as conn:
                exists = conn.execute("SELECT 1 AS one FROM users WHERE id = ?", (to,)).fetchone()
                mine = {
                    r["child_id"]
                    for r in conn.execute("SELECT child_id FROM caseload WHERE user_id = ?", (worker,))
                }
            errors = {}
            if not exists or to == worker:
                errors["to"] = "Choose the worker to give them to (not the same worker)."
            moving = sorted(mine) if everyone else [c for c in chosen if c in mine]
            if not moving:
                errors["child"] = "Choose at least one child, or the whole caseload."
            if errors:
                return caseloads_page(request, session, worker, 400, errors=errors)
            with store.db() as conn:
                conn.execute("BEGIN IMMEDIATE")
                for child_id in moving:
                    conn.execute("UPDATE caseload SET user_id = ? WHERE child_id = ?", (to, child_id))
                _audit(
                    conn,
                    session.account.username,
                    "",
                    "console_assign",
                    f"{len(moving)} from {worker} -> {to}: {' '.join(moving)}",
                )
                conn.execute("COMMIT")
            return caseloads_page(
                request,
                session,
                worker,
                done=f"{len(moving)} moved. The other laptop removes them at its next sync.",
            )

        return await run_in_threadpool(act)

    # --- audit (auditor) --------------------------------------------------------------------

    def audit_rows(
        who: str, child: str, device: str, action: str, since: str, until: str
    ) -> list[dict[str, Any]]:
        where, params = [], []
        for column, value in (("actor", who), ("device_id", device), ("action", action)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if child:
            where.append("detail LIKE ?")
            params.append(f"%{child.replace('%', '').replace('_', '')}%")
        if since:
            where.append("at >= ?")
            params.append(since)
        if until:
            where.append("at < ?")
            params.append((date.fromisoformat(until) + timedelta(days=1)).isoformat())
        sql = (
            "SELECT seq, at, actor, device_id, action, detail FROM audit"
            + (" WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY seq DESC LIMIT {AUDIT_LIMIT}"
        )
        with store.db() as conn:
            return [dict(r) for r in conn.execute(sql, params).fetchall()]

    def audit_filters(request: Request) -> tuple[dict[str, str], dict[str, str]]:
        values = {
            k: str(request.query_params.get(k, ""))[:100]
            for k in ("user", "child", "device", "action", "from", "to")
        }
        errors = {}
        for key in ("from", "to"):
            if values[key]:
                try:
                    date.fromisoformat(values[key])
                except ValueError:
                    errors[key] = "Enter a date as YYYY-MM-DD."
                    values[key] = ""
        return values, errors

    @router.get("/audit")
    async def audit_page(request: Request, session: Auditor) -> HTMLResponse:
        values, errors = audit_filters(request)
        rows = await run_in_threadpool(
            audit_rows,
            values["user"],
            values["child"],
            values["device"],
            values["action"],
            values["from"],
            values["to"],
        )
        await run_in_threadpool(
            audit, session.account.username, "audit_search", audit_text(str(request.url.query), 300)
        )
        return page(
            request,
            "audit.html",
            session,
            400 if errors else 200,
            rows=rows,
            values=values,
            errors=errors,
            limit=AUDIT_LIMIT,
            query=str(request.url.query),
        )

    @router.get("/audit.csv")
    async def audit_csv(request: Request, session: Auditor) -> Response:
        values, _ = audit_filters(request)
        rows = await run_in_threadpool(
            audit_rows,
            values["user"],
            values["child"],
            values["device"],
            values["action"],
            values["from"],
            values["to"],
        )
        await run_in_threadpool(audit, session.account.username, "audit_export", f"{len(rows)} rows")
        body = csv_text(
            ("at", "who", "device", "action", "detail"),
            ((r["at"], r["actor"], r["device_id"], r["action"], r["detail"]) for r in rows),
        )
        return _csv_response(body, "audit.csv")

    # --- the authority picture (SEND/EHE lead) --------------------------------------------

    @router.get("/picture")
    async def picture_page(request: Request, session: Lead) -> HTMLResponse:
        found = await run_in_threadpool(pictures.get, date.today())
        suppress = "team_manager" not in session.account.roles
        await run_in_threadpool(audit, session.account.username, "picture_view")
        return page(
            request, "picture.html", session, picture=found, suppress=suppress, suppressed=picture.SUPPRESSED
        )

    @router.get("/picture/{key}.csv")
    async def picture_csv(request: Request, key: str, session: Lead) -> Response:
        found = await run_in_threadpool(pictures.get, date.today())
        try:
            table = found.table(key)
        except StopIteration:
            raise HTTPException(404, "No such table.") from None
        suppress = "team_manager" not in session.account.roles
        await run_in_threadpool(audit, session.account.username, "picture_export", key)
        return _csv_response(csv_text(table.headings(), table.shown(suppress)), f"{key}.csv")

    return router


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _csv_response(body: str, name: str) -> Response:
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'},
    )


def _qr_svg(text: str, label: str) -> str:
    """The QR code as inline SVG (made by the hub, never from a CDN), named for a screen
    reader; the text is always shown beside it as well."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    svg: str = image.to_string(encoding="unicode")
    from html import escape

    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)


def install(app: FastAPI, store: HubStore, settings: ConsoleSettings) -> None:
    """The console's routes, and its redirect to sign-in, on the hub's app."""
    app.include_router(console_router(store, settings))

    @app.exception_handler(_Redirect)
    def redirect(_request: Any, exc: _Redirect) -> RedirectResponse:
        return RedirectResponse(exc.to, 303)

    @app.exception_handler(HTTPException)
    async def refused(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/console"):
            html = (
                "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>"
                f"Refused – CNIS hub</title><link rel='stylesheet' href="
                "'/console/static/console.css'></head><body><main id='main'><h1>"
                f"{exc.status_code}: refused</h1><p>{_escape(str(exc.detail))}</p>"
                "<p><a href='/console/'>Back to the console</a></p></main></body></html>"
            )
            return HTMLResponse(html, exc.status_code, headers=SECURITY_HEADERS)
        from fastapi.exception_handlers import http_exception_handler

        return await http_exception_handler(request, exc)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
