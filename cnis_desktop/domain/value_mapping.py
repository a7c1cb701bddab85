"""What a spreadsheet's wording in a coded column means.

Each coded column has a reader: a cell either says a value exactly as the app knows it (its
code, its label, or a standard abbreviation: nothing to ask), or it is a wording to map, with
a proposed target a person may change. A target is a string: a code, or for SEND
"status|NEED" (either part may be empty). An empty target means "not mapped": the sheet's
words are kept and the field is flagged for tidy-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from . import codes

SEND_SEPARATOR = "|"


@dataclass(frozen=True)
class Reading:
    exact: bool  # the cell says it as the app does: nothing to ask, nothing to flag
    proposal: str  # the target proposed ("": nothing can be proposed)


@lru_cache(maxsize=8192)
def normal(text: str) -> str:
    """Case, spacing and punctuation aside: how two wordings are compared."""
    return re.sub(r"[^a-z0-9/?]+", " ", text.strip().lower()).strip()


def _padded(text: str) -> str:
    # Words, whatever separates them: "EHCP/ASD" names two things.
    return f" {normal(text).replace('/', ' ')} "


def _has(padded: str, phrase: str) -> bool:
    """A whole word or phrase, or (ending in '*') a word beginning."""
    if phrase.endswith("*"):
        return f" {phrase[:-1]}" in padded
    return f" {phrase} " in padded


def _exact_code(text: str, code_list: codes.CodeList, extra: dict[str, str] | None = None) -> str | None:
    value = normal(text)
    if extra and value in extra:
        return extra[value]
    for code, label in code_list:
        if code and value in (code.lower(), normal(label)):
            return code
    return None


def _families(text: str, families: dict[str, tuple[str, ...]]) -> list[str]:
    padded = _padded(text)
    return [code for code, phrases in families.items() if any(_has(padded, p) for p in phrases)]


# --- SEND: a status, often with the primary need in the same cell -------------------------

_STATUS_EXACT = {
    "ehcp": "ehc_plan",
    "ehc plan": "ehc_plan",
    "e": "ehc_plan",
    "sen support": "sen_support",
    "k": "sen_support",
    "n": "none",
}
_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "ehc_plan": ("ehcp", "ehc plan", "ehc", "statement", "statemented", "plan", "e"),
    "ehc_assessment": (
        "ehcna",
        "ehc needs assessment",
        "needs assessment",
        "ehc assessment",
        "in assessment",
        "being assessed",
        "under assessment",
        "assessment",
        "assessing",
    ),
    "sen_support": ("sen support", "support", "k", "sen k", "school support", "sen"),
    "suspected": (
        "suspected",
        "awaiting assessment",
        "awaiting diagnosis",
        "query",
        "?",
        "undiagnosed",
        "not diagnosed",
        "possible",
    ),
    "none": ("none", "no sen", "no send", "nil", "n a", "no"),
}
_NEED_WORDS: dict[str, tuple[str, ...]] = {
    "ASD": ("asd", "asc", "autism", "autistic*"),
    "SEMH": (
        "semh",
        "social emotional and mental health",
        "mental health",
        "anxiety",
        "emotional*",
        "adhd",
        "ebsa",
    ),
    "SLCN": ("slcn", "speech*", "language", "communication"),
    "SPLD": ("spld", "dyslexi*", "dyspraxi*", "dyscalculi*", "specific learning*"),
    "MLD": ("mld", "moderate learning*"),
    "SLD": ("sld", "severe learning*"),
    "PMLD": ("pmld", "profound*"),
    "HI": ("hi", "hearing*", "deaf*"),
    "VI": ("vi", "visual*", "sight", "blind*"),
    "MSI": ("msi", "multi sensory", "multisensory"),
    "PD": ("pd", "physical*"),
    "OTH": ("oth",),
    "NSA": ("nsa",),
}
# From least to most: when a cell names two statuses, the furthest along is the likelier.
_STATUS_ORDER = ("none", "suspected", "sen_support", "ehc_assessment", "ehc_plan")


def send_target(status: str, need: str = "") -> str:
    return f"{status}{SEND_SEPARATOR}{need}" if need else status


def split_send(target: str) -> tuple[str, str]:
    status, _, need = target.partition(SEND_SEPARATOR)
    return status, need


def send_cell(status: str, need: str) -> str:
    """How an export writes a SEND status with its primary need, in one column that the
    import reads back exactly."""
    label = codes.SEND_STATUS.label(status)
    return f"{label} (primary need: {need})" if need else label


_CANONICAL_SEND = re.compile(r"^(?P<status>.+?) \(primary need: (?P<need>[A-Za-z]+)\)$")


def _status_in(padded: str) -> str:
    named = [s for s in _STATUS_ORDER[1:] if any(_has(padded, w) for w in _STATUS_WORDS[s])]
    if _has(padded, "awaiting assessment") and not any(
        _has(padded, w) for w in ("ehcna", "ehc", "needs assessment")
    ):
        named = [s for s in named if s != "ehc_assessment"]  # the suspected status's wording
    negated = any(_has(padded, w) for w in _STATUS_WORDS["none"])
    if negated and named == ["sen_support"] and not _has(padded, "support"):
        return "none"  # "No SEN": the "sen" in it is not SEN support
    if named:
        return named[-1]
    return "none" if negated else ""


@lru_cache(maxsize=8192)
def read_send(text: str) -> Reading:
    status = _exact_code(text, codes.SEND_STATUS, _STATUS_EXACT)
    if status is not None:
        return Reading(True, status)
    canonical = _CANONICAL_SEND.match(" ".join(text.split()))
    if canonical:
        status = _exact_code(canonical["status"], codes.SEND_STATUS)
        need = canonical["need"].upper()
        if status and need in codes.PRIMARY_NEED:
            return Reading(True, send_target(status, need))
    padded = _padded(text)
    found = _status_in(padded)
    needs = [n for n, words in _NEED_WORDS.items() if any(_has(padded, w) for w in words)]
    need = needs[0] if len(needs) == 1 else ""
    if not found and not need:
        return Reading(False, "")
    return Reading(False, send_target(found, need) if need else found)


def describe_send(target: str) -> str:
    status, need = split_send(target)
    parts = [codes.SEND_STATUS.label(status) if status else "status unchanged"]
    if need:
        parts.append(f"primary need {need}")
    return ", ".join(parts)


# --- the other coded columns -----------------------------------------------------------------

_GENDER_EXACT = {"f": "female", "m": "male", "girl": "female", "boy": "male"}
_GENDER_WORDS: dict[str, tuple[str, ...]] = {
    "female": ("woman", "fem*"),
    "male": ("man",),
    "other": ("non binary", "nonbinary", "nb", "trans*", "other", "self describe*"),
    "not_known": ("unknown", "u", "not stated", "prefer not*", "not recorded"),
}


@lru_cache(maxsize=8192)
def read_gender(text: str) -> Reading:
    code = _exact_code(text, codes.GENDER, _GENDER_EXACT)
    if code is not None:
        return Reading(True, code)
    found = _families(text, _GENDER_WORDS)
    return Reading(False, found[0] if len(found) == 1 else "")


# Checked in order: the first rule whose words all appear proposes its category.
_ETHNICITY_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("traveller*",), "WIRT"),
    (("gypsy",), "WROM"),
    (("roma",), "WROM"),
    (("white", "irish"), "WIRI"),
    (("white", "caribbean"), "MWBC"),
    (("white", "african"), "MWBA"),
    (("white", "asian"), "MWAS"),
    (("white", "british"), "WBRI"),
    (("english",), "WBRI"),
    (("scottish",), "WBRI"),
    (("welsh",), "WBRI"),
    (("cornish",), "WBRI"),
    (("mixed*",), "MOTH"),
    (("dual*",), "MOTH"),
    (("white",), "WOTH"),
    (("indian",), "AIND"),
    (("pakistan*",), "APKN"),
    (("bangladesh*",), "ABAN"),
    (("asian",), "AOTH"),
    (("caribbean",), "BCRB"),
    (("african",), "BAFR"),
    (("black",), "BOTH"),
    (("chinese",), "CHNE"),
    (("refused",), "REFU"),
    (("declined",), "REFU"),
    (("prefer", "not"), "REFU"),
    (("not", "obtained"), "NOBT"),
    (("unknown",), "NOBT"),
    (("not", "known"), "NOBT"),
    (("other",), "OOTH"),
)


@lru_cache(maxsize=8192)
def read_ethnicity(text: str) -> Reading:
    """The target is the category's label: the child's ethnicity is kept as text."""
    code = _exact_code(text, codes.ETHNICITY)
    if code is not None:
        return Reading(True, codes.ETHNICITY.label(code))
    padded = _padded(text)
    for words, code in _ETHNICITY_RULES:
        if all(_has(padded, w) for w in words):
            return Reading(False, codes.ETHNICITY.label(code))
    return Reading(False, "")


_SOCIAL_CARE_EXACT = {
    "cp plan": "cp_plan",
    "child protection plan": "cp_plan",
    "cpp": "cp_plan",
    "s47": "s47",
    "cin": "cin",
    "child in need": "cin",
    "lac": "looked_after",
}
_SOCIAL_CARE_WORDS: dict[str, tuple[str, ...]] = {
    "cp_plan": ("cp", "child protection*", "protection plan"),
    "s47": ("section 47", "s 47", "strategy discussion"),
    "cin": ("child in need", "s17", "section 17"),
    "looked_after": ("looked after", "cla", "cic", "in care", "child in care", "foster*"),
    "care_leaver": ("care leaver",),
    "early_help": ("early help", "eh", "tac", "team around*"),
    "none": ("no", "nil", "n a", "not known to*"),
}


@lru_cache(maxsize=8192)
def read_social_care(text: str) -> Reading:
    code = _exact_code(text, codes.SOCIAL_CARE, _SOCIAL_CARE_EXACT)
    if code is not None:
        return Reading(True, code)
    found = _families(text, _SOCIAL_CARE_WORDS)
    return Reading(False, found[0] if len(found) == 1 else "")


# The arrangement comes from the sheet's arrangement column, or its reasons text. Words that
# name an arrangement outright are strong; circumstances that usually mean one are weak.
_ARRANGEMENT_STRONG: dict[str, tuple[str, ...]] = {
    "ehe": ("ehe", "elective home*", "home educat*", "home ed", "electively home*"),
    "part_time": ("part time", "parttime", "ptt", "reduced timetable", "reduced hours"),
    "eotas": ("eotas", "s61", "section 61", "otherwise than at school"),
    "s19": ("s19", "section 19", "s 19"),
    "cme": ("cme", "missing education", "missing from education"),
    "flexi": ("flexi*",),
    "excluded": ("pex", "permanently excluded", "permanent exclusion"),
    "unregistered_ap": ("unregistered*",),
    "severe_absence": ("severe absence", "severely absent"),
    "awaiting_place": (
        "awaiting a school place",
        "awaiting school place",
        "awaiting place",
        "no school place",
        "in year admission",
    ),
}
_ARRANGEMENT_WEAK: dict[str, tuple[str, ...]] = {
    "s19": ("home tuition", "tuition", "medical*", "hospital*"),
    "excluded": ("excluded", "exclusion"),
    "awaiting_place": (
        "new to the country",
        "new arrival",
        "moved area",
        "no place",
        "awaiting school",
        "school place",
    ),
    "cme": ("whereabouts unknown", "not known to any school"),
    "unregistered_ap": ("alternative provision", "ap"),
    "severe_absence": ("absence", "not attending", "non attendance"),
    "ehe": ("home schooled", "home school*"),
}


@lru_cache(maxsize=8192)
def read_arrangement(text: str) -> Reading:
    code = _exact_code(text, codes.ARRANGEMENT_TYPE)
    if code is not None:
        return Reading(True, code)
    strong = _families(text, _ARRANGEMENT_STRONG)
    if strong:
        return Reading(False, strong[0] if len(strong) == 1 else "")
    weak = _families(text, _ARRANGEMENT_WEAK)
    return Reading(False, weak[0] if len(weak) == 1 else "")


_EHE_REASON_WORDS: dict[str, tuple[str, ...]] = {
    "philosophical": ("philosoph*", "preferen*", "ideolog*", "choice"),
    "lifestyle": ("lifestyle", "travel*"),
    "religious": ("relig*", "faith"),
    "physical_health": ("physical*", "medical*", "illness", "chronic*"),
    "mental_health": (
        "mental health",
        "anxiety",
        "anxious",
        "depress*",
        "ebsa",
        "school refus*",
        "emotional*",
    ),
    "bullying": ("bully*", "bullied"),
    "send_not_met": (
        "needs not met",
        "not meeting*",
        "send not met",
        "sen not met",
        "unmet need*",
        "needs unmet",
    ),
    "dissatisfaction": ("dissatisf*", "unhappy with*"),
    "exclusion": ("exclu*",),
    "off_rolling": ("off roll*", "offroll*", "encouraged to leave", "advised to home*", "told to home*"),
    "no_place": ("no place", "no suitable place", "not offered*", "preferred school"),
    "unknown": ("unknown", "not given", "no reason*", "not known"),
}


def ehe_reasons(text: str) -> list[str]:
    """The DfE reason codes a reasons text names, in the code list's order (none if none)."""
    return list(_ehe_reasons(text))


