"""A gallery index: every encoding of one searched collection as one float32 matrix.

Encodings are unit vectors, so the squared distance is ``2 - 2·(a·b)`` and a search is one matrix
product. Rows are grouped by owner (a list record or a resident). An owner with one photo scores by
that photo; an owner with several by the normalised mean of their encodings, its distance shifted
back to the one-photo scale (:func:`~station.domain.matching.several_photos_shift`), and the photo
shown is their nearest. Built from the database when first needed and kept on disk beside the
revision it was built at; a gallery whose revision changed is rebuilt, never used stale.
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

from station.domain.matching import several_photos_shift
from station.faces.engine import DIMENSIONS

FORMAT = 2  # of the cached files: 2 added the lengths of owners' summed encodings


@dataclass(frozen=True)
class Hit:
    owner: int  # missing_record.id or person.id
    photo: int  # the owner's photo that came nearest
    distance: float  # on the one-photo scale (see the module's note)
    photos: int = 1  # how many of the owner's photos were compared


@dataclass(frozen=True)
class Gallery:
    name: str
    encoder: str
    revision: int
    owners: np.ndarray  # int64, sorted, one per row
    photos: np.ndarray  # int64, one per row
    matrix: np.ndarray  # float32 (rows, 128), unit rows
    # float32, one per owner (in owner order): the length of the sum of its encodings (1 for one
    # photo). The mean encoding is never stored: its similarity to a probe is the sum of the
    # owner's photo similarities divided by this length.
    lengths: np.ndarray

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
        owner_arr = owner_arr[order]
        matrix = np.ascontiguousarray(matrix[order], dtype=np.float32)
        return cls(
            name,
            encoder,
            revision,
            owner_arr,
            np.asarray(photos, dtype=np.int64)[order],
            matrix,
            owner_lengths(owner_arr, matrix),
        )

    def __len__(self) -> int:
        return int(self.owners.shape[0])

    @cached_property
    def starts(self) -> np.ndarray:
        """The first row of each owner (owners in sorted order)."""
        return _groups(self.owners)[0]

    @cached_property
    def counts(self) -> np.ndarray:
        """How many rows (photos) each owner has."""
        return _groups(self.owners)[1]

    @cached_property
    def _row_owner(self) -> np.ndarray:
        """Each row's owner, as an index in owner order (bincount sums by it: ~3x reduceat)."""
        return np.repeat(np.arange(self.owner_count, dtype=np.intp), self.counts)

    @cached_property
    def _shifts(self) -> np.ndarray:
        """What each owner's distance is shifted by (0 for one photo)."""
        shift = {int(n): several_photos_shift(int(n)) for n in np.unique(self.counts)}
        return np.array([shift[int(n)] for n in self.counts], dtype=np.float32)

    @property
    def owner_count(self) -> int:
        return int(self.starts.shape[0])

    def has_owner(self, owner: int) -> bool:
        i = int(np.searchsorted(self.owners, owner))
        return i < len(self) and int(self.owners[i]) == owner

    def search(self, probe: np.ndarray, k: int, *, exclude: Iterable[int] = ()) -> list[Hit]:
        """The ``k`` owners nearest to ``probe``, nearest first.

        One matrix-vector product over the photos; an owner's similarity to the mean of its
        photos is the sum of theirs over the length of their sum. Only the best few owners are
        sorted (argpartition), not the whole gallery.
        """
        if len(self) == 0 or k <= 0:
            return []
        probe = np.asarray(probe, dtype=np.float32)
        similarity = self.matrix @ probe
        total = np.bincount(self._row_owner, weights=similarity, minlength=self.owner_count)
        to_mean = total.astype(np.float32) / self.lengths
        score = np.sqrt(np.maximum(2.0 - 2.0 * to_mean, 0.0)) + self._shifts
        for owner in exclude:
            i = int(np.searchsorted(self.owners, int(owner)))
            if i < len(self) and int(self.owners[i]) == int(owner):
                score[int(np.searchsorted(self.starts, i))] = np.inf
        count = min(k, len(score))
        best = np.argpartition(score, count - 1)[:count] if count < len(score) else np.arange(count)
        best = best[np.argsort(score[best], kind="stable")]
        hits = []
        for j in best.tolist():
            if not np.isfinite(score[j]):
                break
            first, n = int(self.starts[j]), int(self.counts[j])
            row = first + int(np.argmax(similarity[first : first + n]))
            hits.append(Hit(int(self.owners[row]), int(self.photos[row]), float(score[j]), n))
        return hits

    def search_many(
        self,
        probes: np.ndarray,
        k: int,
        *,
        max_distance: float = np.inf,
        exclude: Iterable[int | None] = (),
        budget: int = 16 * 1024 * 1024,
    ) -> list[list[Hit]]:
        """For each row of ``probes``, its ``k`` nearest owners within ``max_distance``.

        The same arithmetic as :meth:`search`, for many probes at once: one matrix product per
        chunk of probes (each chunk's similarity matrix within ``budget`` floats), owners' photos
        summed by ``reduceat``. ``exclude`` gives, per probe, an owner never returned (the resident
        searched with, in the station's own history)."""
        probes = np.asarray(probes, dtype=np.float32).reshape(-1, DIMENSIONS)
        skip = list(exclude) or [None] * len(probes)
        out: list[list[Hit]] = [[] for _ in range(len(probes))]
        if len(self) == 0 or k <= 0 or len(probes) == 0:
            return out
        step = max(1, budget // max(1, len(self)))
        for lo in range(0, len(probes), step):
            chunk = probes[lo : lo + step]
            similarity = chunk @ self.matrix.T  # (probes, photos)
            total = np.add.reduceat(similarity, self.starts, axis=1)
            score = np.sqrt(np.maximum(2.0 - 2.0 * total / self.lengths, 0.0)) + self._shifts
            for i, owner in enumerate(skip[lo : lo + step]):
                if owner is not None:
                    j = int(np.searchsorted(self.owners, int(owner)))
                    if j < len(self) and int(self.owners[j]) == int(owner):
                        score[i, int(np.searchsorted(self.starts, j))] = np.inf
            count = min(k, score.shape[1])
            best = (
                np.argpartition(score, count - 1, axis=1)[:, :count]
                if count < score.shape[1]
                else np.tile(np.arange(count), (len(chunk), 1))
            )
            for i in range(len(chunk)):
                row_best = best[i][np.argsort(score[i, best[i]], kind="stable")]
                hits = out[lo + i]
                for j in row_best.tolist():
                    distance = float(score[i, j])
                    if not np.isfinite(distance) or distance > max_distance:
                        break
                    first, n = int(self.starts[j]), int(self.counts[j])
                    row = first + int(np.argmax(similarity[i, first : first + n]))
                    hits.append(Hit(int(self.owners[row]), int(self.photos[row]), distance, n))
        return out


def _groups(owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For rows sorted by owner: the first row of each owner, and how many rows each has."""
    if len(owners) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
    return starts, np.diff(np.r_[starts, len(owners)])


def owner_lengths(owners: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """For each owner (rows grouped by owner), the length of the sum of its encodings."""
    starts, counts = _groups(owners)
    lengths = np.ones(len(starts), dtype=np.float32)
    several = np.flatnonzero(counts > 1)
    if len(several):  # only their rows are summed (most owners have one photo)
        rows = np.flatnonzero(np.repeat(counts > 1, counts))
        groups = np.repeat(np.arange(len(several)), counts[several])
        sums = np.zeros((len(several), DIMENSIONS), dtype=np.float64)
        np.add.at(sums, groups, matrix[rows])
        lengths[several] = np.maximum(np.linalg.norm(sums, axis=1), 1e-12)
    return lengths


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
            wanted = {"name": name, "encoder": encoder, "revision": revision, "format": FORMAT}
            if meta != wanted:
                return None
            matrix = np.load(folder / "matrix.npy", mmap_mode="r")
            owners = np.load(folder / "owners.npy")
            photos = np.load(folder / "photos.npy")
            lengths = np.load(folder / "lengths.npy")
        except (OSError, ValueError):
            return None
        if matrix.shape != (owners.size, DIMENSIONS) or photos.shape != owners.shape:
            return None
        gallery = Gallery(name, encoder, revision, owners, photos, matrix, lengths)
        if lengths.shape != (gallery.owner_count,):
            return None
        return gallery

    def save(self, gallery: Gallery) -> None:
        """Write atomically: a reader sees the old folder or the new one, never half of one."""
        self.root.mkdir(parents=True, exist_ok=True)
        folder = self._folder(gallery.name, gallery.encoder)
        work = Path(tempfile.mkdtemp(dir=self.root, prefix=".building-"))
        try:
            np.save(work / "matrix.npy", np.asarray(gallery.matrix))
            np.save(work / "owners.npy", gallery.owners)
            np.save(work / "photos.npy", gallery.photos)
            np.save(work / "lengths.npy", gallery.lengths)
            meta = {"name": gallery.name, "encoder": gallery.encoder, "revision": gallery.revision,
                    "format": FORMAT}  # fmt: skip
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
