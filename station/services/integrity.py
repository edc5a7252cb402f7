"""``station check``: is the station whole? The database, the files it names, the derived data.

Checks, in order: the database file's own integrity and its foreign keys (SQLite), every stored
photo and printed document present and matching its content hash, every photo with an encoding of
the current encoder (or queued for one), and the per-stay progress rows equal to the steps they
summarise. ``repair`` fixes what is safe to fix: it re-queues list photos without an encoding
(and those that failed for a missing or damaged copy that has since been restored),
encodes residents' photos, and rebuilds the progress rows from the steps. A missing or damaged file
cannot be repaired here: it is reported with where it belongs, to be restored from a backup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text

from station.domain.i18n import QT_TRANSLATE_NOOP
from station.faces.engine import ENCODER
from station.services.lists import IMPORTING, requeue, requeue_unencoded, restored_photos
from station.services.matching import MatchingService
from station.store.audit_chain import first_break
from station.store.database import Database
from station.store.files import distinct, named_files
from station.store.photos import PhotoStore, file_problem

C_DATABASE = QT_TRANSLATE_NOOP("Check", "数据库文件损坏：{detail}")
C_FOREIGN_KEY = QT_TRANSLATE_NOOP("Check", "表 {table} 第 {row} 行引用的 {parent} 记录不存在")
C_PHOTO_MISSING = QT_TRANSLATE_NOOP("Check", "照片文件缺失：{path}（{owner}）")
C_PHOTO_DAMAGED = QT_TRANSLATE_NOOP(
    "Check", "照片文件已损坏（内容与校验值不符）：{path}（{owner}）"
)
C_DOCUMENT_MISSING = QT_TRANSLATE_NOOP("Check", "文书存档缺失：{path}（{number}）")
C_DOCUMENT_DAMAGED = QT_TRANSLATE_NOOP("Check", "文书存档已损坏：{path}（{number}）")
C_UNENCODED_LIST = QT_TRANSLATE_NOOP("Check", "{n} 张名单照片标为已编码，却没有当前的人脸编码")
C_RESTORED_LIST = QT_TRANSLATE_NOOP(
    "Check", "{n} 张名单照片曾因文件缺失或损坏未能编码，现在文件已完好，可重新编码"
)
C_UNENCODED_PERSON = QT_TRANSLATE_NOOP("Check", "{n} 张在站人员照片还没有当前的人脸编码")
C_PROGRESS = QT_TRANSLATE_NOOP("Check", "{n} 次入站的寻亲进度汇总与记录不符")
C_LIST_COUNT = QT_TRANSLATE_NOOP(
    "Check", "名单“{name}”（编号 {id}）记作 {said} 人，实有 {actual} 条记录"
)
C_LIST_INTERRUPTED = QT_TRANSLATE_NOOP(
    "Check",
    "名单“{name}”（编号 {id}）的导入没有完成（已存 {actual} 条记录）：再导入同一文件 {file} 即可继续",
)
C_AUDIT_CHAIN = QT_TRANSLATE_NOOP(
    "Check",
    "审计记录被改动过：从编号 {id} 的记录起哈希链对不上（该记录或其前一条被修改、删除或插入）。"
    "请从备份核对，并查明是谁直接改动了数据库",
)
S_DATABASE = QT_TRANSLATE_NOOP("Check", "正在检查数据库文件与外键…")
S_FILES = QT_TRANSLATE_NOOP("Check", "正在核对照片与文书存档的文件…")
S_DERIVED = QT_TRANSLATE_NOOP("Check", "正在核对人脸编码与寻亲进度汇总…")
OWNER_PERSON = QT_TRANSLATE_NOOP("Check", "人员编号 {id}")
OWNER_RECORD = QT_TRANSLATE_NOOP("Check", "名单记录编号 {id}")

# The step kinds of the stay_progress table and where each comes from.
_PROGRESS_SQL = """
SELECT st.id FROM stay st
LEFT JOIN stay_progress sp ON sp.stay_id = st.id
LEFT JOIN (SELECT stay_id, kind, max(at) AS at FROM (
    SELECT stay_id, kind, at FROM search_attempt
    UNION ALL SELECT stay_id, kind, at FROM stay_decision) AS each_step
    GROUP BY stay_id, kind) AS steps
  ON steps.stay_id = st.id
