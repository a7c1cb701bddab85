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


@nested
@dataclass
class ScaleAnswer:
    question: str = ""
    value: int | None = None  # 0–10; faces map to 0, 2, 5, 8, 10


@nested
@dataclass
class CardSort:
    card: str = ""
    pile: str = ""  # like / not_sure / dont_like


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
    parent_carer_views: str = ""
    parent_carer_name: str = ""
