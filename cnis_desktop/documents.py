"""Documents built from the vault: what each document needs, gathered once for one copy
(family, professional or record) for the GUI and the CLI alike. Qt-free.

The gathering, not the layout, decides what a copy withholds: by the time a report sees
a visit, its safeguarding details, restricted items and (where the copy leaves it out)
third-party information have already been replaced by "[withheld]". The printable PDF and
the accessible version are two renderings of the same gathered content.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from .domain import codes
from .domain.audience import (
    WITHHELD,
    Copy,
    action_is_restricted,
    attachments_for_copy,
    copy_for,
    visit_for_copy,
    withheld_action,
)
from .domain.hours import Week, count_entry, full_time_minutes, planned_weeks, week_start
from .domain.model import Action, Child, StoredVisit, Visit, apply_changes, to_fields
from .domain.record_deadlines import assessment_deadlines, review_deadlines
from .domain.timeline import Rules
from .domain.views import ViewsRecord
from .domain.visit_content import FIELD_LABELS, SAFEGUARDING_FIELDS, THIRD_PARTY_FIELDS
from .reports.document import Document, Picture
from .reports.pack_options import PackOptions
from .reports.review_pack import (
    ChildWords,
    EotasLine,
    Hours,
    PackData,
    review_pack_document,
)
from .reports.visit_summary import AmendmentLine, VisitSummaryData, visit_summary_document
from .vault import Vault
from .vault.eotas import EotasPeriod
from .vault.ids import new_id

# --- shared -------------------------------------------------------------------------------


def case_reference(child_id: str, child: Child) -> str:
    """What the file's metadata calls the child: the case number, never the name."""
    return child.case_number.strip() or f"CNIS-{child_id[:8].upper()}"


def author_line(vault: Vault, authority: str = "") -> str:
    profile = vault.profile
    who = f"{profile.user_name} ({codes.ROLE.label(profile.role)})"
    return f"{who}, {authority}" if authority.strip() else who


# --- the visit summary ---------------------------------------------------------------------


