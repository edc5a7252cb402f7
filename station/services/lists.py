"""Missing-person lists: import from a file, encode their photos, list and remove them.

Importing writes records in chunks, each chunk one transaction, keyed by the list's own record id (or
a key derived from the row), so importing the same file again updates instead of duplicating, and an
import stopped half-way is finished by importing again. Photos are encoded afterwards by
:meth:`ListService.encode`, which resumes with the photos still pending.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, update
from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, func, select

from station.domain.clock import utcnow
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.permissions import Action
from station.faces.engine import ENCODER
from station.interop import datauri
from station.interop.cells import csv_row
from station.interop.mapping import P_DUPLICATE, ColumnMapping, RecordData, RowProblem, read_row
from station.interop.tables import Table, open_table
from station.services import audit, encoding, list_export, list_fit, permissions
from station.services.galleries import GalleryService, bump, list_gallery
from station.services.list_export import MSG_NO_LIST
from station.store.case_models import StationSetting
from station.store.database import Database
from station.store.models import (
    FaceEncoding,
    MissingList,
    MissingListPublic,
    MissingPhoto,
    MissingRecord,
    StaffPublic,
)
from station.store.photos import PhotoStore, file_problem

CHUNK = 1000
IMPORTING, STOPPED, COMPLETE = "importing", "stopped", "complete"  # MissingList.import_state
COMMIT_EVERY = 64

P_PHOTO_MISSING = QT_TRANSLATE_NOOP("ImportProblem", "照片文件“{name}”在照片文件夹中找不到")
P_PHOTO_URL = QT_TRANSLATE_NOOP(
    "ImportProblem", "照片“{name}”是网络地址；Station 不从网络下载，请先下载到照片文件夹"
)
P_PHOTO_NO_DIR = QT_TRANSLATE_NOOP("ImportProblem", "未选择照片文件夹，照片“{name}”无法找到")
P_PHOTO_OUTSIDE = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "照片“{name}”不在所选的照片文件夹内；为保护本机的其他文件，Station 只读取照片文件夹中的照片",
)
P_PHOTO_NETWORK = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "照片“{name}”是网络共享路径；Station 不打开名单指向的网络位置，请先复制到照片文件夹",
)
P_SEVERAL_USED = QT_TRANSLATE_NOOP(
    "ImportProblem", "照片中有 {n} 张人脸，已使用最大的一张；如果那不是走失者本人，请换一张照片"
)
P_PHOTO_DATA = QT_TRANSLATE_NOOP("ImportProblem", "嵌入的照片（{name}）无法解码")
P_PHOTO_BAD_DATA = QT_TRANSLATE_NOOP(
    "ImportProblem", "嵌入的照片（{name}）不是可用的图片（已损坏、太小或格式不支持）"
)
MSG_NAME = QT_TRANSLATE_NOOP("UserError", "请填写名单名称")
MSG_CHUNK_FAILED = QT_TRANSLATE_NOOP(
    "UserError",
    "第 {first}–{last} 行未能写入数据库（{reason}）。此前的 {done} 条记录已保存，名单标记为“导入已停止”；"
    "改正后再次导入同一文件即可从中断处继续",
)
MSG_NO_COLUMNS = QT_TRANSLATE_NOOP("UserError", "请至少为“姓名”或“照片文件名”选择一列")

Progress = Callable[[int, int], None]
Stop = Callable[[], bool]


REPORT_HEADINGS = (
    QT_TRANSLATE_NOOP("ImportProblem", "行号"),
    QT_TRANSLATE_NOOP("ImportProblem", "列"),
    QT_TRANSLATE_NOOP("ImportProblem", "问题"),
)


@dataclass
class ImportReport:
    list_id: int
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    photos_added: int = 0
    stopped: bool = False
    resumed: bool = False  # an import of the same file that was interrupted was carried on
    problems: list[RowProblem] = field(default_factory=list)


def write_problems(
    path: Path, problems: list[RowProblem], translate: Callable[[str], str] = lambda t: t
) -> None:
    """Problems as a table Excel opens (UTF-8 with BOM): row, column, what is wrong."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(csv_row(translate(h) for h in REPORT_HEADINGS))
        for p in problems:
            writer.writerow(csv_row([p.row, p.column, translate(p.template).format(**p.params)]))


