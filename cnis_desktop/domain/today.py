"""Today: what needs doing, ranked by harm and lateness, one line per child or provider.

Pure functions over `DashboardItem`s (the vault gathers them): the ranking, the grouping by
child, the filters and the one-line summary. No I/O, no Qt, so each rule is tested alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .eotas import EXPIRY_WARNING_DAYS, Provider
from .oversight import DashboardItem

# Harm tiers, highest first. An item's tier says how much harm waiting could do, whatever
# its date: a child at risk comes before a statutory clock, which comes before practice.
SAFEGUARDING = 4  # a child's safety: concern actions, missing education, unchecked adults
STATUTORY = 3  # a duty in law with a date (EHC, attendance orders, consent, part-time review)
PRACTICE = 2  # the authority's own practice: next contact, actions, hours, absence
SHARING = 1  # partners (above all health) not told of an arrangement
RECORD = 0  # the record itself is incomplete (no lead professional)

HARM_WORDS = {
    SAFEGUARDING: "Safeguarding",
    STATUTORY: "Statutory",
    PRACTICE: "Practice",
    SHARING: "Sharing",
    RECORD: "Record",
}

# The kinds of item a person filters by (the code, and the words on screen). "safeguarding"
# is the harm tier, so a provider's missing DBS shows under it as well as under providers.
KINDS: tuple[tuple[str, str], ...] = (
    ("safeguarding", "Safeguarding"),
    ("statutory", "Statutory deadlines"),
    ("contact", "Visits and actions"),
    ("sharing", "Partners not told"),
    ("provision", "Hours and absence"),
    ("provider", "Provider checks"),
    ("record", "Missing from the record"),
)
KIND_WORDS = dict(KINDS)
# The same in a word, for a narrow column.
KIND_SHORT = {
    "safeguarding": "Safeguarding",
    "statutory": "Statutory",
    "contact": "Visits",
    "sharing": "Not told",
    "provision": "Hours",
    "provider": "Provider",
    "record": "Record",
}
# The tier an item of each kind has unless something about it raises it to safeguarding.
KIND_HARM = {
    "statutory": STATUTORY,
    "contact": PRACTICE,
    "provision": PRACTICE,
    "provider": PRACTICE,
    "sharing": SHARING,
    "record": RECORD,
}

WEEK_DAYS = 7
NO_WORKER = ""  # the worker filter's value for children with nobody named


def allocated_worker(lead_professional: str) -> str:
    """The worker a child is allocated to: the name in the lead professional field, which
    holds "name, role, organisation" (DOMAIN.md); "" when nobody is named."""
    return lead_professional.split(",")[0].strip()


# A provider's checks whose lapse puts children with an unchecked adult.
SAFEGUARDING_CHECKS = frozenset({"DBS", "Safeguarding policy"})


@dataclass(frozen=True)
class ProviderProblem:
    title: str  # e.g. "DBS expired; safeguarding policy not recorded"
    due: date | None  # the earliest expiry among the checks in question (None: none dated)
    harm: int


def provider_problem(provider: Provider, today: date) -> ProviderProblem | None:
    """A provider's checks that are missing, expired or expire within the warning period,
    said once for the provider: safeguarding harm when a DBS or safeguarding policy check
    is missing or expired, practice otherwise."""
    words: list[str] = []
    dates: list[date] = []
    harm = PRACTICE
    soon = today + timedelta(days=EXPIRY_WARNING_DAYS)
    for name, expiry in provider.check_expiries().items():
        if name == "Qualifications" and expiry is None:
            continue  # many qualifications do not expire
        if expiry is None:
            words.append(f"{name} not recorded")
        elif expiry < today:
            words.append(f"{name} expired")
        elif expiry <= soon:
            words.append(f"{name} expires soon")
        else:
            continue
        dates += [expiry] if expiry is not None else []
        if name in SAFEGUARDING_CHECKS and (expiry is None or expiry < today):
            harm = SAFEGUARDING
    if not words:
        return None
    title = "; ".join(words[:1] + [w[0].lower() + w[1:] for w in words[1:]])
    return ProviderProblem(f"Provider checks: {title}", min(dates, default=None), harm)


def days_overdue(item: DashboardItem, today: date) -> int:
    """How many days past its date (0 when not yet due or undated)."""
    return max(0, (today - item.due).days) if item.due is not None else 0


def rank_key(item: DashboardItem, today: date) -> tuple[int, int, int, int, str, str]:
    """Sort key, most urgent first: harm, then lateness.

    1. harm tier, highest first (safeguarding, statutory, practice, sharing, record);
    2. within a tier: overdue, then due within a week, then later, then undated;
    3. more days overdue first, then the nearer date first;
    4. then by name and title, so the order is stable.

    So an overdue statutory item never ranks below a not-yet-due item of lower harm, and no
    item ranks below one of lower harm at all.
    """
    if item.due is None:
        band, nearness = 3, 0
    else:
        left = (item.due - today).days
        band = 0 if left < 0 else 1 if left < WEEK_DAYS else 2
        nearness = max(left, 0)
    return (-item.harm, band, -days_overdue(item, today), nearness, item.child_name, item.title)


def ranked(items: Iterable[DashboardItem], today: date) -> list[DashboardItem]:
    return sorted(items, key=lambda i: rank_key(i, today))


def is_overdue(item: DashboardItem, today: date) -> bool:
    return item.due is not None and item.due < today


def is_this_week(item: DashboardItem, today: date) -> bool:
    """Due today or in the next six days (overdue is its own filter)."""
    return item.due is not None and today <= item.due < today + timedelta(days=WEEK_DAYS)


def urgency_words(item: DashboardItem, today: date) -> str:
    """Urgency said in words (never in colour alone): "Overdue", "This week", "Later", ""."""
    if item.due is None:
        return ""
    if item.due < today:
        return "Expired" if item.expired else "Overdue"
    return "This week" if is_this_week(item, today) else "Later"


@dataclass(frozen=True)
class TodayFilter:
    when: str = "all"  # all | overdue | week
    kind: str = ""  # "" (every kind) or a code of KINDS
    worker: str | None = None  # None: everyone's; NO_WORKER: children with nobody named

    def matches(self, item: DashboardItem, today: date) -> bool:
        if self.when == "overdue" and not is_overdue(item, today):
            return False
        if self.when == "week" and not is_this_week(item, today):
            return False
        if self.kind == "safeguarding":
            if item.harm != SAFEGUARDING:
                return False
        elif self.kind and item.kind != self.kind:
            return False
        if self.worker is not None:
            workers = item.workers or (item.worker,)
            return self.worker in workers
        return True


@dataclass
class TodayGroup:
    """One line on Today: a child (or a provider) with its items, most urgent first."""

    key: str  # the child's id, or "provider:" and the provider's id
    name: str
    items: list[DashboardItem] = field(default_factory=list)

    @property
    def top(self) -> DashboardItem:
        return self.items[0]

    @property
    def is_provider(self) -> bool:
        return self.key.startswith("provider:")


def group(
    items: Iterable[DashboardItem],
    today: date,
    chosen: TodayFilter = TodayFilter(),
    *,
    in_rank_order: bool = False,
) -> list[TodayGroup]:
    """The lines of Today: items that pass the filter, grouped by child (a provider's
    problem is its own line), each group ranked within, groups ranked by their top item.
    `in_rank_order`: the items are ranked already (as Oversight.dashboard returns them), so
    a change of filter does not rank 9,000 items again."""
    groups: dict[str, TodayGroup] = {}
    for item in items if in_rank_order else ranked(items, today):
        if not chosen.matches(item, today):
            continue
        key = f"provider:{item.provider_id}" if item.provider_id else item.child_id
        found = groups.get(key)
        if found is None:
            found = groups[key] = TodayGroup(key, item.child_name)
        found.items.append(item)
    # Items arrive ranked, so each group's first item is its top and dict order is rank order.
    return list(groups.values())


def summary(items: Sequence[DashboardItem], today: date) -> str:
    """The line a person reads at a glance, e.g. "3 overdue · 5 due this week ·
    2 children with safeguarding items · 1 provider with checks to chase"."""
    overdue = sum(1 for i in items if is_overdue(i, today))
    week = sum(1 for i in items if is_this_week(i, today))
    at_risk = len({i.child_id for i in items if i.harm == SAFEGUARDING and i.child_id})
    providers = len({i.provider_id for i in items if i.provider_id})
    children = len({i.child_id for i in items if i.child_id})
    parts = [
        f"{overdue} overdue",
        f"{week} due this week",
        _plural(at_risk, "child", "children") + " with safeguarding items",
    ]
    if providers:
        parts.append(_plural(providers, "provider", "providers") + " with checks to chase")
    parts.append(_plural(children, "child", "children") + " on the list")
    return " · ".join(parts)


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
