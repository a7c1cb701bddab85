from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from cnis_desktop.domain.model import Action, Visit, from_fields, to_fields
from cnis_desktop.domain.passphrase import assess


def test_weak_passphrases_are_refused_with_reasons() -> None:
    assert "12 characters" in " ".join(assess("short").problems)
    assert "commonly used" in " ".join(assess("password123").problems)
    assert "repeating" in " ".join(assess("aaaaaaaaaaaaaaaa").problems)
    assert not assess("abcabcabcabcabcabc").acceptable


def test_strong_passphrase_is_accepted() -> None:
    strength = assess("granite-orchid-lantern-42")
    assert strength.acceptable and strength.score >= 3


@given(
    st.text(max_size=50),
    st.booleans(),
    st.one_of(st.none(), st.floats(0, 40)),
    st.one_of(st.none(), st.dates()),
    st.lists(
        st.tuples(st.text(max_size=10), st.text(max_size=10), st.one_of(st.none(), st.dates())), max_size=3
    ),
)
def test_visit_round_trips_through_stored_fields(
    text: str, flag: bool, hours: float | None, day: date | None, actions: list
) -> None:
    visit = Visit(
        child_views=text,
        child_seen=flag,
        hours_per_week=hours,
        actual_date=day,
        actions=[Action(*a) for a in actions],
    )
    assert from_fields(Visit, to_fields(visit)) == visit
