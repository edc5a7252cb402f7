"""The services of one open station database, built once by the composition root."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from station.config import Config
from station.domain.clock import utcnow
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.services.audit_trail import AuditTrailService
from station.services.auth import AuthService
from station.services.backup import BackupService
from station.services.bands import BandService
from station.services.belongings import BelongingService
from station.services.cross_match import CrossMatchService
from station.services.deadlines import DeadlineService
from station.services.departures import DepartureService
from station.services.documents import DocumentService
from station.services.family_search import FamilySearchService
from station.services.galleries import GalleryService
from station.services.identification import IdentificationService
from station.services.identities import IdentityService
from station.services.intake import IntakeService
from station.services.integrity import IntegrityService
from station.services.lists import ListService
from station.services.matching import MatchingService
from station.services.merge import MergeService
from station.services.persons import PersonService
from station.services.placements import PlacementService
from station.services.residents import ResidentService
from station.services.station_info import StationInfoService
from station.services.statistics import StatisticsService
from station.store import migrate, restore_swap, station_lock
from station.store.database import Database
from station.store.photos import PhotoStore
from station.store.station_lock import Hold, NoHold, PgHold

MSG_RESTORE_FINISHED = QT_TRANSLATE_NOOP(
    "UserError", "上次的恢复在替换文件时被中断，这次启动时已完成。恢复前的数据保存在 {aside}"
)
MSG_RESTORE_UNDONE = QT_TRANSLATE_NOOP(
    "UserError",
    "上次的恢复在复制备份时被中断：工作站保持恢复前的样子，未完成的副本已删除。如需恢复请重做。",
)


@dataclass
class Services:
    db: Database
    photos: PhotoStore
    auth: AuthService
    audit_trail: AuditTrailService
    intake: IntakeService
    persons: PersonService
    merge: MergeService
    belongings: BelongingService
    residents: ResidentService
    lists: ListService
    galleries: GalleryService
    matching: MatchingService
    cross_match: CrossMatchService
    integrity: IntegrityService
    backup: BackupService
    bands: BandService
    placements: PlacementService
    family_search: FamilySearchService
    deadlines: DeadlineService
    departures: DepartureService
    statistics: StatisticsService
    identities: IdentityService
    identification: IdentificationService
    station: StationInfoService
    documents: DocumentService
    migration: migrate.MigrationResult
    hold: Hold | PgHold | NoHold
    recovered: restore_swap.Recovered | None = None  # an interrupted restore ended at this start
    now: Callable[[], dt.datetime] = utcnow

    @classmethod
    def open(cls, config: Config, *, now=utcnow, busy_timeout: float = 15.0,  # type: ignore[no-untyped-def]
             program: str = "station") -> Services:  # fmt: skip
        """Open (and if needed create or upgrade) the station's database, registered as held by
        ``program`` until closed. A restore a kill interrupted is finished first; a station whose
        database has gone is refused instead of started afresh."""
        config.ensure_dirs()
        db = Database(config.database_url, busy_timeout=busy_timeout)
        hold: Hold | PgHold | NoHold | None = None
        backup = BackupService(config.files, config.database_url, now=now)
        try:
            hold = station_lock.hold_station(config.database_url, db.engine, program)
            recovered = None
            if backup.db_path is not None and restore_swap.pending(config.files):
                with hold.exclusive(station_lock.RECOVER):
                    recovered = restore_swap.recover(config.files)
            backup.refuse_lost_station()
            result = migrate.upgrade(db, alone=partial(hold.exclusive, station_lock.UPGRADE))
        except BaseException:
            if hold is not None:
                hold.close()
            db.dispose()
            raise
        photos = PhotoStore(config.files)
        auth = AuthService(db, now=now)
        galleries = GalleryService(db, config.data_dir / "cache" / "galleries")
        bands = BandService(db, now=now)
        deadlines = DeadlineService(db, now=now)
        matching = MatchingService(db, photos, galleries, bands=bands.current, now=now)
        services = cls(
            db=db,
            photos=photos,
            auth=auth,
            audit_trail=AuditTrailService(db, now=now),
            intake=IntakeService(db, photos, now=now),
            persons=PersonService(db, photos, now=now),
            merge=MergeService(db, now=now),
            belongings=BelongingService(db, now=now),
            residents=ResidentService(db, now=now),
            lists=ListService(db, photos, galleries, now=now),
            galleries=galleries,
            matching=matching,
            cross_match=CrossMatchService(db, matching, galleries, now=now),
            integrity=IntegrityService(db, photos, matching),
            backup=backup,
            bands=bands,
            placements=PlacementService(db, now=now),
            family_search=FamilySearchService(db, now=now),
            deadlines=deadlines,
            departures=DepartureService(db, now=now, confirm=auth.confirm),
            statistics=StatisticsService(db, now=now),
            identities=IdentityService(db, now=now),
            identification=IdentificationService(db, now=now),
            station=StationInfoService(db, now=now),
            documents=DocumentService(
                db, photos, config.files / "documents", now=now, deadlines=deadlines
            ),
            migration=result,
            hold=hold,
            recovered=recovered,
            now=now,
        )
        # After an upgrade that changed the face encoder, the lists' photos are encoded again.
        services.lists.requeue_for_new_encoder()
        return services

    def recovery_notice(self) -> UserError | None:
        """What this start did about a restore a kill had interrupted (shown, not raised)."""
        if self.recovered is None:
            return None
        if self.recovered.finished:
            return UserError(MSG_RESTORE_FINISHED, aside=str(self.recovered.aside))
        return UserError(MSG_RESTORE_UNDONE)

    def close(self) -> None:
        self.db.dispose()
        self.hold.close()
