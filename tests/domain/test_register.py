"""Reading spreadsheets as they really arrive."""

from datetime import date

from cnis_desktop.domain.register import read_sheet, split_name

HEADER = "Case number,Name,Date of birth,SEND,Hours,Provision start date"


def sheet(*lines: str, bom: bool = True, crlf: bool = True) -> bytes:
    text = ("\r\n" if crlf else "\n").join([HEADER, *lines]) + "\r\n"
    return (("\ufeff" if bom else "") + text).encode("utf-8")


def test_bom_crlf_blank_rows_trailing_spaces_quoted_commas() -> None:
    data = sheet(",,,,,", ' 101 , "Oakhurst, Wren" , 04/03/2016 , EHCP , 12 , 01/09/2025 ',
                 "", "102,Ayla Dunmere,5/9/15,SEN support,8,")
    result = read_sheet(data, "annex-b")
    assert result.rejected == [] and result.missing_columns == []
    first, second = result.usable
    assert (first.line, first.first_name, first.last_name, first.dob) == (
        3, "Wren", "Oakhurst", date(2016, 3, 4))
    assert first.values["hours"] == "12" and first.values["send"] == "EHCP"
    assert (second.line, second.dob) == (5, date(2015, 9, 5))


def test_every_bad_row_is_reported_with_its_line_and_reason() -> None:
    data = sheet("1,Wren Oakhurst,31/02/2016,,5,", "2,Solo,01/01/2016,,5,",
                 "3,Ayla Dunmere,01/01/2016,purple,5,", "4,Bram Ashcombe,01/01/2016,,fifty,",
                 "5,Corin Eldergrove,01/01/2016,,41,", "6,Nerys Gorsefield,01/01/2016,,5,99/99/99",
                 bom=False, crlf=False)
    rejected = dict(read_sheet(data, "annex-b").rejected)
    assert "not a real date" in rejected[2]
    assert "first name and a last name" in rejected[3]
    assert "SEND 'purple'" in rejected[4]
    assert "'fifty' is not a number" in rejected[5]
    assert "between 0 and 40" in rejected[6]
    assert "start date" in rejected[7]


def test_duplicate_rows_are_rejected_pointing_at_the_first() -> None:
    row = "1,Wren Oakhurst,04/03/2016,,5,"
    result = read_sheet(sheet(row, row), "annex-b")
    assert result.rejected == [(3, "duplicate of line 2")]


def test_missing_required_column_rejects_the_file() -> None:
    result = read_sheet(b"Case number,Name\r\n1,Wren Oakhurst\r\n", "annex-b")
    assert result.missing_columns == ["Date of birth"] and result.rows == []


def test_register_headers_and_aliases() -> None:
    data = (b"Child name,DOB,Home address,SEN\r\n"
            b"Wren Oakhurst,04/03/2016,\"1 Mill Rd, Exampleton\",EHC plan\r\n")
    [row] = read_sheet(data, "register").usable
    assert row.values["home_address"] == "1 Mill Rd, Exampleton"


def test_split_name() -> None:
    assert split_name("Oakhurst, Wren") == ("Wren", "Oakhurst")
    assert split_name("  Wren   Anne  Oakhurst ") == ("Wren Anne", "Oakhurst")
    assert split_name("Wren") == ("Wren", "")
