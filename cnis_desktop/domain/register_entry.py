"""A child's entry in the children not in school register: ss436B–436G of the Education Act
1996, inserted by the Children's Wellbeing and Schools Act 2026 (passed, not yet in force;
the final field list may change, so the sheet's columns are data in register.py).

The child's name, date of birth and home address are the child record's own; the entry holds
what else s436C names: each parent (with current and previous address), which parents
provide education and for how long, and every other provider.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .model import nested
from .timescales import Timescale, timescale
from .validation import MAX_HOURS_PER_WEEK, FieldErrors, checks_text

# s436D: a parent tells the authority of a change to the registered information within
# 15 days of it. A default an authority may override, as every timescale is.


@nested
@dataclass
class RegisterParent:
    name: str = ""
    address: str = ""
    previous_address: str = ""
    provides_education: bool = False
    hours_per_week: float | None = None  # time this parent spends educating the child

    @property
    def is_blank(self) -> bool:
        return not (
            self.name
            or self.address
            or self.previous_address
            or self.provides_education
            or self.hours_per_week is not None
        )


@nested
@dataclass
class RegisterProvider:
    """Anyone other than a parent who provides education (s436C(1)(e))."""

    name: str = ""
    address: str = ""
    type: str = ""  # a description of the kind of provider, in the authority's words
    place: str = ""  # where it is given, if not at the address; a website or email if online
    hours_per_week: float | None = None
    hours_without_parent: float | None = None  # of those hours, with no parent present

    @property
    def is_blank(self) -> bool:
        return not (
            self.name
            or self.address
            or self.type
            or self.place
            or self.hours_per_week is not None
            or self.hours_without_parent is not None
        )


@dataclass
class RegisterEntry:
    """Mutable: edited field by field, one entry per child."""

    child_id: str = ""
    previous_addresses: str = ""  # the child's earlier home addresses
    parents: list[RegisterParent] = field(default_factory=list)
    providers: list[RegisterProvider] = field(default_factory=list)
    change_on: date | None = None  # a registered detail changed (a move, a new provider)
    change_reported_on: date | None = None  # the parent told the authority
    change_details: str = ""

    def change_report_due(self, overrides: dict[str, Timescale] | None = None) -> date | None:
        """When the parent's report of the latest change is due; None once it is in."""
        if self.change_on is None or self.change_reported_on is not None:
            return None
        return timescale("register_change_report", overrides).after(self.change_on)


@checks_text
def validate_register_entry(entry: RegisterEntry, today: date) -> FieldErrors:
    errors: FieldErrors = {}
    for i, parent in enumerate(entry.parents, start=1):
        if parent.hours_per_week is not None and not 0 <= parent.hours_per_week <= MAX_HOURS_PER_WEEK:
            errors["parents"] = f"Parent {i}: hours a week must be between 0 and {MAX_HOURS_PER_WEEK:g}."
    for i, provider in enumerate(entry.providers, start=1):
        for hours in (provider.hours_per_week, provider.hours_without_parent):
            if hours is not None and not 0 <= hours <= MAX_HOURS_PER_WEEK:
                errors["providers"] = (
                    f"Provider {i}: hours a week must be between 0 and {MAX_HOURS_PER_WEEK:g}."
                )
        if (
            provider.hours_per_week is not None
            and provider.hours_without_parent is not None
            and provider.hours_without_parent > provider.hours_per_week
        ):
            errors["providers"] = (
                f"Provider {i}: the time without a parent present is more than the time with the provider."
            )
    if entry.change_on and entry.change_on > today:
        errors["change_on"] = "A change is recorded once it has happened."
    if entry.change_reported_on and entry.change_on and entry.change_reported_on < entry.change_on:
        errors["change_reported_on"] = "The report is dated before the change."
    return errors
