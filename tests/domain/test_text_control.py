"""Names and free text refuse NUL and terminal-control characters, on every kind of record,
beside the field that holds them; tab and line breaks stay allowed in free text."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from cnis_desktop.domain.model import Action, Child, Visit
from cnis_desktop.domain.validation import (
    text_problems,
    validate_child,
    validate_views_draft,
    validate_visit_draft,
)
from cnis_desktop.domain.views import Statement, ViewsRecord

CONTROLS = st.sampled_from(["\x00", "\x1b[2J", "\x07", "\x7f", "\x9b", "\x0b"])
TODAY = date(2026, 11, 28)


def text_fields(record: object) -> list[str]:
    return [f.name for f in dataclasses.fields(record) if isinstance(getattr(record, f.name), str)]  # type: ignore[arg-type]


@settings(max_examples=60, deadline=None)
@given(field=st.sampled_from(text_fields(Child())), control=CONTROLS, at=st.integers(0, 5))
def test_a_childs_text_field_with_a_control_character_is_refused_there(
    field: str, control: str, at: int
) -> None:
    text = "Ottoline Marsh"
    child = dataclasses.replace(Child(), **{field: text[:at] + control + text[at:]})
    assert field in validate_child(child, TODAY, check_age=False)  # (a code field: not a code)
    assert "control character" in text_problems(child)[field]


@given(control=CONTROLS)
def test_text_inside_a_list_is_checked_too(control: str) -> None:
    visit = Visit(child_id="c", actions=[Action(what=f"Phone the{control} family")])
    assert "control character" in validate_visit_draft(visit).get("actions", "")
    views = ViewsRecord(child_id="c", statements=[Statement("said", f"I like{control} maths", True)])
    assert "control character" in validate_views_draft(views).get("statements", "")


def test_line_breaks_and_tabs_stay_in_free_text_but_not_in_names() -> None:
    assert text_problems(Visit(child_id="c", child_views="Line one\nLine two\tend")) == {}
    assert "preferred_name" in text_problems(Child(preferred_name="Two\nlines"))