GROUP BY st.id, sp.stay_id
HAVING count(steps.kind) > 0 AND (sp.stay_id IS NULL OR {mismatch})
"""


@dataclass(frozen=True)
class Finding:
    template: str
    params: dict[str, object] = field(default_factory=dict)
    repairable: bool = False
    notice: bool = False  # worth saying, not a fault (photos are encoded when first searched)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    photos_checked: int = 0
    documents_checked: int = 0
    repaired: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.faults

    @property
    def faults(self) -> list[Finding]:
        return [f for f in self.findings if not f.notice]


class IntegrityService:
    def __init__(self, db: Database, photos: PhotoStore, matching: MatchingService) -> None:
        self.db = db
        self.photos = photos
        self.matching = matching

    def check(
        self,
        *,
        repair: bool = False,
        progress: Callable[[int, int], None] | None = None,
        stage: Callable[[str], None] = lambda _: None,
    ) -> CheckReport:
        """Check everything (a large station takes a minute); ``stage`` hears each part begin."""
        report = CheckReport()
        stage(S_DATABASE)
        self._database(report)
        stage(S_FILES)
        self._files(report, progress)
        stage(S_DERIVED)
        self._derived(report, repair)
        return report

    # --- the database -----------------------------------------------------------------------
    def _database(self, report: CheckReport) -> None:
        self._audit_chain(report)
        if not self.db.is_sqlite:
            return  # PostgreSQL keeps its own pages and constraints whole
        with self.db.engine.connect() as conn:
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
            if result != ["ok"]:
                report.findings.append(Finding(C_DATABASE, {"detail": "; ".join(result[:5])}))
            for table, row, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                report.findings.append(
                    Finding(C_FOREIGN_KEY, {"table": table, "row": row, "parent": parent})
                )

    def _audit_chain(self, report: CheckReport) -> None:
        """Every audit event continues the hash chain of the one before it."""
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, at, staff_id, action, entity, entity_id, person_id, before_json,"
                    " after_json, prev_hash, hash FROM audit_event ORDER BY id"
                ).execution_options(yield_per=5000)
            )
            try:
                broken = first_break(rows)
            finally:
                rows.close()  # a break found early leaves the server-side cursor open otherwise
        if broken is not None:
            report.findings.append(Finding(C_AUDIT_CHAIN, {"id": broken[0]}))

    # --- the files --------------------------------------------------------------------------
    def _files(self, report: CheckReport, progress: Callable[[int, int], None] | None) -> None:
        with self.db.read() as s:
            files = distinct(named_files(s.connection()))
        total = len(files)
        for done, f in enumerate(files, 1):
            path = self.photos.root / f.relative
            problem = file_problem(path, f.sha256)
            if f.owner == "document":
                report.documents_checked += 1
                if problem is not None:
                    template = C_DOCUMENT_MISSING if problem == "missing" else C_DOCUMENT_DAMAGED
                    report.findings.append(
                        Finding(template, {"path": str(path), "number": f.owner_id})
                    )
            else:
                report.photos_checked += 1
                if problem is not None:
                    template = C_PHOTO_MISSING if problem == "missing" else C_PHOTO_DAMAGED
                    owner = OWNER_PERSON if f.owner == "person" else OWNER_RECORD
                    whose = owner.format(id=f.owner_id)
                    report.findings.append(Finding(template, {"path": str(path), "owner": whose}))
            if progress and done % 200 == 0:
                progress(done, total)
        if progress:
            progress(total, total)

    # --- what is derived from the records ---------------------------------------------------
    def _derived(self, report: CheckReport, repair: bool) -> None:
        with self.db.read() as s:
            conn = s.connection()
            unencoded_list = conn.execute(
                text(
                    "SELECT count(*) FROM missing_photo mp WHERE mp.status = 'encoded' AND NOT"
                    " EXISTS (SELECT 1 FROM face_encoding fe WHERE fe.missing_photo_id = mp.id"
                    " AND fe.encoder = :encoder)"
                ),
                {"encoder": ENCODER},
            ).scalar_one()
            progress_off = conn.exec_driver_sql(_progress_query()).all()
            lists = conn.execute(
                text(
                    "SELECT ml.id, ml.name, ml.source_name, ml.record_count, ml.import_state,"
                    " (SELECT count(*) FROM missing_record mr WHERE mr.list_id = ml.id)"
                    " FROM missing_list ml ORDER BY ml.id"
                )
            ).all()
            restored = restored_photos(s, self.photos)
        unencoded_persons = self.matching.unencoded_person_photos()
        found = []
        if unencoded_list:
            found.append(Finding(C_UNENCODED_LIST, {"n": unencoded_list}, repairable=True))
        if restored:
            found.append(Finding(C_RESTORED_LIST, {"n": len(restored)}, repairable=True))
        if unencoded_persons:
            found.append(Finding(C_UNENCODED_PERSON, {"n": unencoded_persons}, repairable=True,
                                 notice=True))  # fmt: skip
        if progress_off:
            found.append(Finding(C_PROGRESS, {"n": len(progress_off)}, repairable=True))
        miscounted = []
        for list_id, name, file, said, state, actual in lists:
            if said != actual:
                miscounted.append((list_id, actual))
                found.append(Finding(C_LIST_COUNT, {"name": name, "id": list_id, "said": said,
                                                    "actual": actual}, repairable=True))  # fmt: skip
            if state == IMPORTING:  # still running elsewhere, or killed: said, not repaired
                report.findings.append(
                    Finding(
                        C_LIST_INTERRUPTED,
                        {"name": name, "id": list_id, "actual": actual, "file": file},
                        notice=True,
                    )
                )
        if not repair:
            report.findings += found
            return
        if unencoded_list or restored:
            with self.db.write() as s:
                requeue_unencoded(s)
                requeue(s, restored)
        if unencoded_persons:
            self.matching.encode_person_photos()
        if progress_off:
            rebuild_progress(self.db, [r[0] for r in progress_off])
        if miscounted:
            with self.db.write() as s:
                for list_id, actual in miscounted:
                    s.connection().execute(
                        text("UPDATE missing_list SET record_count = :n WHERE id = :id"),
                        {"n": actual, "id": list_id},
                    )
        report.repaired += found


def _kinds() -> list[str]:
    from station.store.case_models import StayProgress

    return [name[: -len("_at")] for name in StayProgress.model_fields if name != "stay_id"]


def _progress_query() -> str:
    kinds = _kinds()
    mismatch = " OR ".join(
        f"sp.{k}_at IS DISTINCT FROM max(CASE WHEN steps.kind = '{k}' THEN steps.at END)"
        for k in kinds
    )
    return _PROGRESS_SQL.format(mismatch=mismatch)


def rebuild_progress(db: Database, stay_ids: list[int]) -> None:
    """Rebuild the progress rows of these stays from their attempts and decisions."""
    kinds = _kinds()
    columns = ", ".join(f"{k}_at" for k in kinds)
    latest = ", ".join(f"max(CASE WHEN kind = '{k}' THEN at END)" for k in kinds)
    with db.write() as s:
        conn = s.connection()
        for start in range(0, len(stay_ids), 500):
            chunk = stay_ids[start : start + 500]
            marks = ",".join(str(int(i)) for i in chunk)
            conn.exec_driver_sql(f"DELETE FROM stay_progress WHERE stay_id IN ({marks})")
            conn.exec_driver_sql(
                f"INSERT INTO stay_progress (stay_id, {columns}) SELECT stay_id, {latest} FROM"
                " (SELECT stay_id, kind, at FROM search_attempt UNION ALL"
                f" SELECT stay_id, kind, at FROM stay_decision) AS steps WHERE stay_id IN ({marks})"
                " GROUP BY stay_id"
            )
