"""The services of one open station database, built once by the composition root."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from station.config import Config
from station.domain.clock import utcnow
from station.services.audit_trail import AuditTrailService
from station.services.auth import AuthService
from station.services.backup import BackupService
from station.services.bands import BandService
from station.services.belongings import BelongingService
from station.services.deadlines import DeadlineService
from station.services.departures import DepartureService
from station.services.documents import DocumentService
from station.services.family_search import FamilySearchService
from station.services.galleries import GalleryService
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
from station.store import migrate
from station.store.database import Database
from station.store.photos import PhotoStore


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
    integrity: IntegrityService
    backup: BackupService
    bands: BandService
    placements: PlacementService
    family_search: FamilySearchService
    deadlines: DeadlineService
    departures: DepartureService
    statistics: StatisticsService
    identities: IdentityService
    station: StationInfoService
    documents: DocumentService
    migration: migrate.MigrationResult
    now: Callable[[], dt.datetime] = utcnow

    @classmethod
    def open(cls, config: Config, *, now=utcnow, busy_timeout: float = 15.0) -> Services:  # type: ignore[no-untyped-def]
        """Open (and if needed create or upgrade) the station's database."""
        config.ensure_dirs()
        db = Database(config.database_url, busy_timeout=busy_timeout)
        try:
            result = migrate.upgrade(db)
        except BaseException:
            db.dispose()
            raise
        photos = PhotoStore(config.files)
        auth = AuthService(db, now=now)
        galleries = GalleryService(db, config.data_dir / "cache" / "galleries")
        bands = BandService(db, now=now)
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
            integrity=IntegrityService(db, photos, matching),
            backup=BackupService(config.files, config.database_url, now=now),
            bands=bands,
            placements=PlacementService(db, now=now),
            family_search=FamilySearchService(db, now=now),
            deadlines=DeadlineService(db, now=now),
            departures=DepartureService(db, now=now, confirm=auth.confirm),
            statistics=StatisticsService(db, now=now),
            identities=IdentityService(db, now=now),
            station=StationInfoService(db, now=now),
            documents=DocumentService(db, photos, config.files / "documents", now=now),
            migration=result,
            now=now,
        )
        # After an upgrade that changed the face encoder, the lists' photos are encoded again.
        services.lists.requeue_for_new_encoder()
        return services

    def close(self) -> None:
        self.db.dispose()
