"""Documents built from the vault: the data each report needs, gathered in one place for
the GUI and the CLI. Qt-free; the reports themselves see only domain objects."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from .domain.hours import Week, count_entry, full_time_minutes, planned_weeks, week_start
from .domain.model import Child
from .domain.record_deadlines import assessment_deadlines, review_deadlines
from .domain.timeline import Rules
from .reports.pack_options import PackOptions
from .reports.review_pack import EotasLine, PackData, render_review_pack
from .reports.visit_summary import render_visit_summary
from .vault import Vault
from .vault.eotas import EotasPeriod


def visit_summary_pdf(vault: Vault, visit_id: str, today: date | None = None) -> tuple[Child, bytes]:
    stored = vault.visits.get(visit_id)
    child = vault.children.get(stored.record.child_id).record
    return child, render_visit_summary(child, stored, today)


def review_pack_data(vault: Vault, child_id: str, options: PackOptions,
                     rules: Rules | None = None, today: date | None = None) -> PackData:
    """`rules`: the authority's timescales (settings.timeline_rules()), as Today uses."""
    start, end = options.start, options.end
    day, rules = today or date.today(), rules or Rules()
    child = vault.children.get(child_id).record
    data = PackData(child=child)
    plan = vault.ehc.plan_for(child_id)
    if plan is not None:
        data.plan = plan.record
        review = vault.ehc.current_review(child_id)
        data.review = review.record if review else None
        concluded = vault.ehc.concluded_review(child_id)
        data.deadlines = assessment_deadlines(plan.record, rules, day)
        data.deadlines += review_deadlines(plan.record, data.review, rules, day,
                                           child.date_of_birth,
                                           concluded.record if concluded else None)
    data.views = [v.record for v in vault.ehc.views.for_child(child_id)
                  if v.is_final and v.record.gathered_on and start <= v.record.gathered_on <= end]
    data.views.sort(key=lambda r: r.gathered_on or date.min)
    for outcome in vault.ehc.outcomes_for(child_id):
        progress = [p for p in vault.ehc.progress(outcome.id)
                    if p.recorded_on and start <= p.recorded_on <= end]
        data.outcomes.append((outcome.record, progress))
    visits = [v.effective() for v in vault.visits.for_child(child_id) if v.is_final]
    data.visits = sorted((v for v in visits if v.actual_date and start <= v.actual_date <= end),
                         key=lambda v: v.actual_date or date.min)
    for v in data.visits:
        for action in v.actions:
            data.actions.append((f"Visit {v.actual_date:%d/%m/%Y}", action))
    period = vault.eotas.period(child_id, start, end)
    if period is not None:
        # Read once for both the weekly hours and the delivery summary.
        data.weeks = period.weekly()
        data.hours_source = "Delivered hours from the EOTAS activity log"
        _eotas(vault, child_id, data, period)
    else:
        _arrangement_hours(vault, child_id, child, data, start, end)
    data.actions.sort(key=lambda pair: pair[1].due or date.max)
    return data


def _arrangement_hours(vault: Vault, child_id: str, child: Child, data: PackData, start: date,
                       end: date) -> None:
    episodes = [a.record for a in vault.arrangements.for_child(child_id)]
    weeks = []
    monday = week_start(start)
    while monday <= end:
        covering = [a for a in episodes if a.start_date and a.start_date <= monday + timedelta(6)
                    and (a.end_date is None or a.end_date >= monday)
                    and a.hours_per_week is not None]
        minutes = int((covering[0].hours_per_week or 0) * 60) if covering else 0
        weeks.append(Week(monday, planned_minutes=minutes, delivered_minutes=minutes,
                          threshold_minutes=full_time_minutes(child.date_of_birth, monday)))
        monday += timedelta(days=7)
    if any(w.delivered_minutes for w in weeks):
        data.weeks = weeks
        data.hours_source = "Hours a week recorded for the child's arrangement"


def _eotas(vault: Vault, child_id: str, data: PackData, period: EotasPeriod) -> None:
    start, end, components = period.start, period.end, period.components
    package, entries, dob = period.package, period.entries, period.date_of_birth
    provider_names = {p.id: p.record.name for p in vault.eotas.providers.where()}
    for c in components:
        weeks = planned_weeks(package, [c.record], start, end, dob)
        for entry in entries:
            if entry.component_id == c.id:
                count_entry(weeks, entry)
        not_delivered: Counter[str] = Counter()
        for w in weeks.values():
            not_delivered.update(w.not_delivered)
        data.eotas.append(EotasLine(
            c.record, provider_names.get(c.record.provider_id, "–"),
            sum(w.planned_minutes for w in weeks.values()),
            sum(w.delivered_minutes for w in weeks.values()), dict(not_delivered)))
    providers = {c.record.provider_id for c in components}
    for _, _, qa in vault.eotas.qa_visits():
        if qa.visit_date and start <= qa.visit_date <= end and (
                qa.child_id == child_id or (not qa.child_id and qa.provider_id in providers)):
            data.qa.append((provider_names.get(qa.provider_id, "–"), qa))
            for action in qa.actions:
                data.actions.append((f"QA visit {qa.visit_date:%d/%m/%Y}", action))


def review_pack_pdf(vault: Vault, child_id: str, options: PackOptions,
                    today: date | None = None, rules: Rules | None = None) -> bytes:
    return render_review_pack(review_pack_data(vault, child_id, options, rules, today), options,
                              today)
