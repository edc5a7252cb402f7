"""What the intake and edit forms hand to the services, and the checks shared by both."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from station.domain import id_number, person_rules
from station.domain.enums import BroughtBy, Build, Sex
from station.domain.errors import FieldError, UserError
from station.domain.i18n import QT_TRANSLATE_NOOP

MSG_BELONGING_ITEM = QT_TRANSLATE_NOOP("UserError", "随身物品第 {row} 行：请填写物品名称")
MSG_BELONGING_AMOUNT = QT_TRANSLATE_NOOP(
    "UserError", "随身物品第 {row} 行：金额应在 0 到 {max} 元之间"
)
MAX_AMOUNT_FEN = 2_000_000_000
MSG_BELONGING_QTY = QT_TRANSLATE_NOOP(
    "UserError", "随身物品第 {row} 行：数量应为 1 到 9999 之间的整数（现金填金额，如 23.5元）"
)
MSG_ID_TAKEN = QT_TRANSLATE_NOOP("UserError", "身份证号 {value} 已属于另一人（{name}），请核对")


@dataclass
class PersonFields:
    """The facts about a person (as opposed to one stay)."""

    name: str | None = None
    aliases: list[str] = field(default_factory=list)
    sex: Sex = Sex.UNKNOWN
    birth_date: dt.date | None = None
    age_low: int | None = None
    age_high: int | None = None
    id_number: str | None = None
    origin: str | None = None
    household_place: str | None = None
    family_contact: str | None = None
    dialect: str | None = None
    height_cm: int | None = None
    build: Build | None = None
    features: str | None = None
    notes: str | None = None
    mental_illness: bool = False
    intellectual_disability: bool = False
    physical_disability: bool = False


def person_fields(person: object, aliases: list[str] | None = None) -> PersonFields:
    """The edit form's fields as a stored person (``PersonPublic``) fills them."""
    values = {
        name: getattr(person, name)
        for name in PersonFields.__dataclass_fields__
        if name != "aliases"
    }
    values["sex"] = Sex(values["sex"])
    values["build"] = Build(values["build"]) if values["build"] else None
    return PersonFields(**values, aliases=list(aliases or []))


def merge_edits(
    base: PersonFields, mine: PersonFields, theirs: PersonFields
) -> tuple[PersonFields, list[str]]:
    """Three-way merge of two edits of one person made from the same ``base``.

    Each field takes the change whoever made it; where both changed a field differently, ``mine``
    is kept and the field is named in the second value. Aliases are only ever added: both sets.
    """
    merged = PersonFields()
    clashes = []
    for name in PersonFields.__dataclass_fields__:
        if name == "aliases":
            continue
        was, mine_v, theirs_v = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if mine_v == was:
            setattr(merged, name, theirs_v)
        else:
            setattr(merged, name, mine_v)
            if theirs_v not in (was, mine_v):
                clashes.append(name)
    merged.aliases = list(dict.fromkeys([*theirs.aliases, *mine.aliases]))
    return merged, clashes


@dataclass
class BelongingData:
    item: str
    quantity: int = 1
    condition: str | None = None
    notes: str | None = None
    amount_fen: int | None = None  # cash: the amount in 分 (the quantity is then 1)


@dataclass
class IntakeData:
    person: PersonFields
    admitted_at: dt.datetime
    # The name was given by staff (a 代称 such as 吴某某), not told by the person.
    name_is_placeholder: bool = False
    found_at: dt.datetime | None = None
    found_place: str | None = None
    brought_by: BroughtBy = BroughtBy.OTHER
    brought_by_name: str | None = None
    brought_by_contact: str | None = None
    clothing: str | None = None
    health_on_arrival: str | None = None
    critical: bool = False
    special_groups: list[str] = field(default_factory=list)
    photos: list[Path] = field(default_factory=list)
    belongings: list[BelongingData] = field(default_factory=list)


def clean(text: str | None) -> str | None:
    """Trimmed text, or None when nothing is left."""
    if text is None:
        return None
    text = text.strip()
    return text or None


