"""The caseload table model, tested without any widget."""

from datetime import date

from PySide6.QtCore import Qt

from cnis_desktop.gui.caseload_model import COLUMNS, CaseloadModel
from cnis_desktop.vault.children import CaseloadRow


def _row(name: str, due: date | None) -> CaseloadRow:
    return CaseloadRow("id-" + name, name, date(2016, 3, 4), "U820200101001", "ehe",
                       "ehc_plan", due)


def test_rows_columns_and_labels(qapp: object) -> None:
    model = CaseloadModel(today=date(2026, 11, 23))
    model.set_rows([_row("Wren Oakhurst", date(2026, 11, 1)), _row("Ayla Dunmere", None)])
    assert model.rowCount() == 2 and model.columnCount() == len(COLUMNS)
    assert model.data(model.index(0, 3)) == "Elective home education"
    assert model.data(model.index(0, 4)) == "EHC plan"
    assert model.data(model.index(0, 5)) == "01/11/2026 (overdue)"
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 5)) == ""
    assert model.data(model.index(1, 0), CaseloadModel.ID_ROLE) == "id-Ayla Dunmere"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 0)) == "Ayla Dunmere"
    model.sort(5, Qt.SortOrder.DescendingOrder)  # no date sorts last when ascending
    assert model.data(model.index(0, 0)) == "Ayla Dunmere"
    model.sort(5, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 0)) == "Wren Oakhurst"
