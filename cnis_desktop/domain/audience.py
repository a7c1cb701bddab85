"""Who a document is for, and so what it must leave out.

A document is printed as one of three copies: for the family (the child's parents or
carers and the child), for the professionals at a meeting, or for the record. Safeguarding
content and anything a worker marked restricted appear only in the record copy; third-party
information stays out of a family copy unless the worker chooses to include it. The rules
live here, once, so that every document and every renderer withholds the same things.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .attachment import Attachment
from .codes import CodeList
from .model import Action, Visit
from .visit_content import SAFEGUARDING_FIELDS, THIRD_PARTY_FIELDS

AUDIENCE = CodeList(
    "audience",
    (
        ("family", "Family copy"),
        ("professional", "Professional copy"),
        ("record", "Record copy"),
    ),
)
# When nobody says which copy, the one that gives away least.
SAFEST_AUDIENCE = "family"
WITHHELD = "[withheld]"


@dataclass(frozen=True)
class Copy:
    audience: str = SAFEST_AUDIENCE
    third_party: bool = False

    @property
    def shows_safeguarding(self) -> bool:
        return self.audience == "record"

    @property
    def shows_restricted(self) -> bool:
        return self.audience == "record"

    @property
    def withheld(self) -> list[str]:
        """What kinds of information this copy leaves out, in reading order."""
        kinds = []
        if not self.shows_safeguarding:
            kinds.append("safeguarding")
        if not self.third_party:
            kinds.append("third-party")
        return kinds

    @property
    def label(self) -> str:
        return AUDIENCE.label(self.audience)

    @property
    def notice(self) -> str:
        """The line every page of the copy carries, e.g. "Family copy – safeguarding and
        third-party information withheld"."""
        kinds = self.withheld
        if not kinds:
            return f"{self.label} – complete"
        return f"{self.label} – {' and '.join(kinds)} information withheld"

    @property
    def audit_detail(self) -> str:
        return f"{self.audience} copy" + ("" if self.third_party else ", no third-party")


def copy_for(audience: str = SAFEST_AUDIENCE, third_party: bool | None = None) -> Copy:
    """`third_party` None: the copy's own default (out of a family copy, in the others)."""
    if audience not in AUDIENCE:
        raise ValueError(f"unknown copy '{audience}': use family, professional or record")
    if third_party is None:
        third_party = audience != "family"
    return Copy(audience, third_party)


def action_is_restricted(action: Action, concern_recorded: bool) -> bool:
    """An action the worker has not marked either way is restricted when it was raised while
    a safeguarding concern was recorded (a referral, a strategy meeting…)."""
    return action.restricted if action.restricted is not None else concern_recorded


def withheld_action() -> Action:
    return Action(WITHHELD, WITHHELD, None, restricted=True)


def visit_for_copy(visit: Visit, copy: Copy) -> tuple[Visit, frozenset[str]]:
    """The visit as this copy may show it, and the names of the fields it withholds.

    A copy without safeguarding always withholds the safeguarding section, concern or not,
    so that the copy never tells by its shape whether there was one.
    """
    changes: dict[str, object] = {}
    withheld: set[str] = set()
    if not copy.shows_safeguarding:
        changes |= {
            "safeguarding_concern": False,
            "safeguarding_details": WITHHELD,
            "safeguarding_procedure_shown_at": None,
        }
        withheld |= SAFEGUARDING_FIELDS
    if not copy.shows_restricted:
        for name in visit.restricted_fields:
            changes[name] = WITHHELD
            withheld.add(name)
        kept = [a for a in visit.actions if not action_is_restricted(a, visit.safeguarding_concern)]
        if len(kept) < len(visit.actions):
            changes["actions"] = [*kept, withheld_action()]
            withheld.add("actions")
    if not copy.third_party:
        for name in THIRD_PARTY_FIELDS:
            if getattr(visit, name):
                changes[name] = WITHHELD
                withheld.add(name)
    return dataclasses.replace(visit, **changes), frozenset(withheld)  # type: ignore[arg-type]


def attachments_for_copy(attachments: list[Attachment], copy: Copy) -> list[Attachment]:
    """Restricted attachments follow the rule for restricted notes: only in the record copy."""
    return [a for a in attachments if copy.shows_restricted or not a.restricted]