@dataclass
class EncodeReport:
    encoded: int = 0
    failed: int = 0
    remaining: int = 0
    stopped: bool = False
    failures: list[tuple[int | None, str, str]] = field(default_factory=list)  # row, photo, why
    notes: list[RowProblem] = field(default_factory=list)  # encoded, but worth a look

    def problems(self) -> list[RowProblem]:
        """The failed photos as report lines (row, photo, the reason already in words), then the
        photos encoded with a caveat."""
        failed = [
            RowProblem(row or 0, photo, "{why}", {"why": why}) for row, photo, why in self.failures
        ]
        return failed + self.notes


@dataclass(frozen=True)
class ListPreview:
    table: Table
    mapping: ColumnMapping
    remembered: bool
    sample: list[tuple[int, list[str]]]


ENCODER_SETTING = "face_encoder"  # the encoder the lists' photos were last queued for


class ListService:
    def __init__(
        self,
        db: Database,
        photos: PhotoStore,
        galleries: GalleryService,
        *,
        now: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.db = db
        self.photos = photos
        self.galleries = galleries
        self.now = now

    # --- reading ----------------------------------------------------------------------------
    def lists(self) -> list[MissingListPublic]:
        with self.db.read() as s:
            rows = s.exec(select(MissingList).order_by(col(MissingList.id))).all()
            return [MissingListPublic.model_validate(r, from_attributes=True) for r in rows]

    def pending_photos(self, list_id: int | None = None) -> int:
        with self.db.read() as s:
            query = (
                select(func.count())
                .select_from(MissingPhoto)
                .where(MissingPhoto.status == "pending")
            )
            if list_id is not None:
                query = query.join(MissingRecord).where(MissingRecord.list_id == list_id)
            return int(s.exec(query).one())

    def requeue_for_new_encoder(self) -> int:
        """When Station's face encoder has changed, put the list photos encoded by an earlier one
        back in the queue (encoded again from the station's own copies by :meth:`encode`, which
        resumes where it stopped). Checked against a marker, so it costs nothing on most starts."""
        with self.db.write() as s:
            marker = s.get(StationSetting, ENCODER_SETTING)
            if marker is not None and marker.value == ENCODER:
                return 0
            count = requeue_unencoded(s)
            s.merge(StationSetting(key=ENCODER_SETTING, value=ENCODER))
            return count

    def preview(self, path: Path, sample_rows: int = 5) -> ListPreview:
        """Open a list file, guess its columns (or take the mapping used for the same columns)."""
        table = open_table(path)
        mapping = ColumnMapping.guess(table.headers)
        remembered = False
        with self.db.read() as s:
            for text in s.exec(
                select(MissingList.mapping_json)
                .where(col(MissingList.mapping_json).is_not(None))
                .order_by(col(MissingList.updated_at).desc())
            ).all():
                earlier = ColumnMapping.from_json(text)
                if earlier.headers == table.headers:
                    mapping, remembered = earlier, True
                    break
        sample = []
        for number, cells in table.rows():
            sample.append((number, cells))
            if len(sample) >= sample_rows:
                break
        return ListPreview(table, mapping, remembered, sample)

    # --- importing --------------------------------------------------------------------------
    def import_table(
        self,
        path: Path,
        mapping: ColumnMapping,
        by: StaffPublic,
        *,
        name: str,
        photo_dir: Path | None = None,
        list_id: int | None = None,
        progress: Progress | None = None,
        stop: Stop | None = None,
    ) -> ImportReport:
        """Read every row into the list (a new one, or ``list_id`` to update it)."""
        name = name.strip()
        if not name:
            raise UserError(MSG_NAME)
        if "name" not in mapping.columns and not mapping.photo_columns:
            raise UserError(MSG_NO_COLUMNS)
        table = open_table(path)
        total = table.count()
        now = self.now()
        with self.db.write() as s:
            permissions.require(s, by, Action.LISTS)
            resumed = (
                list_id is None
                and (interrupted := _interrupted(s, path.name, table.kind)) is not None
            )
            if resumed:  # the same file, whose import was killed: carry it on, not a second list
                list_id = interrupted
            if list_id is None:
                row = MissingList(
                    name=name,
                    source_kind=table.kind,
                    source_name=path.name,
                    photo_dir=str(photo_dir) if photo_dir else None,
                    mapping_json=mapping.to_json(),
                    imported_at=now,
                    imported_by=by.id,
                    updated_at=now,
                )
            else:
                row = _get_list(s, list_id)
                row.name, row.source_name, row.updated_at = name, path.name, now
                row.photo_dir = str(photo_dir) if photo_dir else row.photo_dir
                row.mapping_json = mapping.to_json()
            row.import_state = IMPORTING
            s.add(row)
            s.flush()
            assert row.id is not None
            report = ImportReport(row.id, resumed=resumed)
            audit.record(
                s,
                by,
                "list.import",
                entity="missing_list",
                entity_id=row.id,
                after={
                    "name": name,
                    "file": path.name,
                    "rows_in_file": total,
                    "update": list_id is not None,
                    "resumed": resumed,
                },
                at=now,
            )
        # A PFIF file names its photos relative to itself; other lists, to the chosen folder.
        resolver = _PhotoResolver(
            photo_dir or (path.parent if table.kind == "pfif" else None), self.photos
        )
        seen: dict[str, int] = {}
        chunk: list[RecordData] = []
        for number, cells in table.rows():
            record, problems = read_row(mapping, number, cells)
            if record is not None:
                record, fitted = list_fit.fit(record)
                problems += fitted
            report.rows += 1
            report.problems += problems
            if record is None:
                report.skipped += 1
            elif record.external_id in seen:
                report.skipped += 1
                report.problems.append(
                    RowProblem(
                        number,
                        "",
                        P_DUPLICATE,
                        {"row": seen[record.external_id], "key": record.external_id},
                        skipped=True,
                    )
                )
            else:
                seen[record.external_id] = number
                chunk.append(record)
            if len(chunk) >= CHUNK:
                self._write_or_stop(report, chunk, resolver, by)
                chunk = []
                if progress:
                    progress(report.rows, total)
                if stop and stop():
                    report.stopped = True
                    break
        if chunk and not report.stopped:
            self._write_or_stop(report, chunk, resolver, by)
        self._finish(report, by)
        if progress:
            progress(report.rows, total)
        return report

    def _write_or_stop(
        self, report: ImportReport, chunk: list[RecordData], resolver: _PhotoResolver,
        by: StaffPublic,
    ) -> None:  # fmt: skip
        """Write one chunk; if the database refuses it, the list is left as committed (marked
        stopped, counts true) and the message names the rows of the chunk."""
        counts = (report.created, report.updated, report.unchanged, report.photos_added,
                  len(report.problems))  # fmt: skip
        try:
            self._write_chunk(report, chunk, resolver)
        except (DBAPIError, UserError) as exc:  # nothing of the chunk was committed
            report.created, report.updated, report.unchanged, report.photos_added = counts[:4]
            del report.problems[counts[4] :]
            report.stopped = True
            self._finish(report, by)
            reason = exc.message if isinstance(exc, UserError) else _db_reason(exc)
            raise UserError(MSG_CHUNK_FAILED, first=chunk[0].row, last=chunk[-1].row,
                            reason=reason, done=report.created + report.updated
                            + report.unchanged) from exc  # fmt: skip

    def _finish(self, report: ImportReport, by: StaffPublic) -> None:
        with self.db.write() as s:  # what was read and written, as committed
            listed = _get_list(s, report.list_id)
            listed.record_count = _count_records(s, report.list_id)
            listed.import_state = STOPPED if report.stopped else COMPLETE
            s.add(listed)
            audit.record(
                s, by, "list.import_done", entity="missing_list", entity_id=report.list_id,
                after={"rows": report.rows, "created": report.created, "updated": report.updated,
                       "unchanged": report.unchanged, "skipped": report.skipped,
                       "photos_added": report.photos_added, "stopped": report.stopped,
                       "records": listed.record_count},
                at=self.now(),
            )  # fmt: skip

    def _write_chunk(
        self, report: ImportReport, chunk: list[RecordData], resolver: _PhotoResolver
    ) -> None:
        now = self.now()
        with self.db.write() as s:
            keys = [r.external_id for r in chunk]
            existing = {
                r.external_id: r
                for r in s.exec(
                    select(MissingRecord).where(
                        MissingRecord.list_id == report.list_id,
                        col(MissingRecord.external_id).in_(keys),
                    )
                ).all()
            }
            changed_photos = False
            new: list[dict[str, object]] = []
            pairs: list[tuple[int | str, RecordData]] = []  # a record's id, or its key if new
            for data in chunk:
                values = _record_values(data)
                row = existing.get(data.external_id)
                if row is None:
                    new.append({"list_id": report.list_id, "updated_at": now, **values})
                    pairs.append((data.external_id, data))
                    continue
                if any(getattr(row, k) != v for k, v in values.items()):
                    for k, v in values.items():
                        setattr(row, k, v)
                    row.updated_at = now
                    report.updated += 1
                else:
                    report.unchanged += 1
                assert row.id is not None
                pairs.append((row.id, data))
            ids: dict[str, int] = {}
            if new:  # one executemany (an ORM object per row costs more than its insert)
                s.execute(insert(MissingRecord.__table__), new)  # type: ignore[attr-defined]
                with_photos = [d.external_id for d in chunk if d.photos]
                for start in range(0, len(with_photos), 500):
                    ids.update(
                        (key, record_id)
                        for record_id, key in s.execute(
                            select(MissingRecord.id, MissingRecord.external_id).where(
                                MissingRecord.list_id == report.list_id,
                                col(MissingRecord.external_id).in_(
                                    with_photos[start : start + 500]
                                ),
                            )
                        )
                    )
            created = len(new)
            photos: dict[int, dict[str, MissingPhoto]] = {}
            old_ids = [r.id for r in existing.values()]
            for start in range(0, len(old_ids), 500):  # the photos records already have
                for photo in s.exec(
                    select(MissingPhoto).where(
                        col(MissingPhoto.record_id).in_(old_ids[start : start + 500])
                    )
                ).all():
                    photos.setdefault(photo.record_id, {})[photo.source] = photo
            for known, data in pairs:
                if not data.photos and (isinstance(known, str) or known not in photos):
                    continue  # nothing named, nothing held (a new record holds none)
                record_id = ids[known] if isinstance(known, str) else known
                added, removed = self._sync_photos(
                    s, report, record_id, data, resolver, photos.get(record_id, {})
                )
                report.photos_added += added
                changed_photos |= removed
            if changed_photos:
                bump(s, list_gallery(report.list_id))
            if created:  # the list's count moves with the records, in the same transaction
                s.exec(
                    update(MissingList)
                    .where(col(MissingList.id) == report.list_id)
                    .values(record_count=MissingList.record_count + created)
                )
            report.created += created

    def _sync_photos(
        self,
        s: Session,
        report: ImportReport,
        record_id: int,
        data: RecordData,
        resolver: _PhotoResolver,
        current: dict[str, MissingPhoto],
    ) -> tuple[int, bool]:
        """Add the photos newly named, drop the ones no longer named (``current``: the record's
        photos by source); (added, any removed)."""
        # Embedded photos are known by the digest of their bytes, files by their name.
        wanted: dict[str, str] = {}
        for text in data.photos:
            wanted.setdefault(_photo_key(text), text)
        added = 0
        for position, (source, text) in enumerate(wanted.items()):
            photo = current.get(source)
            if photo is not None:
                if photo.position != position:
                    photo.position = position
                    s.add(photo)
                if photo.status == "failed" and photo.problem == "missing_file":
                    path, _ = resolver.resolve(text)  # put in the folder since the last import?
                    if path:
                        photo.status, photo.source_path = "pending", str(path)
                        photo.problem = photo.problem_detail = None
                        s.add(photo)
                continue
            path, problem = resolver.resolve(text)
            if problem is not None:
                report.problems.append(
                    RowProblem(data.row, "", problem, {"name": _photo_label(source)})
                )
            s.add(
                MissingPhoto(
                    record_id=record_id,
                    source=source,
                    source_path=str(path) if path else None,
                    position=position,
                    status="pending" if path else "failed",
                    problem=None if path else "missing_file",
                    problem_detail=problem.format(name=_photo_label(source)) if problem else None,
                )
            )
            added += 1
        removed = False
        for source, photo in current.items():
            if source not in wanted:
                for enc in s.exec(
                    select(FaceEncoding).where(FaceEncoding.missing_photo_id == photo.id)
                ).all():
                    s.delete(enc)
                s.delete(photo)
                removed = True
        return added, removed

    # --- encoding ---------------------------------------------------------------------------
    def encode(
        self,
        list_id: int | None = None,
        *,
        workers: int = 1,
        progress: Progress | None = None,
        stop: Stop | None = None,
    ) -> EncodeReport:
        """Encode every pending photo (of one list, or all); resumable, cancellable between photos."""
        with self.db.read() as s:
            query = (
                select(
                    MissingPhoto.id,
                    MissingPhoto.source_path,
                    MissingPhoto.source,
                    MissingRecord.list_id,
                    MissingRecord.source_row,
                    MissingPhoto.sha256,
                    MissingPhoto.ext,
                )
                .join(MissingRecord)
                .where(
                    MissingPhoto.status == "pending",
                    col(MissingPhoto.source_path).is_not(None)
                    | col(MissingPhoto.sha256).is_not(None),
                )
                .order_by(col(MissingPhoto.id))
            )
            if list_id is not None:
                query = query.where(MissingRecord.list_id == list_id)
            pending = s.exec(query).all()
        owners = {pid: (lid, row) for pid, _, _, lid, row, _, _ in pending}
        # A photo encoded before (re-queued for a new encoder) is read from the station's own copy.
        tasks = (
            encoding.Task(pid, str(self.photos.path(sha, ext)), source, sha256=sha)
            if sha and ext
            else encoding.Task(pid, str(path), source)
            for pid, path, source, _, _, sha, ext in pending
        )
        report = EncodeReport()
        total = len(pending)
        encoding.encode_in_batches(
            tasks,
            self.photos.root,
            lambda batch: self._store_outcomes(batch, owners, report),
            total=total,
            workers=workers,
            every=COMMIT_EVERY,
            progress=progress,
            stop=stop,
        )
        report.remaining = total - report.encoded - report.failed
        report.stopped = report.remaining > 0
        if progress:
            progress(report.encoded + report.failed, total)
        return report

    def _store_outcomes(
        self,
        outcomes: list[encoding.Outcome],
        owners: dict[int, tuple[int, int | None]],
        report: EncodeReport,
    ) -> None:
        touched: set[int] = set()
        with self.db.write() as s:
            for out in outcomes:
                photo = s.get(MissingPhoto, out.key)
                if photo is None or photo.status != "pending":
                    continue  # removed or re-imported meanwhile
                if out.stored is not None:
                    photo.sha256, photo.ext = out.stored.sha256, out.stored.ext
                    photo.width, photo.height = out.stored.width, out.stored.height
                photo.problem, photo.problem_detail = out.problem, out.detail
                if out.vector is None:
                    photo.status = "failed"
                    report.failed += 1
                    report.failures.append((owners[out.key][1], photo.source, out.detail or ""))
                else:
                    photo.status = "encoded"
                    s.add(encoding.face_row(out, missing_photo_id=photo.id))
                    encoding.drop_other_encoders(s, out.encoder, missing_photo_id=photo.id)
                    report.encoded += 1
                    if out.faces_found > 1:  # the largest was taken: say so
                        row = owners[out.key][1] or 0
                        report.notes.append(
                            RowProblem(row, photo.source, P_SEVERAL_USED, {"n": out.faces_found})
                        )
                    touched.add(owners[out.key][0])
                s.add(photo)
            for list_id in touched:
                bump(s, list_gallery(list_id))

    # --- exporting --------------------------------------------------------------------------
    def export_pfif(
        self,
        list_id: int,
        path: Path,
        by: StaffPublic,
        *,
        embed_photos: bool = True,
        progress: Progress | None = None,
    ) -> int:
        """Write the list as PFIF 1.4; photos embedded, or copied to a folder beside the file."""
        return list_export.export_list(
            self.db, self.photos, list_id, path, by,
            embed_photos=embed_photos, now=self.now(), progress=progress,
        )  # fmt: skip

    # --- removing ---------------------------------------------------------------------------
    def delete(self, list_id: int, by: StaffPublic) -> None:
        """Remove a list with its records, photos rows and encodings (confirmed links are kept in
        the audit trail). The photo files stay: other lists or residents may share them."""
        with self.db.write() as s:
            permissions.require(s, by, Action.LISTS)
            row = _get_list(s, list_id)
            for stmt in (
                "DELETE FROM face_encoding WHERE missing_photo_id IN (SELECT mp.id FROM missing_photo mp"
                " JOIN missing_record r ON mp.record_id = r.id WHERE r.list_id = :id)",
                "DELETE FROM missing_photo WHERE record_id IN (SELECT id FROM missing_record WHERE list_id = :id)",
                "DELETE FROM match_candidate WHERE record_id IN (SELECT id FROM missing_record WHERE list_id = :id)",
                "DELETE FROM missing_record WHERE list_id = :id",
            ):
                s.execute(sql_text(stmt), {"id": list_id})
            audit.record(
                s, by, "list.delete", entity="missing_list", entity_id=list_id,
                before={"name": row.name, "records": row.record_count}, at=self.now(),
            )  # fmt: skip
            s.delete(row)
            bump(s, list_gallery(list_id))
        self.galleries.forget(list_gallery(list_id))  # its cached index would never be read again


def _is_network_path(text: str) -> bool:
    """A UNC or other network path (``\\\\host\\share``, ``//host/share``, ``\\\\?\\UNC``)."""
    head = text.strip()[:2]
    return head in ("\\\\", "//", "\\/", "/\\")


def requeue_unencoded(s: Session) -> int:
    """Put list photos marked encoded but without an encoding of the current encoder back in the
    encoding queue; how many."""
    result = s.connection().execute(
        sql_text(
            "UPDATE missing_photo SET status = 'pending' WHERE status = 'encoded'"
            " AND NOT EXISTS (SELECT 1 FROM face_encoding fe"
            " WHERE fe.missing_photo_id = missing_photo.id AND fe.encoder = :encoder)"
        ),
        {"encoder": ENCODER},
    )
    return int(result.rowcount or 0)


def restored_photos(s: Session, photos: PhotoStore) -> list[int]:
    """List photos that failed because the station's own copy could not be read (missing, or no
    longer matching its hash) and whose copy is whole again (restored from a backup)."""
    rows = s.exec(
        select(MissingPhoto.id, MissingPhoto.sha256, MissingPhoto.ext).where(
            MissingPhoto.status == "failed",
            MissingPhoto.problem == "unreadable",
            col(MissingPhoto.sha256).is_not(None),
            col(MissingPhoto.ext).is_not(None),
        )
    ).all()
    return [
        photo_id
        for photo_id, sha256, ext in rows
        if file_problem(photos.path(sha256, ext), sha256) is None
    ]


def requeue(s: Session, photo_ids: list[int]) -> None:
    """Put these list photos back in the encoding queue."""
    for start in range(0, len(photo_ids), 500):
        s.connection().execute(
            update(MissingPhoto)
            .where(col(MissingPhoto.id).in_(photo_ids[start : start + 500]))
            .values(status="pending", problem=None, problem_detail=None)
        )


def _interrupted(s: Session, file_name: str, kind: str) -> int | None:
    """The list of this file whose last import never finished (the program killed, or the
    import stopped), if any."""
    return s.exec(
        select(MissingList.id)
        .where(col(MissingList.import_state).in_((IMPORTING, STOPPED)),
               MissingList.source_name == file_name,
               MissingList.source_kind == kind)
        .order_by(col(MissingList.id).desc())
    ).first()  # fmt: skip


def _count_records(s: Session, list_id: int) -> int:
    return int(
        s.exec(
            select(func.count()).select_from(MissingRecord).where(MissingRecord.list_id == list_id)
        ).one()
    )


def _db_reason(exc: DBAPIError) -> str:
    """The database's own first line of why (no SQL, no parameters: they may hold personal data)."""
    text = str(exc.orig).strip()
    return text.splitlines()[0] if text else type(exc.orig).__name__


def _get_list(s: Session, list_id: int) -> MissingList:
    row = s.get(MissingList, list_id)
    if row is None:
        raise UserError(MSG_NO_LIST, id=list_id)
    return row


def _record_values(data: RecordData) -> dict[str, object]:
    return {
        "external_id": data.external_id,
        "name": data.name,
        "sex": data.sex.value,
        "birth_date": data.birth_date,
        "birth_year": data.birth_year,
        "age_at_missing": data.age_at_missing,
        "missing_date": data.missing_date,
        "missing_place": data.missing_place,
        "household_place": data.household_place,
        "height_cm": data.height_cm,
        "features": data.features,
        "contact": data.contact,
        "source_row": data.row,
        "extra_json": json.dumps(data.raw, ensure_ascii=False, sort_keys=True),
        "search_text": " ".join(
            x for x in (data.name, data.missing_place, data.household_place, data.features) if x
        ).lower(),
    }


def _photo_key(text: str) -> str:
    return datauri.key_of(text) if datauri.is_data_uri(text) else text


def _photo_label(source: str) -> str:
    """How a photo is named in a report: embedded ones by the start of their digest."""
    if source.startswith(datauri.KEY_PREFIX):
        return "sha256:" + source[len(datauri.KEY_PREFIX) :][:12]
    return source


class _PhotoResolver:
    """Photos as written in a list → files inside the list's photo folder only.

    Names are looked up in the folder (case-insensitively, in subfolders too); an absolute path
    or a ``file:`` URL counts only where it lies inside the folder, and so does a relative path
    after ``..`` and symbolic links are followed. A network path (``\\\\host\\share``,
    ``//host``, ``file://host/``) is refused before anything touches the file system, so a list
    can never make Station open a connection or read a file the user did not hand it. Embedded
    ``data:`` photos are checked and saved to the store.
    """

    def __init__(self, folder: Path | None, store: PhotoStore) -> None:
        self.folder = folder
        self.store = store
        self._base = Path(os.path.realpath(folder)) if folder is not None else None
        self._names: dict[str, str] | None = None

    def resolve(self, source: str) -> tuple[Path | None, str | None]:
        if datauri.is_data_uri(source):
            return self._embedded(source)
        lowered = source.strip().lower()
        if lowered.startswith(("http://", "https://")):
            return None, P_PHOTO_URL
        if _is_network_path(source):
            return None, P_PHOTO_NETWORK
        if lowered.startswith("file:"):
            parsed = urllib.parse.urlparse(source.strip())
            if parsed.netloc and parsed.netloc.lower() != "localhost":
                return None, P_PHOTO_NETWORK
            source = urllib.request.url2pathname(parsed.path)
            if _is_network_path(source):
                return None, P_PHOTO_NETWORK
        if self.folder is None:
            return None, P_PHOTO_NO_DIR
        candidate = Path(source)
        if candidate.is_absolute() or candidate.drive:
            inside = self._inside(candidate)
            if inside is None:
                return None, P_PHOTO_OUTSIDE
            return (inside, None) if inside.is_file() else (None, P_PHOTO_MISSING)
        direct = self._inside(self.folder / source)
        if direct is None:
            return None, P_PHOTO_OUTSIDE
        if direct.is_file():
            return direct, None
        if self._names is None:
            self._names = {}
            for dirpath, _, files in os.walk(self.folder):
                for f in files:
                    rel = os.path.relpath(os.path.join(dirpath, f), self.folder)
                    self._names.setdefault(rel.lower().replace("\\", "/"), rel)
                    self._names.setdefault(f.lower(), rel)
        wanted = source.lower().replace("\\", "/")
        found = self._names.get(wanted) or self._names.get(wanted.rsplit("/", 1)[-1])
        if not found:
            return None, P_PHOTO_MISSING
        inside = self._inside(self.folder / found)  # a link in the folder may point out of it
        return (inside, None) if inside is not None else (None, P_PHOTO_OUTSIDE)

    def _inside(self, path: Path) -> Path | None:
        """The real path of ``path`` (links and ``..`` followed) if it lies inside the folder."""
        assert self._base is not None
        real = Path(os.path.realpath(path))
        return real if real != self._base and real.is_relative_to(self._base) else None

    def _embedded(self, source: str) -> tuple[Path | None, str | None]:
        try:
            data = datauri.decode(source)
        except ValueError:
            return None, P_PHOTO_DATA
        try:
            stored = self.store.add_bytes(data, original_name="embedded")
        except UserError:
            return None, P_PHOTO_BAD_DATA
        return self.store.path(stored.sha256, stored.ext), None
