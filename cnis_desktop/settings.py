"""A typed registry of the app's settings, kept as JSON in the user's config folder.

Settings never hold record content; an authority may ship its own defaults (the
safeguarding procedure text, the idle lock) in the same file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .domain.codes import FULL_TIME_HOURS
from .vault.files import ensure_private_dir, write_private_atomically

if TYPE_CHECKING:
    from .domain.schooldays import TermCalendar
    from .domain.timeline import Rules
    from .domain.timescales import Timescale
    from .vault.attachment_import import ImportLimits

DEFAULT_SAFEGUARDING_PROCEDURE = (
    "You have recorded a safeguarding concern.\n\n"
    "1. If a child is in immediate danger, call 999.\n"
    "2. Otherwise contact the Children's Front Door (MASH) today and follow the "
    "authority's safeguarding procedure.\n"
    "3. Tell your designated safeguarding lead before the end of the day.\n"
    "4. Record who you contacted, when, and what was agreed, in this visit."
)


@dataclass
class Settings:
    auto_lock_minutes: float = 5.0
    # Child mode: once the worker's window has been hidden this long, leaving child mode
    # asks for the worker's passphrase as well as the hold (0: always ask).
    child_mode_passphrase_minutes: float = 10.0
    autosave_seconds: float = 1.5
    safeguarding_procedure: str = DEFAULT_SAFEGUARDING_PROCEDURE
    authority_name: str = ""  # e.g. "Exampleshire County Council": on documents' author line
    last_vault: str = ""
    # Authority overrides: {"annual_review": [12, "months"], ...} and {"KS3": 22.5, ...}
    timescales: dict[str, list[Any]] = field(default_factory=dict)
    full_time_hours: dict[str, float] = field(default_factory=dict)
    # {"2026/27": [["03/09/2026", "23/10/2026"], ...]}; none set: the default calendar
    term_dates: dict[str, list[Any]] = field(default_factory=dict)
    attendance_order_process: str = "ea1996"  # or "cwsa2026" once the 2026 Act is in force
    # The authority's own titles for spreadsheet columns, by field, e.g.
    # {"parent{n}_name": "Carer {n} name"}: the register's field list may yet change.
    register_columns: dict[str, str] = field(default_factory=dict)
    # Attachments: the largest file accepted, and the long side photos are scaled to.
    attachment_max_mb: float = 25.0
    attachment_long_side_px: int = 2000

    def timescale_overrides(self) -> dict[str, Timescale]:
        """The authority's timescales that are well formed; others keep their defaults."""
        # Imported on use: the timescales bring the calendar rules, which a start-up can skip.
        from .domain.timescales import TIMESCALES, UNITS, Timescale

        found = {}
        for name, value in self.timescales.items():
            if (
                name in TIMESCALES
                and isinstance(value, list)
                and len(value) == 2
                and isinstance(value[0], int)
                and not isinstance(value[0], bool)
                and value[0] > 0
                and value[1] in UNITS
                # School days need term dates, which only the timeline is given.
                and (value[1] != "school_days" or TIMESCALES[name].unit == "school_days")
            ):
                found[name] = Timescale(value[0], value[1], TIMESCALES[name].label)
        return found

    def attachment_limits(self) -> ImportLimits:
        """The authority's limits for attached files; a value out of range keeps its default."""
        from .vault.attachment_import import DEFAULT_LONG_SIDE, DEFAULT_MAX_MB, ImportLimits

        max_mb = self.attachment_max_mb if 0 < self.attachment_max_mb <= 500 else DEFAULT_MAX_MB
        side = self.attachment_long_side_px
        long_side = side if isinstance(side, int) and 200 <= side <= 10000 else DEFAULT_LONG_SIDE
        return ImportLimits(max_bytes=int(max_mb * 1024 * 1024), long_side=long_side)

    def term_calendar(self) -> TermCalendar:
        """The authority's term dates; a school year that cannot be read counts as missing."""
        from .domain.schooldays import parse_term_dates

        calendar, _problems = parse_term_dates(self.term_dates)
        return calendar

    def timeline_rules(self) -> Rules:
        from .domain.timeline import Rules

        return Rules(self.timescale_overrides(), self.term_calendar(), self.attendance_order_process)

    def thresholds(self) -> dict[str, float]:
        table = dict(FULL_TIME_HOURS)
        for stage, hours in self.full_time_hours.items():
            if stage in table and isinstance(hours, int | float) and 0 < hours <= 40:
                table[stage] = float(hours)
        return table

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        target = path or settings_path()
        try:
            data: dict[str, Any] = json.loads(target.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name: f for f in fields(cls)}
        defaults = cls()
        values = {}
        for name, value in data.items():
            if name not in known:
                continue
            default = getattr(defaults, name)
            if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if isinstance(value, type(default)):
                values[name] = value
        return cls(**values)

    def save(self, path: Path | None = None) -> None:
        target = path or settings_path()
        ensure_private_dir(target.parent)
        write_private_atomically(target, json.dumps(asdict(self), indent=2).encode("utf-8"))


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"
