"""Photo search: a resident's photo (or any photo) against lists and the station's own history.

The software proposes, a person decides. Candidates are ranked by face distance moved by attribute
factors (sex, age, height, dates, place), each with its reason; a candidate whose recorded sex differs
is hidden from the default view, never dropped. Candidates found for a resident are kept with the
reviewer's decision (可能 / 排除 / 确认), attributed and audited; a confirmed match links the resident
to the list record, and a wrong confirmation can be reopened.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sqlmodel import Session, col, select

from station.domain.age import AgeRange, age_of, age_on
from station.domain.clock import local_date, utcnow
from station.domain.errors import UserError
from station.domain.i18n import QT_TRANSLATE_NOOP
from station.domain.matching import (
    ADULT,
    Band,
    Bands,
    Decision,
    Factor,
    Traits,
    compare,
    expected_age,
    photos_factor,
    score,
    several_photos_shift,
)
from station.domain.permissions import Action
from station.domain.person_rules import display_name
from station.faces import quality
from station.faces.engine import ENCODER, from_bytes, unit
from station.services import audit, encoding, family_search, permissions
from station.services.forms import IntakeData
from station.services.galleries import PERSONS, GalleryService, bump, list_gallery
from station.services.intake import MSG_NO_PERSON
from station.store.database import Database
from station.store.models import (
    FaceEncoding,
    MatchCandidate,
    MissingList,
    MissingPhoto,
    MissingRecord,
    Person,
    Photo,
    StaffPublic,
    Stay,
)
from station.store.photos import PhotoStore

MSG_NO_PHOTO = QT_TRANSLATE_NOOP("UserError", "此人还没有照片，无法比对。请先在档案中添加照片。")
MSG_PHOTO_FILE = QT_TRANSLATE_NOOP(
    "UserError",
    "照片文件 {file} 缺失或已损坏，无法用于比对；请运行 station check，并从备份恢复这张照片",
)
MSG_NOT_SEARCHABLE = QT_TRANSLATE_NOOP("UserError", "照片 {file} 无法用于比对：{reason}")
MSG_NO_CANDIDATE = QT_TRANSLATE_NOOP("UserError", "比对候选不存在（编号 {id}）")
MSG_REASON = QT_TRANSLATE_NOOP("UserError", "请填写判断理由")
MSG_TAKEN = QT_TRANSLATE_NOOP(
    "UserError",
    "该名单记录已确认为另一人（{name}）。如确认有误，请先在那人的比对结果中撤销确认。",
)
REOPEN = 0.05  # how much closer a new photo must bring an excluded candidate to propose it again
MSG_NO_SCOPE = QT_TRANSLATE_NOOP("UserError", "请至少选择一个比对范围（名单或站内历史）")


@dataclass(frozen=True)
class Probe:
    """What is searched with: one face's encoding and, for a resident, who they are."""

    encoding: np.ndarray
    traits: Traits = field(default_factory=Traits)
    person_id: int | None = None
    photo_id: int | None = None
    source: str = ""
    crop: bytes = b""  # JPEG of the face, for a photo with several faces
    photos: int = 1  # how many photos' encodings were averaged into ``encoding``


@dataclass(frozen=True)
class Scope:
    list_ids: tuple[int, ...] | None = None  # None: every list
    lists: bool = True
    persons: bool = False


@dataclass(frozen=True)
class Subject:
    """One side of a comparison as the reviewer sees it."""

    kind: str  # record or person
    id: int
    title: str
    sex: str
    age: AgeRange | None
    height_cm: int | None
    day: dt.date | None  # went missing (record) or last admitted (person)
    place: str | None
    features: str | None
    contact: str | None
    origin: str  # list name, or the case number
    photo_path: Path | None
    photo_age: AgeRange | None = None  # the age when the photo was taken (if known)
    photo_day: dt.date | None = None  # when it was taken: a resident's admission (else unknown)
    household: str | None = None  # 户籍地 / 家庭住址, where known


@dataclass(frozen=True)
class Candidate:
    subject: Subject
    distance: float
    band: Band
    factors: list[Factor]
    score: float
    candidate_id: int | None = None
    decision: Decision | None = None
    reason: str | None = None
    decided_by: int | None = None
    decided_at: dt.datetime | None = None

    @property
    def hidden(self) -> bool:
        return any(f.conflict for f in self.factors)


