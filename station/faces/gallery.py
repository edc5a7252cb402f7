"""A gallery index: every encoding of one searched collection as one float32 matrix.

Encodings are unit vectors, so the squared distance is ``2 - 2·(a·b)`` and a search is one matrix
product. Rows are grouped by owner (a list record or a resident) and an owner scores by its nearest
photo. Built from the database when first needed and kept on disk beside the revision it was built
at; a gallery whose revision changed is rebuilt, never used stale.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from station.faces.engine import DIMENSIONS


@dataclass(frozen=True)
class Hit:
    owner: int  # missing_record.id or person.id
    photo: int  # the owner's photo that came nearest
    distance: float


@dataclass(frozen=True)
class Gallery:
    name: str
    encoder: str
    revision: int
    owners: np.ndarray  # int64, sorted, one per row
    photos: np.ndarray  # int64, one per row
    matrix: np.ndarray  # float32 (rows, 128), unit rows

    @classmethod
    def build(
        cls, name: str, encoder: str, revision: int, rows: Iterable[tuple[int, int, bytes]]
    ) -> Gallery:
        """From (owner, photo, encoding bytes) rows in any order."""
        owners: list[int] = []
        photos: list[int] = []
        chunks: list[bytes] = []
        for owner, photo, vector in rows:
            owners.append(owner)
            photos.append(photo)
            chunks.append(vector)
        matrix = np.frombuffer(b"".join(chunks), dtype="<f4").reshape(-1, DIMENSIONS)
        owner_arr = np.asarray(owners, dtype=np.int64)
        order = np.argsort(owner_arr, kind="stable")
        return cls(
            name,
            encoder,
            revision,
            owner_arr[order],
            np.asarray(photos, dtype=np.int64)[order],
            np.ascontiguousarray(matrix[order], dtype=np.float32),
        )

    def __len__(self) -> int:
        return int(self.owners.shape[0])

    @property
    def owner_count(self) -> int:
        return int(np.unique(self.owners).size) if len(self) else 0

    def has_owner(self, owner: int) -> bool:
        i = int(np.searchsorted(self.owners, owner))
        return i < len(self) and int(self.owners[i]) == owner

    def search(self, probe: np.ndarray, k: int, *, exclude: Iterable[int] = ()) -> list[Hit]:
        """The ``k`` owners nearest to ``probe``, nearest first, each by its nearest photo."""
        if len(self) == 0 or k <= 0:
            return []
        similarity = self.matrix @ np.asarray(probe, dtype=np.float32)
        squared = np.maximum(2.0 - 2.0 * similarity, 0.0)
        starts = np.flatnonzero(np.r_[True, self.owners[1:] != self.owners[:-1]])
        best = np.minimum.reduceat(squared, starts)
        group_owners = self.owners[starts]
        excluded = np.asarray(list(exclude), dtype=np.int64)
        if excluded.size:
            best = np.where(np.isin(group_owners, excluded), np.inf, best)
        k = min(k, best.size)
        top = np.argpartition(best, k - 1)[:k] if k < best.size else np.arange(best.size)
        top = top[np.argsort(best[top], kind="stable")]
        hits = []
        for group in top:
            if not np.isfinite(best[group]):
                continue
            start = starts[group]
            end = starts[group + 1] if group + 1 < starts.size else len(self)
            row = start + int(np.argmin(squared[start:end]))
            hits.append(
                Hit(int(group_owners[group]), int(self.photos[row]), float(np.sqrt(best[group])))
            )
        return hits


class GalleryCache:
    """Galleries on disk under ``root``: one folder per gallery and encoder, memory-mapped back."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _folder(self, name: str, encoder: str) -> Path:
        return self.root / f"{_safe(name)}__{_safe(encoder)}"

    def load(self, name: str, encoder: str, revision: int) -> Gallery | None:
        """The cached gallery if it was built at ``revision``; None if missing, stale or unreadable."""
        folder = self._folder(name, encoder)
        try:
            meta = json.loads((folder / "meta.json").read_text("utf-8"))
            if meta != {"name": name, "encoder": encoder, "revision": revision}:
                return None
            matrix = np.load(folder / "matrix.npy", mmap_mode="r")
            owners = np.load(folder / "owners.npy")
            photos = np.load(folder / "photos.npy")
        except (OSError, ValueError):
            return None
        if matrix.shape != (owners.size, DIMENSIONS) or photos.shape != owners.shape:
            return None
        return Gallery(name, encoder, revision, owners, photos, matrix)

    def save(self, gallery: Gallery) -> None:
        """Write atomically: a reader sees the old folder or the new one, never half of one."""
        self.root.mkdir(parents=True, exist_ok=True)
        folder = self._folder(gallery.name, gallery.encoder)
        work = Path(tempfile.mkdtemp(dir=self.root, prefix=".building-"))
        try:
            np.save(work / "matrix.npy", np.asarray(gallery.matrix))
            np.save(work / "owners.npy", gallery.owners)
            np.save(work / "photos.npy", gallery.photos)
            meta = {"name": gallery.name, "encoder": gallery.encoder, "revision": gallery.revision}
            (work / "meta.json").write_text(json.dumps(meta), "utf-8")
            old = folder.with_name(folder.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            if folder.exists():
                os.replace(folder, old)
            os.replace(work, folder)
            shutil.rmtree(old, ignore_errors=True)
        except OSError:
            shutil.rmtree(work, ignore_errors=True)
            raise

    def drop(self, name: str) -> None:
        """Forget every cached copy of a gallery (a list deleted)."""
        for folder in self.root.glob(f"{_safe(name)}__*"):
            shutil.rmtree(folder, ignore_errors=True)


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text)
