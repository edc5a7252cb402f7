"""A list row made to fit the database, the same on SQLite and PostgreSQL.

Each text of a record is cleaned (control characters and bidi overrides removed, see
:mod:`station.store.text_limits`) and, when longer than its column takes, cut at a character or
word boundary with a visible "…" and the row named in the report. A record id that does not fit is
not cut (two different ids could become one): the row is refused. A photo reference that does not
fit cannot name a file: it is dropped, named in the report.
"""

from __future__ import annotations

import dataclasses

from station.domain.i18n import QT_TRANSLATE_NOOP
from station.interop.mapping import RecordData, RowProblem
from station.store.models import MissingPhoto, MissingRecord
from station.store.text_limits import LABELS, clean, limit_of

P_CUT = QT_TRANSLATE_NOOP("ImportProblem", "“{field}”超过 {limit} 个字（有 {length} 个），已截断")
P_ID_TOO_LONG = QT_TRANSLATE_NOOP(
    "ImportProblem", "编号超过 {limit} 个字（有 {length} 个），无法作为记录编号，已跳过"
)
P_PHOTO_TOO_LONG = QT_TRANSLATE_NOOP(
    "ImportProblem", "照片引用超过 {limit} 个字（有 {length} 个），不能是文件名，已忽略"
)

_COLUMNS = MissingRecord.__table__.c  # type: ignore[attr-defined]
TEXTS = ("name", "missing_place", "household_place", "features", "contact")
ID_LIMIT = limit_of(_COLUMNS["external_id"]) or 256
PHOTO_LIMIT = limit_of(MissingPhoto.__table__.c["source"]) or 1024  # type: ignore[attr-defined]
WORD_BACKOFF = 24  # characters a cut may move back to end at a space


def cut(text: str, limit: int) -> str:
    """``text`` shortened to ``limit`` characters, ending in "…" (at a space if one is near)."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space >= limit - 1 - WORD_BACKOFF and space > 0:
        head = head[:space]
    return head.rstrip() + "…"


def fit(record: RecordData) -> tuple[RecordData | None, list[RowProblem]]:
    """The record as the database takes it, and what was changed; None if it cannot be kept."""
    problems: list[RowProblem] = []
    key = clean(record.external_id)
    if len(key) > ID_LIMIT:
        params = {"limit": ID_LIMIT, "length": len(key)}
        return None, [RowProblem(record.row, "", P_ID_TOO_LONG, params, skipped=True)]
    changes: dict[str, object] = {"external_id": key} if key != record.external_id else {}
    for name in TEXTS:
        value = getattr(record, name)
        if value is None:
            continue
        text = clean(value)
        limit = limit_of(_COLUMNS[name])
        if limit is not None and len(text) > limit:
            problems.append(RowProblem(record.row, "", P_CUT,
                                       {"field": LABELS.get(name, name), "limit": limit,
                                        "length": len(text)}))  # fmt: skip
            text = cut(text, limit)
        if text != value:
            changes[name] = text
    photos = []
    for photo in record.photos:
        if len(photo) > PHOTO_LIMIT and not photo.startswith("data:"):
            problems.append(RowProblem(record.row, "", P_PHOTO_TOO_LONG,
                                       {"limit": PHOTO_LIMIT, "length": len(photo)}))  # fmt: skip
        else:
            photos.append(photo)
    if len(photos) != len(record.photos):
        changes["photos"] = photos
    return (dataclasses.replace(record, **changes) if changes else record), problems