def check_person(
    fields: PersonFields, *, today: dt.date, found_on: dt.date | None
) -> list[FieldError]:
    """Validate and normalise in place: the ID number fills an unknown sex and birth date."""
    errors: list[FieldError] = []
    fields.name = clean(fields.name)
    fields.aliases = [a for a in (clean(x) for x in fields.aliases) if a and a != fields.name]
    for attr in ("origin", "household_place", "family_contact", "dialect", "features", "notes"):
        setattr(fields, attr, clean(getattr(fields, attr)))
    fields.id_number = clean(fields.id_number)
    if fields.id_number:
        try:
            info = id_number.parse(fields.id_number, today=today)
        except UserError as exc:
            errors.append(FieldError("id_number", exc.template, exc.params))
        else:
            fields.id_number = info.number
            if fields.birth_date is None:
                fields.birth_date = info.birth_date
            elif fields.birth_date != info.birth_date:
                errors.append(
                    FieldError(
                        "birth_date",
                        person_rules.MSG_ID_BIRTH_MISMATCH,
                        {
                            "value": fields.birth_date.isoformat(),
                            "id_birth": info.birth_date.isoformat(),
                        },
                    )
                )
            if fields.sex == Sex.UNKNOWN:
                fields.sex = info.sex
            elif fields.sex != info.sex:
                errors.append(
                    FieldError("sex", person_rules.MSG_ID_SEX_MISMATCH, {"id_sex": info.sex.label})
                )
    errors += person_rules.check_birth(birth_date=fields.birth_date, today=today, found_on=found_on)
    errors += person_rules.check_age_range(fields.age_low, fields.age_high)
    if fields.age_low is not None and fields.age_high is None:
        fields.age_high = fields.age_low
    if fields.age_high is not None and fields.age_low is None:
        fields.age_low = fields.age_high
    errors += person_rules.check_height(fields.height_cm)
    return errors


def check_belongings(items: list[BelongingData]) -> list[FieldError]:
    errors: list[FieldError] = []
    for row, item in enumerate(items, start=1):
        item.item = clean(item.item) or ""
        item.condition = clean(item.condition)
        item.notes = clean(item.notes)
        if not item.item:
            errors.append(FieldError("belongings", MSG_BELONGING_ITEM, {"row": row}))
        if not 1 <= item.quantity <= 9999:
            errors.append(FieldError("belongings", MSG_BELONGING_QTY, {"row": row}))
        if item.amount_fen is not None and not 0 <= item.amount_fen <= MAX_AMOUNT_FEN:
            errors.append(FieldError("belongings", MSG_BELONGING_AMOUNT,
                                     {"row": row, "max": MAX_AMOUNT_FEN // 100}))  # fmt: skip
    return errors


def money_text(fen: int) -> str:
    """23.50 元"""
    return f"{fen / 100:.2f} 元"


def parse_cost(text: str) -> int | None:
    """Yuan as typed ("1200", "1,200.50", "￥86.5") → fen; None for blank; ValueError if not money."""
    cleaned = text.strip().replace(",", "").replace("，", "").lstrip("￥¥").removesuffix("元")
    if not cleaned:
        return None
    whole, _, cents = cleaned.partition(".")
    if not whole.isdigit() or (cents and (not cents.isdigit() or len(cents) > 2)):
        raise ValueError(text)
    return int(whole) * 100 + int((cents + "00")[:2])


def belonging_amount(item: str, typed: str) -> tuple[int, int | None] | None:
    """What was typed in the 数量 / 金额 column: a count, or money ("23.5", "23.5元", and any
    number for 现金 / 钱 / 人民币) as (1, 分); None when it is neither."""
    text = typed.strip().replace("，", "").replace(",", "").lstrip("￥¥")
    money = text.endswith("元") or "." in text or any(w in item for w in ("现金", "钱", "人民币"))
    text = text.removesuffix("元").strip()
    if not text:
        return 1, None
    if money:
        try:
            return 1, parse_cost(text)
        except ValueError:
            return None
    return (int(text), None) if text.isdigit() else None
