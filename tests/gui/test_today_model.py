"""Today's model: two levels (lines, then each line's items), rows made only when shown,
late said in words with the colour repeating it, and a provider's children under its line."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from cnis_desktop.domain import today as rules
from cnis_desktop.domain.oversight import DashboardItem
from cnis_desktop.gui.today_model import LATE, TodayModel

TODAY = date(2026, 11, 23)


def caseload(children: int) -> list[DashboardItem]:
    items = []
    for n in range(children):
        child = f"child-{n}"
        items.append(
            DashboardItem(
                "deadlines",
                child,
                f"Child {n:04}",
                "Next contact",
                TODAY - timedelta(days=n % 9),
                kind="contact",
            )
        )
        items.append(
            DashboardItem(
                "partners", child, f"Child {n:04}", "No partner told", kind="sharing", harm=rules.SHARING
            )
        )
    return items


def words(index: QModelIndex) -> list[str]:
    return [str(index.siblingAtColumn(c).data()) for c in range(5)]


def test_rows_are_made_only_when_shown(qtbot: QtBot) -> None:
    view = QTreeView()
    model = TodayModel(view)  # the view's own: a model freed first leaves the view pointing at nothing
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 400)
    view.show()
    model.set_groups(rules.group(caseload(5000), TODAY), TODAY)
    qtbot.waitExposed(view)
    view.grab()  # paint once: the rows on screen are made, and only they
    assert model.rowCount() == 5000
    assert 0 < model.rows_made < 100
    line = model.index(0, 0)
    assert model.rowCount(line) == 2 and model.hasChildren(line)
    assert not model.hasChildren(model.index(0, 0, line))  # two levels, no more


def test_a_line_and_its_rows_say_what_is_late_in_words(qtbot: QtBot) -> None:
    model = TodayModel()
    model.set_groups(rules.group(caseload(3), TODAY), TODAY)
    # Child 2 is the latest (2 days overdue), so first; "Next contact" outranks "not told".
    line = model.index(0, 0)
    assert words(line) == [
        "Child 0002",
        "Next contact",
        "2 days overdue (21/11/2026)",
        "Visits",
        "2 items · no worker named",
    ]
    assert model.data(line.siblingAtColumn(2), Qt.ItemDataRole.ForegroundRole) == LATE
    assert model.data(line.siblingAtColumn(1), Qt.ItemDataRole.ForegroundRole) is None
    first, second = (model.index(r, 0, line) for r in range(2))
    assert words(first)[0] == "Overdue" and words(second)[:2] == ["Not dated", "No partner told"]
    assert model.item_at(second) is not None and model.item_at(second).kind == "sharing"  # type: ignore[union-attr]
    assert model.parent(first) == line and not model.parent(line).isValid()
    # Child 0 is due today: not late, so no colour
    today_line = model.index(2, 0)
    assert words(today_line)[2] == "due today (23/11/2026)"
    assert model.data(today_line.siblingAtColumn(2), Qt.ItemDataRole.ForegroundRole) is None


def test_a_provider_line_lists_its_problem_then_its_children() -> None:
    problem = DashboardItem(
        "deadlines",
        "",
        "Brightwater Tutors",
        "Provider checks: DBS expired",
        TODAY - timedelta(days=4),
        "2 children with this provider",
        "eotas",
        kind="provider",
        harm=rules.SAFEGUARDING,
        expired=True,
        provider_id="p1",
        children=(("c1", "Ayla Dunmere"), ("c2", "Wren Oakhurst")),
    )
    model = TodayModel()
    model.set_groups(rules.group([problem], TODAY), TODAY)
    line = model.index(0, 0)
    assert words(line)[:4] == [
        "Brightwater Tutors",
        "Provider checks: DBS expired",
        "expired 4 days ago (19/11/2026)",
        "Safeguarding",
    ]
    assert model.data(line.siblingAtColumn(3), Qt.ItemDataRole.FontRole).bold()
    rows = [model.index(r, 0, line) for r in range(model.rowCount(line))]
    assert [words(r)[0] for r in rows] == ["Expired", "Ayla Dunmere", "Wren Oakhurst"]
    opened = model.item_at(rows[2])
    assert opened is not None and (opened.child_id, opened.provider_id) == ("c2", "")