@lru_cache(maxsize=8192)
def _ehe_reasons(text: str) -> tuple[str, ...]:
    found = set(_families(text, _EHE_REASON_WORDS))
    return tuple(code for code in codes.EHE_REASON.codes if code in found)


def reason_labels(text: str) -> list[str] | None:
    """The reason codes of a cell that lists their labels exactly ("Mental health;
    Bullying", as an export writes them); None for any other wording."""
    found = _reason_labels(text)
    return list(found) if found is not None else None


@lru_cache(maxsize=8192)
def _reason_labels(text: str) -> tuple[str, ...] | None:
    found = [_exact_code(part, codes.EHE_REASON) for part in text.split(";")]
    if not found or any(code is None for code in found):
        return None
    reasons = [code for code in codes.EHE_REASON.codes if code in found]
    # Only the export's own wording: any other is the sheet's words, kept as written.
    return tuple(reasons) if reason_cell(reasons) == text.strip() else None


def reason_cell(reasons: list[str]) -> str:
    return "; ".join(codes.EHE_REASON.label(code) for code in codes.EHE_REASON.codes if code in reasons)


_SCHOOL_WORDS = (
    "school",
    "academy",
    "primary",
    "secondary",
    "college",
    "high",
    "infant*",
    "junior",
    "pru",
    "pupil referral*",
    "federation",
    "grammar",
    "c of e",
    "ce",
    "rc",
    "catholic",
    "church",
    "lower",
    "middle",
    "upper",
    "prep",
)
_LA_WORDS = (
    "la",
    "lea",
    "local authority",
    "council",
    "authority",
    "virtual school",
    "sen team",
    "send team",
    "inclusion*",
    "tuition service",
    "medical needs service",
    "education service*",
    "county",
    "borough",
)


