"""Which column of a list holds which fact, and turning one row into a record.

Columns are guessed from their names (Chinese or English) and confirmed by a person in the import
dialog; the mapping is stored with the list and offered again for a file with the same columns. A
value that cannot be read never stops the row: the field stays blank, the raw text is kept, and the
problem is reported with the row number and column.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field

from station.domain.enums import Sex
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.interop import datauri

# field key → (label, names a column may have). Order is the order shown in the dialog.
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "external_id": (
        QT_TRANSLATE_NOOP("ListField", "编号"),
        ("编号", "序号", "登记编号", "案件编号", "id", "record_id", "person_record_id", "no"),
    ),
    "name": (
        QT_TRANSLATE_NOOP("ListField", "姓名"),
        ("姓名", "名字", "走失人姓名", "失踪人姓名", "name", "full_name"),
    ),
    "sex": (QT_TRANSLATE_NOOP("ListField", "性别"), ("性别", "sex", "gender")),
    "birth_date": (
        QT_TRANSLATE_NOOP("ListField", "出生日期"),
        (
            "出生日期",
            "出生年月",
            "出生年份",
            "生日",
            "date_of_birth",
            "birth_date",
            "birthday",
            "dob",
        ),
    ),
    "age": (
        QT_TRANSLATE_NOOP("ListField", "走失时年龄"),
        ("走失时年龄", "失踪时年龄", "年龄", "age", "age_at_missing"),
    ),
    "missing_date": (
        QT_TRANSLATE_NOOP("ListField", "走失日期"),
        (
            "走失日期",
            "失踪日期",
            "走失时间",
            "失踪时间",
            "date_missing",
            "missing_date",
            "last_seen",
        ),
    ),
    "missing_place": (
        QT_TRANSLATE_NOOP("ListField", "走失地点"),
        ("走失地点", "失踪地点", "走失地", "place_missing", "missing_place", "last_known_location"),
    ),
    "household_place": (
        QT_TRANSLATE_NOOP("ListField", "户籍地 / 家庭住址"),
        (
            "户籍地",
            "户籍地址",
            "户籍所在地",
            "家庭住址",
            "家庭地址",
            "住址",
            "household_place",
            "home_address",
            "address",
        ),
    ),
    "height": (QT_TRANSLATE_NOOP("ListField", "身高"), ("身高", "身高(cm)", "height", "height_cm")),
    "features": (
        QT_TRANSLATE_NOOP("ListField", "体貌特征"),
        ("体貌特征", "特征", "体貌", "描述", "features", "description"),
    ),
    "contact": (
        QT_TRANSLATE_NOOP("ListField", "联系方式"),
        ("联系方式", "联系人", "联系电话", "报案人电话", "contact", "phone"),
    ),
    "photos": (
        QT_TRANSLATE_NOOP("ListField", "照片文件名"),
        ("照片", "相片", "照片文件", "照片文件名", "photo", "photos", "photo_url", "image"),
    ),
}

P_DATE = QT_TRANSLATE_NOOP("ImportProblem", "“{value}”不是可识别的日期，已留空")
P_SEX = QT_TRANSLATE_NOOP("ImportProblem", "“{value}”不是可识别的性别，已记为不详")
P_AGE = QT_TRANSLATE_NOOP("ImportProblem", "“{value}”不是可识别的年龄，已留空")
P_HEIGHT = QT_TRANSLATE_NOOP("ImportProblem", "“{value}”不是可识别的身高（厘米），已留空")
P_EMPTY = QT_TRANSLATE_NOOP("ImportProblem", "该行既没有姓名也没有照片，已跳过")
P_DUPLICATE = QT_TRANSLATE_NOOP("ImportProblem", "与第 {row} 行编号相同（{key}），已跳过")

PHOTO_SPLIT = re.compile(r"[;；,，、|\n]+")
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_MONTH_PATTERN = re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$")
_YEAR_PATTERN = re.compile(r"^(\d{4})年?$")
_SEXES = {
    "男": Sex.MALE, "male": Sex.MALE, "m": Sex.MALE, "1": Sex.MALE, "男性": Sex.MALE,
    "女": Sex.FEMALE, "female": Sex.FEMALE, "f": Sex.FEMALE, "2": Sex.FEMALE, "女性": Sex.FEMALE,
    "不详": Sex.UNKNOWN, "未知": Sex.UNKNOWN, "unknown": Sex.UNKNOWN, "other": Sex.UNKNOWN,
}  # fmt: skip


@dataclass
class ColumnMapping:
    """Field key → column index (photos: several columns allowed)."""

    headers: list[str]
    columns: dict[str, int] = field(default_factory=dict)
    photo_columns: list[int] = field(default_factory=list)

    @classmethod
    def guess(cls, headers: list[str]) -> ColumnMapping:
        mapping = cls(list(headers))
        normal = [_normal(h) for h in headers]
        for key, (_, names) in FIELDS.items():
            wanted = [_normal(n) for n in names]
            hits = [i for i, h in enumerate(normal) if h in wanted]
            if not hits:  # a column named like "照片1", "照片2", or "走失日期（公历）"
                hits = [i for i, h in enumerate(normal) if any(h.startswith(w) for w in wanted[:3])]
            taken = set(mapping.columns.values()) | set(mapping.photo_columns)
            hits = [i for i in hits if i not in taken]
            if not hits:
                continue
            if key == "photos":
                mapping.photo_columns = hits
            else:
                mapping.columns[key] = hits[0]
        return mapping

    def to_json(self) -> str:
        return json.dumps(
            {"headers": self.headers, "columns": self.columns, "photos": self.photo_columns},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        data = json.loads(text)
        return cls(list(data["headers"]), dict(data["columns"]), list(data["photos"]))


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    template: str
    params: dict[str, object] = field(default_factory=dict)
    skipped: bool = False

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass
class RecordData:
    """One row of a list, read."""

    row: int
    external_id: str
    name: str | None = None
    sex: Sex = Sex.UNKNOWN
    birth_date: dt.date | None = None
    birth_year: int | None = None
    age_at_missing: int | None = None
    missing_date: dt.date | None = None
    missing_place: str | None = None
    household_place: str | None = None
    height_cm: int | None = None
    features: str | None = None
    contact: str | None = None
    photos: list[str] = field(default_factory=list)
    raw: dict[str, str] = field(default_factory=dict)


def read_row(
    mapping: ColumnMapping, row: int, cells: list[str]
) -> tuple[RecordData | None, list[RowProblem]]:
    """The record of one row, or None (with the reason) when the row cannot be a record."""
    problems: list[RowProblem] = []

    def text(key: str) -> str | None:
        index = mapping.columns.get(key)
        if index is None or index >= len(cells):
            return None
        value = cells[index].strip()
        return value or None

    def column(key: str) -> str:
        return mapping.headers[mapping.columns[key]]

    record = RecordData(row=row, external_id="")
    record.raw = {
        h: _raw_text(c) for h, c in zip(mapping.headers, cells, strict=False) if c.strip()
    }
    record.name = text("name")
    record.missing_place = text("missing_place")
    record.household_place = text("household_place")
    record.features = text("features")
    record.contact = text("contact")
    if (value := text("sex")) is not None:
        sex = _SEXES.get(value.lower())
        if sex is None:
            problems.append(RowProblem(row, column("sex"), P_SEX, {"value": value}))
        record.sex = sex or Sex.UNKNOWN
    if (value := text("birth_date")) is not None:
        day, year = parse_day(value)
        if day is None and year is None:
            problems.append(RowProblem(row, column("birth_date"), P_DATE, {"value": value}))
        record.birth_date, record.birth_year = day, year
    if (value := text("missing_date")) is not None:
        day, year = parse_day(value)
        if day is None:
            problems.append(RowProblem(row, column("missing_date"), P_DATE, {"value": value}))
        record.missing_date = day
    if (value := text("age")) is not None:
        record.age_at_missing = parse_age(value)
        if record.age_at_missing is None:
            problems.append(RowProblem(row, column("age"), P_AGE, {"value": value}))
    if (value := text("height")) is not None:
        record.height_cm = parse_height(value)
        if record.height_cm is None:
            problems.append(RowProblem(row, column("height"), P_HEIGHT, {"value": value}))
    for index in mapping.photo_columns:
        if index < len(cells):
            record.photos += split_photos(cells[index])
    if not record.name and not record.photos:
        problems.append(RowProblem(row, "", P_EMPTY, skipped=True))
        return None, problems
    record.external_id = text("external_id") or _derived_key(record)
    return record, problems


def split_photos(cell: str) -> list[str]:
    """Photo names in one cell; embedded photos (data: URIs, which contain commas) one per line."""
    parts = cell.split("\n") if "data:" in cell else PHOTO_SPLIT.split(cell)
    return [p.strip() for p in parts if p.strip()]


def _raw_text(cell: str) -> str:
    """A cell as kept with the record: an embedded photo by its digest, not its megabytes."""
    if "data:" not in cell:
        return cell
    return "\n".join(datauri.key_of(p) if datauri.is_data_uri(p) else p for p in cell.split("\n"))


def _derived_key(record: RecordData) -> str:
    """A stable key for a list without an id column: the same row imported again finds itself."""
    parts = [
        record.name or "",
        record.sex.value,
        str(record.birth_date or record.birth_year or ""),
        str(record.missing_date or ""),
        record.missing_place or "",
        _raw_text(record.photos[0]) if record.photos else "",
    ]
    return "sha1:" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def parse_day(value: str) -> tuple[dt.date | None, int | None]:
    """A day (and its year), or only a year from "1950" / "1950年" / "1950-03"; else (None, None)."""
    text = value.strip().replace(" ", "")
    for pattern in _DATE_PATTERNS:
        if m := pattern.match(text):
            try:
                day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None, None
            return (day, day.year) if 1880 <= day.year <= 2100 else (None, None)
    if (m := _MONTH_PATTERN.match(text)) or (m := _YEAR_PATTERN.match(text)):
        year = int(m[1])
        return (None, year) if 1880 <= year <= 2100 else (None, None)
    return None, None


def parse_age(value: str) -> int | None:
    """ "30", "30岁", "约30岁", "30-35" (the middle), "30周岁"."""
    numbers = [int(n) for n in re.findall(r"\d+", value)]
    if not numbers or len(numbers) > 2:
        return None
    age = sum(numbers) // len(numbers)
    return age if 0 <= age <= 120 else None


def parse_height(value: str) -> int | None:
    """ "165", "165cm", "165厘米", "1.65米", "1.65m"."""
    m = re.match(r"^\s*(?:约)?(\d+(?:\.\d+)?)\s*(cm|厘米|公分|m|米)?\s*$", value.lower())
    if not m:
        return None
    number = float(m[1])
    if m[2] in ("m", "米") or (m[2] is None and number < 3):
        number *= 100
    height = round(number)
    return height if 40 <= height <= 250 else None


def _normal(header: str) -> str:
    return re.sub(r"[\s_：:（）()]+", "", header.strip().lower())
