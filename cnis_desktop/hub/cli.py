"""`cnis-hub`: run the hub, and administer users, caseloads, enrolment codes and devices."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .config import load_settings
from .storage import HubError, HubStore


def main(argv: Sequence[str] | None = None) -> int:
    settings = load_settings()  # the environment (CNIS_HUB_...) or CNIS_HUB_CONFIG's file
    parser = argparse.ArgumentParser(prog="cnis-hub", description="The CNIS sync hub.")
    parser.add_argument(
        "--db",
        default=settings.db,
        help="the hub's SQLite file (made 0600 in a 0700 folder), or a"
        " postgresql:// URL (default: %(default)s)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the API (put TLS in front of it)")
    serve.add_argument("--host", default=settings.host)
    serve.add_argument("--port", type=int, default=settings.port)
    user = sub.add_parser("user-add", help="add a user; prints the user id")
    user.add_argument("name")
    user.add_argument("--role", default="ehe_officer")
    code = sub.add_parser("code", help="a one-time enrolment code for a user's laptop")
    code.add_argument("user_id")
    assign = sub.add_parser("assign", help="put a child on a user's caseload")
    assign.add_argument("child_id")
    assign.add_argument("user_id")
    sub.add_parser("devices", help="list enrolled devices")
    revoke = sub.add_parser("revoke", help="revoke a device: it wipes itself on next contact")
    revoke.add_argument("device_id")
    sub.add_parser("audit", help="the latest audit events")
    admin = sub.add_parser(
        "admin-add",
        help="the first console administrator: prints the second factor's key and recovery codes once",
    )
    admin.add_argument("name", help="the person's name")
    admin.add_argument("--username", help="sign-in name (default: the name, lower case)")
    admin.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (else it is asked for)",
    )
    sub.add_parser("rebuild-state", help="build every record's current state again from the change log")
    args = parser.parse_args(argv)
    secret = settings.secret.get_secret_value() if settings.secret else None
    store = HubStore(args.db, secret)
    try:
        if args.command == "serve":
            import uvicorn

            from .app import create_app
            from .logs import setup_hub_logging

            setup_hub_logging()  # stdout, or CNIS_HUB_LOG_FILE; ids and timings, no content
            store.warm()
            uvicorn.run(
                create_app(store, settings.failure_delay, settings.console()),
                host=args.host,
                port=args.port,
                log_config=None,
            )
        elif args.command == "user-add":
            print(store.add_user(args.name, args.role))
        elif args.command == "code":
            print(store.new_code(args.user_id))
        elif args.command == "assign":
            store.assign(args.child_id, args.user_id)
        elif args.command == "devices":
            for d in store.devices():
                state = f"revoked {d['revoked_at']}" if d["revoked_at"] else "active"
                print(f"{d['id']}\t{d['user_id']}\t{d['name']}\t{state}")
        elif args.command == "revoke":
            store.revoke(args.device_id)
        elif args.command == "admin-add":
            add_admin(store, args.name, args.username, args.password_stdin)
        elif args.command == "rebuild-state":
            print(f"{store.rebuild_state()} records")
        else:
            for event in store.audit_trail():
                print("\t".join(str(v) for v in event.values()))
    except HubError as exc:
        print(f"cnis-hub: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


def add_admin(store: HubStore, name: str, username: str | None, from_stdin: bool) -> None:
    from .console.accounts import add_first_administrator

    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        import getpass

        password = getpass.getpass("Password (at least 12 characters): ")
        if getpass.getpass("The same again: ") != password:
            raise HubError("the two passwords differ")
    login = (username or name).strip().lower().replace(" ", ".")
    new = add_first_administrator(store, name, login, password)
    # Shown once: the hub keeps the key to check codes, and only hashes of the recovery codes.
    print(f"Administrator {name} can sign in at /console/ as: {login}")
    print(f"Authenticator key (TOTP): {new.secret}")
    print(f"Authenticator URI: {new.uri}")
    print("Recovery codes (each works once; keep them safe):")
    for code in new.recovery_codes:
        print(f"  {code}")


if __name__ == "__main__":
    raise SystemExit(main())