@lru_cache(maxsize=8192)
def read_responsible(text: str) -> Reading:
    """Annex B's "School or LA responsible": the authority, or a school named in the cell."""
    code = _exact_code(text, codes.RESPONSIBLE_BODY, {"la": "la", "lea": "la"})
    if code is not None:
        return Reading(True, code)
    padded = _padded(text)
    if _has(padded, "virtual school"):
        return Reading(False, "la")
    if any(_has(padded, w) for w in _SCHOOL_WORDS):
        return Reading(True, "school")  # a school's name: recorded as the current school
    if any(_has(padded, w) for w in _LA_WORDS):
        return Reading(False, "la")
    return Reading(False, "school")


_YES_NO_EXACT = {
    "yes": "yes",
    "y": "yes",
    "true": "yes",
    "x": "yes",
    "1": "yes",
    "no": "no",
    "n": "no",
    "false": "no",
    "0": "no",
}
_YES_NO_WORDS: dict[str, tuple[str, ...]] = {
    "yes": ("both", "mainly", "mostly", "sometimes", "partly", "some", "main*", "shared"),
    "no": ("not", "none", "never"),
}


@lru_cache(maxsize=8192)
def read_yes_no(text: str) -> Reading:
    value = normal(text.replace("✓", "yes").replace("✗", "no"))
    if value in _YES_NO_EXACT:
        return Reading(True, _YES_NO_EXACT[value])
    found = _families(text, _YES_NO_WORDS)
    return Reading(False, found[0] if len(found) == 1 else "")