def _shown(name: str, value: Any) -> str:
    """A visit field's stored (JSON) value as a person reads it."""
    if value is None or value == "" or value == []:
        return "Not recorded"
    lists = {
        "visit_type": codes.VISIT_TYPE,
        "basis": codes.VISIT_BASIS,
        "format_offered": codes.VISIT_FORMAT,
        "format_used": codes.VISIT_FORMAT,
        "judgement": codes.JUDGEMENT,
    }
    if name in lists:
        return lists[name].label(value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if name == "actions":
        return "; ".join(
            f"{a.get('what') or '–'} ({a.get('who') or '–'}, by {_shown('due', a.get('due'))})" for a in value
        )
    if name == "restricted_fields":
        return ", ".join(FIELD_LABELS.get(v, v) for v in value)
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            if len(value) == 10:
                return f"{date.fromisoformat(value):%d/%m/%Y}"
            return f"{datetime.fromisoformat(value):%d/%m/%Y %H:%M}"
        except ValueError:
            pass
    return str(value)


def _change_withheld(name: str, before: Visit, after: Visit, copy: Copy) -> bool:
    if not copy.shows_safeguarding and name in SAFEGUARDING_FIELDS:
        return True
    if not copy.shows_restricted:
        if name == "restricted_fields" or name in before.restricted_fields or name in after.restricted_fields:
            return True
        if name == "actions" and any(
            action_is_restricted(a, v.safeguarding_concern) for v in (before, after) for a in v.actions
        ):
            return True
    return not copy.third_party and name in THIRD_PARTY_FIELDS


def amendment_lines(stored: StoredVisit, copy: Copy) -> list[AmendmentLine]:
    """Each amendment as old → new, with its reason, who and when. An amendment that touched
    anything the copy withholds shows as one withheld line, reason and field names included,
    so that the copy does not tell what kind of thing was corrected."""
    lines = []
    state = stored.record
    for amendment in stored.amendments:
        after = apply_changes(state, amendment.changes)
        before_fields = to_fields(state)
        hidden = any(_change_withheld(n, state, after, copy) for n in amendment.changes)
        changes: tuple[tuple[str, str, str], ...]
        if hidden:
            changes = ((WITHHELD, WITHHELD, WITHHELD),)
            reason = WITHHELD
        else:
            changes = tuple(
                (FIELD_LABELS.get(n, n.replace("_", " ")), _shown(n, before_fields.get(n)), _shown(n, value))
                for n, value in sorted(amendment.changes.items())
            )
            reason = amendment.reason
        lines.append(AmendmentLine(amendment.created_at, amendment.created_by, reason, changes))
        state = after
    return lines


def visit_summary_data(
    vault: Vault, visit_id: str, copy: Copy | None = None, today: date | None = None, authority: str = ""
) -> VisitSummaryData:
    copy = copy or copy_for()
    stored = vault.visits.get(visit_id)
    child = vault.children.get(stored.record.child_id).record
    visit, withheld = visit_for_copy(stored.effective(), copy)
    return VisitSummaryData(
        child=child,
        visit=visit,
        copy=copy,
        record_id=stored.id,
        final=stored.is_final,
        finalised_at=stored.finalised_at,
        finalised_by=stored.finalised_by,
        amendments=amendment_lines(stored, copy),
        withheld=withheld,
        attachments=_visit_attachments(vault, stored.id, copy),
        case_reference=case_reference(stored.record.child_id, child),
        document_id=new_id(),
        author=author_line(vault, authority),
        today=today or date.today(),
    )


def _visit_attachments(vault: Vault, visit_id: str, copy: Copy) -> list[tuple[str, str, str, bool]]:
    """The visit's work samples and files, for the record copy only (the others do not list
    them, so they need not be read)."""
    if not copy.shows_restricted:
        return []
    shown = attachments_for_copy(vault.attachments.list_for_record("visit", visit_id), copy)
    return [
        (a.caption, a.kind_label, f"{a.added_at[8:10]}/{a.added_at[5:7]}/{a.added_at[:4]}", a.restricted)
        for a in shown
    ]


def _views_pictures(vault: Vault, views_id: str, copy: Copy) -> tuple[list[Picture], list[str]]:
    """The images attached to a views record that the copy may show (the child's drawing),
    each with its caption as its text alternative; and the captions of those whose bytes are
    not on this laptop yet (not synced, or lost here), for the pack to say so where they go."""
    pictures, not_here = [], []
    for attachment in attachments_for_copy(vault.attachments.list_for_record("views", views_id), copy):
        if not attachment.is_image:
            continue
        data = vault.attachments.data(attachment.sha256)
        if data is None:
            not_here.append(attachment.text_alternative)
        else:
            pictures.append(Picture(data, attachment.media_type, attachment.text_alternative))
    return pictures, not_here


def visit_summary_pdf(
    vault: Vault, visit_id: str, today: date | None = None, copy: Copy | None = None, authority: str = ""
) -> tuple[Child, bytes]:
    from .reports.pdf_render import render_pdf

    data = visit_summary_data(vault, visit_id, copy, today, authority)
    return data.child, render_pdf(visit_summary_document(data))


def visit_summary(
    vault: Vault, visit_id: str, copy: Copy, today: date | None = None, authority: str = ""
) -> Document:
    return visit_summary_document(visit_summary_data(vault, visit_id, copy, today, authority))


# --- the review pack ------------------------------------------------------------------------


def pack_kind(vault: Vault, child_id: str, child: Child) -> str:
    """Which pack fits the child: an EHC annual review only with a final plan."""
    plan = vault.ehc.plan_for(child_id)
    if plan is not None and plan.record.final_date is not None:
        return "ehc_review"
    if (
        plan is not None and plan.record.requested_date is not None and plan.record.agreed_to_assess != "no"
    ) or child.send_status == "ehc_assessment":
        return "assessment"
    current = vault.arrangements.current(child_id)
    if current is not None and current.record.type == "ehe":
        return "ehe_review"
    return "education_review"


def _views_words(record: ViewsRecord, copy: Copy) -> list[ChildWords]:
    method = codes.VIEWS_METHOD.label(record.method)
    if not record.consent_to_share and not copy.shows_restricted:
        if any(st.exact_words and st.text.strip() for st in record.statements):
            return [
                ChildWords(
                    WITHHELD,
                    f"Views record ({method}); the child did not agree to share it",
                    record.gathered_on,
                )
            ]
        return []
    sections = dict(codes.VIEWS_SECTIONS.get(record.method, ()))
    order = list(sections)
    if record.started_with in order:  # the child chose where to start
        order.remove(record.started_with)
        order.insert(0, record.started_with)
    found = []
    for key in order + [k for k in {st.section for st in record.statements} if k not in order]:
        for statement in record.statements:
            if statement.section == key and statement.exact_words and statement.text.strip():
                where = f", {sections[key]}" if len(sections) > 1 and key in sections else ""
                found.append(
                    ChildWords(statement.text.strip(), f"Views record ({method}{where})", record.gathered_on)
                )
    return found


def _visit_words(visit: Visit) -> list[ChildWords]:
    if not visit.child_views.strip():
        return []
    return [
        ChildWords(
            visit.child_views.strip(),
            f"Visit ({codes.VISIT_TYPE.label(visit.visit_type)})",
            visit.actual_date,
        )
    ]


def _views_for_copy(record: ViewsRecord, copy: Copy) -> ViewsRecord:
    changes: dict[str, Any] = {}
    if not copy.shows_safeguarding:  # what the child disclosed, and whom the worker told
        changes.update(unsafe_details="", unsafe_actions="", unsafe_raised_at=None)
    if not copy.third_party:
        changes["others_present"] = WITHHELD if record.others_present.strip() else ""
        changes["parent_carer_views"] = ""
    return dataclasses.replace(record, **changes)


def _actions_for_copy(
    source: str, actions: list[Action], concern: bool, copy: Copy
) -> list[tuple[str, Action]]:
    if copy.shows_restricted:
        return [(source, a) for a in actions]
    kept = [(source, a) for a in actions if not action_is_restricted(a, concern)]
    if len(kept) < len(actions):
        kept.append((source, withheld_action()))
    return kept


def review_pack_data(
    vault: Vault,
    child_id: str,
    options: PackOptions,
    rules: Rules | None = None,
    today: date | None = None,
    authority: str = "",
) -> PackData:
    """`rules`: the authority's timescales (settings.timeline_rules()), as Today uses."""
    start, end = options.start, options.end
    day, rules = today or date.today(), rules or Rules()
    copy = options.copy
    child = vault.children.get(child_id).record
    data = PackData(
        child=child,
        kind=pack_kind(vault, child_id, child),
        copy=copy,
        author=author_line(vault, authority),
        case_reference=case_reference(child_id, child),
        document_id=new_id(),
        today=day,
    )
    plan = vault.ehc.plan_for(child_id)
    if plan is not None:
        data.plan = plan.record
        review = vault.ehc.current_review(child_id)
        data.review = review.record if review else None
        if data.kind == "ehc_review":
            concluded = vault.ehc.concluded_review(child_id)
            data.deadlines = review_deadlines(
                plan.record,
                data.review,
                rules,
                day,
                child.date_of_birth,
                concluded.record if concluded else None,
            )
        elif data.kind == "assessment":
            data.deadlines = assessment_deadlines(plan.record, rules, day)
    stored_views = [
        v
        for v in vault.ehc.views.for_child(child_id)
        if v.is_final and v.record.gathered_on and start <= v.record.gathered_on <= end
    ]
    stored_views.sort(key=lambda v: v.record.gathered_on or date.min)
    views = [v.record for v in stored_views]
    found = [_views_pictures(vault, v.id, copy) for v in stored_views]
    data.view_pictures = [pictures for pictures, _ in found]
    data.view_pictures_not_here = [not_here for _, not_here in found]
    voices: list[ChildWords] = []
    for record in views:
        voices += _views_words(record, copy)
        if record.unsafe_raised_at and copy.shows_safeguarding:
            data.safeguarding.append(
                (
                    record.gathered_on,
                    "The child said they felt unsafe: "
                    + (record.unsafe_details.strip() or "Not recorded")
                    + ". What the worker did: "
                    + (record.unsafe_actions.strip() or "Not recorded"),
                )
            )
    data.views = [_views_for_copy(r, copy) for r in views]
    for outcome in vault.ehc.outcomes_for(child_id):
        progress = [
            p for p in vault.ehc.progress(outcome.id) if p.recorded_on and start <= p.recorded_on <= end
        ]
        data.outcomes.append((outcome.record, progress))
    visits = [v.effective() for v in vault.visits.for_child(child_id) if v.is_final]
    visits = sorted(
        (v for v in visits if v.actual_date and start <= v.actual_date <= end),
        key=lambda v: v.actual_date or date.min,
    )
    for original in visits:
        shown, _ = visit_for_copy(original, copy)
        data.visits.append(shown)
        voices += [
            w
            if "child_views" not in original.restricted_fields or copy.shows_restricted
            else ChildWords(WITHHELD, w.source, w.on)
            for w in _visit_words(original)
        ]
        source = f"Visit {original.actual_date:%d/%m/%Y}"
        data.actions += _actions_for_copy(source, original.actions, original.safeguarding_concern, copy)
        if original.safeguarding_concern and copy.shows_safeguarding:
            data.safeguarding.append(
                (
                    original.actual_date,
                    f"Visit ("
                    f"{codes.VISIT_TYPE.label(original.visit_type)}): "
                    f"{original.safeguarding_details.strip()}",
                )
            )
    period = vault.eotas.period(child_id, start, end)
    if period is not None:
        data.hours = Hours(
            period.weekly(),
            bool(period.entries),
            "Planned (EOTAS package)",
            True,
            "Planned hours from the EOTAS package; delivered hours only from sessions logged as delivered",
        )
        voices += _eotas(vault, child_id, data, period, copy)
    else:
        data.hours = _arrangement_hours(vault, child_id, child, start, end)
    data.voices = sorted(voices, key=lambda w: w.on or date.min)  # stable: a record's order kept
    data.actions.sort(key=lambda pair: (pair[1].what == WITHHELD, pair[1].due or date.max))
    data.safeguarding.sort(key=lambda pair: pair[0] or date.min)
    return data


def _arrangement_hours(vault: Vault, child_id: str, child: Child, start: date, end: date) -> Hours | None:
    """Hours an arrangement states are planned (or, for home education, reported by the
    parent): never delivered, which only logged sessions show."""
    episodes = [a.record for a in vault.arrangements.for_child(child_id)]
    weeks, kinds = [], set()
    monday = week_start(start)
    while monday <= end:
        covering = [
            a
            for a in episodes
            if a.start_date
            and a.start_date <= monday + timedelta(6)
            and (a.end_date is None or a.end_date >= monday)
            and a.hours_per_week is not None
        ]
        minutes = int((covering[0].hours_per_week or 0) * 60) if covering else 0
        if covering:
            kinds.add(covering[0].type)
        weeks.append(
            Week(
                monday,
                planned_minutes=minutes,
                threshold_minutes=full_time_minutes(child.date_of_birth, monday),
            )
        )
        monday += timedelta(days=7)
    if not any(w.planned_minutes for w in weeks):
        return None
    home_educated = kinds == {"ehe"}
    if home_educated:
        label = "Reported by the parent"
        source = "Hours a week the parent reported for home education"
    elif "ehe" in kinds:
        label = "Planned or reported by the parent"
        source = "Hours a week stated for the child's arrangements"
    else:
        label = "Planned (stated for the arrangement)"
        source = "Hours a week stated for the child's arrangement"
    return Hours(weeks, False, label, not home_educated, source)


def _eotas(vault: Vault, child_id: str, data: PackData, period: EotasPeriod, copy: Copy) -> list[ChildWords]:
    start, end, components = period.start, period.end, period.components
    package, entries, dob = period.package, period.entries, period.date_of_birth
    provider_names = {p.id: p.record.name for p in vault.eotas.providers.where()}

    def provider(provider_id: str) -> str:
        return provider_names.get(provider_id, "Not recorded") if copy.third_party else WITHHELD

    words = []
    for c in components:
        weeks = planned_weeks(package, [c.record], start, end, dob)
        for entry in entries:
            if entry.component_id == c.id:
                count_entry(weeks, entry)
                if entry.child_words.strip():
                    words.append(
                        ChildWords(
                            entry.child_words.strip(), f"EOTAS session ({c.record.name})", entry.entry_date
                        )
                    )
        not_delivered: Counter[str] = Counter()
        for w in weeks.values():
            not_delivered.update(w.not_delivered)
        data.eotas.append(
            EotasLine(
                c.record,
                provider(c.record.provider_id),
                sum(w.planned_minutes for w in weeks.values()),
                sum(w.delivered_minutes for w in weeks.values()),
                dict(not_delivered),
            )
        )
        if c.record.funding_route in ("personal_budget", "direct_payment"):
            manager = f", managed by {c.record.budget_manager}" if c.record.budget_manager else ""
            data.personal_budget.append(
                f"{c.record.name}: {codes.FUNDING_ROUTE.label(c.record.funding_route)}{manager}."
            )
    providers = {c.record.provider_id for c in components}
    for _, _, qa in vault.eotas.qa_visits():
        if (
            qa.visit_date
            and start <= qa.visit_date <= end
            and (qa.child_id == child_id or (not qa.child_id and qa.provider_id in providers))
        ):
            data.qa.append((provider(qa.provider_id) if copy.third_party else "a provider", qa))
            data.actions += _actions_for_copy(f"QA visit {qa.visit_date:%d/%m/%Y}", qa.actions, False, copy)
    return words


def review_pack(
    vault: Vault,
    child_id: str,
    options: PackOptions,
    rules: Rules | None = None,
    today: date | None = None,
    authority: str = "",
) -> Document:
    data = review_pack_data(vault, child_id, options, rules, today, authority)
    return review_pack_document(data, options)


def review_pack_pdf(
    vault: Vault,
    child_id: str,
    options: PackOptions,
    today: date | None = None,
    rules: Rules | None = None,
    authority: str = "",
) -> bytes:
    from .reports.pdf_render import render_pdf

    return render_pdf(review_pack(vault, child_id, options, rules, today, authority))


# --- renderings ------------------------------------------------------------------------------


def audit_detail(what: str, copy: Copy, format_name: str) -> str:
    """The audit event's detail: which document, which version, which copy (no content)."""
    version = "accessible ODT" if format_name == "odt" else "PDF"
    return f"{what} {version}; {copy.audit_detail}"


FORMATS = ("pdf", "odt")  # the printable PDF, and the accessible version


def renderer(format_name: str) -> Callable[[Document], bytes]:
    if format_name == "odt":
        from .reports.odt_render import render_odt

        return render_odt
    from .reports.pdf_render import render_pdf

    return render_pdf
