"""比对待审: every unidentified resident compared with every list and the station's history, by itself.

Nobody has to ask. A resident in care whose identity is not found is pending against a gallery when
they were never compared with it, or since then the gallery changed (a list imported or updated),
their photos changed, the encoder changed, or the 30-day re-search the rules ask for came round. A
run takes the pending pairs gallery by gallery, residents in chunks, each chunk one matrix product
(:meth:`~station.faces.gallery.Gallery.search_many`) and one transaction that keeps the candidates
(decisions kept: a decided pair is not proposed again unless a new photo brings it clearly closer)
and records what was compared. Killed half way, a run resumes at the first chunk not committed,
without duplicate candidates. On a shared database one workstation runs it at a time (a lease row).

What waits for a person is the inbox: every undecided candidate of an unidentified resident in care.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlmodel import Session, col, select

from station.domain.clock import utcnow
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.matching import Decision, several_photos_shift
from station.domain.permissions import Action
from station.faces.engine import ENCODER
from station.services import audit, family_search, permissions
from station.services.galleries import PERSONS, GalleryService, list_gallery
from station.services.matching import Candidate, MatchingService, Probe, Subject
from station.store.database import Database
from station.store.models import (
    GalleryRevision,
    MatchCandidate,
    MatchRun,
    MissingList,
    StaffPublic,
    WorkLease,
)

LEASE = "cross_match"
LEASE_SECONDS = 300  # a holder that stops renewing for this long is taken to have died
CHUNK = 256  # residents per matrix product and per transaction
PER_GALLERY = 3  # candidates kept per resident and gallery
# Proposed for review up to dlib's own same-person tolerance: wider than the 略有相似 limit, since
# fixed limits set on one population are stricter on others (issue 17); a person looks at each.
REVIEW_LIMIT = 0.6
RESEARCH_DAYS = 28  # compared again within the rules' 30 days even if nothing changed

MSG_BUSY = QT_TRANSLATE_NOOP("UserError", "另一台工作站（{holder}）正在进行自动比对，请稍后再试")
MSG_NONE_REASON = QT_TRANSLATE_NOOP("UserError", "请填写理由（为什么这些候选人都不是此人）")


@dataclass
class CrossMatchReport:
    pairs: int = 0  # resident × gallery comparisons done
    residents: int = 0
    candidates: int = 0  # kept (new or refreshed)
    new: int = 0  # undecided candidates that were not there before
    stopped: bool = False
    remaining: int = 0


@dataclass(frozen=True)
class InboxEntry:
    """One resident and the candidates waiting for a person to decide, strongest first."""

    person: Subject
    candidates: list[Candidate] = field(default_factory=list)


class CrossMatchService:
    def __init__(
        self,
        db: Database,
        matching: MatchingService,
        galleries: GalleryService,
        *,
        now: Callable[[], dt.datetime] = utcnow,
        holder: str | None = None,
    ) -> None:
        self.db = db
        self.matching = matching
        self.galleries = galleries
        self.now = now
        # Who holds the lease while running: this workstation and process, this service.
        self.holder = holder or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    # --- what is pending -------------------------------------------------------------------
    def pending(self) -> list[tuple[int, str]]:
        """(resident, gallery) pairs to compare, in gallery order."""
        with self.db.read() as s:
            return _pending(s, self.now())

    # --- running ---------------------------------------------------------------------------
    def run(
        self,
        by: StaffPublic,
        *,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> CrossMatchReport:
        """Compare every pending resident with every pending gallery; resumable."""
        with self.db.read() as s:
            permissions.require(s, by, Action.MATCH)
        self._take_lease()
        try:
            return self._run(by, progress, stop)
        finally:
            self._release_lease()

    def _run(
        self,
        by: StaffPublic,
        progress: Callable[[int, int], None] | None,
        stop: Callable[[], bool] | None,
    ) -> CrossMatchReport:
        report = CrossMatchReport()
        if self.matching.unencoded_person_photos():
            self.matching.encode_person_photos(stop=stop)
        with self.db.read() as s:
            # The photos each resident is compared by, as they are now: one added during the run
            # leaves the old key recorded, so the resident is pending again next time.
            keys = _probe_keys(s)
            todo = _pending(s, self.now(), keys)
        total = len(todo)
        by_gallery: dict[str, list[int]] = {}
        for person_id, gallery in todo:
            by_gallery.setdefault(gallery, []).append(person_id)
        probes: dict[int, Probe | None] = {}
        listed: dict[int, list[int]] = {}  # resident → [lists compared, searched, candidates]
        done = 0
        for gallery_name, people in by_gallery.items():
            gallery = self.galleries.get(gallery_name)
            kind = "person" if gallery_name == PERSONS else "record"
            for lo in range(0, len(people), CHUNK):
                if stop is not None and stop():
                    report.stopped = True
                    report.remaining = total - done
                    self._finish_research(listed, by)
                    return report
                chunk = people[lo : lo + CHUNK]
                for person_id in chunk:
                    if person_id not in probes:
                        probes[person_id] = self._probe(person_id)
                ready = [p for p in chunk if probes[p] is not None]
                vectors = np.array([probes[p].encoding for p in ready], dtype=np.float32)  # type: ignore[union-attr]
                exclude = [p if kind == "person" else None for p in ready]
                found = gallery.search_many(
                    vectors, PER_GALLERY * 3, max_distance=REVIEW_LIMIT + 0.1, exclude=exclude
                ) if ready else []  # fmt: skip
                kept_by: dict[int, int] = {}
                with self.db.write() as s:
                    self._renew_lease(s)
                    for person_id, hits in zip(ready, found, strict=True):
                        probe = probes[person_id]
                        assert probe is not None
                        shift = several_photos_shift(probe.photos)
                        rows = [(kind, h.owner, h.photo, h.distance + shift, h.photos)
                                for h in hits if h.distance + shift <= REVIEW_LIMIT]  # fmt: skip
                        before = _undecided(s, person_id)
                        kept = self.matching.keep_hits(s, probe, rows, by, PER_GALLERY)
                        kept_by[person_id] = len(kept)
                        report.candidates += len(kept)
                        report.new += len(_undecided(s, person_id) - before)
                        if kind == "record":
                            stats = listed.setdefault(person_id, [0, 0, 0])
                            stats[0] += 1
                            stats[1] += gallery.owner_count
                            stats[2] += len(kept)
                    revision = _revision(s, gallery_name)
                    for person_id in chunk:
                        _ran(s, person_id, gallery_name, revision, keys.get(person_id, _key([])),
                             kept_by.get(person_id, 0), self.now())  # fmt: skip
                done += len(chunk)
                report.pairs += len(chunk)
                if progress is not None:
                    progress(done, total)
        self._finish_research(listed, by)
        report.residents = len(probes)
        if report.pairs:
            with self.db.write() as s:
                audit.record(
                    s, by, "match.cross", entity="match_run", entity_id=None,
                    after={"pairs": report.pairs, "residents": report.residents,
                           "candidates": report.candidates, "new": report.new},
                    at=self.now(),
                )  # fmt: skip
        return report

    def _probe(self, person_id: int) -> Probe | None:
        try:
            return self.matching.probe_for_person(person_id)
        except UserError:  # no photo with a face, or its file gone: nothing to compare with
            return None

    def _finish_research(self, listed: dict[int, list[int]], by: StaffPublic) -> None:
        """Each resident compared with lists had their photo re-search done (the rules' 30 days)."""
        if not listed:
            return
        with self.db.write() as s:
            for person_id, (lists, searched, candidates) in listed.items():
                family_search.photo_search_done(
                    s, person_id, by, self.now(), lists=lists, searched=searched,
                    candidates=candidates,
                )  # fmt: skip
        listed.clear()

    # --- the lease -------------------------------------------------------------------------
    def _take_lease(self) -> None:
        now = self.now()
        try:
            with self.db.write() as s:
                row = s.get(WorkLease, LEASE)
                if row is not None and row.holder != self.holder and row.expires_at > now:
                    raise UserError(MSG_BUSY, holder=row.holder.split(":")[0])
                if row is None:
                    row = WorkLease(name=LEASE, holder=self.holder)
                row.holder = self.holder
                row.expires_at = now + dt.timedelta(seconds=LEASE_SECONDS)
                s.add(row)
        except sa_exc.IntegrityError:  # another workstation inserted it at the same moment
            raise UserError(MSG_BUSY, holder="?") from None

    def _renew_lease(self, s: Session) -> None:
        row = s.get(WorkLease, LEASE)
        if row is not None and row.holder == self.holder:
            row.expires_at = self.now() + dt.timedelta(seconds=LEASE_SECONDS)
            s.add(row)

    def _release_lease(self) -> None:
        with self.db.write() as s:
            row = s.get(WorkLease, LEASE)
            if row is not None and row.holder == self.holder:
                s.delete(row)

    # --- the inbox -------------------------------------------------------------------------
    def inbox_count(self) -> int:
        with self.db.read() as s:
            return int(s.execute(text(f"SELECT count(*) {_WAITING}")).scalar_one())

    def inbox(self) -> list[InboxEntry]:
        """Residents with candidates waiting, the one with the strongest candidate first."""
        with self.db.read() as s:
            people = [int(r[0]) for r in s.execute(
                text(f"SELECT mc.person_id, min(mc.score) AS best {_WAITING}"
                     " GROUP BY mc.person_id ORDER BY best, mc.person_id")
            )]  # fmt: skip
        entries = []
        for person_id in people:
            waiting = [c for c in self.matching.candidates_for(person_id) if c.decision is None]
            if waiting:
                entries.append(InboxEntry(self.matching.person_subject(person_id), waiting))
        return entries

    def none_of_these(self, person_id: int, reason: str, by: StaffPublic) -> int:
        """排除 every waiting candidate of one resident, with one reason; how many."""
        reason = reason.strip()
        if not reason:
            raise UserError(MSG_NONE_REASON)
        waiting = [c for c in self.matching.candidates_for(person_id) if c.decision is None]
        for c in waiting:
            assert c.candidate_id is not None
            self.matching.decide(c.candidate_id, Decision.EXCLUDED, reason, by)
        return len(waiting)


# Undecided candidates of residents in care whose identity is not found.
_WAITING = (
    "FROM match_candidate mc JOIN person p ON p.id = mc.person_id"
    " JOIN stay st ON st.id = p.latest_stay_id"
    " WHERE mc.decision IS NULL AND st.departed_at IS NULL"
    " AND p.identified_at IS NULL AND p.id_number IS NULL AND p.merged_into IS NULL"
)


def _residents(s: Session) -> list[int]:
    """Unidentified residents in care with a photo that shows a face (or is not encoded yet)."""
    return [int(r[0]) for r in s.execute(text(
        "SELECT DISTINCT p.id FROM person p JOIN stay st ON st.id = p.latest_stay_id"
        " JOIN photo ph ON ph.person_id = p.id"
        " LEFT JOIN face_encoding fe ON fe.photo_id = ph.id AND fe.encoder = :encoder"
        " WHERE st.departed_at IS NULL AND p.identified_at IS NULL AND p.id_number IS NULL"
        " AND p.merged_into IS NULL AND (fe.id IS NULL OR fe.faces_found > 0)"
        " ORDER BY p.id"
    ), {"encoder": ENCODER})]  # fmt: skip


def _probe_keys(s: Session) -> dict[int, str]:
    """Per resident, a key of the photos they are compared by (changes when a photo comes)."""
    photos: dict[int, list[int]] = {}
    for person_id, photo_id in s.execute(
        text(
            "SELECT ph.person_id, ph.id FROM photo ph JOIN face_encoding fe ON fe.photo_id = ph.id"
            " WHERE fe.encoder = :encoder AND fe.faces_found > 0 ORDER BY ph.person_id, ph.id"
        ),
        {"encoder": ENCODER},
    ):
        photos.setdefault(int(person_id), []).append(int(photo_id))
    return {p: _key(ids) for p, ids in photos.items()}


def _key(photo_ids: list[int]) -> str:
    return hashlib.sha1(",".join(map(str, photo_ids)).encode()).hexdigest()


def _galleries(s: Session) -> list[str]:
    lists = s.exec(select(MissingList.id).order_by(col(MissingList.id))).all()
    return [list_gallery(i) for i in lists if i is not None] + [PERSONS]


def _revision(s: Session, gallery: str) -> int:
    row = s.get(GalleryRevision, gallery)
    return row.revision if row else 0


def _pending(
    s: Session, now: dt.datetime, keys: dict[int, str] | None = None
) -> list[tuple[int, str]]:
    residents = _residents(s)
    if not residents:
        return []
    keys = _probe_keys(s) if keys is None else keys
    galleries = _galleries(s)
    revisions = {g: _revision(s, g) for g in galleries}
    runs = {
        (r.person_id, r.gallery): r
        for r in s.exec(select(MatchRun).where(MatchRun.encoder == ENCODER)).all()
    }
    stale = now - dt.timedelta(days=RESEARCH_DAYS)
    out = []
    for gallery in galleries:
        for person_id in residents:
            run = runs.get((person_id, gallery))
            if (
                run is None
                or run.revision != revisions[gallery]
                or run.probe_key != keys.get(person_id)
                or run.ran_at < stale
            ):
                out.append((person_id, gallery))
    return out


def _undecided(s: Session, person_id: int) -> set[int]:
    return set(
        s.exec(
            select(MatchCandidate.id).where(
                MatchCandidate.person_id == person_id, col(MatchCandidate.decision).is_(None)
            )
        ).all()
    )


def _ran(
    s: Session, person_id: int, gallery: str, revision: int, key: str, candidates: int,
    now: dt.datetime,
) -> None:  # fmt: skip
    row = s.exec(
        select(MatchRun).where(
            MatchRun.person_id == person_id,
            MatchRun.gallery == gallery,
            MatchRun.encoder == ENCODER,
        )
    ).first()
    if row is None:
        row = MatchRun(person_id=person_id, gallery=gallery, encoder=ENCODER, revision=revision,
                       probe_key=key)  # fmt: skip
    row.revision, row.probe_key, row.ran_at, row.candidates = revision, key, now, candidates
    s.add(row)
