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
    parser.add_argument("--db", default=settings.db,
                        help="the hub's SQLite file (made 0600 in a 0700 folder), or a"
                             " postgresql:// URL (default: %(default)s)")
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
    args = parser.parse_args(argv)
    secret = settings.secret.get_secret_value() if settings.secret else None
    store = HubStore(args.db, secret)
    try:
        if args.command == "serve":
            import uvicorn

            from .app import create_app

            store.warm()
            uvicorn.run(create_app(store, settings.failure_delay), host=args.host,
                        port=args.port)
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
        else:
            for event in store.audit_trail():
                print("\t".join(str(v) for v in event.values()))
    except HubError as exc:
        print(f"cnis-hub: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
