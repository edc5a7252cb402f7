"""Every text that reaches the database, checked the same way on SQLite and PostgreSQL.

SQLite ignores a column's length, PostgreSQL refuses the whole transaction: so each text column has
a limit in characters (its ``VARCHAR`` length, or :data:`FREE_TEXT` for the free-text fields kept as
``TEXT``), checked before anything is written. Control characters other than tab and newline, and the
Unicode bidirectional overrides and isolates (which make a name display differently from what it is,
e.g. U+202E), are removed on the way in: they are never part of what a person typed on purpose, and
printed raw to a terminal they can run escape sequences there.

:func:`install` makes every ORM session do this at flush: a new object's texts, a changed object's
changed texts. Writers that go around the ORM (the list import's bulk insert) call :func:`clean` and
:func:`limit_of` themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Column, String, event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import NO_VALUE

from station.domain.errors import FieldError, InvalidInput
from station.domain.i18n import QT_TRANSLATE_NOOP

FREE_TEXT = 2000  # characters: a description, a note, the health on arrival …
# Text kept by Station itself (derived search text, audit before/after, mappings, settings): no limit.
UNLIMITED = frozenset(
    {
        "person.search_text",
        "missing_record.search_text",
        "missing_record.extra_json",
        "audit_event.before_json",
        "audit_event.after_json",
        "missing_list.mapping_json",
        "station_setting.value",
    }
)

MSG_TOO_LONG = QT_TRANSLATE_NOOP("UserError", "{field}最多 {limit} 个字，现在有 {length} 个")

# The fields a person types, as the forms name them (for the message).
LABELS = {
    "name": QT_TRANSLATE_NOOP("Vocabulary", "姓名"),
    "origin": QT_TRANSLATE_NOOP("Vocabulary", "籍贯 / 自述来处"),
    "household_place": QT_TRANSLATE_NOOP("Vocabulary", "户籍地"),
    "dialect": QT_TRANSLATE_NOOP("Vocabulary", "口音 / 方言"),
    "features": QT_TRANSLATE_NOOP("Vocabulary", "体貌特征"),
    "notes": QT_TRANSLATE_NOOP("Vocabulary", "备注"),
    "identified_how": QT_TRANSLATE_NOOP("Vocabulary", "身份查明方式"),
    "username": QT_TRANSLATE_NOOP("Vocabulary", "用户名"),
    "display_name": QT_TRANSLATE_NOOP("Vocabulary", "姓名"),
    "found_place": QT_TRANSLATE_NOOP("Vocabulary", "发现地点"),
    "brought_by_name": QT_TRANSLATE_NOOP("Vocabulary", "送站单位 / 人员"),
    "brought_by_contact": QT_TRANSLATE_NOOP("Vocabulary", "送站人联系方式"),
    "clothing": QT_TRANSLATE_NOOP("Vocabulary", "衣着"),
    "health_on_arrival": QT_TRANSLATE_NOOP("Vocabulary", "入站健康状况"),
    "item": QT_TRANSLATE_NOOP("Vocabulary", "物品"),
    "condition": QT_TRANSLATE_NOOP("Vocabulary", "状况"),
    "returned_to": QT_TRANSLATE_NOOP("Vocabulary", "领回人"),
    "destination": QT_TRANSLATE_NOOP("Vocabulary", "去向"),
    "cash_receipt": QT_TRANSLATE_NOOP("Vocabulary", "凭证编号"),
    "relative_name": QT_TRANSLATE_NOOP("Vocabulary", "亲属姓名"),
    "relative_relationship": QT_TRANSLATE_NOOP("Vocabulary", "与本人关系"),
    "relative_phone": QT_TRANSLATE_NOOP("Vocabulary", "亲属电话"),
    "relative_documents": QT_TRANSLATE_NOOP("Vocabulary", "核验的证件"),
    "escorts": QT_TRANSLATE_NOOP("Vocabulary", "护送人员"),
    "vehicle": QT_TRANSLATE_NOOP("Vocabulary", "车辆"),
    "route": QT_TRANSLATE_NOOP("Vocabulary", "路线"),
    "receiver": QT_TRANSLATE_NOOP("Vocabulary", "接收单位"),
    "handed_to": QT_TRANSLATE_NOOP("Vocabulary", "交接对象"),
    "facility": QT_TRANSLATE_NOOP("Vocabulary", "医院 / 机构"),
    "reason": QT_TRANSLATE_NOOP("Vocabulary", "原因 / 说明"),
    "escort": QT_TRANSLATE_NOOP("Vocabulary", "护送"),
    "outcome": QT_TRANSLATE_NOOP("Vocabulary", "结果"),
    "channel": QT_TRANSLATE_NOOP("Vocabulary", "渠道"),
    "reference": QT_TRANSLATE_NOOP("Vocabulary", "编号 / 联系人"),
    "title": QT_TRANSLATE_NOOP("Vocabulary", "事项名称"),
    "note": QT_TRANSLATE_NOOP("Vocabulary", "说明"),
    "original_name": QT_TRANSLATE_NOOP("Vocabulary", "照片文件名"),
    "missing_place": QT_TRANSLATE_NOOP("Vocabulary", "走失地点"),
    "contact": QT_TRANSLATE_NOOP("Vocabulary", "联系方式"),
    "external_id": QT_TRANSLATE_NOOP("Vocabulary", "名单中的编号"),
}

# C0 controls but tab and newline, DEL, C1 controls; bidi embeddings, overrides and isolates.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` without control characters (a CR LF line end becomes LF) and bidi overrides."""
    if text.isprintable():  # the common case, in C
        return text
    return _UNWANTED.sub("", text.replace("\r\n", "\n"))


def limit_of(column: Column) -> int | None:  # type: ignore[type-arg]
    """The most characters ``column`` takes (None: any number, or not a text column)."""
    kind = column.type
    if not isinstance(kind, String) and not isinstance(getattr(kind, "impl", None), String):
        return None
    if f"{column.table.name}.{column.name}" in UNLIMITED:
        return None
    return getattr(column.type, "length", None) or FREE_TEXT


def too_long(key: str, value: str, limit: int) -> FieldError:
    return FieldError(key, MSG_TOO_LONG,
                      {"field": LABELS.get(key, key), "limit": limit, "length": len(value)})  # fmt: skip


def check(objects: Iterable[object], *, only_changed: bool) -> None:
    """Clean each text attribute of ``objects`` in place and refuse one over its column's limit."""
    errors: list[FieldError] = []
    for obj in objects:
        state = inspect(obj)
        for prop in state.mapper.column_attrs:
            column = prop.columns[0]
            if not isinstance(column, Column):
                continue
            limit = limit_of(column)
            if limit is None:
                continue
            attr = state.attrs[prop.key]
            if only_changed and not attr.history.has_changes():
                continue
            value = attr.loaded_value
            if value is NO_VALUE or not isinstance(value, str):
                continue
            cleaned = clean(value)
            if cleaned != value:
                setattr(obj, prop.key, cleaned)
            if len(cleaned) > limit:
                errors.append(too_long(prop.key, cleaned, limit))
    if errors:
        raise InvalidInput(errors)


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    check(session.new, only_changed=False)
    check(session.dirty, only_changed=True)


def install() -> None:
    """Check every ORM session's texts at flush (idempotent)."""
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