YES_NO = codes.CodeList("yes_no", (("yes", "Yes"), ("no", "No")))


@dataclass(frozen=True)
class MappedField:
    """A kind of coded value the import maps: how it reads a cell, what it may become."""

    name: str
    title: str
    read: Callable[[str], Reading]
    choices: tuple[tuple[str, str], ...]  # (target, label); "" is never among them
    unmapped: str  # what an empty target does, in words

    def describe(self, target: str) -> str:
        if not target:
            return self.unmapped
        if self.name == "send":
            return describe_send(target)
        return dict(self.choices).get(target, target)


def _send_choices() -> tuple[tuple[str, str], ...]:
    found = [(code, label) for code, label in codes.SEND_STATUS]
    for status, label in codes.SEND_STATUS:
        if status == "none":
            continue
        found += [
            (send_target(status, need), f"{label}, primary need {need}") for need in codes.PRIMARY_NEED.codes
        ]
    return tuple(found)


MAPPED_FIELDS: dict[str, MappedField] = {
    f.name: f
    for f in (
        MappedField(
            "send",
            "SEND",
            read_send,
            _send_choices(),
            "Not mapped: SEND status left as it is; the sheet's words kept and flagged",
        ),
        MappedField(
            "gender",
            "Gender",
            read_gender,
            tuple(codes.GENDER.items),
            "Not mapped: gender not known; the sheet's words kept and flagged",
        ),
        MappedField(
            "ethnicity",
            "Ethnicity",
            read_ethnicity,
            tuple((label, label) for _code, label in codes.ETHNICITY),
            "Kept in the sheet's words (flagged for tidy-up)",
        ),
        MappedField(
            "social_care",
            "Child protection / social care",
            read_social_care,
            tuple(codes.SOCIAL_CARE.items),
            "Not mapped: status left as it is; the sheet's words kept and flagged",
        ),
        MappedField(
            "arrangement",
            "Arrangement",
            read_arrangement,
            tuple(codes.ARRANGEMENT_TYPE.items),
            "Not clear: no arrangement recorded; flagged for tidy-up",
        ),
        MappedField(
            "responsible",
            "School or LA responsible",
            read_responsible,
            (("la", "The local authority"), ("school", "A school (the words kept as its name)")),
            "Kept as the school's name (flagged for tidy-up)",
        ),
        MappedField(
            "provides",
            "Parent provides education",
            read_yes_no,
            tuple(YES_NO.items),
            "Not recorded; the sheet's words kept and flagged",
        ),
    )
}
