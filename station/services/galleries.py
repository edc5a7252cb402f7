"""Galleries from the database: which encodings make up a gallery, its revision, and the cache."""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from station.faces.engine import ENCODER
from station.faces.gallery import Gallery, GalleryCache
from station.store.database import Database
from station.store.models import GalleryRevision

PERSONS = "persons"


def list_gallery(list_id: int) -> str:
    return f"list:{list_id}"


def bump(session: Session, gallery: str) -> None:
    """Mark a gallery changed, inside the transaction that changed its encodings."""
    row = session.get(GalleryRevision, gallery)
    if row is None:
        session.add(GalleryRevision(gallery=gallery, revision=1))
    else:
        row.revision += 1
        session.add(row)


_ROWS = {
    "list": text(
        "SELECT r.id, mp.id, fe.vector FROM face_encoding fe"
        " JOIN missing_photo mp ON fe.missing_photo_id = mp.id"
        " JOIN missing_record r ON mp.record_id = r.id"
        " WHERE r.list_id = :list_id AND fe.encoder = :encoder AND fe.faces_found > 0"
    ),
    PERSONS: text(
        "SELECT p.person_id, p.id, fe.vector FROM face_encoding fe"
        " JOIN photo p ON fe.photo_id = p.id"
        " WHERE fe.encoder = :encoder AND fe.faces_found > 0"
    ),
}


class GalleryService:
    def __init__(self, db: Database, cache_dir: Path) -> None:
        self.db = db
        self.cache = GalleryCache(cache_dir)
        self._memory: dict[str, Gallery] = {}

    def get(self, name: str, encoder: str = ENCODER) -> Gallery:
        """The gallery as the database has it now: from memory, the disk cache, or built afresh."""
        with self.db.read() as session:
            row = session.get(GalleryRevision, name)
            revision = row.revision if row else 0
            held = self._memory.get(name)
            if held is not None and held.revision == revision and held.encoder == encoder:
                return held
            gallery = self.cache.load(name, encoder, revision)
            if gallery is None:
                if name == PERSONS:
                    query, params = _ROWS[PERSONS], {"encoder": encoder}
                else:
                    list_id = int(name.split(":", 1)[1])
                    query, params = _ROWS["list"], {"encoder": encoder, "list_id": list_id}
                rows = session.connection().execute(query, params)
                gallery = Gallery.build(name, encoder, revision, rows)
                with contextlib.suppress(OSError):  # a full disk costs a rebuild next time
                    self.cache.save(gallery)
        self._memory[name] = gallery
        return gallery

    def forget(self, name: str) -> None:
        self._memory.pop(name, None)
        self.cache.drop(name)