@dataclass(frozen=True)
class SearchResult:
    candidates: list[Candidate]
    hidden: int  # candidates left out because a recorded attribute conflicts
    searched: int  # records and residents with an encoding in the searched galleries


class MatchingService:
    def __init__(
        self,
        db: Database,
        photos: PhotoStore,
        galleries: GalleryService,
        *,
        bands: Callable[[], Bands] = Bands,
        now: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.db = db
        self.photos = photos
        self.galleries = galleries
        self._bands = bands
        self.now = now

    @property
    def bands(self) -> Bands:
        """The station's band limits as they are now (an administrator may change them)."""
        return self._bands()

    # --- probes -----------------------------------------------------------------------------
    def probe_for_file(self, path: Path, face: int = 0) -> Probe:
        """Any photo file: checked, its chosen (default: largest) face encoded."""
        probes = self.probes_for_file(path)
        return probes[min(face, len(probes) - 1)]

    def probes_for_file(self, path: Path) -> list[Probe]:
        """One probe per face in the photo, largest first, each with a crop to choose by."""
        self.photos.check_file(path)
        report = quality.check(path.read_bytes(), path.name, crops=True)
        if not report.faces:
            raise UserError(MSG_NOT_SEARCHABLE, file=path.name, reason=report.problems[0].message)
        return [
            Probe(f.encoding, source=path.name, crop=crop)
            for f, crop in zip(report.faces, report.crops, strict=True)
        ]

    def probe_for_person(self, person_id: int, photo_id: int | None = None) -> Probe:
        """A resident as searched with: one chosen photo, or by default the mean of the encodings
        of all their photos that show a face (shown by the case-file photo), encoded once and kept.
        """
        chosen = photo_id
        with self.db.read() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise UserError(MSG_NO_PERSON, id=person_id)
            photo_id = photo_id or person.primary_photo_id
            if photo_id is None:
                raise UserError(MSG_NO_PHOTO)
            photo = s.get(Photo, photo_id)
            assert photo is not None
            stay = s.get(Stay, person.latest_stay_id) if person.latest_stay_id else None
            taken = _photo_day(s, photo)
            traits = dataclasses.replace(
                _person_traits(person, stay), photo_age=age_of(person, taken) if taken else None
            )
            row = s.exec(
                select(FaceEncoding).where(
                    FaceEncoding.photo_id == photo_id, FaceEncoding.encoder == ENCODER
                )
            ).first()
        if row is None:
            self._encode_person_photos([(photo.id, photo.sha256, photo.ext, photo.original_name)])
            with self.db.read() as s:
                row = s.exec(
                    select(FaceEncoding).where(
                        FaceEncoding.photo_id == photo_id, FaceEncoding.encoder == ENCODER
                    )
                ).first()
        name = photo.original_name or f"{photo.sha256[:8]}.{photo.ext}"
        if row is None:  # the file is missing or no longer matches its hash
            raise UserError(MSG_PHOTO_FILE, file=str(self.photos.path(photo.sha256, photo.ext)))
        if row.faces_found == 0:
            reason = quality.check(self.photos.path(photo.sha256, photo.ext).read_bytes(), name)
            raise UserError(
                MSG_NOT_SEARCHABLE,
                file=name,
                reason=reason.problems[0].message if reason.problems else "",
            )
        vectors = [from_bytes(row.vector)]
        if chosen is None:  # the case file's photo stands for all of the person's photos
            vectors = self._person_vectors(person_id) or vectors
        mean = unit(np.sum(np.asarray(vectors, dtype=np.float64), axis=0))
        return Probe(mean, traits, person_id, photo_id, name, photos=len(vectors))

    def _person_vectors(self, person_id: int) -> list[np.ndarray]:
        """The encodings of every photo of the person that shows a face (encoded if needed)."""
        with self.db.read() as s:
            todo = self._unencoded(s, person_id)
        if todo:
            self._encode_person_photos(todo)
        with self.db.read() as s:
            rows = s.exec(
                select(FaceEncoding.vector)
                .join(Photo, col(Photo.id) == col(FaceEncoding.photo_id))
                .where(
                    Photo.person_id == person_id,
                    FaceEncoding.encoder == ENCODER,
                    FaceEncoding.faces_found > 0,
                )
                .order_by(col(Photo.id))
            ).all()
        return [from_bytes(v) for v in rows]

    def person_subject(self, person_id: int, photo_id: int | None = None) -> Subject:
        """The resident as the left side of a review."""
        with self.db.read() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise UserError(MSG_NO_PERSON, id=person_id)
            stay = s.get(Stay, person.latest_stay_id) if person.latest_stay_id else None
            day = _person_traits(person, stay).day or local_date(self.now())
            photo = photo_id or person.primary_photo_id or 0
            subject, _ = self._person(s, person_id, photo, day)
            return subject

    def unencoded_person_photos(self) -> int:
        with self.db.read() as s:
            return len(self._unencoded(s))

    def encode_person_photos(
        self,
        *,
        workers: int = 1,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> int:
        """Encode residents' photos that have no encoding yet (for searching the station's history)."""
        with self.db.read() as s:
            todo = self._unencoded(s)
        return self._encode_person_photos(todo, workers=workers, progress=progress, stop=stop)

    def _unencoded(
        self, s: Session, person_id: int | None = None
    ) -> list[tuple[int, str, str, str | None]]:
        """Residents' photos (of one person, or everyone's) without a current encoding."""
        done = select(FaceEncoding.photo_id).where(
            col(FaceEncoding.photo_id).is_not(None), FaceEncoding.encoder == ENCODER
        )
        query = select(Photo.id, Photo.sha256, Photo.ext, Photo.original_name).where(
            col(Photo.id).not_in(done)
        )
        if person_id is not None:
            query = query.where(Photo.person_id == person_id)
        rows = s.exec(query.order_by(col(Photo.id))).all()
        return [(r[0], r[1], r[2], r[3]) for r in rows if r[0] is not None]

    def _encode_person_photos(
        self,
        todo: list[tuple[int, str, str, str | None]],
        *,
        workers: int = 1,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> int:
        tasks = (
            encoding.Task(
                pid, str(self.photos.path(sha, ext)), name or f"{sha[:8]}.{ext}", sha256=sha
            )
            for pid, sha, ext, name in todo
        )
        return encoding.encode_in_batches(
            tasks,
            None,
            self._store_person_encodings,
            total=len(todo),
            workers=workers,
            progress=progress,
            stop=stop,
        )

    def _store_person_encodings(self, outcomes: list[encoding.Outcome]) -> None:
        with self.db.write() as s:
            for out in outcomes:
                exists = s.exec(
                    select(FaceEncoding.id).where(
                        FaceEncoding.photo_id == out.key, FaceEncoding.encoder == out.encoder
                    )
                ).first()
                if exists is not None or s.get(Photo, out.key) is None:
                    continue
                if out.problem == "unreadable":
                    # A missing or damaged file (station check names it): no row, so the photo
                    # is encoded once the file is restored, instead of counting as faceless.
                    continue
                s.add(encoding.face_row(out, photo_id=out.key))
                encoding.drop_other_encoders(s, out.encoder, photo_id=out.key)
            bump(s, PERSONS)

    # --- at intake ---------------------------------------------------------------------------
    def earlier_stays(
        self,
        photos: list[Path],
        traits: Traits,
        *,
        k: int = 5,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> list[Candidate]:
        """Residents on record who look like the person at the intake desk (before saving).

        Only candidates in the "possible" band or nearer (by the cross-age limits when one photo is
        a child's and the other an adult's), whose recorded sex does not conflict; the
        best photo of the intake counts. Nothing is written: the clerk decides on the form. A photo
        that cannot be searched is passed over here; the intake itself explains it.
        """
        self.encode_person_photos(progress=progress, stop=stop)  # residents' photos from before
        gallery = self.galleries.get(PERSONS)
        if len(gallery) == 0:
            return []
        hits: list[tuple[str, int, int, float, int]] = []
        for path in photos:
            try:
                probe = self.probe_for_file(Path(path))
            except UserError:
                continue
            hits += [
                ("person", h.owner, h.photo, h.distance, h.photos)
                for h in gallery.search(probe.encoding, k * 3)
            ]
        with self.db.read() as s:
            ranked = self._rank(s, Probe(np.zeros(0, np.float32), traits), hits)
        best: dict[int, Candidate] = {}
        for c in ranked:
            if c.band in (Band.STRONG, Band.POSSIBLE) and not c.hidden:  # across ages: its limits
                best.setdefault(c.subject.id, c)
        return list(best.values())[:k]

    # --- search -----------------------------------------------------------------------------
    def search(
        self,
        probe: Probe,
        scope: Scope,
        by: StaffPublic,
        *,
        k: int = 20,
        show_hidden: bool = False,
    ) -> SearchResult:
        """The ``k`` best candidates, best first; for a resident, kept with earlier decisions."""
        with self.db.read() as s:
            permissions.require(s, by, Action.MATCH)
        if not scope.lists and not scope.persons:
            raise UserError(MSG_NO_SCOPE)
        galleries: list[str] = []
        if scope.lists:
            ids = scope.list_ids
            if ids is None:
                with self.db.read() as s:
                    ids = tuple(i for i in s.exec(select(MissingList.id)).all() if i is not None)
            galleries += [list_gallery(i) for i in ids]
        if scope.persons:
            self.encode_person_photos()
            galleries.append(PERSONS)
        exclude = {probe.person_id} if probe.person_id else set()
        hits: list[tuple[str, int, int, float, int]] = []  # kind, owner, photo, distance, photos
        searched = 0
        for name in galleries:
            gallery = self.galleries.get(name)
            kind = "person" if name == PERSONS else "record"
            searched += gallery.owner_count
            if kind == "person" and probe.person_id and gallery.has_owner(probe.person_id):
                searched -= 1  # the person searched with is never a candidate
            wanted = k * 3  # room for candidates hidden by a conflicting attribute
            for hit in gallery.search(
                probe.encoding, wanted, exclude=exclude if kind == "person" else ()
            ):
                # a probe averaged from several photos is shifted to the one-photo scale too
                distance = hit.distance + several_photos_shift(probe.photos)
                hits.append((kind, hit.owner, hit.photo, distance, hit.photos))
        # Only a resident's search keeps its candidates; a photo file's search writes nothing.
        session = self.db.write() if probe.person_id is not None else self.db.read()
        with session as s:
            ranked = self._rank(s, probe, hits)
            shown = [c for c in ranked if show_hidden or not c.hidden][:k]
            hidden = 0 if show_hidden else sum(1 for c in ranked if c.hidden)
            if probe.person_id is not None:
                shown = [self._keep(s, probe.person_id, c, by) for c in shown]
                if scope.lists:
                    family_search.photo_search_done(
                        s, probe.person_id, by, self.now(), lists=sum(1 for g in galleries if g != PERSONS),
                        searched=searched, candidates=len(shown),
                    )  # fmt: skip
                audit.record(
                    s,
                    by,
                    "match.search",
                    entity="person",
                    entity_id=probe.person_id,
                    person_id=probe.person_id,
                    after={
                        "galleries": galleries,
                        "photo_id": probe.photo_id,
                        "encoder": ENCODER,
                        "candidates": len(shown),
                    },
                    at=self.now(),
                )
        return SearchResult(shown, hidden, searched)

    def keep_hits(
        self,
        s: Session,
        probe: Probe,
        hits: list[tuple[str, int, int, float, int]],
        by: StaffPublic,
        k: int,
    ) -> list[Candidate]:
        """Rank a resident's hits by face and attributes and keep the best ``k`` shown ones
        (hidden ones — a different recorded sex — are not proposed), decisions kept."""
        assert probe.person_id is not None
        ranked = [c for c in self._rank(s, probe, hits) if not c.hidden][:k]
        return [self._keep(s, probe.person_id, c, by) for c in ranked]

    def _rank(
        self, s: Session, probe: Probe, hits: list[tuple[str, int, int, float, int]]
    ) -> list[Candidate]:
        found_day = probe.traits.day or local_date(self.now())
        bands = self.bands
        candidates = []
        for kind, owner, photo_id, distance, photos in hits:
            subject, traits = (
                self._record(s, owner, photo_id, found_day)
                if kind == "record"
                else self._person(s, owner, photo_id, found_day)
            )
            factors = compare(probe.traits, traits)
            several = photos_factor(photos, probe.photos)
            if several is not None:
                factors.append(several)
            candidates.append(
                Candidate(
                    subject,
                    distance,
                    bands.of(distance, cross_age=any(f.code == "cross_age" for f in factors)),
                    factors,
                    score(distance, factors),
                )
            )
        candidates.sort(key=lambda c: (c.score, c.distance))
        return candidates

    def _record(
        self, s: Session, record_id: int, photo_id: int, day: dt.date
    ) -> tuple[Subject, Traits]:
        r = s.get(MissingRecord, record_id)
        assert r is not None
        listed = s.get(MissingList, r.list_id)
        photo = s.get(MissingPhoto, photo_id)
        age = expected_age(
            day,
            birth_date=r.birth_date,
            birth_year=r.birth_year,
            age_at_missing=r.age_at_missing,
            missing_date=r.missing_date,
        )
        when_lost = r.age_at_missing
        if when_lost is None and r.missing_date and (r.birth_year or r.birth_date):
            when_lost = r.missing_date.year - (
                r.birth_date.year if r.birth_date else r.birth_year or 0
            )
        subject = Subject(
            "record",
            record_id,
            r.name or "",
            r.sex,
            age,
            r.height_cm,
            r.missing_date,
            r.missing_place,
            r.features,
            r.contact,
            listed.name if listed else "",
            self.photos.path(photo.sha256, photo.ext)
            if photo and photo.sha256 and photo.ext
            else None,
            photo_age=AgeRange(when_lost, when_lost) if when_lost is not None else None,
            household=r.household_place,
        )
        traits = Traits(
            sex=r.sex,
            age=age,
            height_cm=r.height_cm,
            day=r.missing_date,
            place=r.missing_place,
            adult_height=when_lost is None or when_lost >= ADULT,
            photo_age=subject.photo_age,  # a list's photo: taken by the time they went missing
        )
        return subject, traits

    def _person(
        self, s: Session, person_id: int, photo_id: int, day: dt.date
    ) -> tuple[Subject, Traits]:
        p = s.get(Person, person_id)
        assert p is not None
        stay = s.get(Stay, p.latest_stay_id) if p.latest_stay_id else None
        photo = s.get(Photo, photo_id)
        age = age_of(p, day)
        taken = _photo_day(s, photo) if photo else None
        photo_age = age_of(p, taken) if taken else None
        place = p.household_place or p.origin
        subject = Subject(
            "person",
            person_id,
            display_name(p.name, stay.case_number if stay else None),
            p.sex,
            age,
            p.height_cm,
            local_date(stay.admitted_at) if stay else None,
            place or (stay.found_place if stay else None),
            p.features,
            None,
            stay.case_number if stay else "",
            self.photos.path(photo.sha256, photo.ext) if photo else None,
            photo_age=photo_age,
            photo_day=taken,
            household=p.household_place,
        )
        traits = Traits(sex=p.sex, age=age, height_cm=p.height_cm, place=place,
                        photo_age=photo_age)  # fmt: skip
        return subject, traits

    def _keep(self, s: Session, person_id: int, c: Candidate, by: StaffPublic) -> Candidate:
        """Save (or refresh) the candidate row, keeping any decision already made."""
        key = (
            MatchCandidate.record_id == c.subject.id
            if c.subject.kind == "record"
            else MatchCandidate.other_person_id == c.subject.id
        )
        row = s.exec(
            select(MatchCandidate).where(MatchCandidate.person_id == person_id, key)
        ).first()
        if row is None:
            row = MatchCandidate(
                person_id=person_id,
                record_id=c.subject.id if c.subject.kind == "record" else None,
                other_person_id=c.subject.id if c.subject.kind == "person" else None,
                encoder=ENCODER,
                distance=c.distance,
                score=c.score,
                band=c.band.value,
                found_at=self.now(),
                found_by=by.id,
            )
        else:
            if row.decision == Decision.EXCLUDED.value and c.distance < row.distance - REOPEN:
                # A new photo brings an excluded pair clearly closer: it is proposed again.
                audit.record(
                    s, by, "match.reopen", entity="match_candidate", entity_id=row.id,
                    person_id=person_id,
                    before={"decision": row.decision, "distance": round(row.distance, 4)},
                    after={"decision": None, "distance": round(c.distance, 4)}, at=self.now(),
                )  # fmt: skip
                row.decision, row.reason, row.decided_by, row.decided_at = None, None, None, None
            row.distance, row.score, row.band, row.encoder = (
                c.distance,
                c.score,
                c.band.value,
                ENCODER,
            )
        row.cross_age = any(f.code == "cross_age" for f in c.factors)
        s.add(row)
        s.flush()
        return _with_row(c, row)

    # --- decisions --------------------------------------------------------------------------
    def decide(
        self, candidate_id: int, decision: Decision, reason: str, by: StaffPublic
    ) -> MatchCandidate:
        reason = reason.strip()
        if not reason:
            raise UserError(MSG_REASON)
        with self.db.write() as s:
            permissions.require(s, by, Action.MATCH)
            row = s.get(MatchCandidate, candidate_id)
            if row is None:
                raise UserError(MSG_NO_CANDIDATE, id=candidate_id)
            before = audit.snapshot(row, ("decision", "reason"))
            record = s.get(MissingRecord, row.record_id) if row.record_id else None
            if record is not None:
                if decision == Decision.CONFIRMED:
                    if record.matched_person_id not in (None, row.person_id):
                        other = s.get(Person, record.matched_person_id)
                        raise UserError(
                            MSG_TAKEN, name=display_name(other.name if other else None, None)
                        )
                    record.matched_person_id = row.person_id
                elif record.matched_person_id == row.person_id:
                    record.matched_person_id = None  # a confirmation reopened
                s.add(record)
            row.decision, row.reason = decision.value, reason
            row.decided_by, row.decided_at = by.id, self.now()
            s.add(row)
            audit.record(
                s,
                by,
                "match.decide",
                entity="match_candidate",
                entity_id=row.id,
                person_id=row.person_id,
                before=before,
                after={
                    "decision": decision.value,
                    "reason": reason,
                    "record_id": row.record_id,
                    "other_person_id": row.other_person_id,
                    "distance": round(row.distance, 4),
                },
                at=self.now(),
            )
            return MatchCandidate.model_validate(row, from_attributes=True)

    def candidates_for(self, person_id: int) -> list[Candidate]:
        """Every candidate kept for a resident, decided or not, best first."""
        with self.db.read() as s:
            person = s.get(Person, person_id)
            if person is None:
                return []
            stay = s.get(Stay, person.latest_stay_id) if person.latest_stay_id else None
            traits = _person_traits(person, stay)
            found_day = traits.day or local_date(self.now())
            rows = s.exec(select(MatchCandidate).where(MatchCandidate.person_id == person_id)).all()
            result = []
            for row in rows:
                if row.record_id is not None:
                    photo = s.exec(
                        select(MissingPhoto.id)
                        .where(
                            MissingPhoto.record_id == row.record_id,
                            MissingPhoto.status == "encoded",
                        )
                        .order_by(col(MissingPhoto.position))
                    ).first()
                    subject, theirs = self._record(s, row.record_id, photo or 0, found_day)
                else:
                    assert row.other_person_id is not None
                    other = s.get(Person, row.other_person_id)
                    subject, theirs = self._person(
                        s,
                        row.other_person_id,
                        (other.primary_photo_id if other else 0) or 0,
                        found_day,
                    )
                factors = compare(traits, theirs)
                c = Candidate(subject, row.distance, Band(row.band), factors, row.score)
                result.append(_with_row(c, row))
        result.sort(key=lambda c: (c.score, c.distance))
        return result


def _with_row(c: Candidate, row: MatchCandidate) -> Candidate:
    return Candidate(
        c.subject,
        c.distance,
        c.band,
        c.factors,
        c.score,
        row.id,
        Decision(row.decision) if row.decision else None,
        row.reason,
        row.decided_by,
        row.decided_at,
    )


def intake_traits(data: IntakeData) -> Traits:
    """What the intake form says, as one side of a comparison (the day found, the age then)."""
    p = data.person
    moment = data.found_at or data.admitted_at
    day = local_date(moment)
    estimated = (
        AgeRange(p.age_low, p.age_high)
        if p.age_low is not None and p.age_high is not None
        else None
    )
    return Traits(
        sex=p.sex.value,
        age=age_on(day, birth_date=p.birth_date, estimated=estimated, estimated_on=day),
        height_cm=p.height_cm,
        day=day,
        place=p.household_place or p.origin or data.found_place,
    )


def _photo_day(s: Session, photo: Photo) -> dt.date | None:
    """When a resident's photo was taken: at the admission of the stay it was added in (the day
    it was added, for a photo of no stay)."""
    stay = s.get(Stay, photo.stay_id) if photo.stay_id else None
    if stay is not None:
        return local_date(stay.found_at or stay.admitted_at)
    return local_date(photo.added_at) if photo.added_at else None


def _person_traits(person: Person, stay: Stay | None) -> Traits:
    moment = (stay.found_at or stay.admitted_at) if stay else None
    day = local_date(moment) if moment else None
    return Traits(
        sex=person.sex,
        age=age_of(person, day) if day else None,
        height_cm=person.height_cm,
        day=day,
        place=person.household_place or person.origin or (stay.found_place if stay else None),
    )
