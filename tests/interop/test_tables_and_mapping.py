import datetime as dt

import pytest
from openpyxl import Workbook

from station.domain.enums import Sex
from station.domain.errors import UserError
from station.interop.mapping import ColumnMapping, parse_age, parse_day, parse_height, read_row
from station.interop.tables import open_table

ROWS = [
    ["编号", "姓名", "性别", "出生日期", "走失日期", "走失地点", "身高", "照片1", "照片2"],
    [
        "A-1",
        "张桂兰",
        "女",
        "1948年3月2日",
        "2019/10/5",
        "河南省开封市",
        "1.55米",
        "a.jpg",
        "b.jpg",
    ],
    ["A-2", "李小军", "男", "1990", "2001-06-01", "湖北武汉", "120cm", "c.jpg", ""],
]


def write_csv(path, rows, encoding="utf-8-sig", delimiter=","):
    path.write_bytes("\r\n".join(delimiter.join(r) for r in rows).encode(encoding) + b"\r\n")
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030", "gbk"])
def test_chinese_csv_is_read_in_any_encoding_excel_writes(tmp_path, encoding):
    table = open_table(write_csv(tmp_path / "名单.csv", ROWS, encoding))
    assert table.headers == ROWS[0]
    assert list(table.rows()) == [(2, ROWS[1]), (3, ROWS[2])]


def test_tab_separated_and_short_rows_are_padded(tmp_path):
    rows = [["姓名", "性别", "照片"], ["王五"], [], ["赵六", "男", "d.jpg"]]
    table = open_table(write_csv(tmp_path / "list.txt", rows, delimiter="\t"))
    assert list(table.rows()) == [(2, ["王五", "", ""]), (4, ["赵六", "男", "d.jpg"])]


def test_xlsx_cells_become_text_with_dates_and_whole_numbers_readable(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "出生日期", "身高", "年龄"])
    sheet.append(["陈阿婆", dt.datetime(1941, 5, 6), 152.0, 78])
    book.save(tmp_path / "list.xlsx")
    table = open_table(tmp_path / "list.xlsx")
    assert table.kind == "xlsx"
    assert list(table.rows()) == [(2, ["陈阿婆", "1941-05-06", "152", "78"])]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("missing.csv", None, "找不到名单文件"),
        ("list.xls", b"\xd0\xcf\x11\xe0", "旧版 Excel"),
        ("list.xlsx", b"PK\x03\x04 not really", "已损坏"),
        ("list.pdf", b"%PDF", "无法识别名单文件"),
        ("empty.csv", b"", "是空的"),
        ("binary.csv", bytes(range(128, 256)) * 10, "编码无法识别"),
    ],
)
def test_bad_list_files_are_refused_naming_the_file(tmp_path, name, content, expected):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError) as err:
        open_table(path)
    assert expected in err.value.message and name in err.value.message


def test_columns_are_guessed_from_chinese_or_english_names():
    mapping = ColumnMapping.guess(ROWS[0])
    assert mapping.columns == {
        "external_id": 0,
        "name": 1,
        "sex": 2,
        "birth_date": 3,
        "missing_date": 4,
        "missing_place": 5,
        "height": 6,
    }
    assert mapping.photo_columns == [7, 8]
    english = ColumnMapping.guess(["full_name", "Sex", "date_of_birth", "Photo"])
    assert english.columns == {"name": 0, "sex": 1, "birth_date": 2}
    assert english.photo_columns == [3]
    assert ColumnMapping.from_json(mapping.to_json()) == mapping


def test_a_row_becomes_a_record_and_unreadable_values_are_reported_not_fatal():
    mapping = ColumnMapping.guess(ROWS[0])
    record, problems = read_row(mapping, 2, ROWS[1])
    assert problems == []
    assert record.external_id == "A-1" and record.sex == Sex.FEMALE
    assert record.birth_date == dt.date(1948, 3, 2) and record.height_cm == 155
    assert record.missing_date == dt.date(2019, 10, 5) and record.photos == ["a.jpg", "b.jpg"]
    bad = ["A-3", "某人", "未填", "三月", "昨天", "", "很高", "x.jpg；y.jpg", ""]
    record, problems = read_row(mapping, 9, bad)
    assert record is not None and record.sex == Sex.UNKNOWN and record.birth_date is None
    assert record.photos == ["x.jpg", "y.jpg"]
    assert {(p.row, p.column) for p in problems} == {
        (9, "性别"),
        (9, "出生日期"),
        (9, "走失日期"),
        (9, "身高"),
    }
    assert record.raw["出生日期"] == "三月"  # the original text is kept
    empty, problems = read_row(mapping, 10, ["A-4", "", "男", "", "", "", "", "", ""])
    assert empty is None and problems[0].skipped


def test_without_an_id_column_the_same_row_gets_the_same_key():
    mapping = ColumnMapping.guess(ROWS[0][1:])
    first, _ = read_row(mapping, 2, ROWS[1][1:])
    again, _ = read_row(mapping, 7, ROWS[1][1:])
    other, _ = read_row(mapping, 3, ROWS[2][1:])
    assert first.external_id == again.external_id != other.external_id


@pytest.mark.parametrize(
    ("text", "day", "year"),
    [
        ("2001-6-1", dt.date(2001, 6, 1), 2001),
        ("2001.06.01", dt.date(2001, 6, 1), 2001),
        ("20010601", dt.date(2001, 6, 1), 2001),
        ("2001年6月", None, 2001),
        ("1950", None, 1950),
        ("2001-02-30", None, None),
        ("六月", None, None),
    ],
)
def test_dates_in_the_forms_lists_use(text, day, year):
    assert parse_day(text) == (day, year)


def test_ages_and_heights_in_the_forms_lists_use():
    assert [parse_age(t) for t in ("30", "约30岁", "30-34", "三十", "200")] == [
        30,
        30,
        32,
        None,
        None,
    ]
    assert [parse_height(t) for t in ("165", "165cm", "1.65米", "1.65", "约170厘米", "高")] == [
        165,
        165,
        165,
        165,
        170,
        None,
    ]
