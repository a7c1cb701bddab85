"""Reading spreadsheets as they really arrive: only what makes a row not a child rejects it."""

from datetime import date

from cnis_desktop.domain.register import children_of, field_titles, read_sheet, split_name

HEADER = "Case number,Name,Date of birth,SEND,Hours,Provision start date"
TODAY = date(2026, 11, 2)


def sheet(*lines: str, bom: bool = True, crlf: bool = True, header: str = HEADER) -> bytes:
    text = ("\r\n" if crlf else "\n").join([header, *lines]) + "\r\n"
    return (("\ufeff" if bom else "") + text).encode("utf-8")


def test_bom_crlf_blank_rows_trailing_spaces_quoted_commas() -> None:
    data = sheet(
        ",,,,,",
        ' 101 , "Oakhurst, Wren" , 04/03/2016 , EHCP , 12 , 01/09/2025 ',
        "",
        "102,Ayla Dunmere,5/9/15,SEN support,8,",
    )
    result = read_sheet(data, "annex-b", TODAY)
    assert result.rejected == [] and result.missing_columns == []
    first, second = result.rows
    assert (first.line, first.first_name, first.last_name, first.dob) == (
        3,
        "Wren",
        "Oakhurst",
        date(2016, 3, 4),
    )
    assert first.cells["hours"] == "12" and first.cells["send"] == "EHCP"
    assert (second.line, second.dob) == (5, date(2015, 9, 5))


def test_only_what_makes_a_row_not_a_child_rejects_it() -> None:
    data = sheet(
        "1,Wren Oakhurst,31/02/2016,,5,",
        "2,Solo,01/01/2016,,5,",
        "3,Ayla Dunmere,01/01/2016,purple,5,",
        "4,Bram Ashcombe,01/01/2016,,fifty,",
        "5,Corin Eldergrove,01/01/2016,,41,",
        "6,Nerys Gorsefield,01/01/2016,,5,99/99/99",
        "7,,01/01/2016,,5,",
        "8,Tamsin Reedwell,,,5,",
        "9,Ffion Larkspur,01/01/2006,,,",
        bom=False,
        crlf=False,
    )
    result = read_sheet(data, "annex-b", TODAY)
    rejected = dict(result.rejected)
    assert "not a real date" in rejected[2]
    assert "first name and a last name" in rejected[3]
    assert rejected[8] == "no name" and rejected[9] == "no date of birth"
    assert "compulsory school age" in rejected[10]
    # a secondary field that cannot be read never loses the child: it is kept for the import
    kept = {row.line: row.cells for row in result.rows}
    assert sorted(kept) == [4, 5, 6, 7]
    assert kept[4]["send"] == "purple" and kept[5]["hours"] == "fifty"
    assert kept[7]["start_date"] == "99/99/99"


def test_the_same_child_on_two_lines_is_one_child_with_the_differences_kept() -> None:
    data = sheet(
        "1,Wren Oakhurst,04/03/2016,EHCP,12,",
        "1,Wren Oakhurst,04/03/2016,EHCP,15,01/09/2025",
        "2,Ayla Dunmere,05/09/2015,,8,",
        "2,Ayla Dunmere,05/09/2015,,8,",
    )
    result = read_sheet(data, "annex-b", TODAY)
    assert result.rejected == []
    wren, ayla = children_of(result)
    assert wren.lines == [2, 3] and ayla.lines == [4, 5]
    assert ayla.differences == []  # the same line twice: one child, nothing to decide
    [hours] = wren.differences
    assert hours.field == "hours" and hours.values == [(2, "12"), (3, "15")]
    assert wren.cells["hours"] == "12"  # the first line's until a person decides
    assert wren.cells["start_date"] == "01/09/2025"  # a blank is filled from the other line
    [chosen] = children_of(result, {(2, "hours"): 3})[0].differences
    assert chosen.chosen == 3
    assert children_of(result, {(2, "hours"): 3})[0].cells["hours"] == "15"


def test_missing_required_column_rejects_the_file() -> None:
    result = read_sheet(b"Case number,Name\r\n1,Wren Oakhurst\r\n", "annex-b", TODAY)
    assert result.missing_columns == ["Date of birth"] and result.rows == []


def test_separate_forename_and_surname_columns() -> None:
    data = b"Surname,Forename,DOB\r\nOakhurst,Wren,04/03/2016\r\n"
    [row] = read_sheet(data, "annex-b", TODAY).rows
    assert (row.first_name, row.last_name) == ("Wren", "Oakhurst")


def test_the_authoritys_own_columns_are_kept_never_merged() -> None:
    data = b"Name,DOB,Officer,Notes,Notes,Hours\r\nWren Oakhurst,04/03/2016,Sam Ashdown,first,second,12\r\n"
    result = read_sheet(data, "annex-b", TODAY)
    assert result.extra_titles == ["Officer", "Notes", "Notes (2)"]
    [row] = result.rows
    assert row.extras == {"Officer": "Sam Ashdown", "Notes": "first", "Notes (2)": "second"}
    assert row.cells["hours"] == "12"


def test_register_headers_numbered_groups_and_legacy_titles() -> None:
    data = (
        b"Child name,DOB,Home address,SEN,Parent 1 name,Parent 3 name,Provider 2 type,"
        b"Other provider name,Total time with provider (hours a week)\r\n"
        b'Wren Oakhurst,04/03/2016,"1 Mill Rd, Exampleton",EHC plan,Ada Oakhurst,'
        b"Bo Oakhurst,Tutor,Bright Tutors,6\r\n"
    )
    result = read_sheet(data, "register", TODAY)
    [row] = result.rows
    assert row.cells["home_address"] == "1 Mill Rd, Exampleton"
    assert row.cells["parent1_name"] == "Ada Oakhurst" and row.cells["parent3_name"] == "Bo Oakhurst"
    assert row.cells["provider2_type"] == "Tutor"
    assert row.cells["provider1_name"] == "Bright Tutors" and row.cells["provider1_hours"] == "6"
    assert result.extra_titles == []


def test_numbered_columns_are_written_group_by_group() -> None:
    from cnis_desktop.domain.register import REGISTER

    titles = [title for _, title in field_titles(REGISTER, {"parent": 3, "provider": 1})]
    assert titles.index("Parent 1 time educating (hours a week)") < titles.index("Parent 2 name")
    assert "Parent 3 name" in titles and "Parent 4 name" not in titles
    assert "Provider 2 name" in titles  # at least two of each, so a sheet shows their shape


def test_multi_line_cells_keep_their_lines() -> None:
    data = b'Name,DOB,Ethnicity\r\nWren Oakhurst,04/03/2016,"  White  \r\n British "\r\n'
    [row] = read_sheet(data, "annex-b", TODAY).rows
    assert row.cells["ethnicity"] == "White\nBritish"


def test_split_name() -> None:
    assert split_name("Oakhurst, Wren") == ("Wren", "Oakhurst")
    assert split_name("  Wren   Anne  Oakhurst ") == ("Wren Anne", "Oakhurst")
    assert split_name("Wren") == ("Wren", "")
