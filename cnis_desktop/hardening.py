"""Process hardening for the app and the CLI: no core dumps, not readable by a debugger.

A core of `cnis import` held the raw database key, the passphrase and children's names. An
unlocked process necessarily holds those in memory; this keeps them from being written to
disk by a crash (RLIMIT_CORE 0) or read by another process of the same user through ptrace
or /proc/PID/mem (PR_SET_DUMPABLE 0, which also stops systemd-coredump and apport). No Qt,
no vault: called first thing by both entry points.
"""

from __future__ import annotations

import sys

_PR_SET_DUMPABLE = 4  # from <linux/prctl.h>


def disable_core_dumps() -> list[str]:
    """Apply what this platform supports; returns what was applied (for the diagnostics)."""
    applied = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        applied.append("RLIMIT_CORE=0")
    except (ImportError, ValueError, OSError):
        pass  # Windows has no resource module; it writes no core files by default
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                applied.append("PR_SET_DUMPABLE=0")
        except (OSError, AttributeError):
            pass  # a libc without prctl: the core limit above still holds
    return applied


def is_dumpable() -> bool | None:
    """Linux only: whether this process may still dump core (for tests and diagnostics)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    _PR_GET_DUMPABLE = 3
    return bool(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))
