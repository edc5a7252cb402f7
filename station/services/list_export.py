"""Writing a missing-person list out as PFIF 1.4, for another station or a search platform.

A list that came from PFIF goes back out with every PFIF field it came with (and its notes); a list
from a table gets the fields Station read from it. Photos are embedded (``data:`` URIs, one file to
send) or copied into a folder beside the XML and named relative to it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlmodel import Session, col, select

from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.interop import datauri, pfif
from station.services import audit, permissions
from station.store.database import Database
from station.store.models import MissingList, MissingPhoto, MissingRecord, StaffPublic
from station.store.photos import PhotoStore

DOMAIN = "station.local"  # prefix for record ids that have no domain of their own (PFIF wants one)
BATCH = 500
SEXES = {"male": "male", "female": "female"}

MSG_NO_LIST = QT_TRANSLATE_NOOP("UserError", "名单不存在（编号 {id}），可能已被删除")
MSG_PHOTO_GONE = QT_TRANSLATE_NOOP(
    "UserError",
    "照片文件 {file} 不在照片库中（记录 {record}），照片库可能被移动或删改；导出已停止，未写入文件",
)


def photo_folder(path: Path) -> Path:
    """Where the photos of ``path`` go when they are not embedded."""
    return path.with_name(f"{path.stem}_photos")


def export_list(
    db: Database,
    photos: PhotoStore,
    list_id: int,
    path: Path,
    by: StaffPublic,
    *,
    embed_photos: bool,
    now: dt.datetime,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the list to ``path``; the number of persons written. Audited (who, which list, where)."""
    folder = None if embed_photos else photo_folder(path)
    with db.read() as s:
        permissions.require(s, by, Action.EXPORT)
        listed = s.get(MissingList, list_id)
        if listed is None:
            raise UserError(MSG_NO_LIST, id=list_id)
        from_pfif = listed.source_kind == "pfif"
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        people = _people(s, photos, list_id, from_pfif, folder)
        count = pfif.write(path, _counted(people, listed.record_count, progress))
    with db.write() as s:
        audit.record(
            s, by, "list.export", entity="missing_list", entity_id=list_id,
            after={"format": "PFIF 1.4", "file": path.name, "persons": count,
                   "photos": "embedded" if embed_photos else "folder"},
            at=now,
        )  # fmt: skip
    return count


def _counted(
    people: Iterator[pfif.PfifPerson], total: int, progress: Callable[[int, int], None] | None
) -> Iterator[pfif.PfifPerson]:
    done = 0
    for person in people:
        yield person
        done += 1
        if progress and done % 100 == 0:
            progress(done, total)
    if progress:
        progress(done, max(done, total))


def _people(
    s: Session, photos: PhotoStore, list_id: int, from_pfif: bool, folder: Path | None
) -> Iterator[pfif.PfifPerson]:
    last = 0
    while True:
        records = s.exec(
            select(MissingRecord)
            .where(MissingRecord.list_id == list_id, col(MissingRecord.id) > last)
            .order_by(col(MissingRecord.id))
            .limit(BATCH)
        ).all()
        if not records:
            return
        last = records[-1].id or last
        by_record: dict[int, list[MissingPhoto]] = {}
        for photo in s.exec(
            select(MissingPhoto)
            .where(col(MissingPhoto.record_id).in_([r.id for r in records]))
            .order_by(col(MissingPhoto.record_id), col(MissingPhoto.position))
        ).all():
            by_record.setdefault(photo.record_id, []).append(photo)
        for record in records:
            assert record.id is not None
            yield _person(record, by_record.get(record.id, []), photos, from_pfif, folder)


def _person(
    record: MissingRecord,
    stored: list[MissingPhoto],
    photos: PhotoStore,
    from_pfif: bool,
    folder: Path | None,
) -> pfif.PfifPerson:
    raw: dict[str, str] = json.loads(record.extra_json or "{}")
    person = pfif.PfifPerson()
    fields = person.fields
    if from_pfif:  # everything the source said, as it said it
        fields.update({k: v for k, v in raw.items() if k in pfif.PERSON_FIELDS and v})
        if raw.get("notes"):
            person.notes = json.loads(raw["notes"])
    external = record.external_id
    fields.setdefault("person_record_id", external if "/" in external else f"{DOMAIN}/{external}")
    stamp = pfif.utc_text(record.updated_at)
    fields.setdefault("source_date", stamp)
    fields.setdefault("entry_date", stamp)
    defaults = {
        "full_name": record.name or "",
        "sex": SEXES.get(record.sex, ""),
        "date_of_birth": (
            record.birth_date.isoformat()
            if record.birth_date
            else str(record.birth_year)
            if record.birth_year
            else ""
        ),
        "age": str(record.age_at_missing) if record.age_at_missing is not None else "",
        "description": record.features or "",
        "home_city": record.household_place or "",
    }
    for key, value in defaults.items():
        if value and not fields.get(key):
            fields[key] = value
    fields.setdefault("full_name", "")
    extension = {
        "missing_date": record.missing_date.isoformat() if record.missing_date else "",
        "missing_place": record.missing_place or "",
        "height_cm": str(record.height_cm) if record.height_cm else "",
        "contact": record.contact or "",
    }
    person.extension = {k: v for k, v in extension.items() if v}
    urls = [_photo_url(p, photos, folder, record) for p in stored]
    urls = [u for u in urls if u]
    fields.pop("photo_url", None)
    if urls:
        fields["photo_url"] = urls[0]
        person.photos = urls[1:]
    return person


def _plain_reference(source: str) -> bool:
    """A web address, or a relative file name that stays inside the folder it is read from."""
    if source.lower().startswith(("http://", "https://")):
        return True
    if source.startswith(datauri.KEY_PREFIX) or ":" in source or source[:1] in ("/", "\\"):
        return False
    return ".." not in source.replace("\\", "/").split("/")


def _photo_url(
    photo: MissingPhoto, photos: PhotoStore, folder: Path | None, record: MissingRecord
) -> str:
    """The photo as written in the export. Only the station's own stored copy, checked against
    its hash, is ever read: a path a list named is never opened here. A photo not stored (not
    encoded yet, refused, never found) is left out; only a web address or a plain name inside a
    photo folder is passed on as the list wrote it, never a path that leads anywhere else."""
    if not (photo.sha256 and photo.ext):
        return photo.source if _plain_reference(photo.source) else ""
    source = photos.path(photo.sha256, photo.ext)
    try:
        data = source.read_bytes()
    except OSError:
        data = b""
    if hashlib.sha256(data).hexdigest() != photo.sha256:
        raise UserError(MSG_PHOTO_GONE, file=source.name, record=record.external_id)
    if folder is None:
        return datauri.encode(data, photo.ext)
    target = folder / source.name
    if not target.exists():
        target.write_bytes(data)
    return f"{folder.name}/{target.name}"
