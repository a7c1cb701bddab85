"""Oversight: information sharing, school attendance orders, and the Today dashboard.

The dashboard is computed from a handful of whole-table queries (not per child), so it
stays fast on a 5,000-child caseload.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..domain import codes
from ..domain import today as today_rules
from ..domain.consent import ConsentRequest
from ..domain.ehc import AnnualReview, EhcPlan
from ..domain.hours import full_time_minutes
from ..domain.model import Arrangement, Stored, from_fields
from ..domain.oversight import DashboardItem, Notification, SaoCase, absence_measure
from ..domain.record_deadlines import (
    assessment_deadlines,
    phase_transfer_deadline,
    review_deadlines,
    sao_deadlines,
)
from ..domain.register_entry import RegisterEntry
from ..domain.timeline import InputProblems, Inputs, Rules
from ..domain.timeline_attendance import missing_education
from ..domain.validation import validate_notification, validate_sao
from .context import Context
from .eotas import Eotas
from .mutable import MutableTable

WINDOW_DAYS = 14
# Social care statuses (and consent grounds) that make a child's items safeguarding ones.
AT_RISK_CARE = frozenset({"s47", "cp_plan"})


class Oversight:
    def __init__(self, ctx: Context, eotas: Eotas) -> None:
        self.ctx = ctx
        self.eotas = eotas
        self.notifications = MutableTable(
            ctx,
            "notification",
            "notifications",
            Notification,
            validate_notification,
            lambda n: {"child_id": n.child_id, "arrangement_id": n.arrangement_id, "partner": n.partner},
            fixed=("child_id", "arrangement_id"),
        )
        self.sao = MutableTable(
            ctx,
            "sao_case",
            "sao_cases",
            SaoCase,
            validate_sao,
            lambda c: {"child_id": c.child_id},
            fixed=("child_id",),
        )

    def notifications_for(self, child_id: str) -> list[Stored[Notification]]:
        return self.notifications.where("child_id = ?", (child_id,), order="created_at")

    def sao_for(self, child_id: str) -> Stored[SaoCase] | None:
        found = self.sao.where("child_id = ?", (child_id,), order="created_at DESC")
        return found[0] if found else None

    # --- the dashboard ------------------------------------------------------------------------

    def change_mark(self) -> ChangeMark:
        """Where the vault's writes stand now (see `changed_since`)."""
        conn = self.ctx.conn
        return ChangeMark(
            int(conn.execute("SELECT total_changes()").fetchone()[0]),
            int(conn.execute("SELECT coalesce(max(rowid), 0) FROM audit_log").fetchone()[0]),
            int(conn.execute("PRAGMA data_version").fetchone()[0]),
        )

    def changed_since(self, mark: ChangeMark | None) -> bool:
        """Whether anything but audit events was written since `mark`, by this connection
        or any other: Today reads its items again only then. Opening a child writes a "view"
        audit event (two rows: the log and its outbox entry), which changes nothing Today
        shows; without this, every return to Today at 5,000 children cost a fifth of a second."""
        now = self.change_mark()
        if mark is None or now.others != mark.others:
            return True
        return now.writes - mark.writes != 2 * (now.audits - mark.audits)

    def dashboard(
        self,
        today: date | None = None,
        rules: Rules | None = None,
        thresholds: dict[str, float] | None = None,
    ) -> list[DashboardItem]:
        """Everything that needs doing, most urgent first (domain/today.py ranks, groups and
        filters it). `rules`: the authority's timescales and term dates
        (settings.timeline_rules()). A child has at most one item of each "not told" kind,
        and a provider's problem is one item for all its children."""
        day = today or date.today()
        rules = rules or Rules()
        horizon = day + timedelta(days=WINDOW_DAYS)
        conn = self.ctx.conn
        # One query for every child; a child with no open action reads NULL, not "[]" to
        # parse (5,000 parses of "[]" were a tenth of the reading).
        children: dict[str, _ChildFacts] = {
            row[0]: _ChildFacts(
                row[1],
                date.fromisoformat(row[2]) if row[2] else None,
                row[3],
                row[4],
                row[5] or "",
                today_rules.allocated_worker(row[5] or ""),
                row[6],
                bool(row[7]) or row[8] in AT_RISK_CARE,
            )
            for row in conn.execute(
                "SELECT id, display_name, date_of_birth, next_contact_due, arrangement_type,"
                " json_extract(data, '$.lead_professional'), NULLIF(open_actions, '[]'),"
                " json_extract(data, '$.safeguarding_flag'),"
                " json_extract(data, '$.social_care_status') FROM children"
            )
        }
        items: list[DashboardItem] = []

        def add(
            child_id: str,
            title: str,
            due: date | None = None,
            *,
            section: str,
            kind: str,
            harm: int,
            detail: str = "",
            place: str = "",
            arrangement_id: str = "",
        ) -> None:
            facts = children[child_id]
            items.append(
                DashboardItem(
                    section,
                    child_id,
                    facts.name,
                    title,
                    due,
                    detail,
                    place,
                    arrangement_id,
                    kind,
                    harm,
                    facts.worker,
                )
            )

        def due_item(
            child_id: str,
            title: str,
            due: date | None,
            place: str,
            detail: str = "",
            arrangement_id: str = "",
            kind: str = "statutory",
            harm: int = today_rules.STATUTORY,
        ) -> None:
            if due is not None and due <= horizon:
                add(
                    child_id,
                    title,
                    due,
                    section="deadlines",
                    kind=kind,
                    harm=harm,
                    detail=detail,
                    place=place,
                    arrangement_id=arrangement_id,
                )

        concern_visits = self._latest_visit_concerns()
        for child_id, facts in children.items():
            if facts.next_due and facts.arrangement:
                # Seeing a child at risk is a safeguarding matter, not only practice.
                due_item(
                    child_id,
                    "Next contact",
                    date.fromisoformat(facts.next_due),
                    "visits",
                    codes.ARRANGEMENT_TYPE.label(facts.arrangement),
                    kind="contact",
                    harm=today_rules.SAFEGUARDING if facts.at_risk else today_rules.PRACTICE,
                )
            actions = json.loads(facts.actions) if facts.actions else []
            for action in actions:
                if action.get("due"):
                    # Restricted actions are the safeguarding ones; unmarked ones are when
                    # the visit recorded a concern (domain/audience.py's rule).
                    restricted = action.get("restricted")
                    safeguarding = restricted is True or (restricted is None and child_id in concern_visits)
                    due_item(
                        child_id,
                        f"Action: {action.get('what', '')}",
                        date.fromisoformat(action["due"]),
                        "visits",
                        f"owner: {action.get('who', '')}",
                        kind="contact",
                        harm=today_rules.SAFEGUARDING if safeguarding else today_rules.PRACTICE,
                    )
            if facts.arrangement and not facts.lead.strip():
                add(
                    child_id,
                    "No lead professional",
                    section="lead",
                    kind="record",
                    harm=today_rules.RECORD,
                    place="details",
                )
        current = self._current_arrangements(day)
        notified = self._notified_partners()
        for child_id, (arrangement_id, arrangement) in current.items():
            if child_id not in children:
                continue
            dob = children[child_id].dob
            if arrangement.type == "part_time":
                due_item(
                    child_id,
                    "Part-time timetable review",
                    arrangement.review_date,
                    "arrangements",
                    arrangement_id=arrangement_id,
                )
                due_item(
                    child_id,
                    "Part-time timetable ends",
                    arrangement.end_date,
                    "arrangements",
                    arrangement_id=arrangement_id,
                )
            partners = notified.get(arrangement_id, set())
            label = codes.ARRANGEMENT_TYPE.label(arrangement.type)
            # One "not told" item per child: nobody told includes health.
            if not partners:
                add(
                    child_id,
                    "No partner told of this arrangement, health included",
                    section="partners",
                    kind="sharing",
                    harm=today_rules.SHARING,
                    detail=label,
                    place="sharing",
                    arrangement_id=arrangement_id,
                )
            elif not partners & codes.HEALTH_PARTNERS:
                add(
                    child_id,
                    "Health not told (school nursing, GP or health visitor)",
                    section="health",
                    kind="sharing",
                    harm=today_rules.SHARING,
                    detail=label,
                    place="sharing",
                    arrangement_id=arrangement_id,
                )
            if arrangement.type == "cme" and arrangement.start_date is not None:
                self._cme_enquiries(child_id, arrangement_id, arrangement.start_date, rules, due_item)
            measure = absence_measure(arrangement.sessions_possible, arrangement.sessions_missed)
            if "persistent" in measure or "severe" in measure:
                add(
                    child_id,
                    measure,
                    section="absence",
                    kind="provision",
                    harm=today_rules.PRACTICE,
                    detail=label,
                    place="arrangements",
                    arrangement_id=arrangement_id,
                )
            elif arrangement.type == "severe_absence" and not measure:
                add(
                    child_id,
                    "Sessions possible and missed not recorded",
                    section="absence",
                    kind="provision",
                    harm=today_rules.PRACTICE,
                    detail=label,
                    place="arrangements",
                    arrangement_id=arrangement_id,
                )
            # Home education is not measured against a school's full time (the guidance says
            # school hours are no measure of it): its hours are information, not an alert.
            if arrangement.hours_per_week is not None and arrangement.type not in ("eotas", "ehe"):
                threshold = full_time_minutes(dob, day, thresholds) / 60
                if arrangement.hours_per_week < threshold:
                    add(
                        child_id,
                        f"{arrangement.hours_per_week:g} of {threshold:g} hours a week",
                        section="hours",
                        kind="provision",
                        harm=today_rules.PRACTICE,
                        detail=label,
                        place="arrangements",
                        arrangement_id=arrangement_id,
                    )
        self._eotas_hours(add, children, day, thresholds)
        self._ehc_deadlines(children, add, due_item, rules, day)
        for stored in self.sao.where("1"):
            case = stored.record
            if case.outcome or case.child_id not in children:
                continue
            for deadline in sao_deadlines(case, rules, day):
                if deadline.done is None:
                    due_item(case.child_id, deadline.name, deadline.due, "sao", deadline.rule)
        self._statutory(children, add, due_item, dict(rules.overrides))
        self._provider_problems(children, items, day)
        return today_rules.ranked(items, day)

    def _latest_visit_concerns(self) -> set[str]:
        """Children whose latest finalised visit recorded a safeguarding concern, among those
        with an action not marked either way (only they need the answer)."""
        return {
            row[0]
            for row in self.ctx.conn.execute(
                "SELECT child_id, max(visit_date), json_extract(data, '$.safeguarding_concern')"
                " AS concern FROM visits WHERE status = 'final' AND child_id IN ("
                "  SELECT id FROM children WHERE open_actions LIKE '%\"restricted\": null%')"
                " GROUP BY child_id"
            )
            if row[2]
        }

    def _provider_problems(
        self, children: dict[str, _ChildFacts], items: list[DashboardItem], day: date
    ) -> None:
        """Each provider with a check missing, expired or about to expire: one item, with the
        children it serves (not one item per child)."""
        used = self._children_by_provider()
        for provider, _alerts in self.eotas.provider_alerts(day):
            served = sorted((children[c].name, c) for c in used.get(provider.id, ()) if c in children)
            if not served:
                continue
            problem = today_rules.provider_problem(provider.record, day)
            if problem is None:
                continue
            workers = tuple(sorted({children[c].worker for _, c in served}))
            items.append(
                DashboardItem(
                    "deadlines",
                    "",
                    provider.record.name,
                    problem.title,
                    problem.due,
                    f"{len(served)} {'child' if len(served) == 1 else 'children'} with this provider",
                    "eotas",
                    kind="provider",
                    harm=problem.harm,
                    expired=problem.due is not None,
                    provider_id=provider.id,
                    children=tuple((c, n) for n, c in served),
                    workers=workers,
                )
            )

    def _statutory(
        self, children: dict[str, _ChildFacts], add: Any, due_item: Any, overrides: dict[str, Any]
    ) -> None:
        """Consent to home educate not yet decided (every one, whenever due), and a parent's
        report of a change to the register that is due (s436D)."""
        for row in self.ctx.conn.execute(
            "SELECT child_id, data FROM consent_requests WHERE decision = '' ORDER BY requested_on"
        ):
            if row[0] not in children:
                continue
            request = from_fields(ConsentRequest, json.loads(row[1]))
            grounds = ", ".join(codes.CONSENT_GROUNDS.label(g) for g in request.grounds)
            # A child under a s47 enquiry or a protection plan: consent is about their safety.
            at_risk = bool(set(request.grounds) & AT_RISK_CARE)
            add(
                row[0],
                "Consent to home educate: not yet decided",
                request.decision_due(overrides),
                section="consent",
                kind="statutory",
                harm=today_rules.SAFEGUARDING if at_risk else today_rules.STATUTORY,
                detail=grounds,
                place="consent",
            )
        for row in self.ctx.conn.execute("SELECT child_id, data FROM register_entries"):
            if row[0] in children:
                entry = from_fields(RegisterEntry, json.loads(row[1]))
                due_item(
                    row[0],
                    "Parent's report of a change to the register (s436D)",
                    entry.change_report_due(overrides),
                    "register",
                    entry.change_details,
                )

    def _current_arrangements(self, day: date) -> dict[str, tuple[str, Arrangement]]:
        """Each child's current arrangement, with only the fields Today reads: taken out in
        SQL, as building whole records from JSON was half of Today's time at 5,000."""
        current: dict[str, tuple[str, Arrangement]] = {}
        for row in self.ctx.conn.execute(
            "SELECT id, child_id, type, start_date, json_extract(data, '$.end_date'),"
            " json_extract(data, '$.review_date'), json_extract(data, '$.hours_per_week'),"
            " json_extract(data, '$.sessions_possible'),"
            " json_extract(data, '$.sessions_missed') FROM arrangements"
            " WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)"
            " ORDER BY start_date",
            (day.isoformat(), day.isoformat()),
        ):
            current[row[1]] = (
                row[0],
                Arrangement(
                    child_id=row[1],
                    type=row[2],
                    start_date=_day(row[3]),
                    end_date=_day(row[4]),
                    review_date=_day(row[5]),
                    hours_per_week=row[6],
                    sessions_possible=row[7],
                    sessions_missed=row[8],
                ),
            )
        return current

    def _notified_partners(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for arrangement_id, partner in self.ctx.conn.execute(
            "SELECT arrangement_id, partner FROM notifications"
        ):
            found[arrangement_id].add(partner)
        return found

    def _eotas_hours(
        self, add: Any, children: dict[str, _ChildFacts], day: date, thresholds: dict[str, float] | None
    ) -> None:
        """For EOTAS, hours delivered in the last complete week, against full time."""
        last_monday = day - timedelta(days=day.weekday() + 7)
        for row in self.eotas.caseload_hours(last_monday, last_monday + timedelta(6), thresholds):
            week = row.weeks[0] if row.weeks else None
            if week is None or row.child_id not in children:
                continue
            if week.delivered_minutes < week.threshold_minutes:
                add(
                    row.child_id,
                    f"{week.delivered_minutes / 60:.1f} of "
                    f"{week.threshold_minutes / 60:g} hours delivered last week",
                    section="hours",
                    kind="provision",
                    harm=today_rules.PRACTICE,
                    detail="EOTAS package",
                    place="eotas",
                )

    @staticmethod
    def _cme_enquiries(
        child_id: str, arrangement_id: str, absent_from: date, rules: Rules, due_item: Any
    ) -> None:
        """Children missing education: the 10th school day of continuous absence, counted
        in the authority's term dates (a missing year is said, not guessed)."""
        try:
            found = missing_education(Inputs({"absent_from": absent_from}, absent_from), rules)
        except InputProblems as exc:
            due_item(
                child_id,
                "Children missing education: term dates needed",
                absent_from,
                "arrangements",
                " ".join(exc.problems.values()),
                arrangement_id,
                harm=today_rules.SAFEGUARDING,
            )
            return
        tenth = found.steps[-1]
        # A child nobody can find is a safeguarding matter before it is a statutory one.
        due_item(
            child_id,
            "Missing education: " + tenth.name,
            tenth.due,
            "arrangements",
            tenth.rule,
            arrangement_id,
            harm=today_rules.SAFEGUARDING,
        )

    def _ehc_deadlines(
        self, children: dict[str, _ChildFacts], add: Any, due_item: Any, rules: Rules, day: date
    ) -> None:
        open_reviews: dict[str, AnnualReview] = {}
        concluded: dict[str, AnnualReview] = {}
        for row in self.ctx.conn.execute(
            "SELECT child_id, data FROM annual_reviews ORDER BY meeting_date IS NULL,"
            " meeting_date, created_at"
        ):
            review = from_fields(AnnualReview, json.loads(row[1]))
            (concluded if review.decision_date else open_reviews)[row[0]] = review
        for row in self.ctx.conn.execute("SELECT child_id, data FROM ehc_plans"):
            child_id = row[0]
            if child_id not in children:
                continue
            plan = from_fields(EhcPlan, json.loads(row[1]))
            dob = children[child_id].dob
            found = assessment_deadlines(plan, rules, day)
            found += review_deadlines(
                plan, open_reviews.get(child_id), rules, day, dob, concluded.get(child_id)
            )
            for deadline in found:
                if deadline.done is None:
                    due_item(child_id, deadline.name, deadline.due, "ehc", deadline.rule)
            transfer = phase_transfer_deadline(plan, dob, rules, day)
            if transfer is not None and transfer.done is None:
                # On Today from the autumn before: naming the next school takes months.
                add(
                    child_id,
                    "Phase transfer: " + transfer.name,
                    transfer.due,
                    section="deadlines",
                    kind="statutory",
                    harm=today_rules.STATUTORY,
                    detail=transfer.rule,
                    place="ehc_plan",
                )

    def _children_by_provider(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for child_id, provider_id in self.ctx.conn.execute(
            "SELECT child_id, json_extract(data, '$.provider_id') FROM eotas_components"
        ):
            found[provider_id].add(child_id)
        return found


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class ChangeMark(NamedTuple):
    writes: int  # rows this connection has written since it opened (SQLite's total_changes)
    audits: int  # the audit log's last row
    others: int  # SQLite's data_version: moves when another connection commits


class _ChildFacts(NamedTuple):
    """What Today needs to know of each child, read in one query."""

    name: str
    dob: date | None
    next_due: str | None
    arrangement: str | None
    lead: str
    worker: str  # the allocated worker, named in the lead professional field
    actions: str | None
    at_risk: bool  # the safeguarding flag, or a s47 enquiry or child protection plan
