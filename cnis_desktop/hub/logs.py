"""The hub's logs: to standard output (a service manager or a container collects them) or to
a rotating file named by CNIS_HUB_LOG_FILE, under the same rule as the laptop's - events,
ids, timings and errors, never a record's content.

The one way content could reach them is a request line: a console search puts what was
typed into the query string, so the access log keeps the path and withholds the query.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from ..logs import REDACTED, IdsOnlyFormatter, PrivateRotatingFileHandler

LOG_FILE_ENV = "CNIS_HUB_LOG_FILE"
FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


class WithholdQuery(logging.Filter):
    """uvicorn's access line is (client, method, path with query, http version, status):
    keep the path, withhold the query (it can hold a name typed into a search)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) and "?" in args[2]:
            path = args[2].split("?", 1)[0]
            record.args = (*args[:2], f"{path}?{REDACTED}", *args[3:])
        return True


def setup_hub_logging(log_file: str | None = None) -> logging.Handler:
    """Root logging for the hub process; returns the handler (the tests remove it)."""
    target = log_file if log_file is not None else os.environ.get(LOG_FILE_ENV, "")
    handler: logging.Handler
    if target:
        path = Path(target)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = PrivateRotatingFileHandler(path, maxBytes=10 * 1024 * 1024, backupCount=5, encoding="utf-8")
    else:
        handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(IdsOnlyFormatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # uvicorn's own set-up (if one ran in this process) sends its lines elsewhere, past the
    # rule: they come to the root, through the handler above, instead.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        server_log = logging.getLogger(name)
        server_log.handlers.clear()
        server_log.propagate = True
        server_log.setLevel(logging.NOTSET)
    logging.getLogger("uvicorn.access").addFilter(WithholdQuery())
    return handler
