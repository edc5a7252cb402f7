"""How far Station's photo search can be trusted, measured on labelled photos.

Runs Station's own code path (the face finder and encoder of ``station.faces.engine``, the gallery
search of ``station.faces.gallery`` and the bands of ``station.domain.matching``) over a folder of
photos with known identities, given either as identity sub-folders or by a ``labels.csv`` with the
columns ``file`` and ``identity`` (an ``east_asian`` column of yes/no adds figures for those pairs; an
``age`` column, the age in years when each photo was taken, adds figures for cross-age pairs).

Prints verification ROC AUC, TAR at FAR 1 % and 0.1 %, the share of same-person and different-person
pairs that fall in each of Station's bands, and 1:N rank-1 / rank-5 (each photo searched against a
gallery of every other photo, its own identity's other photos among them). With ages: the same for
pairs of a child's photo (under 18) and an adult's, judged by Station's cross-age limits, the limits
that would let 0.1 % / 1 % / 5 % of such different-person pairs in, and child → adult rank-1 / rank-5
(each child photo against a gallery of everyone's adult photos).

    uv run python benchmarks/accuracy.py [../shared/faces-dev] [--cache encodings.npz]
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path
from typing import NamedTuple

import numpy as np

from station.domain.matching import ADULT, Bands, Limits, several_photos_shift
from station.faces.engine import find_faces
from station.faces.gallery import Gallery

SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".webp"}


class Entry(NamedTuple):
    photo: Path
    identity: str
    east_asian: bool | None  # None: not said
    age: int | None  # years, when the photo was taken; None: not said


def labelled(folder: Path) -> list[Entry]:
    """Every photo of the folder with its identity (and what labels.csv says of it)."""
    labels = folder / "labels.csv"
    if labels.exists():
        with labels.open(encoding="utf-8", newline="") as f:
            return [
                Entry(folder / row["file"], row["identity"],
                      {"yes": True, "no": False}.get(row.get("east_asian", "")),
                      int(row["age"]) if (row.get("age") or "").strip().isdigit() else None)
                for row in csv.DictReader(f)
            ]  # fmt: skip
    return [
        Entry(photo, photo.parent.name, None, None)
        for photo in sorted(folder.rglob("*"))
        if photo.suffix.lower() in SUFFIXES and photo.parent != folder
    ]


def encode(photos: list[Path], cache: Path | None) -> tuple[np.ndarray, np.ndarray]:
    """Unit encodings of the largest face of each photo, and which photos had one."""
    names = [str(p) for p in photos]
    if cache and cache.exists():
        saved = np.load(cache, allow_pickle=False)
        if list(saved["names"]) == names:
            return saved["matrix"], saved["found"]
    matrix = np.zeros((len(photos), 128), dtype=np.float32)
    found = np.zeros(len(photos), dtype=bool)
    start = time.perf_counter()
    for i, photo in enumerate(photos):
        faces, _ = find_faces(photo.read_bytes(), photo.name)
        if faces:
            matrix[i], found[i] = faces[0].encoding, True
    took = time.perf_counter() - start
    print(f"encoded {len(photos)} photos in {took:.0f} s ({len(photos) / took:.1f} per second);"
          f" no face found in {int((~found).sum())}")  # fmt: skip
    if cache:
        np.savez(cache, names=np.array(names), matrix=matrix, found=found)
    return matrix, found


def roc_auc(genuine: np.ndarray, impostor: np.ndarray) -> float:
    """Chance that a same-person pair is nearer than a different-person pair (ties count half)."""
    scores = np.concatenate([-genuine, -impostor])
    _, which, counts = np.unique(scores, return_inverse=True, return_counts=True)
    ranks = (np.cumsum(counts) - (counts - 1) / 2)[which]  # ties share their average rank
    n_g, n_i = len(genuine), len(impostor)
    return float((ranks[:n_g].sum() - n_g * (n_g + 1) / 2) / (n_g * n_i))


def tar_at_far(genuine: np.ndarray, impostor: np.ndarray, far: float) -> tuple[float, float]:
    """Share of same-person pairs accepted at the distance that accepts ``far`` of the others."""
    limit = float(np.quantile(impostor, far, method="lower"))
    return float((genuine <= limit).mean()), limit


def verification(label: str, distances: np.ndarray, same: np.ndarray, limits: Limits) -> None:
    genuine, impostor = distances[same], distances[~same]
    if len(genuine) == 0 or len(impostor) == 0:
        return
    print(f"\n{label}: {len(genuine)} same-person pairs, {len(impostor)} different-person pairs")
    print(f"  ROC AUC {roc_auc(genuine, impostor):.4f}")
    for far in (0.01, 0.001):
        tar, limit = tar_at_far(genuine, impostor, far)
        print(f"  TAR at FAR {far:.1%}: {tar:.3f} (distance ≤ {limit:.3f})")
    below = 0.0
    for name, upper in zip(("strong", "possible", "weak"), limits, strict=True):
        wrong = ((impostor > below) & (impostor <= upper)).mean()
        right = ((genuine > below) & (genuine <= upper)).mean()
        print(f"  band {name:8} ({below:.3f}, {upper:.3f}]: different people "
              f"{wrong:.2%}, same person {right:.2%}"
              f"  (at or nearer: {(impostor <= upper).mean():.2%} / {(genuine <= upper).mean():.2%})")  # fmt: skip
        below = upper


def identification(
    matrix: np.ndarray, owners: np.ndarray, probes: np.ndarray | None = None,
    gallery_rows: np.ndarray | None = None,
) -> tuple[float, float, int]:  # fmt: skip
    """Rank-1 and rank-5 of each probe photo (default: every photo) against a gallery of the
    gallery rows (default: every other photo), owners scored as Station scores them. Only probes
    whose identity is in the gallery count. (With only a few identities, as in faces-dev, this is
    easy: a real list has thousands.)"""
    rows = np.arange(len(owners))
    probes = rows if probes is None else probes
    hits1 = hits5 = counted = 0
    for i in probes:
        members = rows != i if gallery_rows is None else np.isin(rows, gallery_rows) & (rows != i)
        if not np.any(owners[members] == owners[i]):
            continue
        gallery = Gallery.build(
            "bench", "bench", 0,
            ((int(o), int(r), m.astype("<f4").tobytes())
             for o, r, m in zip(owners[members], rows[members], matrix[members], strict=True)),
        )  # fmt: skip
        found = [h.owner for h in gallery.search(matrix[i], 5)]
        counted += 1
        hits1 += found[:1] == [owners[i]]
        hits5 += owners[i] in found
    return hits1 / max(counted, 1), hits5 / max(counted, 1), counted


def cross_age(
    matrix: np.ndarray, owners: np.ndarray, ages: np.ndarray, bands: Bands
) -> None:  # fmt: skip
    """Pairs of a child's photo (under 18) and an adult's, judged by the cross-age limits."""
    known = ages >= 0
    child, adult = known & (ages < ADULT), known & (ages >= ADULT)
    first, second = np.triu_indices(len(matrix), k=1)
    across = (child[first] & adult[second]) | (adult[first] & child[second])
    if not across.any():
        print("\nNo cross-age pairs (an age column with children's and adults' photos adds them).")
        return
    a, b = first[across], second[across]
    distances = np.sqrt(np.maximum(0.0, 2.0 - 2.0 * np.sum(matrix[a] * matrix[b], 1)))
    same = owners[a] == owners[b]
    verification("Cross-age pairs (child / adult)", distances, same, bands.limits(cross_age=True))
    impostor = distances[~same]
    if len(impostor):
        limits = [float(np.quantile(impostor, far, method="lower")) for far in (0.001, 0.01, 0.05)]
        print("  limits letting in 0.1 % / 1 % / 5 % of different-person cross-age pairs: "
              + " / ".join(f"{x:.3f}" for x in limits))  # fmt: skip
    rank1, rank5, probes = identification(
        matrix, owners, np.flatnonzero(child), np.flatnonzero(adult)
    )
    print(f"  child → adult over {probes} child photos: rank-1 {rank1:.3f}, rank-5 {rank5:.3f}")


def several_photos(matrix: np.ndarray, owners: np.ndarray, trials: int = 5) -> None:
    """A probe photo against an identity known by k other photos, scored by the nearest of them
    (best-of) or as Station scores it (the normalised mean, shifted to the one-photo scale)."""
    rng = np.random.default_rng(7)
    rows = np.arange(len(owners))
    for k in (1, 3, 5):
        scores: dict[str, tuple[list[float], list[float]]] = {"best-of": ([], []), "mean": ([], [])}
        for _ in range(trials if k > 1 else 1):
            for probe in rows:
                for owner in np.unique(owners):
                    pool = rows[(owners == owner) & (rows != probe)]
                    if len(pool) < k:
                        continue
                    chosen = rng.choice(pool, k, replace=False)
                    d = np.sqrt(np.maximum(0.0, 2.0 - 2.0 * matrix[chosen] @ matrix[probe]))
                    mean = matrix[chosen].astype(np.float64).sum(0)
                    mean /= np.linalg.norm(mean)
                    centre = np.sqrt(max(0.0, 2.0 - 2.0 * float(mean @ matrix[probe])))
                    side = 0 if owners[probe] == owner else 1
                    scores["best-of"][side].append(float(d.min()))
                    scores["mean"][side].append(centre + several_photos_shift(k))
        for name, (genuine, impostor) in scores.items():
            g, i = np.array(genuine), np.array(impostor)
            if len(g) == 0 or len(i) == 0:
                print(f"  {k} photo(s): too few identities with {k + 1} photos")
                break
            tar, limit = tar_at_far(g, i, 0.01)
            print(f"  {k} photo(s), {name:7}: ROC AUC {roc_auc(g, i):.4f}, TAR at FAR 1 % {tar:.3f}"
                  f" (distance ≤ {limit:.3f}), TAR at FAR 0.1 % {tar_at_far(g, i, 0.001)[0]:.3f}")  # fmt: skip
            if k == 1:
                break  # with one photo both are the same


def cohort_normalised(
    matrix: np.ndarray, owners: np.ndarray, keep: np.ndarray, top: int = 50
) -> None:
    """Adaptive s-norm, measured (not used by Station yet): each pair's similarity standardised
    against the ``top`` most similar photos of a cohort, from both sides, averaged. The cohort is
    every photo of the other identities of the folder; in a station it would be the searched
    gallery, which may hold the person sought (here it never does: an optimistic figure)."""
    similarity = matrix.astype(np.float64) @ matrix.T.astype(np.float64)
    rows = np.flatnonzero(keep)
    first, second = np.triu_indices(len(rows), k=1)
    a, b = rows[first], rows[second]
    counts = np.bincount(owners)
    smallest = len(owners) - counts[owners[a]] - np.where(
        owners[a] == owners[b], 0, counts[owners[b]]
    )  # fmt: skip
    if len(a) == 0 or smallest.min() < top:
        print(f"  (skipped: some pairs have fewer than {top} photos of other people as a cohort)")
        return
    raw = similarity[a, b]
    normed = np.empty_like(raw)
    for i, (x, y) in enumerate(zip(a.tolist(), b.tolist(), strict=True)):
        cohort = (owners != owners[x]) & (owners != owners[y])
        side = [np.sort(similarity[z, cohort])[-top:] for z in (x, y)]
        normed[i] = sum((raw[i] - c.mean()) / c.std() for c in side) / 2
    same = owners[a] == owners[b]
    for name, score in (("raw", raw), (f"s-norm top {top}", normed)):
        genuine, impostor = -score[same], -score[~same]  # as distances: smaller is nearer
        print(f"  {name:14}: ROC AUC {roc_auc(genuine, impostor):.4f}, TAR at FAR 1 % "
              f"{tar_at_far(genuine, impostor, 0.01)[0]:.3f}, at FAR 0.1 % "
              f"{tar_at_far(genuine, impostor, 0.001)[0]:.3f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path, nargs="?",
                        default=Path(__file__).resolve().parents[2] / "shared" / "faces-dev")  # fmt: skip
    parser.add_argument("--cache", type=Path, help="keep the encodings here between runs")
    args = parser.parse_args()
    entries = labelled(args.folder)
    matrix, found = encode([e.photo for e in entries], args.cache)
    names = sorted({e.identity for e in entries})
    owners = np.array([names.index(e.identity) for e in entries])[found]
    asian = np.array([bool(e.east_asian) for e in entries])[found]
    ages = np.array([-1 if e.age is None else e.age for e in entries])[found]
    matrix = matrix[found]
    print(f"{len(matrix)} photos with a face, {len(names)} identities")

    first, second = np.triu_indices(len(matrix), k=1)
    distances = np.sqrt(np.maximum(0.0, 2.0 - 2.0 * np.sum(matrix[first] * matrix[second], 1)))
    same = owners[first] == owners[second]
    bands = Bands()
    verification("all pairs", distances, same, bands.limits())
    both = asian[first] & asian[second]
    verification("East Asian pairs", distances[both], same[both], bands.limits())

    print("\nSeveral photos per identity (all pairs):")
    several_photos(matrix, owners)
    if asian.any():
        print("Several photos per identity (East Asian):")
        several_photos(matrix[asian], owners[asian])

    print("\nScore normalised against a cohort (all pairs):")
    cohort_normalised(matrix, owners, np.ones(len(owners), dtype=bool))
    if asian.any():
        print("Score normalised against a cohort (East Asian pairs):")
        cohort_normalised(matrix, owners, asian)

    rank1, rank5, probes = identification(matrix, owners)
    print(f"\n1:N over {probes} probes: rank-1 {rank1:.3f}, rank-5 {rank5:.3f}")
    if asian.any():
        keep = asian
        rank1, rank5, probes = identification(matrix[keep], owners[keep])
        print(f"1:N East Asian only ({probes} probes): rank-1 {rank1:.3f}, rank-5 {rank5:.3f}")

    cross_age(matrix, owners, ages, bands)


if __name__ == "__main__":
    main()
