"""Oversight: information sharing, school attendance orders, and the Today dashboard.

The dashboard is computed from a handful of whole-table queries (not per child), so it
stays fast on a 5,000-child caseload.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from ..domain import codes
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


class Oversight:
    def __init__(self, ctx: Context, eotas: Eotas) -> None:
        self.ctx = ctx
        self.eotas = eotas
        self.notifications = MutableTable(
            ctx, "notification", "notifications", Notification, validate_notification,
            lambda n: {"child_id": n.child_id, "arrangement_id": n.arrangement_id,
                       "partner": n.partner}, fixed=("child_id", "arrangement_id"))
        self.sao = MutableTable(ctx, "sao_case", "sao_cases", SaoCase, validate_sao,
                                lambda c: {"child_id": c.child_id}, fixed=("child_id",))

    def notifications_for(self, child_id: str) -> list[Stored[Notification]]:
        return self.notifications.where("child_id = ?", (child_id,), order="created_at")

    def sao_for(self, child_id: str) -> Stored[SaoCase] | None:
        found = self.sao.where("child_id = ?", (child_id,), order="created_at DESC")
        return found[0] if found else None

    # --- the dashboard ------------------------------------------------------------------------

    def dashboard(self, today: date | None = None, rules: Rules | None = None,
                  thresholds: dict[str, float] | None = None) -> list[DashboardItem]:
        """`rules`: the authority's timescales and term dates (settings.timeline_rules())."""
        day = today or date.today()
        rules = rules or Rules()
        horizon = day + timedelta(days=WINDOW_DAYS)
        conn = self.ctx.conn
        children = {
            row[0]: (row[1], date.fromisoformat(row[2]) if row[2] else None, row[3], row[4],
                     row[5], row[6])
            for row in conn.execute(
                "SELECT id, display_name, date_of_birth, next_contact_due, arrangement_type,"
                " json_extract(data, '$.lead_professional'), open_actions FROM children")
        }
        items: list[DashboardItem] = []

        def due_item(child_id: str, title: str, due: date | None, place: str, detail: str = "",
                     arrangement_id: str = "") -> None:
            if due is not None and due <= horizon:
                items.append(DashboardItem("deadlines", child_id, children[child_id][0], title,
                                           due, detail, place, arrangement_id))

        for child_id, (name, _dob, next_due, kind, lead, actions) in children.items():
            if next_due and kind:
                due_item(child_id, "Next contact", date.fromisoformat(next_due), "visits",
                         codes.ARRANGEMENT_TYPE.label(kind))
            for action in json.loads(actions or "[]"):
                if action.get("due"):
                    due_item(child_id, f"Action: {action.get('what', '')}",
                             date.fromisoformat(action["due"]), "visits",
                             f"owner: {action.get('who', '')}")
            if kind and not (lead or "").strip():
                items.append(DashboardItem("lead", child_id, name, "No lead professional",
                                           place="details"))
        current = self._current_arrangements(day)
        notified = self._notified_partners()
        for child_id, (arrangement_id, arrangement) in current.items():
            if child_id not in children:
                continue
            name, dob = children[child_id][0], children[child_id][1]
            if arrangement.type == "part_time":
                due_item(child_id, "Part-time timetable review", arrangement.review_date,
                         "arrangements", arrangement_id=arrangement_id)
                due_item(child_id, "Part-time timetable ends", arrangement.end_date,
                         "arrangements", arrangement_id=arrangement_id)
            partners = notified.get(arrangement_id, set())
            label = codes.ARRANGEMENT_TYPE.label(arrangement.type)
            if not partners:
                items.append(DashboardItem("partners", child_id, name,
                                           "No partner told of this arrangement", detail=label,
                                           place="sharing", arrangement_id=arrangement_id))
            if not partners & codes.HEALTH_PARTNERS:
                items.append(DashboardItem("health", child_id, name,
                                           "Health not told (school nursing, GP or health visitor)",
                                           detail=label, place="sharing",
                                           arrangement_id=arrangement_id))
            if arrangement.type == "cme" and arrangement.start_date is not None:
                self._cme_enquiries(child_id, arrangement_id, arrangement.start_date, rules,
                                    due_item)
            measure = absence_measure(arrangement.sessions_possible, arrangement.sessions_missed)
            if "persistent" in measure or "severe" in measure:
                items.append(DashboardItem("absence", child_id, name, measure, detail=label,
                                           place="arrangements", arrangement_id=arrangement_id))
            elif arrangement.type == "severe_absence" and not measure:
                items.append(DashboardItem("absence", child_id, name,
                                           "Sessions possible and missed not recorded",
                                           detail=label, place="arrangements",
                                           arrangement_id=arrangement_id))
            # Home education is not measured against a school's full time (the guidance says
            # school hours are no measure of it): its hours are information, not an alert.
            if arrangement.hours_per_week is not None and arrangement.type not in ("eotas", "ehe"):
                threshold = full_time_minutes(dob, day, thresholds) / 60
                if arrangement.hours_per_week < threshold:
                    items.append(DashboardItem(
                        "hours", child_id, name,
                        f"{arrangement.hours_per_week:g} of {threshold:g} hours a week",
                        detail=label, place="arrangements", arrangement_id=arrangement_id))
        self._eotas_hours(items, children, day, thresholds)
        self._ehc_deadlines(children, items, due_item, rules, day)
        for stored in self.sao.where("1"):
            case = stored.record
            if case.outcome or case.child_id not in children:
                continue
            for deadline in sao_deadlines(case, rules, day):
                if deadline.done is None:
                    due_item(case.child_id, deadline.name, deadline.due, "sao", deadline.rule)
        self._statutory(children, items, due_item, dict(rules.overrides))
        for provider, alerts in self.eotas.provider_alerts(day):
            for child_id in self._children_of_provider(provider.id):
                if child_id in children:
                    items.append(DashboardItem("deadlines", child_id, children[child_id][0],
                                               f"Provider checks: {provider.record.name}",
                                               day, "; ".join(alerts), "eotas"))
        order = {"deadlines": 0, "consent": 1, "absence": 2, "health": 3, "partners": 4,
                 "hours": 5, "lead": 6}
        return sorted(items, key=lambda i: (order[i.section], i.due or date.max, i.child_name))

    def _statutory(self, children: dict[str, Any], items: list[DashboardItem], due_item: Any,
                   overrides: dict[str, Any]) -> None:
        """Consent to home educate not yet decided (every one, whenever due), and a parent's
        report of a change to the register that is due (s436D)."""
        for row in self.ctx.conn.execute(
                "SELECT child_id, data FROM consent_requests WHERE decision = ''"
                " ORDER BY requested_on"):
            if row[0] not in children:
                continue
            request = from_fields(ConsentRequest, json.loads(row[1]))
            grounds = ", ".join(codes.CONSENT_GROUNDS.label(g) for g in request.grounds)
            items.append(DashboardItem("consent", row[0], children[row[0]][0],
                                       "Consent to home educate: not yet decided",
                                       request.decision_due(overrides), grounds, "consent"))
        for row in self.ctx.conn.execute("SELECT child_id, data FROM register_entries"):
            if row[0] in children:
                entry = from_fields(RegisterEntry, json.loads(row[1]))
                due_item(row[0], "Parent's report of a change to the register (s436D)",
                         entry.change_report_due(overrides), "register", entry.change_details)

    def _current_arrangements(self, day: date) -> dict[str, tuple[str, Arrangement]]:
        current: dict[str, tuple[str, Arrangement]] = {}
        for row in self.ctx.conn.execute(
                "SELECT id, child_id, data FROM arrangements WHERE start_date <= ?"
                " AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date",
                (day.isoformat(), day.isoformat())):
            current[row[1]] = (row[0], from_fields(Arrangement, json.loads(row[2])))
        return current

    def _notified_partners(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for arrangement_id, partner in self.ctx.conn.execute(
                "SELECT arrangement_id, partner FROM notifications"):
            found[arrangement_id].add(partner)
        return found

    def _eotas_hours(self, items: list[DashboardItem], children: dict[str, Any], day: date,
                     thresholds: dict[str, float] | None) -> None:
        """For EOTAS, hours delivered in the last complete week, against full time."""
        last_monday = day - timedelta(days=day.weekday() + 7)
        for row in self.eotas.caseload_hours(last_monday, last_monday + timedelta(6), thresholds):
            week = row.weeks[0] if row.weeks else None
            if week is None or row.child_id not in children:
                continue
            if week.delivered_minutes < week.threshold_minutes:
                items.append(DashboardItem(
                    "hours", row.child_id, row.name,
                    f"{week.delivered_minutes / 60:.1f} of {week.threshold_minutes / 60:g} "
                    "hours delivered last week", detail="EOTAS package", place="eotas"))

    @staticmethod
    def _cme_enquiries(child_id: str, arrangement_id: str, absent_from: date, rules: Rules,
                       due_item: Any) -> None:
        """Children missing education: the 10th school day of continuous absence, counted
        in the authority's term dates (a missing year is said, not guessed)."""
        try:
            found = missing_education(Inputs({"absent_from": absent_from}, absent_from), rules)
        except InputProblems as exc:
            due_item(child_id, "Children missing education: term dates needed", absent_from,
                     "arrangements", " ".join(exc.problems.values()), arrangement_id)
            return
        tenth = found.steps[-1]
        due_item(child_id, "Missing education: " + tenth.name, tenth.due, "arrangements",
                 tenth.rule, arrangement_id)

    def _ehc_deadlines(self, children: dict[str, Any], items: list[DashboardItem],
                       due_item: Any, rules: Rules, day: date) -> None:
        open_reviews: dict[str, AnnualReview] = {}
        concluded: dict[str, AnnualReview] = {}
        for row in self.ctx.conn.execute(
                "SELECT child_id, data FROM annual_reviews ORDER BY meeting_date IS NULL,"
                " meeting_date, created_at"):
            review = from_fields(AnnualReview, json.loads(row[1]))
            (concluded if review.decision_date else open_reviews)[row[0]] = review
        for row in self.ctx.conn.execute("SELECT child_id, data FROM ehc_plans"):
            child_id = row[0]
            if child_id not in children:
                continue
            plan = from_fields(EhcPlan, json.loads(row[1]))
            dob = children[child_id][1]
            found = assessment_deadlines(plan, rules, day)
            found += review_deadlines(plan, open_reviews.get(child_id), rules, day, dob,
                                      concluded.get(child_id))
            for deadline in found:
                if deadline.done is None:
                    due_item(child_id, deadline.name, deadline.due, "ehc", deadline.rule)
            transfer = phase_transfer_deadline(plan, dob, rules, day)
            if transfer is not None and transfer.done is None:
                # On Today from the autumn before: naming the next school takes months.
                items.append(DashboardItem("deadlines", child_id, children[child_id][0],
                                           "Phase transfer: " + transfer.name, transfer.due,
                                           transfer.rule, "ehc_plan"))

    def _children_of_provider(self, provider_id: str) -> set[str]:
        return {row[0] for row in self.ctx.conn.execute(
            "SELECT child_id FROM eotas_components WHERE json_extract(data, '$.provider_id') = ?",
            (provider_id,))}

