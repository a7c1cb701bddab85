"""The caseload table model, tested without any widget."""

from datetime import date

from PySide6.QtCore import Qt

from cnis_desktop.gui.caseload_model import COLUMNS, OVERDUE, CaseloadModel
from cnis_desktop.vault.children import CaseloadRow


def _row(name: str, due: date | None) -> CaseloadRow:
    return CaseloadRow("id-" + name, name, date(2016, 3, 4), "U820200101001", "ehe", "ehc_plan", due)


def test_rows_columns_labels_and_sorting(qapp: object) -> None:
    model = CaseloadModel(today=date(2026, 11, 23))
    model.set_rows([_row("Wren Oakhurst", date(2026, 11, 1)), _row("Ayla Dunmere", None)])
    assert model.rowCount() == 2 and model.columnCount() == len(COLUMNS)
    # sorted by name on arrival
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Ayla Dunmere", "Wren Oakhurst"]
    assert model.data(model.index(1, 3)) == "Elective home education"
    assert model.data(model.index(1, 4)) == "EHC plan"
    assert model.data(model.index(1, 5)) == "01/11/2026 (overdue)"
    assert model.data(model.index(1, 5), Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 5)) == ""
    assert model.data(model.index(0, 0), CaseloadModel.ID_ROLE) == "id-Ayla Dunmere"
    model.sort(5, Qt.SortOrder.AscendingOrder)  # no date sorts last
    assert model.data(model.index(0, 0)) == "Wren Oakhurst"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "Wren Oakhurst"
    assert model.id_at(1) == "id-Ayla Dunmere"


def test_the_name_header_says_the_list_is_by_surname(qapp: object) -> None:
    model = CaseloadModel()
    header = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "surname" in header
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
