"""A child's views, wishes and feelings, in the child's own words (append-only once final)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .model import nested


@nested
@dataclass
class Statement:
    section: str = "said"
    text: str = ""
    exact_words: bool = True  # False: the worker's summary


SCALE_LOW = "Not at all"
SCALE_HIGH = "Totally"
SCALE_STEPS = range(11)  # 0–10: a numbered face for each


@nested
@dataclass
class ScaleAnswer:
    question: str = ""
    value: int | None = None  # 0–10, one face each; None: not answered yet
    low_label: str = SCALE_LOW  # the worker may word the two ends for this child
    high_label: str = SCALE_HIGH


@nested
@dataclass
class CardSort:
    card: str = ""
    pile: str = ""  # like / not_sure / dont_like


# Observation (a child who does not use words) is the worker's own account: three fields kept
# as the worker's statements, so the review pack and sync carry them like any other.
OBSERVATION_FIELDS: tuple[tuple[str, str], ...] = (
    ("observed", "What was seen"),
    ("context", "The context: where, when, who was there, what was happening"),
    ("communication", "How the child communicated (sounds, gestures, signs, looking, pointing)"),
)
# Methods the child can take part in on their own screen; observation is never one.
CHILD_MODE_METHODS = frozenset({"conversation", "three_houses", "one_page_profile", "scaling", "sorting"})


@dataclass
class ViewsRecord:
    child_id: str = ""
    purpose: str = "ehc_assessment"
    gathered_on: date | None = None
    gathered_by: str = ""
    method: str = "conversation"
    started_with: str = ""  # the section the child chose to start with
    communication_support: list[str] = field(default_factory=list)
    interpreter_language: str = ""
    others_present: str = ""
    statements: list[Statement] = field(default_factory=list)
    scales: list[ScaleAnswer] = field(default_factory=list)
    cards: list[CardSort] = field(default_factory=list)
    read_back: bool = False
    consent_to_share: bool = False
    share_with: str = ""
    unsafe_raised_at: datetime | None = None
    unsafe_details: str = ""
    unsafe_actions: str = ""  # what the worker did: who they told, when, what was agreed
    parent_carer_views: str = ""
    parent_carer_name: str = ""
