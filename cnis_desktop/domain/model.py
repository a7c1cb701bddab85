"""The records of the domain as plain dataclasses.

Records travel as dicts of JSON-friendly values (ISO dates) so that the vault, the outbox
and the hub share one representation; `to_fields`/`from_fields` are the only conversion.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar

# Dataclasses that appear inside records as lists (e.g. list[Action]), by name, so that
# stored JSON is turned back into them.
_NESTED: dict[str, type] = {}

N = TypeVar("N", bound=type)


def nested(cls: N) -> N:
    _NESTED[cls.__name__] = cls
    return cls


@nested
@dataclass
class Action:
    what: str = ""
    who: str = ""
    due: date | None = None
    # Only in the record copy of a document. None: not marked either way, which counts as
    # restricted when the action was raised while a safeguarding concern was recorded.
    restricted: bool | None = None


@nested
@dataclass
class TidyUp:
    """A spreadsheet value an import could not take as it stood: kept word for word on the
    child until a person has checked the field (nothing a sheet said is lost)."""

    field: str = ""  # the sheet's field, e.g. "send"
    column: str = ""  # the column's title as the sheet had it
    original: str = ""  # the cell, word for word
    note: str = ""  # what the import did with it
    kind: str = "kept"  # mapped | kept | difference | missing
    source: str = ""  # e.g. "import of 12/11/2026, line 7"


@dataclass
class Child:
    """Mutable record: edited field by field on a known version."""

    case_number: str = ""
    legal_first_name: str = ""
    legal_last_name: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None
    gender: str = "not_known"
    ethnicity: str = ""
    home_address: str = ""
    parents: str = ""
    first_language: str = ""  # never assumed: unknown until someone records it
    interpreter_needed: bool = False
    upn: str = ""
    nhs_number: str = ""
    original_school: str = ""
    original_school_urn: str = ""
    current_school: str = ""
    locality_team: str = ""
    lead_professional: str = ""
    social_care_status: str = "none"
    send_status: str = "suspected"
    primary_need: str = ""
    health_services: str = ""
    safeguarding_flag: bool = False
    responsible_body: str = ""  # school | la (Annex B's "School or LA responsible")
    # The authority's own spreadsheet columns, by title, as they came: exported back as they were.
    sheet_columns: dict[str, str] = field(default_factory=dict)
    tidy_up: list[TidyUp] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.legal_first_name
        return f"{first} {self.legal_last_name}".strip()


@dataclass
class Arrangement:
    """A dated episode of not being in school full time (mutable)."""

    child_id: str = ""
    type: str = "ehe"
    start_date: date | None = None
    end_date: date | None = None
    reasons: list[str] = field(default_factory=list)
    hours_per_week: float | None = None
    provider: str = ""
    review_date: date | None = None  # part-time timetables must be reviewed
    notes: str = ""
    # Attendance over the episode so far (sessions are half days): gives persistent (10%+
    # missed) and severe (50%+) absence, shown on the child and on Today.
    sessions_possible: int | None = None
    sessions_missed: int | None = None
    reasons_text: str = ""  # the reasons behind the provision, in the words of the sheet or worker
    action_text: str = ""  # action to be taken and by whom (Annex B)

    @property
    def is_open(self) -> bool:
        return self.end_date is None or self.end_date >= date.today()


@dataclass
class Visit:
    """Append-only once finalised; a draft is edited freely on the laptop."""

    child_id: str = ""
    visit_type: str = "ehe_annual"
    basis: str = "routine"
    concern_raised_by: str = ""
    format_offered: str = "home"
    format_used: str = "home"
    planned_date: date | None = None
    actual_date: date | None = None
    start_time: str = ""
    present: str = ""
    child_seen: bool = False
    child_seen_alone: bool = False
    education_approach: str = ""
    curriculum_areas: str = ""
    resources: str = ""
    work_samples: str = ""
    education_provider: str = ""
    hours_per_week: float | None = None
    child_views: str = ""
    parent_views: str = ""
    send_needs: str = ""
    wellbeing: str = ""
    safeguarding_concern: bool = False
    safeguarding_details: str = ""
    safeguarding_procedure_shown_at: datetime | None = None
    judgement: str = ""
    judgement_reasons: str = ""
    actions: list[Action] = field(default_factory=list)
    next_contact_date: date | None = None
    next_contact_reason: str = ""  # why, when later than the authority's contact interval
    advice_given: str = ""
    next_steps: str = ""
    parent_comments: str = ""  # the parent's comments on the visit or its summary
    summary_sent_to_parent: date | None = None
    # What only some visit types record (domain/visit_content.py says which).
    provision_observed: str = ""  # EOTAS QA: the session or provision seen
    provider_findings: str = ""  # EOTAS QA: what the provider showed, against the plan
    family_circumstances: str = ""  # social-worker visit
    plan_progress: str = ""  # social-worker visit: the child's plan and support
    enquiries_made: str = ""  # CME enquiry
    # Fields the worker marked restricted: printed only in the record copy.
    restricted_fields: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RecordMeta:
    """What every stored record carries for sync: identity, authorship, version."""

    id: str
    version: int
    created_at: datetime
    created_by: str
    device_id: str
    updated_at: datetime


T = TypeVar("T")


@dataclass(frozen=True)
class Stored(Generic[T]):
    meta: RecordMeta
    record: T

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass(frozen=True)
class StoredVisit:
    meta: RecordMeta
    record: Visit
    status: str  # "draft" | "final"
    finalised_at: datetime | None
    finalised_by: str
    amendments: tuple[Amendment, ...] = ()

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def is_final(self) -> bool:
        return self.status == "final"

    def effective(self) -> Visit:
        """The visit as amended: the original with each amendment's changes applied in order."""
        current = self.record
        for amendment in self.amendments:
            current = apply_changes(current, amendment.changes)
        return current


@dataclass(frozen=True)
class Amendment:
    id: str
    visit_id: str
    reason: str
    changes: dict[str, Any]
    created_at: datetime
    created_by: str


# --- conversion -------------------------------------------------------------------------

R = TypeVar("R")


def _to_json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_fields(value)
    if isinstance(value, list):
        return [_to_json_value(v) for v in value]
    return value


def to_fields(record: Any) -> dict[str, Any]:
    return {f.name: _to_json_value(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _from_json_value(annotation: str, value: Any) -> Any:
    if value is None or value == "":
        if "None" in annotation:
            return None
        return value
    if annotation.startswith("datetime"):
        return datetime.fromisoformat(value)
    if annotation.startswith("date"):
        return date.fromisoformat(value)
    if annotation.startswith("list[") and annotation[5:-1] in _NESTED:
        inner = _NESTED[annotation[5:-1]]
        return [from_fields(inner, v) for v in value]
    if annotation.startswith("int"):
        return int(value)
    if annotation.startswith("float"):
        return float(value)
    return value


def from_fields(cls: type[R], data: dict[str, Any]) -> R:
    """Build a record from stored fields, ignoring unknown names (a newer device may add some)."""
    known = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs = {
        name: _from_json_value(str(known[name].type), value) for name, value in data.items() if name in known
    }
    return cls(**kwargs)


def apply_changes(record: R, changes: dict[str, Any]) -> R:
    merged = {**to_fields(record), **changes}
    return from_fields(type(record), merged)


def changed_fields(before: Any, after: Any) -> dict[str, Any]:
    """Field-level difference, in stored (JSON) form, for versioned edits."""
    old, new = to_fields(before), to_fields(after)
    return {name: value for name, value in new.items() if old.get(name) != value}
