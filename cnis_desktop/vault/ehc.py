"""Children's views (drafts, then append-only), EHC plans, outcomes with progress, reviews."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.ehc import AnnualReview, EhcPlan, Outcome, ProgressEntry
from ..domain.model import Stored, from_fields, to_fields
from ..domain.validation import (
    ValidationFailed,
    require_valid,
    validate_outcome,
    validate_plan,
    validate_progress,
    validate_review,
    validate_views_final,
)
from ..domain.views import ViewsRecord
from .children import Children
from .connection import transaction
from .context import Context, dumps
from .errors import NotFound, RecordFinalised
from .ids import new_id
from .mutable import MutableTable


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class StoredViews:
    id: str
    record: ViewsRecord
    status: str
    finalised_at: datetime | None
    finalised_by: str

    @property
    def is_final(self) -> bool:
        return self.status == "final"


class ViewsRecords:
    """Drafts are saved as typed (on this laptop only); finalising makes them permanent."""

    def __init__(self, ctx: Context, children: Children) -> None:
        self.ctx = ctx
        self.children = children

    def start(self, record: ViewsRecord) -> StoredViews:
        self.children.get(record.child_id)
        record_id = new_id()
        now = self.ctx.now_text()
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "INSERT INTO views_records (id, child_id, status, version, created_at, created_by,"
                " device_id, updated_at, data, record_date) VALUES (?, ?, 'draft', 1, ?, ?, ?, ?, ?, ?)",
                (
                    record_id,
                    record.child_id,
                    now,
                    self.ctx.actor,
                    self.ctx.device_id,
                    now,
                    dumps(to_fields(record)),
                    _iso(record.gathered_on),
                ),
            )
            self.ctx.audit("create", "views", record_id, detail="draft")
        return self.get(record_id)

    def save_draft(self, record_id: str, record: ViewsRecord) -> None:
        with transaction(self.ctx.conn):
            current = self.get(record_id)
            if current.is_final:
                raise RecordFinalised(record_id)
            record.child_id = current.record.child_id
            self.ctx.conn.execute(
                "UPDATE views_records SET data = ?, record_date = ?, updated_at = ?,"
                " version = version + 1 WHERE id = ?",
                (dumps(to_fields(record)), _iso(record.gathered_on), self.ctx.now_text(), record_id),
            )

    def note_unsafe(self, record_id: str) -> None:
        """Audited the moment the child says they feel unsafe, whatever happens to the draft."""
        with transaction(self.ctx.conn):
            self.ctx.audit("child_said_unsafe", "views", record_id)

    def finalise(self, record_id: str, today: date | None = None) -> StoredViews:
        with transaction(self.ctx.conn):
            current = self.get(record_id)
            if current.is_final:
                raise RecordFinalised(record_id)
            require_valid(validate_views_final(current.record, today or date.today()))
            now = self.ctx.now_text()
            self.ctx.conn.execute(
                "UPDATE views_records SET status = 'final', finalised_at = ?, finalised_by = ? WHERE id = ?",
                (now, self.ctx.actor, record_id),
            )
            self.ctx.outbox(
                "views",
                record_id,
                "create",
                {**to_fields(current.record), "finalised_at": now, "finalised_by": self.ctx.actor},
            )
            self.ctx.audit("finalise", "views", record_id)
        return self.get(record_id)

    def discard(self, record_id: str) -> None:
        with transaction(self.ctx.conn):
            if self.get(record_id).is_final:
                raise RecordFinalised(record_id)
            self.ctx.conn.execute("DELETE FROM views_records WHERE id = ?", (record_id,))
            self.ctx.audit("discard", "views", record_id)

    def get(self, record_id: str) -> StoredViews:
        row = self.ctx.conn.execute("SELECT * FROM views_records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise NotFound("views record", record_id)
        return _views(row)

    def for_child(self, child_id: str) -> list[StoredViews]:
        rows = self.ctx.conn.execute(
            "SELECT * FROM views_records WHERE child_id = ? ORDER BY record_date DESC, created_at",
            (child_id,),
        ).fetchall()
        return [_views(r) for r in rows]


def _views(row: Any) -> StoredViews:
    finalised = row["finalised_at"]
    return StoredViews(
        row["id"],
        from_fields(ViewsRecord, json.loads(row["data"])),
        row["status"],
        datetime.fromisoformat(finalised) if finalised else None,
        row["finalised_by"],
    )


class Ehc:
    def __init__(self, ctx: Context, children: Children) -> None:
        self.ctx = ctx
        self.children = children
        self.views = ViewsRecords(ctx, children)
        self.plans = MutableTable(
            ctx,
            "ehc_plan",
            "ehc_plans",
            EhcPlan,
            validate_plan,
            lambda p: {"child_id": p.child_id},
            fixed=("child_id",),
        )
        self.outcomes = MutableTable(
            ctx,
            "ehc_outcome",
            "ehc_outcomes",
            Outcome,
            validate_outcome,
            lambda o: {"plan_id": o.plan_id, "child_id": o.child_id},
            fixed=("plan_id", "child_id"),
        )
        self.reviews = MutableTable(
            ctx,
            "annual_review",
            "annual_reviews",
            AnnualReview,
            validate_review,
            lambda r: {"child_id": r.child_id, "plan_id": r.plan_id, "meeting_date": _iso(r.meeting_date)},
            fixed=("child_id", "plan_id"),
        )

    def plan_for(self, child_id: str) -> Stored[EhcPlan] | None:
        found = self.plans.where("child_id = ?", (child_id,), order="created_at DESC")
        return found[0] if found else None

    def outcomes_for(self, child_id: str) -> list[Stored[Outcome]]:
        return self.outcomes.where("child_id = ?", (child_id,))

    def current_review(self, child_id: str) -> Stored[AnnualReview] | None:
        """The latest review cycle (the one with the latest meeting, or the open one)."""
        found = self.reviews.where(
            "child_id = ?", (child_id,), order="meeting_date IS NULL DESC, meeting_date DESC"
        )
        return found[0] if found else None

    def add_outcome(self, outcome: Outcome) -> Stored[Outcome]:
        plan = self.plans.get(outcome.plan_id)
        outcome.child_id = plan.record.child_id
        return self.outcomes.add(outcome)

    def record_progress(self, entry: ProgressEntry, today: date | None = None) -> str:
        require_valid(validate_progress(entry, today or date.today()))
        outcome = self.outcomes.get(entry.outcome_id)
        entry.child_id = outcome.record.child_id
        assert entry.recorded_on is not None
        entry_id = new_id()
        fields = to_fields(entry)
        with transaction(self.ctx.conn):
            self.ctx.conn.execute(
                "INSERT INTO ehc_progress VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry_id,
                    entry.outcome_id,
                    entry.child_id,
                    entry.recorded_on.isoformat(),
                    self.ctx.now_text(),
                    self.ctx.actor,
                    self.ctx.device_id,
                    dumps(fields),
                ),
            )
            self.ctx.outbox("ehc_progress", entry_id, "create", fields)
        return entry_id

    def progress(self, outcome_id: str) -> list[ProgressEntry]:
        rows = self.ctx.conn.execute(
            "SELECT data FROM ehc_progress WHERE outcome_id = ? ORDER BY recorded_on, created_at",
            (outcome_id,),
        ).fetchall()
        return [from_fields(ProgressEntry, json.loads(r[0])) for r in rows]

    def concluded_review(self, child_id: str) -> Stored[AnnualReview] | None:
        """The latest review whose decision has been notified."""
        found = self.reviews.where(
            "child_id = ? AND json_extract(data, '$.decision_date') IS NOT NULL",
            (child_id,),
            order="json_extract(data, '$.decision_date') DESC",
        )
        return found[0] if found else None

    def start_review(self, child_id: str) -> Stored[AnnualReview]:
        plan = self.plan_for(child_id)
        if plan is None or plan.record.final_date is None:
            raise ValidationFailed(
                {
                    "plan": "An annual review is of an issued EHC plan: record "
                    "the date the final plan was issued first."
                }
            )
        return self.reviews.add(AnnualReview(child_id=child_id, plan_id=plan.id))

    def save_review(self, review_id: str, base_version: int, edited: AnnualReview) -> Stored[AnnualReview]:
        """Save a review cycle. Recording the authority's decision and the day it was notified
        concludes the cycle: the plan's last review becomes that day and the next cycle
        starts (unless the plan ceases), with nothing more to type."""
        with transaction(self.ctx.conn):
            was = self.reviews.get(review_id).record
            saved = self.reviews.update(review_id, base_version, edited)
            review = saved.record
            newly_concluded = (
                review.decision and review.decision_date and not (was.decision and was.decision_date)
            )
            if not newly_concluded:
                return saved
            plan = self.plans.get(review.plan_id)
            assert review.decision_date is not None
            if plan.record.last_review_date is None or plan.record.last_review_date < review.decision_date:
                self.plans.update(
                    plan.id,
                    plan.meta.version,
                    dataclasses.replace(plan.record, last_review_date=review.decision_date),
                )
            if review.decision != "cease":
                self.reviews.add(AnnualReview(child_id=review.child_id, plan_id=plan.id))
        return saved
