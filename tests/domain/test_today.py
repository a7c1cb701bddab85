"""Today's rules: the ranking by harm and lateness, grouping, filters, words and summary."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from cnis_desktop.domain import today as rules
from cnis_desktop.domain.eotas import Provider
from cnis_desktop.domain.oversight import DashboardItem

TODAY = date(2026, 11, 23)

harms = st.sampled_from([rules.SAFEGUARDING, rules.STATUTORY, rules.PRACTICE, rules.SHARING, rules.RECORD])
dues = st.one_of(st.none(), st.integers(-400, 60).map(lambda d: TODAY + timedelta(days=d)))
items = st.builds(
    lambda harm, due, child, title: DashboardItem(
        "deadlines", f"c{child}", f"Child {child}", title, due, harm=harm
    ),
    harms,
    dues,
    st.integers(0, 5),
    st.sampled_from(["Next contact", "Action: call", "Review"]),
)


def item(harm: int, due: date | None, child: str = "c1", **extra: object) -> DashboardItem:
    return DashboardItem("deadlines", child, f"Child {child}", "x", due, harm=harm, **extra)  # type: ignore[arg-type]


@given(
    overdue_by=st.integers(1, 900),
    later=st.integers(0, 400),
    lower=st.sampled_from([rules.PRACTICE, rules.SHARING, rules.RECORD]),
)
def test_an_overdue_statutory_item_never_ranks_below_a_not_yet_due_lower_harm_one(
    overdue_by: int, later: int, lower: int
) -> None:
    statutory = item(rules.STATUTORY, TODAY - timedelta(days=overdue_by))
    other = item(lower, TODAY + timedelta(days=later), child="c2")
    assert rules.ranked([other, statutory], TODAY)[0] is statutory


@given(st.lists(items, min_size=2, max_size=30))
def test_the_ranking_is_harm_first_then_lateness(found: list[DashboardItem]) -> None:
    order = rules.ranked(found, TODAY)
    for first, second in pairwise(order):
        assert first.harm >= second.harm
        if first.harm == second.harm:
            late_first = rules.is_overdue(first, TODAY)
            assert late_first or not rules.is_overdue(second, TODAY)
            if late_first and rules.is_overdue(second, TODAY):
                assert rules.days_overdue(first, TODAY) >= rules.days_overdue(second, TODAY)


@given(st.lists(items, max_size=30))
def test_grouping_keeps_every_item_once_and_each_child_once(found: list[DashboardItem]) -> None:
    groups = rules.group(found, TODAY)
    assert sorted(len(g.items) for g in groups) == sorted(
        [sum(1 for i in found if i.child_id == c) for c in {i.child_id for i in found}]
    )
    assert len({g.key for g in groups}) == len(groups)
    tops = [rules.rank_key(g.top, TODAY) for g in groups]
    assert tops == sorted(tops)  # lines in the order of their most urgent item


@given(st.lists(items, max_size=30))
def test_items_ranked_already_group_as_the_same_items_unranked(found: list[DashboardItem]) -> None:
    unranked = rules.group(found, TODAY)
    ranked_first = rules.group(rules.ranked(found, TODAY), TODAY, in_rank_order=True)
    assert [(g.key, g.items) for g in ranked_first] == [(g.key, g.items) for g in unranked]


def test_expired_things_are_never_due_today() -> None:
    expired = item(rules.SAFEGUARDING, TODAY - timedelta(days=12), expired=True)
    assert expired.state(TODAY) == "expired 12 days ago"
    assert rules.urgency_words(expired, TODAY) == "Expired"
    assert item(rules.PRACTICE, TODAY - timedelta(days=1)).state(TODAY) == "1 day overdue"
    soon = item(rules.PRACTICE, TODAY + timedelta(days=3), expired=True)
    assert soon.state(TODAY) == "expires in 3 days"


def test_a_provider_problem_is_safeguarding_when_its_dbs_lapsed() -> None:
    lapsed = Provider(
        name="Brambleside",
        dbs_expiry=TODAY - timedelta(days=12),
        safeguarding_policy_expiry=None,
        insurance_expiry=TODAY + timedelta(300),
    )
    problem = rules.provider_problem(lapsed, TODAY)
    assert problem is not None and problem.harm == rules.SAFEGUARDING
    assert problem.title == "Provider checks: DBS expired; safeguarding policy not recorded"
    assert problem.due == TODAY - timedelta(days=12)
    renewing = Provider(
        name="Northgate",
        dbs_expiry=TODAY + timedelta(400),
        safeguarding_policy_expiry=TODAY + timedelta(400),
        insurance_expiry=TODAY + timedelta(days=10),
    )
    problem = rules.provider_problem(renewing, TODAY)
    assert problem is not None and problem.harm == rules.PRACTICE
    assert (
        rules.provider_problem(
            Provider(
                dbs_expiry=TODAY + timedelta(400),
                safeguarding_policy_expiry=TODAY + timedelta(400),
                insurance_expiry=TODAY + timedelta(400),
            ),
            TODAY,
        )
        is None
    )


def test_filters_by_date_kind_and_worker() -> None:
    late = item(rules.PRACTICE, TODAY - timedelta(days=3), worker="Cerys Thornbury", kind="contact")
    week = item(rules.STATUTORY, TODAY + timedelta(days=6), child="c2", kind="statutory")
    later = item(rules.SAFEGUARDING, TODAY + timedelta(days=7), child="c3", kind="contact")
    provider = item(
        rules.SAFEGUARDING,
        TODAY - timedelta(days=12),
        child="",
        kind="provider",
        provider_id="p1",
        workers=("Cerys Thornbury", "Dev Marchetti"),
    )
    every = [late, week, later, provider]

    def keys(chosen: rules.TodayFilter) -> list[str]:
        return [g.key for g in rules.group(every, TODAY, chosen)]

    assert keys(rules.TodayFilter(when="overdue")) == ["provider:p1", "c1"]
    assert keys(rules.TodayFilter(when="week")) == ["c2"]  # 7 days on is next week
    assert keys(rules.TodayFilter(kind="safeguarding")) == ["provider:p1", "c3"]
    assert keys(rules.TodayFilter(kind="statutory")) == ["c2"]
    assert keys(rules.TodayFilter(worker="Dev Marchetti")) == ["provider:p1"]
    assert keys(rules.TodayFilter(worker=rules.NO_WORKER)) == ["c3", "c2"]


def test_the_summary_reads_at_a_glance() -> None:
    found = [
        item(rules.SAFEGUARDING, TODAY - timedelta(days=2)),
        item(rules.SAFEGUARDING, TODAY, child="c2"),
        item(rules.PRACTICE, TODAY + timedelta(days=3), child="c2"),
        item(rules.RECORD, None, child="c3"),
        item(rules.SAFEGUARDING, TODAY - timedelta(days=12), child="", provider_id="p"),
    ]
    assert rules.summary(found, TODAY) == (
        "2 overdue · 2 due this week · 2 children with safeguarding items · "
        "1 provider with checks to chase · 3 children on the list"
    )


def test_the_allocated_worker_is_the_lead_professional_s_name() -> None:
    assert rules.allocated_worker("Imogen Ashcombe, key worker, SEND team") == "Imogen Ashcombe"
    assert rules.allocated_worker("  ") == ""
