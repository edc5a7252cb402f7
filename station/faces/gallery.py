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
from functools import cached_property
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

    @cached_property
    def owner_count(self) -> int:
        if len(self) == 0:
            return 0
        return 1 + int(np.count_nonzero(self.owners[1:] != self.owners[:-1]))

    def has_owner(self, owner: int) -> bool:
        i = int(np.searchsorted(self.owners, owner))
        return i < len(self) and int(self.owners[i]) == owner

    def search(self, probe: np.ndarray, k: int, *, exclude: Iterable[int] = ()) -> list[Hit]:
        """The ``k`` owners nearest to ``probe``, nearest first, each by its nearest photo.

        One matrix-vector product, then the photos in order of similarity until ``k`` different
        owners are seen: the first photo of an owner met that way is its nearest, so the result is
        exact. Only the best few photos are sorted (argpartition), not the whole gallery.
        """
        size = len(self)
        if size == 0 or k <= 0:
            return []
        similarity = self.matrix @ np.asarray(probe, dtype=np.float32)
        excluded = {int(o) for o in exclude}
        want = min(size, 4 * k + 16)
        while True:
            if want < size:
                rows = np.argpartition(similarity, size - want)[size - want :]
            else:
                rows = np.arange(size)
            rows = rows[np.argsort(-similarity[rows], kind="stable")]
            hits: list[Hit] = []
            seen: set[int] = set()
            for row in rows.tolist():
                owner = int(self.owners[row])
                if owner in seen or owner in excluded:
                    continue
                seen.add(owner)
                distance = float(np.sqrt(max(2.0 - 2.0 * float(similarity[row]), 0.0)))
                hits.append(Hit(owner, int(self.photos[row]), distance))
                if len(hits) == k:
                    return hits
            if want >= size:
                return hits
            want = min(size, want * 4)  # many photos of few owners near the top: look further


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
